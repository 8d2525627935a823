package cn.dangjian.identity.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.dangjian.identity.AccountAdministration;
import cn.dangjian.identity.AccountView;
import cn.dangjian.identity.Accounts;
import cn.dangjian.identity.NewAccount;
import cn.dangjian.identity.RoleAssignment;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 用户管理 for the 系统管理员 (open, disable, enable accounts, reset ordinary passwords) and the 安全管理员
 * (roles and data scopes, unlocking, privileged accounts). What each may do is decided by the facades.
 */
@Controller
class AccountPageController {

    private final Accounts accounts;
    private final AccountAdministration administration;
    private final OrgUnits orgs;

    AccountPageController(Accounts accounts, AccountAdministration administration, OrgUnits orgs) {
        this.accounts = accounts;
        this.administration = administration;
        this.orgs = orgs;
    }

    @GetMapping("/accounts")
    String list(AccessScope scope, @RequestParam(required = false) String q, Model model) {
        String keyword = q == null || q.isBlank() ? null : q.strip();
        List<AccountView> shown = accounts.list(scope).stream().filter(a -> keyword == null
                || a.username().contains(keyword) || a.displayName().contains(keyword)).toList();
        Map<Long, String> orgNames = new HashMap<>();
        orgs.refsInScope(scope, shown.stream().map(AccountView::orgId).filter(Objects::nonNull).distinct().toList())
                .forEach(o -> orgNames.put(o.id(), o.name()));
        model.addAttribute("accounts", shown);
        model.addAttribute("q", keyword);
        model.addAttribute("orgNames", orgNames);
        model.addAttribute("grantable", accounts.grantableRoles(scope));
        model.addAttribute("roles", accounts.roles(scope));
        return "identity/accounts";
    }

    @PostMapping("/accounts")
    String create(AccessScope scope, @RequestParam String username, @RequestParam String password,
                  @RequestParam String displayName, @RequestParam String roleCode,
                  @RequestParam(required = false) Long orgId, @RequestParam(required = false) Long memberId,
                  Model model, RedirectAttributes redirect) {
        return act(scope, model, redirect, "已开设账号 " + username + "（首次登录须修改密码）",
                () -> accounts.create(scope, new NewAccount(username, password, displayName, roleCode, orgId, memberId,
                        List.of())));
    }

    @PostMapping("/accounts/{id}/role")
    String assign(AccessScope scope, @PathVariable long id, @RequestParam String roleCode,
                  @RequestParam(required = false) Long orgId, @RequestParam(required = false) Long memberId,
                  @RequestParam(required = false) String customOrgIds, Model model, RedirectAttributes redirect) {
        return act(scope, model, redirect, "已分配角色和数据范围",
                () -> administration.assign(scope, id, new RoleAssignment(roleCode, orgId, memberId, ids(customOrgIds))));
    }

    @PostMapping("/accounts/{id}/enabled")
    String enable(AccessScope scope, @PathVariable long id, @RequestParam boolean enabled, Model model,
                  RedirectAttributes redirect) {
        return act(scope, model, redirect, enabled ? "已启用账号" : "已停用账号",
                () -> administration.setEnabled(scope, id, enabled));
    }

    @PostMapping("/accounts/{id}/password")
    String reset(AccessScope scope, @PathVariable long id, @RequestParam String password, Model model,
                 RedirectAttributes redirect) {
        return act(scope, model, redirect, "已重置密码（该用户下次登录须修改密码）",
                () -> administration.resetPassword(scope, id, password));
    }

    @PostMapping("/accounts/{id}/unlock")
    String unlock(AccessScope scope, @PathVariable long id, Model model, RedirectAttributes redirect) {
        return act(scope, model, redirect, "已解锁账号", () -> administration.unlock(scope, id));
    }

    private String act(AccessScope scope, Model model, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return list(scope, null, model);
        } catch (ForbiddenException e) {
            model.addAttribute("refusal", e.getMessage());
            return list(scope, null, model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/accounts";
    }

    private static List<Long> ids(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(text.split("[,，\\s]+")).filter(s -> !s.isBlank()).map(Long::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new InvalidInputException(List.of(new FieldProblem("customOrgIds", "自定义范围",
                    "请填写党组织编号，用逗号分隔")));
        }
    }
}
