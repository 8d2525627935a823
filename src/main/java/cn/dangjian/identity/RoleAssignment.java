package cn.dangjian.identity;

import java.util.List;

/** The role and data scope the 安全管理员 gives an account: role, anchor organization, own member, 自定义 list. */
public record RoleAssignment(String roleCode, Long orgId, Long memberId, List<Long> customOrgIds) {
}
