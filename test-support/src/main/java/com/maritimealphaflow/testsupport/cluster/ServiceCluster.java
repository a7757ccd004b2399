package com.maritimealphaflow.testsupport.cluster;

import com.maritimealphaflow.testsupport.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Several instances of one service in this JVM, on one new database, each with its Quartz scheduler running in the
 * clustered job store from the first second, and every job execution recorded in {@link #fires()}. For the tests that
 * show each trigger fires once in a cluster whatever instance starts when.
 */
public final class ServiceCluster implements AutoCloseable {

    private final Class<?> application;
    private final String schedulerName;
    private final List<String> properties;
    private final TestDatabase database = TestDatabase.create();
    private final ClusterFires fires = new ClusterFires();
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    /**
     * @param schedulerName the cluster's name; Quartz keeps the job store's data source in a JVM-wide registry under
     *     it, so a name of its own keeps these instances from taking over the pool of the other tests' contexts
     * @param properties the service's settings for the test, as {@code name=value}
     */
    public ServiceCluster(Class<?> application, String schedulerName, String... properties) {
        this.application = application;
        this.schedulerName = schedulerName;
        this.properties = List.of(properties);
    }

    /** Starts one more instance; returns once its scheduler has started. */
    public ConfigurableApplicationContext start(String instance) {
        Stream<String> cluster = Stream.of(
                "spring.datasource.url=" + database.jdbcUrl(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password(),
                "spring.quartz.properties.org.quartz.scheduler.instanceName=" + schedulerName,
                // every instance in the cluster before the first fire, so that any may take it
                "spring.quartz.startup-delay=0s",
                "spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=1000");
        String[] arguments =
                Stream.concat(cluster, properties.stream()).map(p -> "--" + p).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .initializers(fires.on(instance))
                .run(arguments);
        instances.add(context);
        return context;
    }

    public ClusterFires fires() {
        return fires;
    }

    public TestDatabase database() {
        return database;
    }

    public List<ConfigurableApplicationContext> instances() {
        return List.copyOf(instances);
    }

    /** Stops every instance; each waits for a job in progress, so every execution has finished afterwards. */
    @Override
    public void close() {
        instances.forEach(ConfigurableApplicationContext::close);
    }
}
