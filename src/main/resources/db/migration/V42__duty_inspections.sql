-- duty module: 巡视巡察整改 (ZG-01…ZG-03). An inspection's feedback is recorded by the inspected organization as a
-- list of problems; each problem is its own row (duty_rectification) with the measures, deadline, responsible person
-- and leader (问题清单 → 任务清单 → 责任清单), done by the inspected side — at once when fixed on the spot (立行立改)
-- — and closed by the organization above after review (销号). The 整改情况报告 and the 主要负责人组织落实情况报告 are
-- due a parameterised number of months after the feedback (ZG-01: 2). org_path follows the tree on moves.
CREATE TABLE duty_inspection (
    id                       bigserial   PRIMARY KEY,
    org_id                   bigint      NOT NULL,
    org_path                 text        NOT NULL,
    kind                     text        NOT NULL,
    team                     text        NOT NULL CHECK (char_length(team) <= 100),
    feedback_on              date        NOT NULL,
    reports_due              date        NOT NULL CHECK (reports_due >= feedback_on),
    rectification_report_on  date        CHECK (rectification_report_on >= feedback_on),
    leader_report_on         date        CHECK (leader_report_on >= feedback_on),
    recorded_by              text        NOT NULL,
    version                  int         NOT NULL DEFAULT 0
);
CREATE INDEX duty_inspection_path ON duty_inspection (org_path text_pattern_ops);

CREATE TABLE duty_rectification (
    id              bigserial   PRIMARY KEY,
    inspection_id   bigint      NOT NULL REFERENCES duty_inspection (id),
    position        int         NOT NULL,
    org_id          bigint      NOT NULL,
    org_path        text        NOT NULL,
    problem         text        NOT NULL CHECK (char_length(problem) <= 10000),
    measures        text        NOT NULL CHECK (char_length(measures) <= 10000),
    deadline        date        NOT NULL,
    owner           text        NOT NULL CHECK (char_length(owner) <= 50),
    leader          text        CHECK (char_length(leader) <= 50),
    immediate       boolean     NOT NULL DEFAULT false,
    state           text        NOT NULL,
    done_on         date,
    done_note       text        CHECK (char_length(done_note) <= 10000),
    closed_on       date,
    closed_by       text,
    close_note      text        CHECK (char_length(close_note) <= 10000),
    return_reason   text        CHECK (char_length(return_reason) <= 10000),
    version         int         NOT NULL DEFAULT 0,
    UNIQUE (inspection_id, position)
);
CREATE INDEX duty_rectification_path ON duty_rectification (org_path text_pattern_ops);
CREATE INDEX duty_rectification_open ON duty_rectification (org_id) WHERE state <> 'CLOSED';
