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
        return jdbc.sql("SELECT code, name, scope_level, description FROM app_role ORDER BY code")
                .query((rs, n) -> new RoleRow(rs.getString(1), rs.getString(2), ScopeLevel.valueOf(rs.getString(3)),
                        rs.getString(4))).list();
    }

    public long insert(String username, String passwordHash, String displayName, String role, Long orgId,
                       Long memberId) {
        return jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, display_name, role_code, org_id, member_id)
                        VALUES (:username, :hash, :display, :role, :org, :member) RETURNING id""")
                .param("username", username).param("hash", passwordHash).param("display", displayName)
                .param("role", role).param("org", orgId).param("member", memberId).query(Long.class).single();
    }

    public void addCustomOrg(long userId, long orgId) {
        jdbc.sql("INSERT INTO app_user_scope_org (user_id, org_id) VALUES (:user, :org) ON CONFLICT DO NOTHING")
                .param("user", userId).param("org", orgId).update();
    }

    /** Counts a failed login; locks the account once {@code maxFailures} is reached. */
    public void recordFailure(String username, int maxFailures, Instant lockUntil) {
        jdbc.sql("""
                        UPDATE app_user SET failed_logins = failed_logins + 1,
                               locked_until = CASE WHEN failed_logins + 1 >= :max THEN :until ELSE locked_until END
                        WHERE username = :username""")
                .param("username", username).param("max", maxFailures).param("until", Timestamp.from(lockUntil))
                .update();
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
                          Long memberId, boolean enabled, int failedLogins, Instant lockedUntil, Instant lastLoginAt) {

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    public record RoleRow(String code, String name, ScopeLevel scopeLevel, String description) {
    }

    private static Account account(ResultSet rs, int n) throws SQLException {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        Arrays.stream((String[]) rs.getArray("permissions").getArray())
                .forEach(code -> Arrays.stream(Permission.values()).filter(p -> p.code().equals(code))
                        .forEach(permissions::add));
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
                last == null ? null : last.toInstant());
    }

}
