-- 整建制转移 (ZJ-06): the members of a unit moved together are one batch of transfers, every step taken on all of
-- them at once, with one 介绍信 plus a name list when they leave the platform. batch_id is the id of the batch's
-- lead transfer (its own id for the lead); a transfer alone has none. The letter number is unique per letter: the
-- lead of a batch holds it for the whole batch, the others repeat it.
ALTER TABLE transfer ADD COLUMN batch_id bigint;
CREATE INDEX transfer_batch ON transfer (batch_id) WHERE batch_id IS NOT NULL;
DROP INDEX transfer_letter_number;
CREATE UNIQUE INDEX transfer_letter_number ON transfer (letter_issuer_org_id, letter_year, letter_no)
    WHERE letter_no IS NOT NULL AND (batch_id IS NULL OR batch_id = id);
