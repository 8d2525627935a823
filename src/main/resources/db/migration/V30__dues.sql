-- dues module: 党费. Every table is append-only except the two aggregates with guarded transitions (dues_reduction,
-- dues_voluntary) and the derived register dues_month, which is recomputed from the others in the same transaction.
-- Money is integer 分.

-- 年初核定 and every later change to it: a correction or a mid-year reassessment is a new row (corrects_id says
-- which it replaces); the amount in force for a month is the latest row of that year in force by then.
CREATE TABLE dues_assessment (
    id              bigserial   PRIMARY KEY,
    member_id       bigint      NOT NULL,
    org_id          bigint      NOT NULL,
    org_path        text        NOT NULL,
    year            int         NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    effective_from  date        NOT NULL CHECK (extract(day FROM effective_from) = 1),
    kind            text        NOT NULL,
    category        text        NOT NULL,
    base_fen        bigint      CHECK (base_fen BETWEEN 0 AND 9999999999),
    rate_bp         int,
    bracket         text        NOT NULL,
    rule_id         text        NOT NULL,
    exact_fen       numeric(20, 6) NOT NULL,
    rounding        text        NOT NULL,
    monthly_fen     bigint      NOT NULL CHECK (monthly_fen >= 0),
    corrects_id     bigint      REFERENCES dues_assessment (id),
    note            text        CHECK (char_length(note) <= 10000),
    recorded_by     text        NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    CHECK (extract(year FROM effective_from) = year)
);
CREATE INDEX dues_assessment_member ON dues_assessment (member_id, year, effective_from, id);
CREATE INDEX dues_assessment_path ON dues_assessment (org_path text_pattern_ops, year);

-- A member's confirmation of the base (the 核定表's 本人确认), kept apart so that the assessment row stays as written.
CREATE TABLE dues_confirmation (
    assessment_id   bigint      PRIMARY KEY REFERENCES dues_assessment (id),
    member_id       bigint      NOT NULL,
    confirmed_by    text        NOT NULL,
    confirmed_at    timestamptz NOT NULL DEFAULT now()
);

-- 少交/免交 (DF-07, DF-19): application → 支委会 decision → approval by the 上一级党委 (or the branch itself for a
-- retiree in hardship where the parameter allows it). An aggregate: state changes are guarded, version-checked.
CREATE TABLE dues_reduction (
    id              bigserial   PRIMARY KEY,
    member_id       bigint      NOT NULL,
    org_id          bigint      NOT NULL,
    org_path        text        NOT NULL,
    exempt          boolean     NOT NULL,
    reason          text        NOT NULL CHECK (char_length(reason) <= 10000),
    applied_on      date        NOT NULL,
    from_month      date        NOT NULL,
    until_month     date        NOT NULL CHECK (until_month >= from_month),
    requested_fen   bigint      NOT NULL CHECK (requested_fen >= 0),
    route           text        NOT NULL,
    status          text        NOT NULL,
    branch_decided_on date,
    branch_decision text        CHECK (char_length(branch_decision) <= 10000),
    approving_org_id bigint,
    decided_on      date,
    decided_by      text,
    decision_note   text        CHECK (char_length(decision_note) <= 10000),
    approved_fen    bigint      CHECK (approved_fen >= 0),
    recorded_by     text        NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    version         int         NOT NULL DEFAULT 0
);
CREATE INDEX dues_reduction_member ON dues_reduction (member_id, status);
CREATE INDEX dues_reduction_path ON dues_reduction (org_path text_pattern_ops, status);

