package cn.dangjian.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every redirect this application sends stays on this site and is relative ({@code Location: /members}). Absolute
 * addresses are built by some components from the request's {@code Host} header (the page saved before login, for
 * one), which a client controls; this filter keeps only their path and query, so a forged {@code Host:
 * evil.example} can never send a person elsewhere. The browser resolves the relative address against the address
 * it actually used.
 */
@Configuration(proxyBeanMethods = false)
class RelativeRedirects {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> relativeRedirectFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(request, new Relative(response));
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("relativeRedirects");
        return registration;
    }

    /** {@code http://any.host:8080/a/b?c#d} → {@code /a/b?c#d}; relative addresses unchanged. */
    static String relative(String location) {
        if (location == null || !location.contains("://") && !location.startsWith("//")) {
            return location;
        }
        try {
            URI uri = new URI(location);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return path.replaceFirst("^/+", "/")
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        } catch (URISyntaxException e) {
            return "/";
        }
    }

    private static final class Relative extends HttpServletResponseWrapper {

        Relative(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(relative(location));
        }

        @Override
        public void sendRedirect(String location, int sc) throws IOException {
            super.sendRedirect(relative(location), sc);
        }

        @Override
        public void sendRedirect(String location, boolean clearBuffer) throws IOException {
            super.sendRedirect(relative(location), clearBuffer);
        }

        @Override
        public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
            super.sendRedirect(relative(location), sc, clearBuffer);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? relative(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? relative(value) : value);
        }
    }
}
