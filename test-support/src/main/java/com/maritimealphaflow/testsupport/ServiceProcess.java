package com.maritimealphaflow.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A service's {@code main} class run as a JVM of its own, against a test database, for tests that need what only a
 * real process has: a real {@code SIGTERM} and the shutdown hooks it runs. The child gets the test classpath, a free
 * HTTP port and the database through {@code SPRING_DATASOURCE_*} (so no password is on its command line), and writes
 * its output to a file under {@code target/service-processes/}. {@link #close()} kills it forcibly if it is still
 * alive, so a failing test never leaves a JVM behind.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(250);
    private static final int TAIL_LINES = 80;
    private static final String LOG_HEADING = "--- last lines of ";

    private final String label;
    private final Process process;
    private final Path logFile;
    private final int port;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServiceProcess(String label, Process process, Path logFile, int port) {
        this.label = label;
        this.process = process;
        this.logFile = logFile;
        this.port = port;
    }

    /** A child running {@code mainClass} from the test classpath of the current JVM. */
    public static Builder of(Class<?> mainClass) {
        return new Builder(mainClass.getName());
    }

    /** A child running the named main class, for a service that is not on this JVM's classpath (give its own). */
    public static Builder of(String mainClass) {
        return new Builder(mainClass);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    /**
     * Waits until {@code /actuator/health} answers UP.
     *
     * @throws AssertionError with the end of the child's log if it exits first or the time runs out
     */
    public void awaitHealthy(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw failure(label + " exited with " + process.exitValue() + " before it was healthy");
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (ConnectException e) {
                // not listening yet
            } catch (IOException e) {
                // listening but not answering yet (a timeout while the context starts)
            }
            Thread.sleep(POLL.toMillis());
        }
        throw failure(label + " was not healthy within " + timeout);
    }

    /** Asks the child to stop as {@code docker stop} or systemd would: {@code SIGTERM} on Linux and macOS. */
    public void sendSigterm() {
        process.destroy();
    }

    /**
     * Kills the child as a crash, the OOM killer or {@code kill -9} would ({@code SIGKILL}: no shutdown hook runs), and
     * waits until it is gone.
     */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw failure(label + " was still running 30 s after SIGKILL");
        }
    }

    /**
     * Waits for the child to exit and returns its exit code (143 after a {@code SIGTERM} whose shutdown completed).
     *
     * @throws AssertionError with the end of the child's log if it is still running after {@code timeout}
     */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw failure(label + " was still running " + timeout + " after it was asked to stop");
        }
        return process.exitValue();
    }

    /** Everything the child has written so far. */
    public String output() {
        try {
            return Files.readString(logFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines the child wrote. */
    public String outputTail() {
        List<String> lines = output().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }

    /** Runs assertions about the child; when one fails (or a query throws), the failure gains the end of its log. */
    public void verify(Checks checks) throws Exception {
        try {
            checks.run();
        } catch (AssertionError | RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains(LOG_HEADING)) {
                throw e;
            }
            AssertionError explained = failure(String.valueOf(e.getMessage()));
            explained.initCause(e);
            throw explained;
        }
    }

    /** Kills the child forcibly if it still runs, and waits for it to be gone. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private AssertionError failure(String message) {
        return new AssertionError(message + "\n" + LOG_HEADING + logFile + " ---\n" + outputTail());
    }

    /** Assertions that may throw anything. */
    @FunctionalInterface
    public interface Checks {
        void run() throws Exception;
    }

    public static final class Builder {

        private final String mainClass;
        private final List<String> arguments = new ArrayList<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private String label;
        private TestDatabase database;
        private String classpath = System.getProperty("java.class.path");
        // A test child lives for seconds: the C1 compiler alone starts it faster on two busy cores.
        private List<String> jvmOptions = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m");

        private Builder(String mainClass) {
            this.mainClass = mainClass;
            this.label = mainClass.substring(mainClass.lastIndexOf('.') + 1);
        }

        /** Names the log file; tests that start the same service more than once give each run its own. */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        public Builder database(TestDatabase database) {
            this.database = database;
            return this;
        }

        /** A Spring property, passed as {@code --name=value} (ahead of environment variables and application.yml). */
        public Builder property(String name, String value) {
            arguments.add("--" + name + "=" + value);
            return this;
        }

        public Builder environment(String name, String value) {
            environment.put(name, value);
            return this;
        }

        /** The child's classpath instead of this JVM's, e.g. a service's runtime classpath without test libraries. */
        public Builder classpath(String classpath) {
            this.classpath = classpath;
            return this;
        }

        /**
         * JVM options instead of the test defaults (C1 only, serial GC, 384 MB heap), e.g. a service's production
         * options as {@code @deploy/jvm/common.options} argument files.
         */
        public Builder jvmOptions(List<String> options) {
            this.jvmOptions = List.copyOf(options);
            return this;
        }

        public ServiceProcess start() throws IOException {
            if (database == null) {
                throw new IllegalStateException("A service process needs a test database");
            }
            Path directory = Path.of("target", "service-processes");
            Files.createDirectories(directory);
            Path logFile = directory.resolve(label + ".log").toAbsolutePath();
            int port = freePort();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add(mainClass);
            command.add("--server.port=" + port);
            command.addAll(arguments);
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
            Map<String, String> env = builder.environment();
            // The classpath goes through the environment: it can be longer than a command line should be.
            env.put("CLASSPATH", classpath);
            env.put("SPRING_DATASOURCE_URL", database.jdbcUrl());
            env.put("SPRING_DATASOURCE_USERNAME", database.username());
            env.put("SPRING_DATASOURCE_PASSWORD", database.password());
            env.putAll(environment);
            return new ServiceProcess(label, builder.start(), logFile, port);
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                socket.setReuseAddress(true);
                return socket.getLocalPort();
            }
        }
    }
}
