package com.maritimealphaflow.service;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * What a service imports to get the shared API behaviour: {@code @Import(ServiceApi.class)} on its application class.
 * Reads {@code alphaflow.admin-token}, which each service's application.yml binds to {@code ADMIN_TOKEN}.
 */
@Configuration(proxyBeanMethods = false)
@Import(ApiErrorHandler.class)
public class ServiceApi {

    @Bean
    FilterRegistrationBean<AdminTokenFilter> adminTokenFilter(@Value("${alphaflow.admin-token:}") String token) {
        FilterRegistrationBean<AdminTokenFilter> registration =
                new FilterRegistrationBean<>(new AdminTokenFilter(token));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
