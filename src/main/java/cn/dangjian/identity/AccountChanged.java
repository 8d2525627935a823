package cn.dangjian.identity;

import java.util.List;

import cn.dangjian.shared.AuditedChange;

/**
 * Something happened to an account: opened, role or scope changed, disabled, password changed or reset,
 * unlocked; or a sign-in event (登录, 登录失败, 锁定, 退出). {@code recordId} is the username (as typed, for a
 * failed login); passwords never appear.
 */
public record AccountChanged(String actor, String recordId, String action, List<FieldChange> changes)
        implements AuditedChange {

    public AccountChanged {
        changes = List.copyOf(changes);
    }

    @Override
    public String recordType() {
        return "账号";
    }
}
