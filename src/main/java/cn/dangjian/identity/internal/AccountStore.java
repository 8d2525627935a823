package cn.dangjian.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.dangjian.shared.Permission;
import cn.dangjian.shared.ScopeLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over accounts and roles. */
@Repository
public class AccountStore {

    private static final String SELECT = """
            SELECT u.*, r.name AS role_name, r.scope_level, r.permissions
            FROM app_user u JOIN app_role r ON r.code = u.role_code""";

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> byUsername(String username) {
        return jdbc.sql(SELECT + " WHERE u.username = :username").param("username", username)
                .query(AccountStore::account).optional();
    }

    public Optional<Account> byId(long id) {
        return jdbc.sql(SELECT + " WHERE u.id = :id").param("id", id).query(AccountStore::account).optional();
    }

    public List<Account> all() {
        return jdbc.sql(SELECT + " ORDER BY u.id").query(AccountStore::account).list();
    }

    public List<Long> customOrgs(long userId) {
        return jdbc.sql("SELECT org_id FROM app_user_scope_org WHERE user_id = :id ORDER BY org_id")
                .param("id", userId).query(Long.class).list();
    }

    public boolean roleExists(String code) {
        return jdbc.sql("SELECT count(*) FROM app_role WHERE code = :code").param("code", code)
                .query(Long.class).single() > 0;
    }

    public List<RoleRow> roles() {
        return jdbc.sql("SELECT code, name, scope_level, description, permissions FROM app_role ORDER BY code")
                .query(AccountStore::role).list();
    }

    public Optional<RoleRow> role(String code) {
        return jdbc.sql("SELECT code, name, scope_level, description, permissions FROM app_role WHERE code = :code")
                .param("code", code).query(AccountStore::role).optional();
    }

    public long insert(String username, String passwordHash, String displayName, String role, Long orgId,
                       Long memberId, boolean passwordChangeRequired) {
        return jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, display_name, role_code, org_id, member_id,
                                              password_change_required)
                        VALUES (:username, :hash, :display, :role, :org, :member, :required) RETURNING id""")
                .param("username", username).param("hash", passwordHash).param("display", displayName)
                .param("role", role).param("org", orgId).param("member", memberId)
                .param("required", passwordChangeRequired).query(Long.class).single();
    }

    public void assign(long id, String role, Long orgId, Long memberId, List<Long> customOrgIds) {
        jdbc.sql("UPDATE app_user SET role_code = :role, org_id = :org, member_id = :member WHERE id = :id")
                .param("id", id).param("role", role).param("org", orgId).param("member", memberId).update();
        jdbc.sql("DELETE FROM app_user_scope_org WHERE user_id = :id").param("id", id).update();
        customOrgIds.forEach(org -> addCustomOrg(id, org));
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = :enabled WHERE id = :id").param("id", id).param("enabled", enabled)
                .update();
    }

    /** Sets a new password; {@code changeRequired} when someone other than the holder chose it. */
    public void setPassword(long id, String passwordHash, boolean changeRequired) {
        jdbc.sql("""
                        UPDATE app_user SET password_hash = :hash, password_change_required = :required,
                               password_changed_at = now()
                        WHERE id = :id""")
                .param("id", id).param("hash", passwordHash).param("required", changeRequired).update();
    }

    public void unlock(long id) {
        jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = :id").param("id", id).update();
    }

    public boolean passwordChangeRequired(String username) {
        return jdbc.sql("SELECT password_change_required FROM app_user WHERE username = :username")
                .param("username", username).query(Boolean.class).optional().orElse(false);
    }

    public void addCustomOrg(long userId, long orgId) {
        jdbc.sql("INSERT INTO app_user_scope_org (user_id, org_id) VALUES (:user, :org) ON CONFLICT DO NOTHING")
                .param("user", userId).param("org", orgId).update();
    }

    /**
     * Counts a failed login of an account that is not locked; locks it once {@code maxFailures} is reached
     * (and starts counting afresh) and says whether this failure locked it.
     */
    public boolean recordFailure(long id, int maxFailures, Instant lockUntil) {
        return jdbc.sql("""
                        UPDATE app_user
                        SET failed_logins = CASE WHEN failed_logins + 1 >= :max THEN 0 ELSE failed_logins + 1 END,
                            locked_until = CASE WHEN failed_logins + 1 >= :max THEN :until ELSE locked_until END
                        WHERE id = :id
                        RETURNING locked_until IS NOT DISTINCT FROM :until""")
                .param("id", id).param("max", maxFailures).param("until", Timestamp.from(lockUntil))
                .query(Boolean.class).optional().orElse(false);
    }

    public void recordSuccess(String username) {
        jdbc.sql("""
                        UPDATE app_user SET failed_logins = 0, locked_until = NULL, last_login_at = now()
                        WHERE username = :username""")
                .param("username", username).update();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
    }

    public record Account(long id, String username, String passwordHash, String displayName, String roleCode,
                          String roleName, ScopeLevel scopeLevel, Set<Permission> permissions, Long orgId,
                          Long memberId, boolean enabled, int failedLogins, Instant lockedUntil, Instant lastLoginAt,
                          boolean passwordChangeRequired) {

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    public record RoleRow(String code, String name, ScopeLevel scopeLevel, String description,
                          Set<Permission> permissions) {
    }

    private static RoleRow role(ResultSet rs, int n) throws SQLException {
        return new RoleRow(rs.getString("code"), rs.getString("name"), ScopeLevel.valueOf(rs.getString("scope_level")),
                rs.getString("description"), permissions(rs));
    }

    private static Set<Permission> permissions(ResultSet rs) throws SQLException {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        Arrays.stream((String[]) rs.getArray("permissions").getArray())
                .forEach(code -> Arrays.stream(Permission.values()).filter(p -> p.code().equals(code))
                        .forEach(permissions::add));
        return permissions;
    }

    static Account account(ResultSet rs, int n) throws SQLException {
        Set<Permission> permissions = permissions(rs);
        Timestamp locked = rs.getTimestamp("locked_until");
        Timestamp last = rs.getTimestamp("last_login_at");
        long org = rs.getLong("org_id");
        Long orgId = rs.wasNull() ? null : org;
        long member = rs.getLong("member_id");
        Long memberId = rs.wasNull() ? null : member;
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                rs.getString("display_name"), rs.getString("role_code"), rs.getString("role_name"),
                ScopeLevel.valueOf(rs.getString("scope_level")), permissions, orgId, memberId,
                rs.getBoolean("enabled"), rs.getInt("failed_logins"), locked == null ? null : locked.toInstant(),
                last == null ? null : last.toInstant(), rs.getBoolean("password_change_required"));
    }

}
