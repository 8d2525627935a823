-- A maintained rollup of the current roll per organization (members whose relationship it holds
-- directly), so that subtree head counts read ~one row per organization instead of one per member.
-- Statement-level triggers with transition tables keep it exact for single edits, COPY-based bulk
-- loads and the org_path rewrite of a tree move alike.

CREATE TABLE member_headcount (
    org_id             bigint PRIMARY KEY,
    org_path           text   NOT NULL,
    full_count         int    NOT NULL DEFAULT 0,
    probationary_count int    NOT NULL DEFAULT 0
);
CREATE INDEX member_headcount_path ON member_headcount (org_path text_pattern_ops);

INSERT INTO member_headcount (org_id, org_path, full_count, probationary_count)
SELECT org_id, max(org_path), count(*) FILTER (WHERE kind = 'FULL'), count(*) FILTER (WHERE kind = 'PROBATIONARY')
FROM member WHERE status IN ('NORMAL', 'PARTY_PROBATION', 'SUSPENDED')
GROUP BY org_id;

CREATE FUNCTION member_headcount_subtract_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO member_headcount AS h (org_id, org_path, full_count, probationary_count)
    SELECT org_id, max(org_path), -count(*) FILTER (WHERE kind = 'FULL'), -count(*) FILTER (WHERE kind = 'PROBATIONARY')
    FROM old_rows WHERE status IN ('NORMAL', 'PARTY_PROBATION', 'SUSPENDED')
    GROUP BY org_id
    ON CONFLICT (org_id) DO UPDATE SET full_count = h.full_count + EXCLUDED.full_count,
                                       probationary_count = h.probationary_count + EXCLUDED.probationary_count;
    RETURN NULL;
END $$;

CREATE FUNCTION member_headcount_add_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO member_headcount AS h (org_id, org_path, full_count, probationary_count)
    SELECT org_id, max(org_path), count(*) FILTER (WHERE kind = 'FULL'), count(*) FILTER (WHERE kind = 'PROBATIONARY')
    FROM new_rows WHERE status IN ('NORMAL', 'PARTY_PROBATION', 'SUSPENDED')
    GROUP BY org_id
    ON CONFLICT (org_id) DO UPDATE SET full_count = h.full_count + EXCLUDED.full_count,
                                       probationary_count = h.probationary_count + EXCLUDED.probationary_count,
                                       org_path = EXCLUDED.org_path;
    RETURN NULL;
END $$;

-- on UPDATE: subtract the old rows first (triggers of one event fire in name order), then add the new
CREATE TRIGGER member_headcount_1_update_old AFTER UPDATE ON member REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION member_headcount_subtract_old();
CREATE TRIGGER member_headcount_2_update_new AFTER UPDATE ON member REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION member_headcount_add_new();
CREATE TRIGGER member_headcount_insert AFTER INSERT ON member REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION member_headcount_add_new();
CREATE TRIGGER member_headcount_delete AFTER DELETE ON member REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION member_headcount_subtract_old();