-- One row per member per month paid. A payment covering several months (quarterly, 预交, 补交) is several rows with
-- one payment_no. A correction is a new row naming the row it corrects (amount 0 = 撤销); the latest row counts.
CREATE TABLE dues_payment (
    id              bigserial   PRIMARY KEY,
    payment_no      text        NOT NULL,
    member_id       bigint      NOT NULL,
    org_id          bigint      NOT NULL,
    org_path        text        NOT NULL,
    month           date        NOT NULL CHECK (extract(day FROM month) = 1),
    amount_fen      bigint      NOT NULL CHECK (amount_fen BETWEEN 0 AND 9999999999),
    paid_on         date        NOT NULL,
    method          text        NOT NULL,
    proxy_name      text        CHECK (char_length(proxy_name) <= 50),
    consent         text        CHECK (char_length(consent) <= 10000),
    source          text        NOT NULL,
    import_key      text        UNIQUE,
    corrects_id     bigint      UNIQUE REFERENCES dues_payment (id),
    note            text        CHECK (char_length(note) <= 10000),
    recorded_by     text        NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dues_payment_member ON dues_payment (member_id, month);
CREATE INDEX dues_payment_no ON dues_payment (payment_no);

-- The register (收缴登记表) as derived data: per member and month the amount due in force and what was paid, kept
-- in step with the tables above in the writing transaction; every ledger, arrears list and summary reads it.
CREATE TABLE dues_month (
    member_id       bigint      NOT NULL,
    month           date        NOT NULL,
    org_id          bigint      NOT NULL,
    org_path        text        NOT NULL,
    assessment_id   bigint      NOT NULL,
    reduction_id    bigint,
    due_fen         bigint      NOT NULL,
    paid_fen        bigint      NOT NULL DEFAULT 0,
    paid_on         date,
    PRIMARY KEY (member_id, month)
);
CREATE INDEX dues_month_path ON dues_month (org_path text_pattern_ops, month);
CREATE INDEX dues_month_org ON dues_month (org_id, month);

-- Voluntary payments (DF-11); one of 1000元 or more is forwarded whole through the 党委 (DF-21).
CREATE TABLE dues_voluntary (
    id              bigserial   PRIMARY KEY,
    member_id       bigint      NOT NULL,
    org_id          bigint      NOT NULL,
    org_path        text        NOT NULL,
    paid_on         date        NOT NULL,
    amount_fen      bigint      NOT NULL CHECK (amount_fen BETWEEN 1 AND 9999999999),
    reason          text        CHECK (char_length(reason) <= 10000),
    performance     text        CHECK (char_length(performance) <= 10000),
    forwarded_on    date,
    forwarded_by    text,
    receipt_no      text        CHECK (char_length(receipt_no) <= 100),
    recorded_by     text        NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    version         int         NOT NULL DEFAULT 0
);
CREATE INDEX dues_voluntary_path ON dues_voluntary (org_path text_pattern_ops, paid_on);

-- 上缴: what a branch handed up for a period, with the proof; the register totals are kept as they were then so
-- that a later change to the register shows as a difference to reconcile.
CREATE TABLE dues_remittance (
    id              bigserial   PRIMARY KEY,
    org_id          bigint      NOT NULL,
    org_path        text        NOT NULL,
    to_org_id       bigint,
    period_from     date        NOT NULL,
    period_until    date        NOT NULL CHECK (period_until >= period_from),
    members         int         NOT NULL,
    due_fen         bigint      NOT NULL,
    collected_fen   bigint      NOT NULL,
    share_percent   int         NOT NULL CHECK (share_percent BETWEEN 0 AND 100),
    remitted_fen    bigint      NOT NULL CHECK (remitted_fen BETWEEN 0 AND 9999999999),
    remitted_on     date        NOT NULL,
    method          text        NOT NULL,
    proof_no        text        NOT NULL CHECK (char_length(proof_no) <= 100),
    handled_by      text        NOT NULL CHECK (char_length(handled_by) <= 50),
    corrects_id     bigint      UNIQUE REFERENCES dues_remittance (id),
    note            text        CHECK (char_length(note) <= 10000),
    recorded_by     text        NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dues_remittance_path ON dues_remittance (org_path text_pattern_ops, period_from);

-- Who may do what: the branch keeps the ledger; the 党委 and 工委 also approve reductions; members see their own.
UPDATE app_role SET permissions = permissions || ARRAY['dues:view', 'dues:record']
WHERE code IN ('WORK_COMMITTEE_STAFF', 'PARTY_COMMITTEE_SECRETARY', 'BRANCH_SECRETARY', 'PARTY_WORKER');
UPDATE app_role SET permissions = permissions || ARRAY['dues:approve']
WHERE code IN ('WORK_COMMITTEE_STAFF', 'PARTY_COMMITTEE_SECRETARY');
UPDATE app_role SET permissions = permissions || ARRAY['dues:view'] WHERE code = 'MEMBER';
