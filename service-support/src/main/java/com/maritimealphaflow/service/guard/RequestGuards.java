package com.maritimealphaflow.service.guard;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * What stands in front of a back-end service's API, in order, on every path: security headers on every answer,
 * ambiguous paths refused ({@link StrictPathFilter}), the admin token on every request that is not a read
 * ({@link AdminTokenFilter}), and the body limits ({@link BodyLimits}). Reads {@code alphaflow.admin-token}, which each
 * service's application.yml binds to {@code ADMIN_TOKEN}.
 */
@Configuration(proxyBeanMethods = false)
@Import(BodyLimits.class)
public class RequestGuards {

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
        return registered(new SecurityHeadersFilter(), Ordered.HIGHEST_PRECEDENCE);
    }

    @Bean
    FilterRegistrationBean<StrictPathFilter> strictPathFilter() {
        return registered(new StrictPathFilter(), Ordered.HIGHEST_PRECEDENCE + 10);
    }

    @Bean
    FilterRegistrationBean<AdminTokenFilter> adminTokenFilter(@Value("${alphaflow.admin-token:}") String token) {
        return registered(new AdminTokenFilter(token), Ordered.HIGHEST_PRECEDENCE + 20);
    }

    private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> registered(F filter, int order) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/*");
        registration.setOrder(order);
        return registration;
    }
}
