-- org module: government units (单位), the organization tree, committees and their terms.

CREATE TABLE unit (
    id          bigserial PRIMARY KEY,
    name        text        NOT NULL UNIQUE,
    category    text        NOT NULL DEFAULT 'ADMINISTRATIVE',
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE org_unit (
    id              bigint      PRIMARY KEY,
    parent_id       bigint      REFERENCES org_unit (id),
    path            text        NOT NULL UNIQUE,
    depth           int         NOT NULL,
    type            text        NOT NULL,
    name            text        NOT NULL,
    unit_id         bigint      REFERENCES unit (id),
    established_on  date,
    dissolved_on    date,
    dissolve_reason text,
    active          boolean     NOT NULL DEFAULT true,
    sort_order      int         NOT NULL DEFAULT 0,
    version         int         NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE SEQUENCE org_unit_id_seq OWNED BY org_unit.id;
CREATE INDEX org_unit_path_prefix ON org_unit (path text_pattern_ops);
CREATE INDEX org_unit_parent ON org_unit (parent_id, sort_order);
CREATE INDEX org_unit_unit ON org_unit (unit_id);

-- A 联合党支部 covers several units besides its own.
CREATE TABLE org_unit_covered_unit (
    org_id  bigint NOT NULL REFERENCES org_unit (id),
    unit_id bigint NOT NULL REFERENCES unit (id),
    PRIMARY KEY (org_id, unit_id)
);

-- One term (届) of an organization's committee, or of its secretary where no committee is set up.
CREATE TABLE committee_term (
    id          bigserial PRIMARY KEY,
    org_id      bigint NOT NULL REFERENCES org_unit (id),
    term_number int    NOT NULL,
    started_on  date   NOT NULL,
    due_end_on  date   NOT NULL,
    ended_on    date,
    formation   text   NOT NULL DEFAULT 'ELECTED',
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (org_id, term_number)
);
CREATE UNIQUE INDEX committee_term_current ON committee_term (org_id) WHERE ended_on IS NULL;

CREATE TABLE committee_post (
    id          bigserial PRIMARY KEY,
    term_id     bigint NOT NULL REFERENCES committee_term (id) ON DELETE CASCADE,
    post        text   NOT NULL,
    member_id   bigint NOT NULL,
    holder_name text   NOT NULL,
    sort_order  int    NOT NULL DEFAULT 0
);
CREATE INDEX committee_post_term ON committee_post (term_id);
CREATE INDEX committee_post_member ON committee_post (member_id);
