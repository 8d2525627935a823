package cn.dangjian.identity;

import java.util.List;

/** An account to create: its role, the organization its scope is anchored at, and its own member record. */
public record NewAccount(String username, String password, String displayName, String roleCode, Long orgId,
                         Long memberId, List<Long> customOrgIds) {
}
