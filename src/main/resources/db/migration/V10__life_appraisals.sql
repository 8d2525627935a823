-- 民主评议党员 (ZB-16/JY-04): one round per branch and year; per member the self-appraisal, the peer
-- appraisal tally (民主测评) and the branch's grade. The grade set is configurable (JY-04: not national).
CREATE TABLE appraisal_round (
    id          bigserial   PRIMARY KEY,
    org_id      bigint      NOT NULL,
    org_path    text        NOT NULL,
    year        int         NOT NULL,
    held_on     date        NOT NULL,
    grades      text[]      NOT NULL,
    recorded_by text        NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (org_id, year)
);

CREATE TABLE appraisal_result (
    round_id        bigint NOT NULL REFERENCES appraisal_round (id) ON DELETE CASCADE,
    member_id       bigint NOT NULL,
    member_name     text   NOT NULL,
    self_appraisal  text,
    peer_votes      int[]  NOT NULL,
    grade           text   NOT NULL,
    note            text,
    PRIMARY KEY (round_id, member_id)
);
