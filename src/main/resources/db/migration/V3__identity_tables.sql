-- identity module: roles (function permissions + data-scope level), accounts, the audit trail.

CREATE TABLE app_role (
    code        text    PRIMARY KEY,
    name        text    NOT NULL,
    scope_level text    NOT NULL,
    permissions text[]  NOT NULL,
    description text
);

CREATE TABLE app_user (
    id              bigserial   PRIMARY KEY,
    username        text        NOT NULL UNIQUE,
    password_hash   text        NOT NULL,
    display_name    text        NOT NULL,
    role_code       text        NOT NULL REFERENCES app_role (code),
    org_id          bigint,
    member_id       bigint,
    enabled         boolean     NOT NULL DEFAULT true,
    failed_logins   int         NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    last_login_at   timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);

-- 自定义 scope: the organizations (with their subtrees) a user may see.
CREATE TABLE app_user_scope_org (
    user_id bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    org_id  bigint NOT NULL,
    PRIMARY KEY (user_id, org_id)
);

CREATE TABLE audit_entry (
    id          bigserial   PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor       text        NOT NULL,
    record_type text        NOT NULL,
    record_id   text        NOT NULL,
    action      text        NOT NULL,
    changes     jsonb       NOT NULL DEFAULT '[]'
);
CREATE INDEX audit_entry_time ON audit_entry (occurred_at DESC);
CREATE INDEX audit_entry_record ON audit_entry (record_type, record_id);
CREATE INDEX audit_entry_actor ON audit_entry (actor, occurred_at DESC);

-- The trail is append-only: no row may be changed or removed, by the application or anyone else.
CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '审计日志只能追加，不能修改或删除';
END $$;
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();

INSERT INTO app_role (code, name, scope_level, permissions, description) VALUES
 ('PLATFORM_ADMIN', '平台管理员', 'ALL',
  ARRAY['org:view','org:edit','member:view','member:edit','member:import','member:export','user:admin'],
  '管理用户、角色和参数；不查看身份证号，不查看审计日志（三员分立）'),
 ('WORK_COMMITTEE_STAFF', '机关工委工作人员', 'ALL',
  ARRAY['org:view','org:edit','member:view','member:edit','member:sensitive','member:import','member:export'],
  '管理全部党组织和党员'),
 ('PARTY_COMMITTEE_SECRETARY', '机关党委书记（专职副书记）', 'SUBTREE',
  ARRAY['org:view','org:edit','member:view','member:edit','member:sensitive','member:import','member:export'],
  '管理本机关党委及其下级组织'),
 ('BRANCH_SECRETARY', '党支部书记', 'SUBTREE',
  ARRAY['org:view','member:view','member:edit','member:sensitive','member:import','member:export'],
  '管理本支部（含党小组）的党员'),
 ('PARTY_WORKER', '党务工作者', 'ORG_ONLY',
  ARRAY['org:view','member:view','member:edit','member:export'],
  '维护本级组织的党员信息'),
 ('MEMBER', '普通党员', 'SELF',
  ARRAY['org:view','member:view'],
  '查看本人信息'),
 ('AUDITOR', '安全审计员', 'ALL',
  ARRAY['audit:view'],
  '查看审计日志');
