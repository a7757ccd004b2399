package com.maritimealphaflow.aggregation;

import com.maritimealphaflow.aggregation.shipcounts.ListenerProbe;
import com.maritimealphaflow.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the aggregation-service's tests that need the whole service on a real PostgreSQL: one cached context, one
 * throwaway database per test run (see {@link TestDatabase}). The Quartz scheduler is left in standby so that the
 * polling job never fires in the middle of a test; the notification listener runs, as in production. Tests seed the
 * ingestion service's tables with {@link AisRows}, each on days and vessels of its own.
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

    protected AisRows ais;

    @BeforeEach
    void seedWithJdbcOnceTheListenerHasCaughtUp() {
        ais = new AisRows(jdbc);
        ListenerProbe.awaitListening(context);
    }
}
