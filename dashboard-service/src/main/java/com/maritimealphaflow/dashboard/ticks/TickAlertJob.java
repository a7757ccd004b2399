package com.maritimealphaflow.dashboard.ticks;

import com.maritimealphaflow.dashboard.DashboardProperties;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The webhook delivery loop: a thread of its own (a slow webhook must not hold the event streams up) that delivers
 * the due alerts at each crossover notification and every poll interval. Any number of instances may run it.
 */
@Component
class TickAlertJob implements SmartLifecycle, CrossoverWatcher {

    private static final Logger log = LoggerFactory.getLogger(TickAlertJob.class);

    private final TickAlertDelivery delivery;
    private final Duration pollInterval;
    private final Object wake = new Object();
    private boolean woken;
    private volatile boolean running;
    private volatile Thread thread;

    TickAlertJob(TickAlertDelivery delivery, DashboardProperties properties) {
        this.delivery = delivery;
        this.pollInterval = properties.ticks().alerts().pollInterval();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "tick-alert-delivery");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        crossoversMayHaveLanded();
        Thread loop = thread;
        if (loop != null) {
            try {
                loop.join(Duration.ofSeconds(20).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void crossoversMayHaveLanded() {
        synchronized (wake) {
            woken = true;
            wake.notifyAll();
        }
    }

    private void run() {
        while (running) {
            int handled = 0;
            try {
                handled = delivery.deliverDue();
            } catch (RuntimeException e) {
                log.warn("Delivering tick alerts failed; trying again in {}: {}", pollInterval, e.getMessage());
            }
            if (handled == 0) {
                await();
            }
        }
    }

    private void await() {
        synchronized (wake) {
            try {
                if (!woken && running) {
                    wake.wait(pollInterval.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
            woken = false;
        }
    }
}
