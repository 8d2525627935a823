-- The day a transfer was last submitted: the first approver's wait is counted from it, each later approver's from
-- the approval before it, the receiver's from the day it was sent (JY-09: a transfer is not left lying at one step;
-- transfer.step-days). Transfers submitted before this column existed count from the day they were started.
ALTER TABLE transfer ADD COLUMN submitted_on date;
UPDATE transfer SET submitted_on = started_on WHERE state <> 'DRAFT';
CREATE INDEX transfer_open ON transfer (state) WHERE state IN ('APPROVING', 'SENT');
