package com.maritimealphaflow.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A throwaway PostgreSQL database for tests. The server is the one in {@code ALPHAFLOW_TEST_DB_URL} (a JDBC URL
 * whose user may create databases, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}), or
 * else a {@code postgres:17} container started by Testcontainers when a Docker engine answers ({@code
 * ALPHAFLOW_TEST_POSTGRES_IMAGE} names another image that behaves as the official one, such as the stand-in
 * scripts/container-smoke.sh builds where no registry is reachable). Each database is
 * new and empty, named {@code alphaflow_test_<epoch>_<random>}, and dropped when the JVM exits, so every test run
 * starts from a clean schema.
 */
public final class TestDatabase {

    public static final String URL_VARIABLE = "ALPHAFLOW_TEST_DB_URL";
    public static final String IMAGE_VARIABLE = "ALPHAFLOW_TEST_POSTGRES_IMAGE";

    private static String containerImage() {
        String image = System.getenv(IMAGE_VARIABLE);
        return image == null || image.isBlank() ? "postgres:17" : image;
    }

    /** Every throwaway database is named {@code alphaflow_test_<epoch>_<random>}. */
    public static final String NAME_PREFIX = "alphaflow_test_";

    private static final Pattern STALE_NAME = Pattern.compile(NAME_PREFIX + "(\\d+)_[a-z0-9]+");
    private static final Duration STALE_AFTER = Duration.ofHours(6);
    private static final Duration DROP_GRACE = Duration.ofSeconds(10);

    private static Server server;
    private static TestDatabase shared;

    private final Server host;
    private final String name;

    private TestDatabase(Server host, String name) {
        this.host = host;
        this.name = name;
    }

    /** The database shared by all tests of this JVM (one Maven module's test run). */
    public static synchronized TestDatabase shared() {
        if (shared == null) {
            shared = create();
        }
        return shared;
    }

    /**
     * Finds the database server now, or throws the message that says how to provide one. Cheap after the first call.
     *
     * @throws IllegalStateException when neither {@value #URL_VARIABLE} is set nor a Docker engine answers
     */
    public static synchronized void requireServer() {
        if (server == null) {
            server = Server.locate();
            server.dropStaleDatabases();
        }
    }

    /** A further new, empty database, for a test that must not see what others wrote. */
    public static synchronized TestDatabase create() {
        requireServer();
        String name = NAME_PREFIX + Instant.now().getEpochSecond() + "_"
                + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        server.execute("CREATE DATABASE " + name);
        TestDatabase database = new TestDatabase(server, name);
        Runtime.getRuntime().addShutdownHook(new Thread(database::drop, "drop-" + name));
        return database;
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return host.urlFor(name);
    }

    public String username() {
        return host.username;
    }

    public String password() {
        return host.password;
    }

    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl());
        dataSource.setUser(username());
        dataSource.setPassword(password());
        return dataSource;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), username(), password());
    }

    /**
     * Drops the database as the JVM exits. The Spring contexts of the tests close in a shutdown hook of their own at the
     * same time, and a bean's last statement (the service instance deleting its heartbeat row) would wait out the pool's
     * connection timeout on a database dropped under it; so the sessions get a few seconds to end first.
     */
    private void drop() {
        try {
            host.awaitNoSessions(name, DROP_GRACE);
            host.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (RuntimeException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    /** The server the test databases live on, and an administrative connection to it. */
    private static final class Server {
        private final String adminUrl;
        private final String username;
        private final String password;

        private Server(String adminUrl, String username, String password) {
            this.adminUrl = adminUrl;
            this.username = username;
            this.password = password;
        }

        static Server locate() {
            String url = System.getenv(URL_VARIABLE);
            if (url == null || url.isBlank()) {
                url = System.getProperty(URL_VARIABLE.toLowerCase(Locale.ROOT).replace('_', '.'));
            }
            if (url != null && !url.isBlank()) {
                Properties props = org.postgresql.Driver.parseURL(url, new Properties());
                if (props == null) {
                    throw new IllegalStateException(URL_VARIABLE + " is not a PostgreSQL JDBC URL: it should look like "
                            + "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
                }
                String user = props.getProperty("user", "postgres");
                String password = props.getProperty("password", "");
                return new Server(url, user, password);
            }
            if (dockerAnswers()) {
                PostgreSQLContainer container = new PostgreSQLContainer(
                        DockerImageName.parse(containerImage()).asCompatibleSubstituteFor("postgres"));
                container.start();
                return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
            }
            throw new IllegalStateException("No PostgreSQL for the tests. Either set " + URL_VARIABLE
                    + " to a server whose user may create databases (e.g. export " + URL_VARIABLE
                    + "=jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres), or start a Docker engine so that"
                    + " Testcontainers can run postgres:17.");
        }

        private static boolean dockerAnswers() {
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        }

        String urlFor(String database) {
            // Replace the database in the admin URL, keep its host, port and parameters.
            Matcher m = Pattern.compile("^(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?$")
                    .matcher(adminUrl);
            if (!m.matches()) {
                throw new IllegalStateException("Cannot read the database server out of the test database URL");
            }
            String params = m.group(3) == null ? "" : m.group(3);
            return m.group(1) + "/" + database + params;
        }

        void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(adminUrl, username, password);
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Test database server refused: " + sql + ": " + e.getMessage(), e);
            }
        }

        /** Waits until no session is connected to {@code database}, or {@code grace} has passed. */
        void awaitNoSessions(String database, Duration grace) {
            Instant giveUp = Instant.now().plus(grace);
            try (Connection connection = DriverManager.getConnection(adminUrl, username, password);
                    var sessions =
                            connection.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE datname = ?")) {
                sessions.setString(1, database);
                while (Instant.now().isBefore(giveUp)) {
                    try (ResultSet rs = sessions.executeQuery()) {
                        if (rs.next() && rs.getLong(1) == 0) {
                            return;
                        }
                    }
                    Thread.sleep(100);
                }
            } catch (SQLException e) {
                // the drop below reports what is wrong with the server
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Databases left behind by test runs that were killed before their shutdown hooks ran. */
        void dropStaleDatabases() {
            List<String> stale = new ArrayList<>();
            long cutoff = Instant.now().minus(STALE_AFTER).getEpochSecond();
            try (Connection connection = DriverManager.getConnection(adminUrl, username, password);
                    Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(
                            "SELECT datname FROM pg_database WHERE datname LIKE '" + NAME_PREFIX + "%'")) {
                while (rs.next()) {
                    Matcher m = STALE_NAME.matcher(rs.getString(1));
                    if (m.matches() && Long.parseLong(m.group(1)) < cutoff) {
                        stale.add(rs.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot reach the test database server: " + e.getMessage(), e);
            }
            stale.forEach(name -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
        }
    }
}
