package com.maritimealphaflow.cleanup;

import com.maritimealphaflow.testsupport.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the cleanup-service's tests that need the whole service on a real PostgreSQL: one cached context, one
 * throwaway database per test run (see {@link TestDatabase}). The Quartz scheduler is left in standby so
 * that no scheduled job fires in the middle of a test; tests run jobs themselves.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.quartz.auto-startup=false")
public abstract class DatabaseTest {

    @Autowired
    protected JdbcTemplate jdbc;
}
