package cn.dangjian.identity.web;

import cn.dangjian.identity.internal.ApiTokenGuard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Puts {@link ApiTokenFilter} into the application's security filter chain, just before HTTP Basic (Spring
 * Security applies every {@code Customizer<HttpSecurity>} bean to the chain the configuration module
 * builds). The filter is not a bean itself, so it does not also run as a plain servlet filter.
 */
@Configuration(proxyBeanMethods = false)
class ApiTokenSecurity {

    @Bean
    Customizer<HttpSecurity> apiTokenAuthentication(ApiTokenGuard guard) {
        return http -> http.addFilterBefore(
                new ApiTokenFilter(guard, PathPatternRequestMatcher.withDefaults().matcher("/api/**")),
                BasicAuthenticationFilter.class);
    }
}
