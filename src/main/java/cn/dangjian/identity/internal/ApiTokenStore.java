package cn.dangjian.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over personal API tokens (only their digests are stored). */
@Repository
public class ApiTokenStore {

    /** The token's columns under names of their own (the account's columns may come in the same row). */
    private static final String TOKEN = """
            t.id AS t_id, t.user_id AS t_user_id, t.name AS t_name, t.prefix AS t_prefix, t.created_at AS t_created_at,
            t.expires_at AS t_expires_at, t.last_used_at AS t_last_used_at, t.last_used_from AS t_last_used_from,
            t.revoked_at AS t_revoked_at, t.revoked_by AS t_revoked_by""";
    private static final String SELECT = "SELECT " + TOKEN + """
            , u.username FROM api_token t JOIN app_user u ON u.id = t.user_id""";

    private final JdbcClient jdbc;

    ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long userId, String name, String digest, String prefix, Instant createdAt, Instant expiresAt) {
        return jdbc.sql("""
                        INSERT INTO api_token (user_id, name, token_hash, prefix, created_at, expires_at)
                        VALUES (:user, :name, :hash, :prefix, :created, :expires) RETURNING id""")
                .param("user", userId).param("name", name).param("hash", digest).param("prefix", prefix)
                .param("created", Timestamp.from(createdAt)).param("expires", Timestamp.from(expiresAt))
                .query(Long.class).single();
    }

    public long countLive(long userId, Instant now) {
        return jdbc.sql("""
                        SELECT count(*) FROM api_token
                        WHERE user_id = :user AND revoked_at IS NULL AND expires_at > :now""")
                .param("user", userId).param("now", Timestamp.from(now)).query(Long.class).single();
    }

    /** An account's tokens, newest first. */
    public List<Token> ofUser(long userId) {
        return jdbc.sql(SELECT + " WHERE t.user_id = :user ORDER BY t.id DESC").param("user", userId)
                .query(ApiTokenStore::token).list();
    }

    public Optional<Token> byId(long id) {
        return jdbc.sql(SELECT + " WHERE t.id = :id").param("id", id).query(ApiTokenStore::token).optional();
    }

    /** The token with this digest and its account, in one indexed lookup. */
    public Optional<Owned> byDigest(String digest) {
        return jdbc.sql("""
                        SELECT u.*, r.name AS role_name, r.scope_level, r.permissions, %s
                        FROM api_token t JOIN app_user u ON u.id = t.user_id JOIN app_role r ON r.code = u.role_code
                        WHERE t.token_hash = :hash""".formatted(TOKEN))
                .param("hash", digest)
                .query((rs, n) -> new Owned(token(rs, n), AccountStore.account(rs, n)))
                .optional();
    }

    public boolean revoke(long id, String by, Instant now) {
        return jdbc.sql("UPDATE api_token SET revoked_at = :now, revoked_by = :by WHERE id = :id AND revoked_at IS NULL")
                .param("id", id).param("by", by).param("now", Timestamp.from(now)).update() > 0;
    }

    /** Revokes every token of an account that is not revoked yet; says how many. */
    public int revokeAll(long userId, String by, Instant now) {
        return jdbc.sql("""
                        UPDATE api_token SET revoked_at = :now, revoked_by = :by
                        WHERE user_id = :user AND revoked_at IS NULL AND expires_at > :now""")
                .param("user", userId).param("by", by).param("now", Timestamp.from(now)).update();
    }

    /** Notes a use unless one was noted since {@code since}; says whether this one was noted. */
    public boolean noteUse(long id, Instant now, String address, Instant since) {
        return jdbc.sql("""
                        UPDATE api_token SET last_used_at = :now, last_used_from = :address
                        WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :since)""")
                .param("id", id).param("now", Timestamp.from(now)).param("address", address)
                .param("since", Timestamp.from(since)).update() > 0;
    }

    public record Token(long id, long userId, String username, String name, String prefix, Instant createdAt,
                        Instant expiresAt, Instant lastUsedAt, String lastUsedFrom, Instant revokedAt,
                        String revokedBy) {
    }

    public record Owned(Token token, AccountStore.Account account) {
    }

    private static Token token(ResultSet rs, int n) throws SQLException {
        return new Token(rs.getLong("t_id"), rs.getLong("t_user_id"), rs.getString("username"), rs.getString("t_name"),
                rs.getString("t_prefix"), instant(rs, "t_created_at"), instant(rs, "t_expires_at"),
                instant(rs, "t_last_used_at"), rs.getString("t_last_used_from"), instant(rs, "t_revoked_at"),
                rs.getString("t_revoked_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
