-- How a finding closed: RESOLVED when the data no longer shows it, LAPSED when its period fell out of the rule's
-- window unremedied (e.g. last year's missed meeting after the first quarter) — so the history never calls a
-- miss "resolved".
ALTER TABLE compliance_finding ADD COLUMN closed_as text;
UPDATE compliance_finding SET closed_as = 'RESOLVED' WHERE resolved_on IS NOT NULL;
