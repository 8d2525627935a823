package cn.dangjian.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.identity.internal.AccountLinks;
import cn.dangjian.identity.internal.AccountStore;
import cn.dangjian.identity.internal.GrantRules;
import cn.dangjian.identity.internal.PasswordPolicy;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.ForModules;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and the {@link AccessScope} each one carries; opening an account (the 系统管理员, with a
 * non-privileged role — see {@link GrantRules}). Changes to existing accounts are {@link AccountAdministration}.
 */
@Service
@Transactional(readOnly = true)
public class Accounts {

    private final AccountStore store;
    private final OrgUnits orgs;
    private final AccountLinks links;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Accounts(AccountStore store, OrgUnits orgs, AccountLinks links, PasswordPolicy policy, PasswordEncoder passwords,
             ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.orgs = orgs;
        this.links = links;
        this.policy = policy;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    /** Every account, for the 系统管理员 and the 安全管理员. */
    public List<AccountView> list(AccessScope scope) {
        requireAccountAdministrator(scope);
        Instant now = Instant.now(clock);
        return store.all().stream().map(a -> new AccountView(a.id(), a.username(), a.displayName(), a.roleCode(),
                a.roleName(), a.scopeLevel(), a.orgId(), a.memberId(), a.enabled(), a.lockedAt(now),
                a.lastLoginAt(), GrantRules.privileged(a.permissions()), a.passwordChangeRequired())).toList();
    }

    @ForModules
    public boolean any() {
        return store.count() > 0;
    }

    /**
     * Opens an account whose holder must choose a new password at first sign-in. Only the 系统管理员 opens
     * accounts, and only with a role that is not privileged; privileged roles are then given by the 安全管理员.
     */
    @Transactional
    public long create(AccessScope scope, NewAccount account) {
        return create(scope, account, true);
    }

    /**
     * Opens an account whose password was fixed by configuration (demo data, tests): the holder is not asked
     * to change it. Only the platform itself ({@link AccessScope#system()}) opens such accounts.
     */
    @Transactional
    public long createPreset(AccessScope scope, NewAccount account) {
        if (!scope.isSystem()) {
            throw new ForbiddenException("只有平台自身可以开设预置密码的账号");
        }
        return create(scope, account, false);
    }

    private long create(AccessScope scope, NewAccount account, boolean changeRequired) {
        scope.require(Permission.USER_ADMIN);
        List<FieldProblem> problems = new ArrayList<>();
        if (account.username() == null || !account.username().matches("[A-Za-z0-9_.-]{3,32}")) {
            problems.add(new FieldProblem("username", "用户名", "应为3至32位字母、数字、下划线、点或连字符"));
        } else if (store.byUsername(account.username()).isPresent()) {
            problems.add(new FieldProblem("username", "用户名", "已被使用"));
        }
        policy.problem(account.username(), account.password())
                .ifPresent(p -> problems.add(new FieldProblem("password", "初始密码", p)));
        if (account.displayName() == null || account.displayName().isBlank()) {
            problems.add(new FieldProblem("displayName", "姓名", "不能为空"));
        } else if (account.displayName().strip().length() > 50) {
            problems.add(new FieldProblem("displayName", "姓名", "不能超过50个字"));
        }
        AccountStore.RoleRow role = account.roleCode() == null ? null : store.role(account.roleCode()).orElse(null);
        List<Long> custom = account.customOrgIds() == null ? List.of() : List.copyOf(account.customOrgIds());
        if (role == null) {
            problems.add(new FieldProblem("roleCode", "角色", "请选择角色"));
        } else {
            GrantRules.requireMayOpen(scope, role.name(), role.permissions());
            problems.addAll(links.check(role.scopeLevel(), account.orgId(), account.memberId(), custom));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = store.insert(account.username(), passwords.encode(account.password()), account.displayName().strip(),
                role.code(), account.orgId(), account.memberId(), changeRequired);
        custom.forEach(org -> store.addCustomOrg(id, org));
        events.publishEvent(new AccountChanged(scope.username(), account.username(), "开设账号", List.of(
                new FieldChange("姓名", null, account.displayName().strip()),
                new FieldChange("角色", null, role.name()),
                new FieldChange("所在党组织", null, AccountAdministration.orgLabel(orgs, account.orgId())),
                new FieldChange("本人党员记录", null, account.memberId() == null ? null : account.memberId().toString()),
                new FieldChange("自定义范围", null, custom.isEmpty() ? null : custom.toString()),
                new FieldChange("首次登录须修改密码", null, changeRequired ? "是" : "否"))));
        return id;
    }

    /** Every role with what it may do, for the people who administer accounts. */
    public List<RoleView> roles(AccessScope scope) {
        if (!scope.can(Permission.USER_ADMIN) && !scope.can(Permission.ROLE_ASSIGN)) {
            throw new ForbiddenException("您没有“" + Permission.USER_ADMIN.label() + "”的权限");
        }
        return store.roles().stream().map(r -> new RoleView(r.code(), r.name(), r.scopeLevel(), r.description(),
                GrantRules.privileged(r.permissions()))).toList();
    }

    /** The roles this caller may give an account (privileged ones only for the 安全管理员). */
    public List<RoleView> grantableRoles(AccessScope scope) {
        return store.roles().stream().filter(r -> GrantRules.mayGrant(scope, r.permissions()))
                .map(r -> new RoleView(r.code(), r.name(), r.scopeLevel(), r.description(),
                        GrantRules.privileged(r.permissions()))).toList();
    }

    static void requireAccountAdministrator(AccessScope scope) {
        if (!scope.can(Permission.USER_ADMIN) && !scope.can(Permission.ROLE_ASSIGN)
                && !scope.can(Permission.SECURITY_POLICY)) {
            scope.require(Permission.USER_ADMIN);
        }
    }
}
