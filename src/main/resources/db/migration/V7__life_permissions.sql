-- Organizational life: secretaries and Party affairs staff record meetings; everyone who works with the
-- roster may read them; an ordinary member sees the meetings they were expected at.
UPDATE app_role SET permissions = permissions || ARRAY['life:view', 'life:record']
WHERE code IN ('WORK_COMMITTEE_STAFF', 'PARTY_COMMITTEE_SECRETARY', 'BRANCH_SECRETARY', 'PARTY_WORKER');
UPDATE app_role SET permissions = permissions || ARRAY['life:view'] WHERE code IN ('PLATFORM_ADMIN', 'MEMBER');
