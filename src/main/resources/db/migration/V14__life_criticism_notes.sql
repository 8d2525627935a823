-- 组织生活会 (ZB-14): criticism and self-criticism, recorded per member present at the meeting: what the member
-- said about themselves (自我批评) and the criticism others raised toward them (相互批评意见). The member's name is
-- copied as in the other life tables; scope follows the meeting's organization.
CREATE TABLE criticism_note (
    meeting_id         bigint      NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    member_id          bigint      NOT NULL,
    member_name        text        NOT NULL,
    self_criticism     text,
    criticism_received text,
    recorded_by        text        NOT NULL,
    recorded_at        timestamptz NOT NULL DEFAULT now(),
    version            int         NOT NULL DEFAULT 0,
    PRIMARY KEY (meeting_id, member_id),
    CHECK (self_criticism IS NOT NULL OR criticism_received IS NOT NULL)
);
