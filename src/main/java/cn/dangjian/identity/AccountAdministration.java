package cn.dangjian.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.dangjian.identity.internal.AccountLinks;
import cn.dangjian.identity.internal.AccountStore;
import cn.dangjian.identity.internal.ApiTokenStore;
import cn.dangjian.identity.internal.GrantRules;
import cn.dangjian.identity.internal.PasswordPolicy;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to existing accounts under 三员分立 ({@link GrantRules}): the 安全管理员 assigns roles and data
 * scopes and unlocks; the 系统管理员 disables, enables and resets the passwords of ordinary accounts (the
 * 安全管理员 those of privileged ones). Nobody does any of this to their own account. Every change is audited
 * with its old and new values.
 */
@Service
@Transactional
public class AccountAdministration {

    private final AccountStore store;
    private final OrgUnits orgs;
    private final AccountLinks links;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final ApiTokenStore tokens;
    private final Clock clock;

    AccountAdministration(AccountStore store, OrgUnits orgs, AccountLinks links, PasswordPolicy policy,
                          PasswordEncoder passwords, ApplicationEventPublisher events, ApiTokenStore tokens,
                          Clock clock) {
        this.store = store;
        this.orgs = orgs;
        this.links = links;
        this.policy = policy;
        this.passwords = passwords;
        this.events = events;
        this.tokens = tokens;
        this.clock = clock;
    }

    public void assign(AccessScope scope, long id, RoleAssignment assignment) {
        Accounts.requireAccountAdministrator(scope);
        AccountStore.Account account = account(id);
        AccountStore.RoleRow role = assignment.roleCode() == null ? null
                : store.role(assignment.roleCode()).orElse(null);
        if (role == null) {
            throw new InvalidInputException(List.of(new FieldProblem("roleCode", "角色", "请选择角色")));
        }
        GrantRules.requireMayAssign(scope, id, account.permissions(), role.permissions());
        List<Long> custom = assignment.customOrgIds() == null ? List.of()
                : assignment.customOrgIds().stream().distinct().sorted().toList();
        List<FieldProblem> problems = links.check(role.scopeLevel(), assignment.orgId(), assignment.memberId(), custom);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Long> before = store.customOrgs(id);
        List<FieldChange> changes = new ArrayList<>();
        change(changes, "角色", account.roleName(), role.name());
        change(changes, "所在党组织", orgLabel(orgs, account.orgId()), orgLabel(orgs, assignment.orgId()));
        change(changes, "本人党员记录", text(account.memberId()), text(assignment.memberId()));
        change(changes, "自定义范围", before.isEmpty() ? null : before.toString(), custom.isEmpty() ? null : custom.toString());
        if (changes.isEmpty()) {
            return;
        }
        store.assign(id, role.code(), assignment.orgId(), assignment.memberId(), custom);
        events.publishEvent(new AccountChanged(scope.username(), account.username(), "分配角色和数据范围", changes));
    }

    public void setEnabled(AccessScope scope, long id, boolean enabled) {
        Accounts.requireAccountAdministrator(scope);
        AccountStore.Account account = account(id);
        GrantRules.requireMayManage(scope, id, account.permissions(), enabled ? "启用" : "停用");
        if (account.enabled() == enabled) {
            return;
        }
        store.setEnabled(id, enabled);
        events.publishEvent(new AccountChanged(scope.username(), account.username(), enabled ? "启用账号" : "停用账号",
                List.of(new FieldChange("状态", account.enabled() ? "正常" : "停用", enabled ? "正常" : "停用"))));
    }

    /**
     * Sets a password chosen by an administrator; the holder must change it at their next sign-in. A reset
     * usually means the credentials are no longer trusted, so the account's API tokens are revoked with it.
     */
    public void resetPassword(AccessScope scope, long id, String newPassword) {
        Accounts.requireAccountAdministrator(scope);
        AccountStore.Account account = account(id);
        GrantRules.requireMayManage(scope, id, account.permissions(), "重置密码");
        policy.problem(account.username(), newPassword).ifPresent(p -> {
            throw new InvalidInputException(List.of(new FieldProblem("password", "新密码", p)));
        });
        store.setPassword(id, passwords.encode(newPassword), true);
        int revoked = tokens.revokeAll(id, scope.username(), Instant.now(clock));
        List<FieldChange> changes = new ArrayList<>(List.of(new FieldChange("首次登录须修改密码", null, "是")));
        if (revoked > 0) {
            changes.add(new FieldChange("撤销访问令牌", null, revoked + "个"));
        }
        events.publishEvent(new AccountChanged(scope.username(), account.username(), "重置密码", changes));
    }

    public void unlock(AccessScope scope, long id) {
        scope.require(Permission.SECURITY_POLICY);
        AccountStore.Account account = account(id);
        store.unlock(id);
        events.publishEvent(new AccountChanged(scope.username(), account.username(), "解锁账号", List.of()));
    }

    private AccountStore.Account account(long id) {
        return store.byId(id).orElseThrow(() -> new NotFoundException("未找到该账号"));
    }

    private static void change(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private static String text(Long value) {
        return value == null ? null : value.toString();
    }

    /** An organization as the trail shows it: its name and id. */
    static String orgLabel(OrgUnits orgs, Long orgId) {
        if (orgId == null) {
            return null;
        }
        return orgs.ref(orgId).map(OrgUnitRef::name).map(name -> name + "（" + orgId + "）").orElse(orgId.toString());
    }
}
