-- One open 发展党员 case per person. The 身份证号 is SM4-encrypted with a random IV, so the person is identified by
-- the same HMAC-SM3 blind index the member records use (computed in the application, which holds the key; rows
-- opened before this migration are filled in at start-up). Concurrent or repeated applications for the same
-- person then collide on this index instead of opening a second case.
ALTER TABLE recruitment_case ADD COLUMN citizen_id_hash text;
CREATE UNIQUE INDEX recruitment_case_open_person ON recruitment_case (citizen_id_hash)
    WHERE stage NOT IN ('FULL', 'CLOSED');
