-- compliance module: what the rules found, per organization. A finding stays the same row while its rule keeps
-- finding it (same org, rule code and subject) and is closed (resolved_on) when the data no longer shows it —
-- it is never deleted, so the trend per month can be counted from opened_on/resolved_on. Each row keeps the
-- rule's version and the parameter values it was computed with.
CREATE TABLE compliance_finding (
    id               bigserial   PRIMARY KEY,
    org_id           bigint      NOT NULL,
    org_path         text        NOT NULL,
    rule_code        text        NOT NULL,
    rule_version     int         NOT NULL,
    rule_id          text        NOT NULL,
    category         text        NOT NULL,
    subject          text        NOT NULL DEFAULT '',
    severity         text        NOT NULL,
    message          text        NOT NULL,
    facts            jsonb       NOT NULL DEFAULT '{}',
    parameters       jsonb       NOT NULL DEFAULT '{}',
    deadline         date,
    fix_path         text,
    opened_on        date        NOT NULL,
    resolved_on      date,
    explanation      text,
    explained_by     text,
    explained_at     timestamptz
);
CREATE UNIQUE INDEX compliance_finding_open ON compliance_finding (org_id, rule_code, subject) WHERE resolved_on IS NULL;
CREATE INDEX compliance_finding_path ON compliance_finding (org_path text_pattern_ops, category);
CREATE INDEX compliance_finding_trend ON compliance_finding (org_path text_pattern_ops, opened_on, resolved_on);

-- Open findings counted per organization *and each of its ancestors*, category and severity (the 工委's matrix
-- reads a few rows per child instead of every finding below), kept exact by statement triggers as meeting_rollup.
CREATE TABLE compliance_rollup (
    org_id   bigint NOT NULL,
    category text   NOT NULL,
    severity text   NOT NULL,
    open     int    NOT NULL DEFAULT 0,
    PRIMARY KEY (org_id, category, severity) INCLUDE (open)
);

CREATE FUNCTION compliance_rollup_add_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO compliance_rollup AS r (org_id, category, severity, open)
    SELECT a.id::bigint, n.category, n.severity, count(*)
    FROM new_rows n CROSS JOIN LATERAL unnest(string_to_array(trim(BOTH '/' FROM n.org_path), '/')) AS a(id)
    WHERE n.resolved_on IS NULL
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (org_id, category, severity) DO UPDATE SET open = r.open + EXCLUDED.open;
    RETURN NULL;
END $$;

CREATE FUNCTION compliance_rollup_subtract_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO compliance_rollup AS r (org_id, category, severity, open)
    SELECT a.id::bigint, o.category, o.severity, -count(*)
    FROM old_rows o CROSS JOIN LATERAL unnest(string_to_array(trim(BOTH '/' FROM o.org_path), '/')) AS a(id)
    WHERE o.resolved_on IS NULL
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (org_id, category, severity) DO UPDATE SET open = r.open + EXCLUDED.open;
    RETURN NULL;
END $$;

CREATE TRIGGER compliance_rollup_1_update_old AFTER UPDATE ON compliance_finding REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION compliance_rollup_subtract_old();
CREATE TRIGGER compliance_rollup_2_update_new AFTER UPDATE ON compliance_finding REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION compliance_rollup_add_new();
CREATE TRIGGER compliance_rollup_insert AFTER INSERT ON compliance_finding REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION compliance_rollup_add_new();
CREATE TRIGGER compliance_rollup_delete AFTER DELETE ON compliance_finding REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION compliance_rollup_subtract_old();

-- Findings name members (e.g. 6 months without organizational life), so ordinary members do not see them;
-- those who run an organization's Party work see and explain them.
UPDATE app_role SET permissions = permissions || ARRAY['finding:view', 'finding:explain']
WHERE code IN ('WORK_COMMITTEE_STAFF', 'PARTY_COMMITTEE_SECRETARY', 'BRANCH_SECRETARY', 'PARTY_WORKER');
UPDATE app_role SET permissions = permissions || ARRAY['finding:view'] WHERE code = 'PLATFORM_ADMIN';
