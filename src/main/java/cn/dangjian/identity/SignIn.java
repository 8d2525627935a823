package cn.dangjian.identity;

import java.util.List;
import java.util.Optional;

import cn.dangjian.identity.internal.AccountStore;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-in door: what the security layer needs to know about a person who has just proved who they are,
 * before there is an {@link AccessScope} to pass — the scope itself, the role's name for the page header, and
 * whether they must first change a password someone else chose. Called by the security layer only; every
 * facade a page or API handler uses then takes the scope built here.
 */
@Component
@Transactional(readOnly = true)
public class SignIn {

    private final AccountStore store;
    private final OrgUnits orgs;

    SignIn(AccountStore store, OrgUnits orgs) {
        this.store = store;
        this.orgs = orgs;
    }

    /** Builds the signed-in person's scope from their role and anchor organization(s), with the current paths. */
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

    /**
     * The organization the account belongs to (its anchor, or for a 全部 account the one it was opened at), for the
     * page header and the menu's links to that organization's pages; empty if it has none.
     */
    public Optional<OrgUnitRef> homeOrganization(String username) {
        return store.byUsername(username).map(AccountStore.Account::orgId).flatMap(orgs::ref);
    }

    public String roleName(String username) {
        return store.byUsername(username).map(AccountStore.Account::roleName).orElse("");
    }

    /** Whether this account still carries a password someone else chose (a new account, a reset). */
    public boolean passwordChangeRequired(String username) {
        return store.passwordChangeRequired(username);
    }
}
