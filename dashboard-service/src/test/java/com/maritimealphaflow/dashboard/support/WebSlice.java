package com.maritimealphaflow.dashboard.support;

import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.dashboard.web.DashboardSecurity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/** What a {@code @WebMvcTest} of the dashboard needs beside its controller: the settings and the security rules. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(DashboardSecurity.class)
@EnableConfigurationProperties(DashboardProperties.class)
public @interface WebSlice {}
