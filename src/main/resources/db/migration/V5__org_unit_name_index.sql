-- Roster imports and searches find organizations by their exact name.
CREATE INDEX org_unit_name ON org_unit (name) WHERE active;
