package com.maritimealphaflow.dashboard;

import com.maritimealphaflow.dashboard.support.Fixtures;
import com.maritimealphaflow.testsupport.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the dashboard-service's tests that need the whole service on a real PostgreSQL: one cached context, one
 * throwaway database per test run (see {@link TestDatabase}). No map tiles (the tests run offline) and no map
 * snapshot and no cached averages, so that each test sees the rows it has just written.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "alphaflow.dashboard.map.tile-url=none",
            "alphaflow.dashboard.map.snapshot-ttl=0s",
            "alphaflow.dashboard.counts.bucket-cache-ttl=0s"
        })
public abstract class DatabaseTest {

    @Autowired
    protected JdbcTemplate jdbc;

    protected Fixtures fixtures() {
        return new Fixtures(jdbc);
    }
}
