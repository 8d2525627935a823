-- responsibility module: the 责任清单 a 工委 or 机关党委 issues each year (ZR-02), the statements organizations
-- make for duties no platform record evidences, the secretaries' annual 述职评议 (JG-14, KH-01) and the year's
-- assessment indicators chosen from the record-derived catalogue (ZR-07). Status, draft figures and indicator
-- values are not stored: they are computed from the records when asked, except a 述职's figures, kept as they were
-- the day it was submitted.
CREATE TABLE resp_list (
    id             bigserial   PRIMARY KEY,
    issuer_org_id  bigint      NOT NULL,
    issuer_path    text        NOT NULL,
    year           int         NOT NULL,
    title          text        NOT NULL CHECK (char_length(title) <= 200),
    issued_on      date        NOT NULL,
    issued_by      text        NOT NULL,
    version        int         NOT NULL DEFAULT 0,
    UNIQUE (issuer_org_id, year)
);
CREATE INDEX resp_list_path ON resp_list (issuer_path text_pattern_ops);

CREATE TABLE resp_duty (
    id        bigserial PRIMARY KEY,
    list_id   bigint    NOT NULL REFERENCES resp_list (id) ON DELETE CASCADE,
    position  int       NOT NULL,
    level     text      NOT NULL,
    post      text      NOT NULL,
    text      text      NOT NULL CHECK (char_length(text) <= 200),
    basis     text      NOT NULL CHECK (char_length(basis) <= 100),
    cycle     text      NOT NULL,
    evidence  text
);
CREATE INDEX resp_duty_list ON resp_duty (list_id, position);

CREATE TABLE resp_statement (
    duty_id      bigint      NOT NULL REFERENCES resp_duty (id) ON DELETE CASCADE,
    org_id       bigint      NOT NULL,
    org_path     text        NOT NULL,
    statement    text        NOT NULL CHECK (char_length(statement) <= 10000),
    stated_by    text        NOT NULL,
    stated_at    timestamptz NOT NULL,
    PRIMARY KEY (duty_id, org_id)
);
CREATE INDEX resp_statement_path ON resp_statement (org_path text_pattern_ops);

CREATE TABLE resp_review_round (
    id             bigserial   PRIMARY KEY,
    issuer_org_id  bigint      NOT NULL,
    issuer_path    text        NOT NULL,
    year           int         NOT NULL,
    opens_on       date        NOT NULL,
    closes_on      date        NOT NULL,
    grades         text[]      NOT NULL,
    opened_by      text        NOT NULL,
    version        int         NOT NULL DEFAULT 0,
    UNIQUE (issuer_org_id, year)
);
CREATE INDEX resp_review_round_path ON resp_review_round (issuer_path text_pattern_ops);

CREATE TABLE resp_review (
    id             bigserial   PRIMARY KEY,
    round_id       bigint      NOT NULL REFERENCES resp_review_round (id) ON DELETE CASCADE,
    org_id         bigint      NOT NULL,
    org_path       text        NOT NULL,
    secretary      text        CHECK (char_length(secretary) <= 50),
    narrative      text        CHECK (char_length(narrative) <= 10000),
    figures        text,
    submitted_on   date,
    submitted_by   text,
    reviewed_on    date,
    grade_counts   int[],
    result         text        CHECK (char_length(result) <= 20),
    comments       text        CHECK (char_length(comments) <= 10000),
    inspection_id  bigint,
    version        int         NOT NULL DEFAULT 0,
    UNIQUE (round_id, org_id)
);
CREATE INDEX resp_review_path ON resp_review (org_path text_pattern_ops);

CREATE TABLE resp_assessment (
    id             bigserial   PRIMARY KEY,
    issuer_org_id  bigint      NOT NULL,
    issuer_path    text        NOT NULL,
    year           int         NOT NULL,
    indicators     text[]      NOT NULL,
    defined_by     text        NOT NULL,
    version        int         NOT NULL DEFAULT 0,
    UNIQUE (issuer_org_id, year)
);
CREATE INDEX resp_assessment_path ON resp_assessment (issuer_path text_pattern_ops);
