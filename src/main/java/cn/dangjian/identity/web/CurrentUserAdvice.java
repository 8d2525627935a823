package cn.dangjian.identity.web;

import java.util.Set;
import java.util.stream.Collectors;

import cn.dangjian.identity.SignIn;
import cn.dangjian.shared.AccessScope;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the signed-in person ({@code me}), their role name, their permission names and their own
 * organization ({@code homeOrg}, or absent): the page shell builds its header and menu from these.
 */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    private final SignIn accounts;

    CurrentUserAdvice(SignIn accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute
    void addCurrentUser(Model model, jakarta.servlet.http.HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return;
        }
        AccessScope scope = AccessScopeResolver.current(request, accounts);
        Set<String> perms = scope.permissions().stream().map(Enum::name).collect(Collectors.toSet());
        model.addAttribute("me", scope);
        model.addAttribute("perms", perms);
        model.addAttribute("roleName", accounts.roleName(auth.getName()));
        accounts.homeOrganization(auth.getName()).ifPresent(org -> model.addAttribute("homeOrg", org));
    }
}
