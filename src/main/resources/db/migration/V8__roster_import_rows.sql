-- Roster imports keep the rows that passed the check, already encrypted, until the user confirms; the
-- confirmation then writes them with one INSERT … SELECT instead of reading and checking the file again.
-- Unlogged: the rows are transient, and an import interrupted by a crash is marked failed at start-up.
CREATE UNLOGGED TABLE roster_import_row AS
SELECT name, gender, ethnicity, birth_date, citizen_id_enc, citizen_id_hash, native_place, education, degree,
       occupation, unit_id, position, phone_enc, applied_on, joined_on, confirmed_on, kind, status, org_id,
       org_path, party_group_id, leading_cadre, mobile, lost_contact, lost_contact_since
FROM member WITH NO DATA;
ALTER TABLE roster_import_row
    ADD COLUMN import_id  uuid NOT NULL REFERENCES roster_import (id) ON DELETE CASCADE,
    ADD COLUMN row_number int  NOT NULL;
CREATE INDEX roster_import_row_import ON roster_import_row (import_id, org_id);
