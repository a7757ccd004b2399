package com.maritimealphaflow.ingestion.liveness;

import com.maritimealphaflow.service.liveness.LivenessProperties;
import com.maritimealphaflow.service.liveness.ServiceInstance;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * This instance's {@code service_instance} row, which owns the {@code ingestion_log} rows both halves of the service
 * open, and the settings of the heartbeat and the reaper.
 */
@Configuration(proxyBeanMethods = false)
@Import(ServiceInstance.class)
@EnableConfigurationProperties(LivenessProperties.class)
class LivenessConfiguration {}
