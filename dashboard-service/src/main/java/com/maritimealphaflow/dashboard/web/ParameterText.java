package com.maritimealphaflow.dashboard.web;

import com.maritimealphaflow.dashboard.RequestBounds;
import com.maritimealphaflow.service.BadRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a query parameter holding a control character (a NUL, a line break) on every page and endpoint, with a 400
 * naming it. No parameter of the dashboard means one, and a NUL passed on to PostgreSQL came back as a 500. Thrown
 * from the interceptor, the refusal goes through the same error handler as a controller's.
 */
@Configuration(proxyBeanMethods = false)
class ParameterText implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            boolean bad = RequestBounds.hasControlCharacter(name);
            for (String value : parameter.getValue()) {
                bad |= RequestBounds.hasControlCharacter(value);
            }
            if (bad) {
                String shown = RequestBounds.hasControlCharacter(name) ? "a parameter name" : name;
                throw new BadRequestException(
                        RequestBounds.hasControlCharacter(name) ? null : name,
                        "'" + shown + "' contains a control character");
            }
        }
        return true;
    }
}
