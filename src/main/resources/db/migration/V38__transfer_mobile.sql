-- The 流动党员 register (ZJ-07, ZJ-09, JY-14): a member who went away without transferring, registered by the
-- branch holding the relationship (OUT) — where, why, since when, whether at a relatively fixed place, how to reach
-- them, the inflow organization if known (in the platform: it sees the entry and records contacts too) — or a member
-- from outside the platform registered by the branch they attend (IN). Contacts, at least every 6 months, are kept
-- with the attendance elsewhere they report. An entry ends when the member is back or the relationship moved.
-- org_path and inflow_org_path follow the tree on moves.
CREATE TABLE transfer_mobile (
    id               bigserial   PRIMARY KEY,
    direction        text        NOT NULL CHECK (direction IN ('OUT', 'IN')),
    member_id        bigint,
    org_id           bigint      NOT NULL,
    org_path         text        NOT NULL,
    name             text        NOT NULL CHECK (char_length(name) <= 50),
    phone            text        CHECK (char_length(phone) <= 20),
    since            date        NOT NULL,
    destination      text        CHECK (char_length(destination) <= 100),
    reason           text        NOT NULL CHECK (char_length(reason) <= 100),
    fixed_place      boolean     NOT NULL DEFAULT false,
    inflow_org_id    bigint,
    inflow_org_path  text,
    other_org_name   text        CHECK (char_length(other_org_name) <= 100),
    ended_on         date        CHECK (ended_on >= since),
    end_reason       text        CHECK (char_length(end_reason) <= 200),
    recorded_by      text        NOT NULL,
    version          int         NOT NULL DEFAULT 0,
    CHECK ((direction = 'OUT') = (member_id IS NOT NULL))
);
CREATE UNIQUE INDEX transfer_mobile_open_member ON transfer_mobile (member_id) WHERE ended_on IS NULL;
CREATE INDEX transfer_mobile_path ON transfer_mobile (org_path text_pattern_ops);
CREATE INDEX transfer_mobile_inflow_path ON transfer_mobile (inflow_org_path text_pattern_ops);

CREATE TABLE transfer_mobile_contact (
    mobile_id           bigint      NOT NULL REFERENCES transfer_mobile (id),
    position            int         NOT NULL,
    contacted_on        date        NOT NULL,
    means               text        NOT NULL CHECK (char_length(means) <= 20),
    attended_elsewhere  boolean     NOT NULL DEFAULT false,
    note                text        CHECK (char_length(note) <= 500),
    recorded_by         text        NOT NULL,
    PRIMARY KEY (mobile_id, position)
);
