package cn.dangjian.identity;

import java.time.Instant;

import cn.dangjian.shared.ScopeLevel;

/** An account as listed for administrators. */
public record AccountView(long id, String username, String displayName, String roleCode, String roleName,
                          ScopeLevel scopeLevel, Long orgId, Long memberId, boolean enabled, boolean locked,
                          Instant lastLoginAt, boolean privileged, boolean passwordChangeRequired) {
}
