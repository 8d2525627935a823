-- The 党员组织关系介绍信 of a transfer out of the platform (ZJ-02, ZJ-03, ZJ-06): numbered per issuing 基层党委 and
-- year by a counter updated in the issuing transaction (no number is ever given twice; a reissue takes a new number
-- and the old one is recorded as void), the validity written on it, how it travels, the 党费已交到 month printed on
-- it, and the 回执 when it comes back.
ALTER TABLE transfer
    ADD COLUMN letter_issuer_org_id     bigint,
    ADD COLUMN letter_year              int,
    ADD COLUMN letter_no                int,
    ADD COLUMN letter_addressee         text CHECK (char_length(letter_addressee) <= 100),
    ADD COLUMN letter_validity_days     int CHECK (letter_validity_days BETWEEN 1 AND 180),
    ADD COLUMN letter_issued_on         date,
    ADD COLUMN letter_carrier           text CHECK (letter_carrier IN ('SELF', 'CONFIDENTIAL')),
    ADD COLUMN letter_dues_paid_up_to   date,
    ADD COLUMN letter_voided            text CHECK (char_length(letter_voided) <= 500),
    ADD COLUMN letter_receipt_returned_on date,
    ADD COLUMN letter_receipt_handler   text CHECK (char_length(letter_receipt_handler) <= 50);
CREATE UNIQUE INDEX transfer_letter_number ON transfer (letter_issuer_org_id, letter_year, letter_no)
    WHERE letter_no IS NOT NULL;

CREATE TABLE transfer_letter_counter (
    org_id   bigint NOT NULL,
    year     int    NOT NULL,
    last_no  int    NOT NULL,
    PRIMARY KEY (org_id, year)
);
