-- compliance module: re-evaluations requested and not yet done. A listener writes a row in its own transaction,
-- which completes the event's publication, so a request survives a restart between the change and the evaluation
-- (formerly it was held in memory for the ~2-second debounce). The background worker reads the rows, evaluates,
-- and deletes exactly the rows it read (by id): a request made meanwhile stays for the next run.
-- kind: ORG (the organization and its ancestors), SUBTREE (the organization's whole subtree), ALL (every tree;
-- org_id 0). Rows are append-only (no contention between writers); duplicates are merged when read.
CREATE TABLE compliance_pending (
    id           bigserial   PRIMARY KEY,
    kind         text        NOT NULL CHECK (kind IN ('ORG', 'SUBTREE', 'ALL')),
    org_id       bigint      NOT NULL,
    requested_at timestamptz NOT NULL DEFAULT now()
);
