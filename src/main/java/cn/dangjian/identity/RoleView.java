package cn.dangjian.identity;

import cn.dangjian.shared.ScopeLevel;

/** A role as offered on the account pages; {@code privileged} ones only the 安全管理员 grants. */
public record RoleView(String code, String name, ScopeLevel scopeLevel, String description, boolean privileged) {
}
