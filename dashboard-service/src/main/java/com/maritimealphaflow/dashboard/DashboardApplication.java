package com.maritimealphaflow.dashboard;

import com.maritimealphaflow.service.ApiErrorHandler;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

/** The read-only browser dashboard over the shared schema. */
@SpringBootApplication
@Import(ApiErrorHandler.class)
@ConfigurationPropertiesScan
public class DashboardApplication {

    public static void main(String[] args) {
        SpringApplication.run(DashboardApplication.class, args);
    }
}
