-- Meetings counted per month and type for every organization *and each of its ancestors*, so that "meetings held
-- this quarter by type" for any subtree, split by its direct children, reads a few dozen rows instead of scanning
-- every meeting below. Statement-level triggers with transition tables keep it exact for single records, bulk
-- inserts and the org_path rewrite of a tree move (UPDATE: the old rows are subtracted from the old ancestors,
-- the new rows added to the new ones). Concurrent recordings in one tree briefly queue on the shared ancestor
-- rows until commit — meetings are recorded at human pace, so this is cheap.
CREATE TABLE meeting_rollup (
    org_id   bigint NOT NULL,
    month    date   NOT NULL,
    type     text   NOT NULL,
    held     int    NOT NULL DEFAULT 0,
    late     int    NOT NULL DEFAULT 0,
    failures int    NOT NULL DEFAULT 0,
    -- the counts are included so that a subtree's quarter is an index-only scan of a few dozen entries
    PRIMARY KEY (org_id, month, type) INCLUDE (held, late, failures)
);

INSERT INTO meeting_rollup (org_id, month, type, held, late, failures)
SELECT a.id::bigint, date_trunc('month', m.held_at)::date, m.type, count(*),
       count(*) FILTER (WHERE m.late_entry), count(*) FILTER (WHERE NOT m.quorum_met)
FROM meeting m CROSS JOIN LATERAL unnest(string_to_array(trim(BOTH '/' FROM m.org_path), '/')) AS a(id)
GROUP BY 1, 2, 3;

CREATE FUNCTION meeting_rollup_add_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO meeting_rollup AS r (org_id, month, type, held, late, failures)
    SELECT a.id::bigint, date_trunc('month', n.held_at)::date, n.type, count(*),
           count(*) FILTER (WHERE n.late_entry), count(*) FILTER (WHERE NOT n.quorum_met)
    FROM new_rows n CROSS JOIN LATERAL unnest(string_to_array(trim(BOTH '/' FROM n.org_path), '/')) AS a(id)
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (org_id, month, type) DO UPDATE SET held = r.held + EXCLUDED.held, late = r.late + EXCLUDED.late,
                                                    failures = r.failures + EXCLUDED.failures;
    RETURN NULL;
END $$;

CREATE FUNCTION meeting_rollup_subtract_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO meeting_rollup AS r (org_id, month, type, held, late, failures)
    SELECT a.id::bigint, date_trunc('month', o.held_at)::date, o.type, -count(*),
           -count(*) FILTER (WHERE o.late_entry), -count(*) FILTER (WHERE NOT o.quorum_met)
    FROM old_rows o CROSS JOIN LATERAL unnest(string_to_array(trim(BOTH '/' FROM o.org_path), '/')) AS a(id)
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (org_id, month, type) DO UPDATE SET held = r.held + EXCLUDED.held, late = r.late + EXCLUDED.late,
                                                    failures = r.failures + EXCLUDED.failures;
    RETURN NULL;
END $$;

-- on UPDATE: subtract the old rows first (triggers of one event fire in name order), then add the new
CREATE TRIGGER meeting_rollup_1_update_old AFTER UPDATE ON meeting REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION meeting_rollup_subtract_old();
CREATE TRIGGER meeting_rollup_2_update_new AFTER UPDATE ON meeting REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION meeting_rollup_add_new();
CREATE TRIGGER meeting_rollup_insert AFTER INSERT ON meeting REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION meeting_rollup_add_new();
CREATE TRIGGER meeting_rollup_delete AFTER DELETE ON meeting REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION meeting_rollup_subtract_old();
