package cn.dangjian.identity.web;

import java.util.List;

import cn.dangjian.identity.SignIn;
import cn.dangjian.shared.AccessScope;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets any controller declare an {@link AccessScope} parameter: built once per request from the
 * signed-in account, with the tree paths as they are now (a move takes effect at the next request).
 */
@Configuration(proxyBeanMethods = false)
class AccessScopeResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private static final String ATTRIBUTE = AccessScope.class.getName();

    private final SignIn accounts;

    AccessScopeResolver(SignIn accounts) {
        this.accounts = accounts;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == AccessScope.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest webRequest,
                                  WebDataBinderFactory binderFactory) {
        return current(webRequest.getNativeRequest(HttpServletRequest.class), accounts);
    }

    /** The signed-in caller's scope, built at most once per request (controllers and page model share it). */
    static AccessScope current(HttpServletRequest request, SignIn accounts) {
        Object cached = request == null ? null : request.getAttribute(ATTRIBUTE);
        if (cached instanceof AccessScope scope) {
            return scope;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("请先登录");
        }
        AccessScope scope = accounts.scopeOf(auth.getName());
        if (request != null) {
            request.setAttribute(ATTRIBUTE, scope);
        }
        return scope;
    }
}
