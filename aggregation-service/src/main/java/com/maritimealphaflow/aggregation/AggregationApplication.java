package com.maritimealphaflow.aggregation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Turns stored AIS positions and market data into the aggregates the dashboard reads. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AggregationApplication {

    public static void main(String[] args) {
        SpringApplication.run(AggregationApplication.class, args);
    }
}
