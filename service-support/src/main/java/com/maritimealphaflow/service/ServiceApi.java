package com.maritimealphaflow.service;

import com.maritimealphaflow.service.guard.RequestGuards;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * What a back-end service imports to get the shared API behaviour: {@code @Import(ServiceApi.class)} on its
 * application class. The request guards (headers, strict paths, the admin token, body limits) and the error bodies.
 */
@Configuration(proxyBeanMethods = false)
@Import({ApiErrorHandler.class, RequestGuards.class})
public class ServiceApi {}
