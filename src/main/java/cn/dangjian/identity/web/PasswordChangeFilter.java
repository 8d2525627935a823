package cn.dangjian.identity.web;

import java.io.IOException;

import cn.dangjian.identity.SignIn;
import cn.dangjian.identity.internal.SignedInUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Someone signed in with a password an administrator chose (a new account, a reset) does nothing else until
 * they choose their own: pages redirect to 修改密码, API calls get 403 with the reason.
 */
@Component
class PasswordChangeFilter extends OncePerRequestFilter {

    private static final String[] OPEN = {"/password", "/logout", "/login", "/error", "/webjars/", "/css/", "/js/",
            "/images/", "/favicon.ico"};

    private final SignIn signIn;

    PasswordChangeFilter(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof SignedInUser user) || !user.passwordChangeRequired()
                || open(request) || !signIn.passwordChangeRequired(user.username())) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setCharacterEncoding("UTF-8");
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"须先修改密码\",\"status\":403,"
                    + "\"detail\":\"您的密码是管理员设置的初始密码，请先登录网页修改密码，然后再调用接口\"}");
            return;
        }
        response.sendRedirect(request.getContextPath() + "/password");
    }

    private static boolean open(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String prefix : OPEN) {
            if (path.equals(prefix) || path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
