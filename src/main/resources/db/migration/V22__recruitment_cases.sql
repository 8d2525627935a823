-- recruitment module: 发展党员 cases and their steps. A step is recorded once and never edited; the stage and
-- deadlines are computed from the steps; approving_org_id is the 党委 that approves (FZ-16), kept on moves. 身份证号 and phone are SM4-encrypted like member records.
CREATE TABLE recruitment_case (
    id              bigserial   PRIMARY KEY,
    org_id          bigint      NOT NULL,
    org_path        text        NOT NULL,
    approving_org_id bigint     NOT NULL,
    name            text        NOT NULL,
    gender          text        NOT NULL,
    ethnicity       text        NOT NULL,
    birth_date      date        NOT NULL,
    citizen_id_enc  bytea       NOT NULL,
    education       text,
    unit_id         bigint,
    position        text,
    phone_enc       bytea,
    rule_version    text        NOT NULL,
    stage           text        NOT NULL,
    applied_on      date        NOT NULL,
    transferred_in  boolean     NOT NULL DEFAULT false,
    member_id       bigint,
    closed_on       date,
    closed_reason   text,
    next_step       text,
    next_due        date,
    opened_by       text        NOT NULL,
    opened_at       timestamptz NOT NULL DEFAULT now(),
    version         int         NOT NULL DEFAULT 0
);
CREATE INDEX recruitment_case_path ON recruitment_case (org_path text_pattern_ops, stage);
CREATE INDEX recruitment_case_due ON recruitment_case (next_due) WHERE next_due IS NOT NULL;
CREATE INDEX recruitment_case_approver ON recruitment_case (approving_org_id, next_step);

CREATE TABLE recruitment_step (
    id             bigserial   PRIMARY KEY,
    case_id        bigint      NOT NULL REFERENCES recruitment_case (id) ON DELETE CASCADE,
    kind           text        NOT NULL,
    on_date        date        NOT NULL,
    until_date     date,
    member_ids     bigint[]    NOT NULL DEFAULT '{}',
    member_names   text[]      NOT NULL DEFAULT '{}',
    other_person   text,
    days           int,
    hours          int,
    months         int,
    result         text,
    meeting_id     bigint,
    vote           text,
    note           text,
    justification  text,
    waived_rules   text[]      NOT NULL DEFAULT '{}',
    recorded_by    text        NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX recruitment_step_case ON recruitment_step (case_id, id);

-- Secretaries and Party affairs staff keep the cases; the 党委 and 工委 staff also approve (FZ-16, JG-12).
UPDATE app_role SET permissions = permissions || ARRAY['recruitment:view', 'recruitment:record']
WHERE code IN ('WORK_COMMITTEE_STAFF', 'PARTY_COMMITTEE_SECRETARY', 'BRANCH_SECRETARY', 'PARTY_WORKER');
UPDATE app_role SET permissions = permissions || ARRAY['recruitment:approve']
WHERE code IN ('WORK_COMMITTEE_STAFF', 'PARTY_COMMITTEE_SECRETARY');
