-- transfer module: 组织关系转接 (JY-09, ZJ-01…ZJ-11). A transfer is one aggregate with its route of approvals; the
-- sending organization stays responsible for the member until the receiver takes them in (ZJ-04). org_path is the
-- sending organization's, to_org_path the receiving one's (within the platform): both follow the tree on moves.
CREATE TABLE transfer (
    id              bigserial   PRIMARY KEY,
    kind            text        NOT NULL CHECK (kind IN ('WITHIN', 'OUT', 'IN')),
    member_id       bigint      NOT NULL,
    from_org_id     bigint      NOT NULL,
    org_path        text        NOT NULL,
    to_org_id       bigint,
    to_org_path     text,
    to_name         text        CHECK (char_length(to_name) <= 100),
    reason          text        NOT NULL CHECK (char_length(reason) <= 500),
    state           text        NOT NULL,
    started_on      date        NOT NULL,
    sent_on         date,
    received_on     date,
    returned_on     date,
    return_reason   text        CHECK (char_length(return_reason) <= 500),
    returned_by     bigint,
    submissions     int         NOT NULL DEFAULT 0,
    started_by      text        NOT NULL,
    version         int         NOT NULL DEFAULT 0
);
CREATE INDEX transfer_from_path ON transfer (org_path text_pattern_ops);
CREATE INDEX transfer_to_path ON transfer (to_org_path text_pattern_ops);
-- a member is on one transfer at a time: never sent two ways at once
CREATE UNIQUE INDEX transfer_open_member ON transfer (member_id) WHERE state NOT IN ('RECEIVED', 'CANCELLED');

CREATE TABLE transfer_step (
    transfer_id     bigint      NOT NULL REFERENCES transfer (id),
    position        int         NOT NULL,
    org_id          bigint      NOT NULL,
    decided_on      date,
    decided_by      text,
    PRIMARY KEY (transfer_id, position)
);
CREATE INDEX transfer_step_org ON transfer_step (org_id);

-- Branches start and receive transfers; the 党委 and 工委 also approve them on their route.
UPDATE app_role SET permissions = permissions || ARRAY['transfer:view', 'transfer:record']
WHERE code IN ('WORK_COMMITTEE_STAFF', 'PARTY_COMMITTEE_SECRETARY', 'BRANCH_SECRETARY', 'PARTY_WORKER');
UPDATE app_role SET permissions = permissions || ARRAY['transfer:approve']
WHERE code IN ('WORK_COMMITTEE_STAFF', 'PARTY_COMMITTEE_SECRETARY');
