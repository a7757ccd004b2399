package com.maritimealphaflow.ingestion.jobs;

import com.maritimealphaflow.service.schedule.ScheduleRegistrar;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Puts every {@code ServiceSchedule} bean's jobs in the clustered job store, the one way all services do. */
@Configuration(proxyBeanMethods = false)
@Import(ScheduleRegistrar.class)
class JobsConfiguration {}
