-- member module: members, their status history, roster import jobs.
-- citizen_id_enc / phone_enc are SM4-GCM ciphertexts; citizen_id_hash is an HMAC-SM3 blind index
-- (the 身份证号 identifies a person: re-imports update instead of duplicating).

CREATE TABLE member (
    id                  bigserial   PRIMARY KEY,
    name                text        NOT NULL,
    gender              text        NOT NULL,
    ethnicity           text        NOT NULL,
    birth_date          date        NOT NULL,
    citizen_id_enc      bytea       NOT NULL,
    citizen_id_hash     text        NOT NULL UNIQUE,
    native_place        text,
    education           text,
    degree              text,
    occupation          text,
    unit_id             bigint,
    position            text,
    phone_enc           bytea,
    applied_on          date,
    joined_on           date        NOT NULL,
    confirmed_on        date,
    kind                text        NOT NULL,
    status              text        NOT NULL DEFAULT 'NORMAL',
    org_id              bigint      NOT NULL,
    org_path            text        NOT NULL,
    party_group_id      bigint,
    leading_cadre       boolean     NOT NULL DEFAULT false,
    mobile              boolean     NOT NULL DEFAULT false,
    lost_contact        boolean     NOT NULL DEFAULT false,
    lost_contact_since  date,
    version             int         NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX member_org_path ON member (org_path text_pattern_ops);
CREATE INDEX member_org ON member (org_id, status, kind);
CREATE INDEX member_name ON member (name text_pattern_ops);

CREATE TABLE member_status_change (
    id            bigserial   PRIMARY KEY,
    member_id     bigint      NOT NULL REFERENCES member (id),
    change_type   text        NOT NULL,
    effective_on  date        NOT NULL,
    reason        text,
    before_state  text        NOT NULL,
    after_state   text        NOT NULL,
    recorded_by   text        NOT NULL,
    recorded_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX member_status_change_member ON member_status_change (member_id, effective_on);

CREATE TABLE roster_import (
    id              uuid        PRIMARY KEY,
    file_name       text        NOT NULL,
    stored_file     text        NOT NULL,
    started_by      text        NOT NULL,
    started_by_user bigint      NOT NULL,
    state           text        NOT NULL,
    mode            text,
    total_rows      int         NOT NULL DEFAULT 0,
    processed_rows  int         NOT NULL DEFAULT 0,
    valid_rows      int         NOT NULL DEFAULT 0,
    invalid_rows    int         NOT NULL DEFAULT 0,
    inserted_rows   int         NOT NULL DEFAULT 0,
    updated_rows    int         NOT NULL DEFAULT 0,
    message         text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz
);

CREATE TABLE roster_import_problem (
    import_id   uuid NOT NULL REFERENCES roster_import (id) ON DELETE CASCADE,
    row_number  int  NOT NULL,
    column_name text NOT NULL,
    message     text NOT NULL
);
CREATE INDEX roster_import_problem_row ON roster_import_problem (import_id, row_number);
