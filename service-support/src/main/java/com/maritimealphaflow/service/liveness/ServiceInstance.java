package com.maritimealphaflow.service.liveness;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * This running instance of the service, as the other instances' reaper sees it: a {@code service_instance} row whose
 * heartbeat it touches every {@code heartbeat-interval}. Every {@code running} row of {@code ingestion_log} names its
 * {@link #id()} as owner; the reaper abandons the rows of an owner not heard from for the grace.
 *
 * <p>The row goes in before anything else starts (the lowest lifecycle phase) and is deleted only when the bean is
 * destroyed, after the streams and the Quartz jobs have closed their own rows: an instance stopping cleanly leaves
 * nothing to reap, and a slow shutdown keeps heartbeating to the end.
 */
@Component
public class ServiceInstance implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ServiceInstance.class);

    /** Insert, or re-insert after a stall long enough for a reaper to have deleted it. Database time throughout. */
    private static final String HEARTBEAT = "INSERT INTO service_instance (id, service) VALUES (?, ?)"
            + " ON CONFLICT (id) DO UPDATE SET heartbeat_at = now()";

    private final JdbcTemplate jdbc;
    private final LivenessProperties settings;
    private final String service;
    private final String id = newId();
    private volatile ScheduledExecutorService heartbeats;

    ServiceInstance(JdbcTemplate jdbc, LivenessProperties properties, Environment environment) {
        this.jdbc = jdbc;
        this.settings = properties;
        this.service = environment.getProperty("spring.application.name", "ingestion-service");
    }

    /** The owner recorded in the {@code ingestion_log} rows this instance opens. */
    public String id() {
        return id;
    }

    @Override
    public synchronized void start() {
        if (heartbeats != null) {
            return;
        }
        // the first heartbeat is not best-effort: rows opened before it would look ownerless-dead to a reaper
        jdbc.update(HEARTBEAT, id, service);
        heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.heartbeatInterval().toMillis();
        heartbeats.scheduleAtFixedRate(this::heartbeat, every, every, TimeUnit.MILLISECONDS);
        log.info("Instance {} heartbeats every {}", id, settings.heartbeatInterval());
    }

    private void heartbeat() {
        try {
            jdbc.update(HEARTBEAT, id, service);
        } catch (RuntimeException e) {
            // the database may be away for a moment; only a silence longer than the grace costs this instance its rows
            log.warn("Heartbeat of instance {} failed: {}", id, e.getMessage());
        }
    }

    /** Lifecycle stop leaves the heartbeat on: rows are still being closed until the beans are destroyed. */
    @Override
    public void stop() {}

    @Override
    public boolean isRunning() {
        return heartbeats != null;
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }

    @Override
    public synchronized void destroy() {
        ScheduledExecutorService running = heartbeats;
        if (running == null) {
            return;
        }
        running.shutdownNow();
        heartbeats = null;
        try {
            jdbc.update("DELETE FROM service_instance WHERE id = ?", id);
        } catch (RuntimeException e) {
            log.warn("Could not remove instance {}; the reaper will: {}", id, e.getMessage());
        }
    }

    private static String newId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
