package com.maritimealphaflow.ingestion;

import com.maritimealphaflow.service.ServiceApi;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The ingestion service: the AIS half (module ingestion-ais, packages {@code ingestion.ais.*}) and the market half
 * (module ingestion-market, {@code ingestion.market.*} and {@code ingestion.backfill}) in one JVM, with what both
 * share: this instance's liveness row and the reaper of rows dead instances left running (packages liveness, jobs).
 */
@SpringBootApplication
@Import(ServiceApi.class)
@ConfigurationPropertiesScan
public class IngestionApplication {

    public static void main(String[] args) {
        SpringApplication.run(IngestionApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
