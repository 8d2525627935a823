package cn.dangjian.workbench.web;

import java.util.List;

import cn.dangjian.identity.AccountView;
import cn.dangjian.identity.Accounts;
import cn.dangjian.identity.AuditQuery;
import cn.dangjian.identity.AuditTrail;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.Permission;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The 三员's own work, each within their role: the 系统管理员 and the 安全管理员 the accounts that wait for them
 * (locked, not yet signed in, disabled, privileged), never the audit trail; the 安全审计员 the trail's integrity and
 * its latest entries, nothing else.
 */
@Component
class AdministrationHome {

    static final int RECENT = 8;

    private final Accounts accounts;
    private final AuditTrail audit;

    AdministrationHome(Accounts accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    void accounts(AccessScope scope, Model model) {
        List<AccountView> all = accounts.list(scope);
        model.addAttribute("security", scope.can(Permission.SECURITY_POLICY) || scope.can(Permission.ROLE_ASSIGN));
        model.addAttribute("locked", all.stream().filter(AccountView::locked).toList());
        model.addAttribute("waiting", all.stream()
                .filter(a -> a.enabled() && a.passwordChangeRequired() && a.lastLoginAt() == null).toList());
        model.addAttribute("disabled", all.stream().filter(a -> !a.enabled()).count());
        model.addAttribute("privileged", all.stream().filter(a -> a.enabled() && a.privileged()).toList());
        model.addAttribute("total", all.size());
    }

    void auditor(AccessScope scope, Model model) {
        model.addAttribute("entries", audit.search(scope, new AuditQuery(null, null, null, null, null),
                new PageRequest(1, RECENT)).items());
    }
}
