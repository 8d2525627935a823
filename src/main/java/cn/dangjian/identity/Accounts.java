package cn.dangjian.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.identity.internal.AccountStore;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.ScopeLevel;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and the {@link AccessScope} each one carries. */
@Service
@Transactional(readOnly = true)
public class Accounts {

    private final AccountStore store;
    private final OrgUnits orgs;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Accounts(AccountStore store, OrgUnits orgs, PasswordEncoder passwords, Clock clock) {
        this.store = store;
        this.orgs = orgs;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Builds the caller's scope from their role and anchor organization(s), with the current tree paths. */
    public AccessScope scopeOf(String username) {
        AccountStore.Account a = store.byUsername(username)
                .orElseThrow(() -> new NotFoundException("账号不存在：" + username));
        List<Long> anchors = switch (a.scopeLevel()) {
            case ALL -> List.of();
            case CUSTOM -> store.customOrgs(a.id());
            case SUBTREE, ORG_ONLY, SELF -> a.orgId() == null ? List.of() : List.of(a.orgId());
        };
        List<OrgUnitRef> refs = orgs.refs(anchors);
        return new AccessScope(a.id(), a.username(), a.displayName(), a.scopeLevel(),
                refs.stream().map(OrgUnitRef::id).toList(), refs.stream().map(OrgUnitRef::path).toList(),
                a.memberId(), a.permissions());
    }

    public List<AccountView> list(AccessScope scope) {
        scope.require(Permission.USER_ADMIN);
        Instant now = Instant.now(clock);
        return store.all().stream().map(a -> new AccountView(a.id(), a.username(), a.displayName(), a.roleCode(),
                a.roleName(), a.scopeLevel(), a.orgId(), a.memberId(), a.enabled(), a.lockedAt(now),
                a.lastLoginAt())).toList();
    }

    public boolean any() {
        return store.count() > 0;
    }

    @Transactional
    public long create(AccessScope scope, NewAccount account) {
        scope.require(Permission.USER_ADMIN);
        List<FieldProblem> problems = new ArrayList<>();
        if (account.username() == null || !account.username().matches("[A-Za-z0-9_.-]{3,32}")) {
            problems.add(new FieldProblem("username", "用户名", "应为3至32位字母、数字、下划线、点或连字符"));
        } else if (store.byUsername(account.username()).isPresent()) {
            problems.add(new FieldProblem("username", "用户名", "已被使用"));
        }
        if (account.password() == null || account.password().length() < 8
                || !account.password().matches(".*[A-Za-z].*") || !account.password().matches(".*\\d.*")) {
            problems.add(new FieldProblem("password", "密码", "至少8位，且同时包含字母和数字"));
        }
        if (account.displayName() == null || account.displayName().isBlank()) {
            problems.add(new FieldProblem("displayName", "姓名", "不能为空"));
        }
        if (account.roleCode() == null || !store.roleExists(account.roleCode())) {
            problems.add(new FieldProblem("roleCode", "角色", "请选择角色"));
        }
        if (account.orgId() != null && orgs.ref(account.orgId()).isEmpty()) {
            problems.add(new FieldProblem("orgId", "所在党组织", "未找到该党组织"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = store.insert(account.username(), passwords.encode(account.password()), account.displayName().strip(),
                account.roleCode(), account.orgId(), account.memberId());
        if (account.customOrgIds() != null) {
            account.customOrgIds().forEach(org -> store.addCustomOrg(id, org));
        }
        return id;
    }

    public String roleName(String username) {
        return store.byUsername(username).map(AccountStore.Account::roleName).orElse("");
    }

    public List<AccountStore.RoleRow> roles() {
        return store.roles();
    }

}
