-- A branch's yearly study plan: the topic of each month (printed and posted; the meetings record what was done).
CREATE TABLE study_plan_item (
    org_id     bigint      NOT NULL,
    org_path   text        NOT NULL,
    year       int         NOT NULL,
    month      int         NOT NULL CHECK (month BETWEEN 1 AND 12),
    topic      text        NOT NULL,
    format     text,
    updated_by text        NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, year, month)
);
