package cn.dangjian.identity.web;

import cn.dangjian.identity.PersonalDataExported;
import cn.dangjian.shared.PersonalDataExport;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Audits every download of a handler marked {@link PersonalDataExport} once it has been served (or has
 * started to be: a committed response counts even if it broke off). Refused downloads are not exports.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataExportAudit implements HandlerInterceptor, WebMvcConfigurer {

    private final ApplicationEventPublisher events;

    PersonalDataExportAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        if (!(handler instanceof HandlerMethod method)) {
            return;
        }
        PersonalDataExport export = method.getMethodAnnotation(PersonalDataExport.class);
        boolean served = ex == null && response.getStatus() < 400 || response.isCommitted() && response.getStatus() < 400;
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (export == null || !served || auth == null) {
            return;
        }
        String query = request.getQueryString();
        events.publishEvent(new PersonalDataExported(auth.getName(), export.value(),
                request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query),
                request.getRemoteAddr()));
    }
}
