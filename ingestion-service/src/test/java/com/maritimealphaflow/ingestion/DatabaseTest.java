package com.maritimealphaflow.ingestion;

import com.maritimealphaflow.testsupport.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the ingestion service's tests that need the whole service on a real PostgreSQL: one cached context,
 * one throwaway database per test run (see {@link TestDatabase}). The Quartz scheduler is left in standby so
 * that no scheduled batch fires in the middle of a test; tests drive batches themselves.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "alphaflow.ingestion.ais.source=simulator",
            "alphaflow.ingestion.ais.mode=batch",
            "spring.quartz.auto-startup=false",
            "alphaflow.ingestion.ais.store.retry.initial=PT0.05S",
            "alphaflow.ingestion.ais.store.retry.max=PT0.2S",
        })
public abstract class DatabaseTest {

    @Autowired
    protected JdbcTemplate jdbc;

    /** Empties the AIS tables between tests that count rows. */
    protected void clearAisTables() {
        jdbc.execute("TRUNCATE ship_position, ship_static, ship_type_history, ingestion_log, ship_count_agg");
    }
}
