-- Members by the unit (单位) they work in: compliance counts a unit's full members across every organization
-- holding them (ZB-01: a unit with 3 or more full members sets up a branch) for whole batches of units.
CREATE INDEX member_unit ON member (unit_id, status, kind) WHERE unit_id IS NOT NULL;
