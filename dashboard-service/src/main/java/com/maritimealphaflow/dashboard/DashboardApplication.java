package com.maritimealphaflow.dashboard;

import com.maritimealphaflow.service.ApiErrorHandler;
import com.maritimealphaflow.service.guard.BodyLimits;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The read-only browser dashboard over the shared schema. */
@SpringBootApplication
@Import({ApiErrorHandler.class, BodyLimits.class})
@ConfigurationPropertiesScan
public class DashboardApplication {

    public static void main(String[] args) {
        SpringApplication.run(DashboardApplication.class, args);
    }

    /** Every "now" of the dashboard (the map's window, the feed-silence check) comes from here; UTC. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
