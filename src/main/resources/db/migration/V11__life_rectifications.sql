-- 组织生活会 (ZB-14): the rectification items decided at the meeting, tracked until done.
CREATE TABLE rectification_item (
    id           bigserial   PRIMARY KEY,
    meeting_id   bigint      NOT NULL REFERENCES meeting (id),
    org_id       bigint      NOT NULL,
    org_path     text        NOT NULL,
    problem      text        NOT NULL,
    measure      text        NOT NULL,
    owner_id     bigint,
    owner_name   text,
    due_on       date        NOT NULL,
    done_on      date,
    done_note    text,
    recorded_by  text        NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    version      int         NOT NULL DEFAULT 0
);
CREATE INDEX rectification_item_org ON rectification_item (org_id, done_on);
