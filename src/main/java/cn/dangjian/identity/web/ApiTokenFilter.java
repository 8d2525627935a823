package cn.dangjian.identity.web;

import java.io.IOException;

import cn.dangjian.identity.internal.ApiTokenGuard;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer dj_…} on {@code /api/**}: the request is that token's holder, for this request
 * only (nothing goes in a session). A refused token ends the request with 401 problem+json, whatever else
 * the request carries. On pages the header is ignored, so a token never signs anyone in to the web pages.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String REFUSED = "{\"type\":\"about:blank\",\"title\":\"未登录\",\"status\":401,\"detail\":\""
            + ApiTokenGuard.GENERIC + "\"}";

    private final ApiTokenGuard guard;
    private final RequestMatcher api;

    ApiTokenFilter(ApiTokenGuard guard, RequestMatcher api) {
        this.guard = guard;
        this.api = api;
    }

    static boolean carriesBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !carriesBearer(request) || !api.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader("Authorization").substring(7).strip();
        String address = request.getRemoteAddr() == null ? "未知" : request.getRemoteAddr();
        try {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(guard.authenticate(token, address));
            SecurityContextHolder.setContext(context);
        } catch (BadCredentialsException refused) {
            SecurityContextHolder.clearContext();
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            response.setCharacterEncoding("UTF-8");
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write(REFUSED);
            return;
        }
        chain.doFilter(request, response);
    }
}
