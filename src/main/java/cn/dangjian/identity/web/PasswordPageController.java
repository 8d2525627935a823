package cn.dangjian.identity.web;

import cn.dangjian.identity.Passwords;
import cn.dangjian.identity.internal.SignedInUser;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 修改密码: every signed-in person changes their own password (old one, new one twice). */
@Controller
class PasswordPageController {

    private final Passwords passwords;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordPageController(Passwords passwords) {
        this.passwords = passwords;
    }

    @GetMapping("/password")
    String form(AccessScope scope, Model model) {
        model.addAttribute("required", passwords.changeRequired(scope));
        model.addAttribute("requirement", passwords.requirement());
        return "identity/password";
    }

    @PostMapping("/password")
    String change(AccessScope scope, @RequestParam(required = false) String currentPassword,
                  @RequestParam(required = false) String newPassword,
                  @RequestParam(required = false) String repeatedPassword, Model model,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            passwords.changeOwn(scope, currentPassword, newPassword, repeatedPassword);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return form(scope, model);
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth.getPrincipal() instanceof SignedInUser user && user.passwordChangeRequired()) {
            UsernamePasswordAuthenticationToken changed = UsernamePasswordAuthenticationToken.authenticated(
                    user.withPasswordChanged(), null, auth.getAuthorities());
            changed.setDetails(auth.getDetails());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(changed);
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
        }
        redirect.addFlashAttribute("notice", "密码已修改");
        return "redirect:/password";
    }
}
