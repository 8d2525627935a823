package cn.dangjian.identity.web;

import java.util.List;

import cn.dangjian.identity.Accounts;
import cn.dangjian.identity.NewAccount;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accounts for the platform administrator: the list, and a form to open a new account. */
@Controller
class AccountPageController {

    private final Accounts accounts;

    AccountPageController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/accounts")
    String list(AccessScope scope, Model model) {
        scope.require(Permission.USER_ADMIN);
        model.addAttribute("accounts", accounts.list(scope));
        model.addAttribute("roles", accounts.roles());
        return "identity/accounts";
    }

    @PostMapping("/accounts")
    String create(AccessScope scope, @RequestParam String username, @RequestParam String password,
                  @RequestParam String displayName, @RequestParam String roleCode,
                  @RequestParam(required = false) Long orgId, @RequestParam(required = false) Long memberId,
                  Model model, RedirectAttributes redirect) {
        try {
            accounts.create(scope, new NewAccount(username, password, displayName, roleCode, orgId, memberId, List.of()));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return list(scope, model);
        }
        redirect.addFlashAttribute("notice", "已创建账号 " + username);
        return "redirect:/accounts";
    }
}
