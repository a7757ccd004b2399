package com.maritimealphaflow.aggregation;

import com.maritimealphaflow.service.ServiceApi;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Turns stored AIS positions and market data into the aggregates the dashboard reads. */
@SpringBootApplication
@Import(ServiceApi.class)
@ConfigurationPropertiesScan
public class AggregationApplication {

    public static void main(String[] args) {
        SpringApplication.run(AggregationApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
