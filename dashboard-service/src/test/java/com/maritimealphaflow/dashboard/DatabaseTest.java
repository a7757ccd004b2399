package com.maritimealphaflow.dashboard;

import com.maritimealphaflow.testsupport.TestDatabase;
import com.maritimealphaflow.testsupport.seed.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the dashboard-service's tests that need the whole service on a real PostgreSQL: one cached context, one
 * throwaway database per test run (see {@link TestDatabase}). No map tiles (the tests run offline) and no map
 * snapshot and no cached averages, so that each test sees the rows it has just written with {@link Seed}. Region edits
 * take {@link #ADMIN_TOKEN}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "alphaflow.dashboard.map.tile-url=none",
            "alphaflow.dashboard.map.snapshot-ttl=0s",
            "alphaflow.dashboard.counts.bucket-cache-ttl=0s",
            "alphaflow.admin-token=" + DatabaseTest.ADMIN_TOKEN
        })
public abstract class DatabaseTest {

    /** The admin token the region edits need here. */
    protected static final String ADMIN_TOKEN = "test-admin-token";

    @Autowired
    protected JdbcTemplate jdbc;

    protected Seed seed;

    @BeforeEach
    void seeder() {
        seed = new Seed(jdbc);
    }
}
