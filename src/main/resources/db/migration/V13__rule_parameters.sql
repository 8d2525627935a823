-- The locally set values of the regulations' parameters (S/U rules of the catalogue, the 补录 window …):
-- a platform-wide value (org_id NULL) or one organization's override for itself and its subtree, each
-- effective from a date. Rows are never changed or deleted: a later row supersedes, a row with value NULL
-- withdraws an override, and a result computed in the past can always be recomputed with the values in
-- force at the time.
CREATE TABLE rule_parameter_setting (
    id             bigserial   PRIMARY KEY,
    parameter_key  text        NOT NULL,
    org_id         bigint,
    value          text,
    effective_from date        NOT NULL,
    reason         text        NOT NULL,
    set_by         text        NOT NULL,
    set_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX rule_parameter_setting_lookup ON rule_parameter_setting (parameter_key, org_id, effective_from);

CREATE FUNCTION rule_parameter_setting_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'rule_parameter_setting is append-only: supersede a setting with a later one';
END $$;
CREATE TRIGGER rule_parameter_setting_no_update BEFORE UPDATE OR DELETE ON rule_parameter_setting
    FOR EACH ROW EXECUTE FUNCTION rule_parameter_setting_append_only();

-- The platform administrator sets platform-wide values; a 机关党委 may override them for its subtree.
UPDATE app_role SET permissions = permissions || ARRAY['rule:parameters']
WHERE code IN ('PLATFORM_ADMIN', 'WORK_COMMITTEE_STAFF', 'PARTY_COMMITTEE_SECRETARY');
UPDATE app_role SET description = '管理用户、角色和规则参数；不查看身份证号，不查看审计日志（三员分立）'
WHERE code = 'PLATFORM_ADMIN';
