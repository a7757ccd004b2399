package com.maritimealphaflow.cleanup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Enforces retention: raw AIS past {@code RETENTION_RAW} goes, aggregates stay. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CleanupApplication {

    public static void main(String[] args) {
        SpringApplication.run(CleanupApplication.class, args);
    }
}
