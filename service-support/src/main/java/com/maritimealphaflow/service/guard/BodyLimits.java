package com.maritimealphaflow.service.guard;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The request body limits alone, for an application that has its own security filter chain (the dashboard):
 * {@code @Import(BodyLimits.class)}. The limit is applied ahead of every other filter, so even a request that will be
 * refused for its credentials cannot make the service read a large body first.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpLimits.class)
public class BodyLimits {

    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 30;

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(HttpLimits limits) {
        FilterRegistrationBean<BodyLimitFilter> registration =
                new FilterRegistrationBean<>(new BodyLimitFilter(limits));
        registration.addUrlPatterns("/*");
        registration.setOrder(ORDER);
        return registration;
    }
}
