-- duty module: 督查督办 (DB-01…DB-04). A supervised task is issued by an organization to organizations below it, one
-- of them leading when several share it, with what counts as done and a deadline; each assignee's part is its own
-- row (duty_assignment) with its own deadline, which an approved extension moves. The assignee reports once; the
-- issuer closes the part only after reviewing the report (对账销号: who, when, on what), or returns it with the reason.
-- Every step of a part is kept in duty_assignment_entry. org_path columns follow the tree on moves.
CREATE TABLE duty_task (
    id               bigserial   PRIMARY KEY,
    issuer_org_id    bigint      NOT NULL,
    org_path         text        NOT NULL,
    year             int         NOT NULL,
    no               int         NOT NULL,
    title            text        NOT NULL CHECK (char_length(title) <= 100),
    content          text        NOT NULL CHECK (char_length(content) <= 10000),
    source           text        NOT NULL,
    source_note      text        CHECK (char_length(source_note) <= 100),
    criteria         text        NOT NULL CHECK (char_length(criteria) <= 10000),
    deadline         date        NOT NULL,
    data_kind        text        NOT NULL DEFAULT 'NONE',
    report_year      int,
    report_quarter   int         CHECK (report_quarter BETWEEN 0 AND 4),
    state            text        NOT NULL,
    issued_on        date        NOT NULL,
    issued_by        text        NOT NULL,
    closed_on        date,
    version          int         NOT NULL DEFAULT 0,
    UNIQUE (issuer_org_id, year, no)
);
CREATE INDEX duty_task_path ON duty_task (org_path text_pattern_ops);

CREATE TABLE duty_task_counter (
    org_id   bigint NOT NULL,
    year     int    NOT NULL,
    last_no  int    NOT NULL,
    PRIMARY KEY (org_id, year)
);

CREATE TABLE duty_assignment (
    id                  bigserial   PRIMARY KEY,
    task_id             bigint      NOT NULL REFERENCES duty_task (id),
    issuer_org_id       bigint      NOT NULL,
    issuer_path         text        NOT NULL,
    org_id              bigint      NOT NULL,
    org_path            text        NOT NULL,
    lead                boolean     NOT NULL DEFAULT false,
    state               text        NOT NULL,
    deadline            date        NOT NULL,
    extension_until     date,
    extension_reason    text        CHECK (char_length(extension_reason) <= 10000),
    report_text         text        CHECK (char_length(report_text) <= 10000),
    figures             text        CHECK (char_length(figures) <= 10000),
    reported_on         date,
    closed_on           date,
    closed_by           text,
    close_note          text        CHECK (char_length(close_note) <= 10000),
    return_reason       text        CHECK (char_length(return_reason) <= 10000),
    last_reminded_on    date,
    version             int         NOT NULL DEFAULT 0,
    UNIQUE (task_id, org_id)
);
CREATE INDEX duty_assignment_path ON duty_assignment (org_path text_pattern_ops);
CREATE INDEX duty_assignment_issuer_path ON duty_assignment (issuer_path text_pattern_ops);
CREATE INDEX duty_assignment_open ON duty_assignment (org_id) WHERE state <> 'CLOSED';

CREATE TABLE duty_assignment_entry (
    assignment_id   bigint      NOT NULL REFERENCES duty_assignment (id),
    position        int         NOT NULL,
    kind            text        NOT NULL,
    on_date         date        NOT NULL,
    note            text        CHECK (char_length(note) <= 10200),
    by_user         text        NOT NULL,
    PRIMARY KEY (assignment_id, position)
);

-- Every level sees the tasks it issued or was given; the 工委 and the 党委 issue and close them; branches report.
UPDATE app_role SET permissions = permissions || ARRAY['duty:view', 'duty:report']
WHERE code IN ('WORK_COMMITTEE_STAFF', 'PARTY_COMMITTEE_SECRETARY', 'BRANCH_SECRETARY', 'PARTY_WORKER');
UPDATE app_role SET permissions = permissions || ARRAY['duty:assign']
WHERE code IN ('WORK_COMMITTEE_STAFF', 'PARTY_COMMITTEE_SECRETARY');
