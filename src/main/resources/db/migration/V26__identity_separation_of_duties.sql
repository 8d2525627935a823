-- 三员分立 (等保 2.0 level 3): three administrative roles that no single role may combine.
--   系统管理员 (PLATFORM_ADMIN): opens and disables accounts, resets passwords, rule parameters, calendar.
--   安全管理员 (SECURITY_ADMIN): assigns roles and data scopes, grants every privileged role, unlocks accounts.
--   安全审计员 (AUDITOR): reads, verifies and exports the audit trail; nothing else.
UPDATE app_role SET name = '系统管理员',
       description = '开设、停用账号，重置普通账号密码，设置规则参数和节假日；不能授予特权角色，不查看身份证号，不查看审计日志（三员分立）'
WHERE code = 'PLATFORM_ADMIN';
INSERT INTO app_role (code, name, scope_level, permissions, description) VALUES
 ('SECURITY_ADMIN', '安全管理员', 'ALL', ARRAY['org:view', 'role:assign', 'security:policy'],
  '为账号分配角色和数据范围（含特权角色），解锁账号，重置特权账号密码；不查看审计日志，不处理业务数据（三员分立）');
UPDATE app_role SET description = '查看、校验和导出审计日志；不做其他操作（三员分立）' WHERE code = 'AUDITOR';

-- No role may hold the duties of two of the three; the 系统管理员's role never sees full personal data; the
-- auditor's role carries nothing but the trail.
ALTER TABLE app_role ADD CONSTRAINT app_role_separation_of_duties CHECK (
    ('user:admin' = ANY (permissions))::int
        + ('role:assign' = ANY (permissions) OR 'security:policy' = ANY (permissions))::int
        + ('audit:view' = ANY (permissions))::int <= 1
    AND NOT ('user:admin' = ANY (permissions) AND 'member:sensitive' = ANY (permissions))
    AND (NOT 'audit:view' = ANY (permissions) OR permissions <@ ARRAY['audit:view']));

-- A password set by someone else (a new account, a reset) must be changed by its holder at first login.
-- Accounts that exist now keep working as they are.
ALTER TABLE app_user ADD COLUMN password_change_required boolean NOT NULL DEFAULT false;
ALTER TABLE app_user ADD COLUMN password_changed_at timestamptz;

-- Tamper-evident trail: each entry carries the SM3 hash of its content chained to the previous entry
-- (prev_id, and its hash inside the digest). Entries are appended under a lock on the single chain-head
-- row, so the chain is linear; the head also remembers the last entry, so removing the newest entries shows.
ALTER TABLE audit_entry ADD COLUMN prev_id bigint;
ALTER TABLE audit_entry ADD COLUMN hash text;
CREATE TABLE audit_chain_head (
    id            int     PRIMARY KEY CHECK (id = 1),
    last_id       bigint,
    last_hash     text,
    legacy_sealed boolean NOT NULL DEFAULT false
);
INSERT INTO audit_chain_head (id) VALUES (1);

-- Entries written before this migration are sealed once, in id order, by the application (SM3 is not
-- available in SQL): the trigger lets a row without a hash receive one, and nothing else.
CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND NEW.hash IS NOT NULL
       AND (NEW.id, NEW.occurred_at, NEW.actor, NEW.record_type, NEW.record_id, NEW.action, NEW.changes)
           IS NOT DISTINCT FROM (OLD.id, OLD.occurred_at, OLD.actor, OLD.record_type, OLD.record_id, OLD.action, OLD.changes)
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '审计日志只能追加，不能修改或删除';
END $$;
