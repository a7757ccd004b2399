package com.maritimealphaflow.cleanup;

import com.maritimealphaflow.testsupport.TestDatabase;
import com.maritimealphaflow.testsupport.seed.Seed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the cleanup-service's tests that need the whole service on a real PostgreSQL: one cached context, one
 * throwaway database per test run (see {@link TestDatabase}). The Quartz scheduler is left in standby so
 * that no scheduled job fires in the middle of a test; tests run jobs themselves. Tests write the shared tables with
 * {@link Seed}.
 *
 * <p>The service's clock reads noon UTC of the day the context started and runs on from there, so that which days
 * lie past the retention cannot change under a test that runs across midnight.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.quartz.auto-startup=false", "alphaflow.admin-token=" + DatabaseTest.ADMIN_TOKEN})
@Import(DatabaseTest.NoonClock.class)
public abstract class DatabaseTest {

    protected static final String ADMIN_TOKEN = "test-admin-token";

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected Clock clock;

    protected Seed seed;

    @BeforeEach
    void seeder() {
        seed = new Seed(jdbc);
    }

    /**
     * Removes what earlier tests left: finishes any detach an interrupted run left pending, drops the day partitions
     * more than a week before today and empties the shared tables.
     */
    protected void emptyDatabase() {
        seed.shipPositions().dropPartitionsBefore(today().minusDays(7));
        seed.emptyTables();
    }

    /** The service's today. */
    protected LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class NoonClock {

        @Bean
        @Primary
        Clock noonClock() {
            Instant now = Instant.now();
            Instant noon =
                    LocalDate.ofInstant(now, ZoneOffset.UTC).atTime(12, 0).toInstant(ZoneOffset.UTC);
            return Clock.offset(Clock.systemUTC(), Duration.between(now, noon));
        }
    }
}
