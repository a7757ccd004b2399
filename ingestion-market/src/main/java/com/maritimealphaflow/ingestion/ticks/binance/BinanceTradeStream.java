package com.maritimealphaflow.ingestion.ticks.binance;

import com.maritimealphaflow.ingestion.ticks.RateLimitedLog;
import com.maritimealphaflow.ingestion.ticks.TickIntake;
import com.maritimealphaflow.ingestion.ticks.TickIntakes;
import com.maritimealphaflow.ingestion.ticks.TickStreamStore;
import com.maritimealphaflow.ingestion.ticks.TicksProperties;
import com.maritimealphaflow.model.ticks.Tick;
import com.maritimealphaflow.model.ticks.TickSkipReason;
import com.maritimealphaflow.service.retry.Backoff;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binance's live trade stream for {@code TICKS_BINANCE_SYMBOLS} (off when none), one stream {@code binance}. The
 * websocket thread parses frames into a queue; this stream's own thread takes them into the intake and flushes every
 * flush interval. A connection that ends (Binance drops every connection after 24 hours), fails to connect or stays
 * silent past the stall timeout is opened again with backoff.
 *
 * <p>A live stream can go quiet (no trades in a symbol, or a connection being reopened): its event-time clock would
 * stop and no window would fire. So at every flush the clock is moved on to the wall clock minus the allowed lateness,
 * as if an event had come then: a window then fires at the latest two allowed latenesses after it ends, trades or not.
 * A trade older than that clock arrives late and is counted, not applied. A flush that fails after its retries loses
 * the windows it held (live data, not replayable); the stream starts again from what the database holds.
 */
@Component
class BinanceTradeStream implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BinanceTradeStream.class);
    private static final Tick MALFORMED = new Tick("", "", 1, 0);
    private static final int QUEUE = 100_000;

    private final TicksProperties settings;
    private final TickIntakes intakes;
    private final BinanceTrades trades;
    private final Clock clock;
    private final BlockingQueue<Tick> queue = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicLong dropped = new AtomicLong();
    private final RateLimitedLog malformedLog = new RateLimitedLog(log, 1, TimeUnit.MINUTES);
    private volatile boolean stopping;
    private Thread thread;

    BinanceTradeStream(TicksProperties settings, TickIntakes intakes, JsonMapper json, Clock clock) {
        this.settings = settings;
        this.intakes = intakes;
        this.trades = new BinanceTrades(json);
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (!settings.binance().enabled() || thread != null) {
            return;
        }
        stopping = false;
        thread = new Thread(this::run, "ticks-binance");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        if (thread == null) {
            return;
        }
        stopping = true;
        thread.interrupt();
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void run() {
        TicksProperties.Binance binance = settings.binance();
        URI uri = BinanceTrades.streamUri(binance.streamUrl(), binance.symbols());
        Backoff backoff = new Backoff(binance.reconnect());
        TickIntake intake = null;
        BinanceConnection connection = null;
        long retryAt = 0;
        while (!stopping) {
            try {
                if (intake == null) {
                    intake = intakes.open("binance", "binance");
                }
                long now = clock.millis();
                if (connection == null && now >= retryAt) {
                    connection = new BinanceConnection(uri, binance.connectTimeout(), this::onFrame);
                    log.info("Connecting to Binance's trade stream at {}", uri);
                    connection.connect();
                }
                if (connection != null) {
                    String end = watch(connection, now);
                    if (end != null) {
                        if (connection.messages() > 0) {
                            backoff.reset();
                        }
                        Duration wait = backoff.next();
                        log.warn("Binance trade stream {}; reconnecting in {} ms", end, wait.toMillis());
                        retryAt = now + wait.toMillis();
                        connection = null;
                    }
                }
                drain(intake, 250);
                if (intake.flushDue()) {
                    intake.advanceTo(clock.millis() - intake.allowedLatenessMillis());
                    intake.flush(false, TickStreamStore.ResumePoint.NONE);
                }
            } catch (InterruptedException e) {
                break;
            } catch (RuntimeException e) {
                if (stopping) {
                    break;
                }
                log.error("Binance trade stream failed; starting again from the database", e);
                intake = null;
                try {
                    Thread.sleep(backoff.next().toMillis());
                } catch (InterruptedException interrupted) {
                    break;
                }
            }
        }
        if (connection != null) {
            connection.abort("stopping");
        }
        if (intake != null) {
            try {
                drain(intake, 0);
                intake.flush(false, TickStreamStore.ResumePoint.NONE);
            } catch (RuntimeException | InterruptedException e) {
                log.warn("Binance trade stream: last flush failed: {}", e.toString());
            }
        }
        log.info("Stopped reading Binance's trade stream");
    }

    /** How the connection ended, or null while it lives; drops one that is silent or never connects. */
    private String watch(BinanceConnection connection, long now) {
        TicksProperties.Binance binance = settings.binance();
        if (connection.ended()) {
            return connection.describeEnd();
        }
        if (!connection.opened()
                && now - connection.lastFrameMillis() > binance.connectTimeout().toMillis()) {
            connection.abort("no handshake within " + binance.connectTimeout());
            return "could not connect within " + binance.connectTimeout();
        }
        if (connection.opened()
                && now - connection.lastFrameMillis() > binance.stallTimeout().toMillis()) {
            connection.abort("silent for " + binance.stallTimeout());
            return "was silent for " + binance.stallTimeout();
        }
        return null;
    }

    private void drain(TickIntake intake, long waitMillis) throws InterruptedException {
        Tick first = waitMillis > 0 ? queue.poll(waitMillis, TimeUnit.MILLISECONDS) : queue.poll();
        for (Tick tick = first; tick != null; tick = queue.poll()) {
            if (tick == MALFORMED) {
                intake.skip(TickSkipReason.MALFORMED);
            } else {
                intake.accept(tick);
            }
        }
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            log.warn("Binance trade stream: {} trades dropped, the intake could not keep up", lost);
        }
    }

    /** On the websocket's thread. */
    private void onFrame(String text) {
        Tick tick = trades.parse(text);
        if (tick == null) {
            malformedLog.warn("A malformed Binance trade message was counted and passed over", abbreviate(text));
            tick = MALFORMED;
        }
        if (!queue.offer(tick)) {
            dropped.incrementAndGet();
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }
}
