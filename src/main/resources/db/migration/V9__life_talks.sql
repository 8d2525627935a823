-- 谈心谈话 (ZB-15): who talked with whom, when, about what, and the follow-up.
CREATE TABLE talk (
    id             bigserial   PRIMARY KEY,
    org_id         bigint      NOT NULL,
    org_path       text        NOT NULL,
    talked_on      date        NOT NULL,
    initiator_id   bigint      NOT NULL,
    initiator_name text        NOT NULL,
    partner_id     bigint      NOT NULL,
    partner_name   text        NOT NULL,
    topic          text        NOT NULL,
    follow_up      text,
    recorded_by    text        NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (initiator_id <> partner_id)
);
CREATE INDEX talk_org_date ON talk (org_id, talked_on);
CREATE INDEX talk_path ON talk (org_path text_pattern_ops);
