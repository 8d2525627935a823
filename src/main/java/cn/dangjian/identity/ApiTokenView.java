package cn.dangjian.identity;

import java.time.Instant;

/**
 * A personal API token as listed: never its secret, only the prefix it starts with. {@code state} is
 * 有效, 已过期 or 已撤销.
 */
public record ApiTokenView(long id, String username, String name, String prefix, Instant createdAt, Instant expiresAt,
                           Instant lastUsedAt, String lastUsedFrom, Instant revokedAt, String revokedBy,
                           String state) {

    public boolean live() {
        return revokedAt == null && "有效".equals(state);
    }
}
