-- life module: meetings recorded once, with attendance and agenda items; counts and quorum results are
-- derived from the attendance when the meeting is recorded and kept for ledgers and overviews.

CREATE TABLE meeting (
    id                 bigserial   PRIMARY KEY,
    org_id             bigint      NOT NULL,
    org_path           text        NOT NULL,
    party_group_id     bigint,
    type               text        NOT NULL,
    topic              text        NOT NULL,
    lecturer           text,
    held_at            timestamp   NOT NULL,
    place              text,
    host_member_id     bigint,
    host_name          text,
    recorder_member_id bigint,
    recorder_name      text,
    expected_count     int         NOT NULL,
    present_count      int         NOT NULL,
    excused_count      int         NOT NULL,
    absent_count       int         NOT NULL,
    voting_expected    int         NOT NULL,
    voting_present     int         NOT NULL,
    quorum_met         boolean     NOT NULL,
    late_entry         boolean     NOT NULL,
    days_late          int         NOT NULL DEFAULT 0,
    recorded_at        timestamptz NOT NULL DEFAULT now(),
    recorded_on        date        NOT NULL,
    recorded_by        text        NOT NULL,
    version            int         NOT NULL DEFAULT 0
);
CREATE INDEX meeting_org_time ON meeting (org_id, held_at);
CREATE INDEX meeting_path_time ON meeting (org_path text_pattern_ops, held_at);

CREATE TABLE meeting_attendance (
    meeting_id   bigint  NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    member_id    bigint  NOT NULL,
    member_name  text    NOT NULL,
    full_member  boolean NOT NULL,
    voting       boolean NOT NULL,
    leading_cadre boolean NOT NULL DEFAULT false,
    status       text    NOT NULL,
    reason       text,
    PRIMARY KEY (meeting_id, member_id)
);
CREATE INDEX meeting_attendance_member ON meeting_attendance (member_id);

CREATE TABLE meeting_agenda_item (
    meeting_id    bigint  NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    seq           int     NOT NULL,
    title         text    NOT NULL,
    minutes       text,
    decision      text,
    voted         boolean NOT NULL DEFAULT false,
    votes_for     int,
    votes_against int,
    votes_abstain int,
    quorum_met    boolean,
    passed        boolean,
    PRIMARY KEY (meeting_id, seq)
);
