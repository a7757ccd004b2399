package com.maritimealphaflow.cleanup;

import com.maritimealphaflow.service.ServiceApi;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Enforces retention: raw AIS past {@code RETENTION_RAW} goes, aggregates stay. */
@SpringBootApplication
@Import(ServiceApi.class)
@ConfigurationPropertiesScan
public class CleanupApplication {

    public static void main(String[] args) {
        SpringApplication.run(CleanupApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
