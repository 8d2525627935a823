package cn.dangjian.identity.web;

import java.time.LocalDate;

import cn.dangjian.identity.ApiTokens;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 访问令牌: each person creates and revokes their own tokens (the new secret is shown on the page that
 * answers the creation, once, and never again); the 安全管理员 opens any account's list to revoke.
 */
@Controller
class ApiTokenPageController {

    private final ApiTokens tokens;

    ApiTokenPageController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account/tokens")
    String list(AccessScope scope, @RequestParam(required = false) String username, Model model) {
        boolean own = username == null || username.isBlank() || username.equals(scope.username());
        model.addAttribute("tokens", tokens.list(scope, username));
        model.addAttribute("own", own);
        model.addAttribute("owner", own ? scope.username() : username);
        model.addAttribute("defaultExpiry", tokens.defaultExpiry());
        model.addAttribute("latestExpiry", tokens.latestExpiry());
        model.addAttribute("nameMax", ApiTokens.NAME_MAX);
        return "identity/tokens";
    }

    @PostMapping("/account/tokens")
    String create(AccessScope scope, @RequestParam(required = false) String name,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
                  Model model) {
        try {
            model.addAttribute("created", tokens.create(scope, name, expiresOn));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("typedName", name);
        }
        return list(scope, null, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(AccessScope scope, @PathVariable long id, @RequestParam(required = false) String username,
                  RedirectAttributes redirect) {
        tokens.revoke(scope, id);
        redirect.addFlashAttribute("notice", "已撤销访问令牌");
        String back = UriComponentsBuilder.fromPath("/account/tokens")
                .queryParamIfPresent("username", java.util.Optional.ofNullable(username).filter(u -> !u.isBlank()))
                .encode().build().toUriString();
        return "redirect:" + back;
    }
}
