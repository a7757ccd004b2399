package com.maritimealphaflow.aggregation;

import com.maritimealphaflow.aggregation.shipcounts.ListenerProbe;
import com.maritimealphaflow.testsupport.TestDatabase;
import com.maritimealphaflow.testsupport.seed.Fresh;
import com.maritimealphaflow.testsupport.seed.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the aggregation-service's tests that need the whole service on a real PostgreSQL: one cached context, one
 * throwaway database per test run (see {@link TestDatabase}). The Quartz scheduler is left in standby so that the
 * polling job never fires in the middle of a test; the notification listener runs, as in production. Tests seed the
 * ingestion service's tables with {@link Seed}, each on days and vessels of its own ({@link Fresh}).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.quartz.auto-startup=false",
            "alphaflow.admin-token=" + DatabaseTest.ADMIN_TOKEN,
            "alphaflow.aggregation.poll.batches-per-run=5",
            "alphaflow.aggregation.listener.idle-check=PT1S",
            "alphaflow.aggregation.listener.reconnect-initial=PT0.1S",
            "alphaflow.aggregation.listener.reconnect-max=PT0.5S",
        })
public abstract class DatabaseTest {

    protected static final String ADMIN_TOKEN = "test-admin-token";

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    protected Seed seed;

    @BeforeEach
    void seedWithJdbcOnceTheListenerHasCaughtUp() {
        seed = new Seed(jdbc);
        ListenerProbe.awaitListening(context);
    }
}
