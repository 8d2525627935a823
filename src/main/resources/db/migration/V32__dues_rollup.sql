-- dues module: the 党费汇总 read from a maintained rollup instead of every register line of the subtree.

-- Register lines summed per organization *and each of its ancestors* and month, kept exact by statement triggers
-- (as compliance_rollup): the 工委's summary reads a row per child and month instead of every line below.
-- unpaid_fen and owing count what is not paid in full (whether the month has ended is decided when reading);
-- back_paid_fen is what was paid after its month (补交).
CREATE TABLE dues_rollup (
    org_id        bigint NOT NULL,
    month         date   NOT NULL,
    members       int    NOT NULL DEFAULT 0,
    due_fen       bigint NOT NULL DEFAULT 0,
    paid_fen      bigint NOT NULL DEFAULT 0,
    unpaid_fen    bigint NOT NULL DEFAULT 0,
    back_paid_fen bigint NOT NULL DEFAULT 0,
    owing         int    NOT NULL DEFAULT 0,
    PRIMARY KEY (org_id, month)
);

-- The statement that adds (sign 1) or subtracts (sign -1) the lines of a relation — a trigger's transition table,
-- or dues_month itself for the first fill; ancestors from the materialised path, in key order against deadlocks.
CREATE FUNCTION dues_rollup_sql(rel text) RETURNS text IMMUTABLE LANGUAGE sql AS $f$
    SELECT format($s$
    INSERT INTO dues_rollup AS r (org_id, month, members, due_fen, paid_fen, unpaid_fen, back_paid_fen, owing)
    SELECT a.id::bigint, c.month, $1 * count(*), $1 * sum(c.due_fen), $1 * sum(c.paid_fen),
           $1 * COALESCE(sum(c.due_fen - c.paid_fen) FILTER (WHERE c.paid_fen < c.due_fen), 0),
           $1 * COALESCE(sum(c.paid_fen) FILTER (WHERE c.paid_on >= c.month + interval '1 month'), 0),
           $1 * count(*) FILTER (WHERE c.paid_fen < c.due_fen)
    FROM %I c CROSS JOIN LATERAL unnest(string_to_array(trim(BOTH '/' FROM c.org_path), '/')) AS a(id)
    GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (org_id, month) DO UPDATE SET members = r.members + EXCLUDED.members,
        due_fen = r.due_fen + EXCLUDED.due_fen, paid_fen = r.paid_fen + EXCLUDED.paid_fen,
        unpaid_fen = r.unpaid_fen + EXCLUDED.unpaid_fen, back_paid_fen = r.back_paid_fen + EXCLUDED.back_paid_fen,
        owing = r.owing + EXCLUDED.owing$s$, rel)
$f$;

CREATE FUNCTION dues_rollup_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE dues_rollup_sql(TG_ARGV[1]) USING TG_ARGV[0]::int;
    RETURN NULL;
END $$;

CREATE TRIGGER dues_rollup_1_update_old AFTER UPDATE ON dues_month REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION dues_rollup_change('-1', 'old_rows');
CREATE TRIGGER dues_rollup_2_update_new AFTER UPDATE ON dues_month REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION dues_rollup_change('1', 'new_rows');
CREATE TRIGGER dues_rollup_insert AFTER INSERT ON dues_month REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION dues_rollup_change('1', 'new_rows');
CREATE TRIGGER dues_rollup_delete AFTER DELETE ON dues_month REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION dues_rollup_change('-1', 'old_rows');

DO $$ BEGIN EXECUTE dues_rollup_sql('dues_month') USING 1; END $$;

-- The lines not paid in full, for counting the members in arrears over a period (few once months are paid).
CREATE INDEX dues_month_unpaid ON dues_month (month, org_path text_pattern_ops) INCLUDE (member_id, org_id)
    WHERE paid_fen < due_fen;
