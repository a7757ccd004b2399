package com.maritimealphaflow.dashboard;

import com.maritimealphaflow.dashboard.support.SeededTraffic;
import com.maritimealphaflow.testsupport.TestDatabase;
import java.time.Instant;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Starts the dashboard on a throwaway database seeded with {@link SeededTraffic}, for trying the pages from an IDE:
 * {@code http://localhost:8080}. Needs {@code ALPHAFLOW_TEST_DB_URL} or Docker, like the tests.
 */
public final class TestDashboardApplication {

    private TestDashboardApplication() {}

    public static void main(String[] args) {
        TestDatabase database = TestDatabase.create();
        System.setProperty("spring.datasource.url", database.jdbcUrl());
        System.setProperty("spring.datasource.username", database.username());
        System.setProperty("spring.datasource.password", database.password());
        ConfigurableApplicationContext context = SpringApplication.run(DashboardApplication.class, args);
        SeededTraffic.seed(context.getBean(JdbcTemplate.class), Instant.now());
    }
}
