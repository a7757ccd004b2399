package com.maritimealphaflow.dashboard.ticks;

import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.service.ServiceBusyException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The server-sent events of new breakouts on this instance: one reader of {@code tick_crossover} (woken by
 * {@link CrossoverNotifications}) for all open streams, each stream getting the breakouts with an id above the last it
 * was sent, as {@code event: breakout}, {@code id: <crossover id>}. A stream that reconnects with
 * {@code Last-Event-ID} first gets what it missed (the latest {@code maxCatchUp} of it). Idle streams get a comment
 * every heartbeat. Streams are held without a thread; their number is capped.
 */
@Component
class BreakoutStream implements CrossoverWatcher, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BreakoutStream.class);

    /** The most crossovers one poll reads: a replay may store thousands at once, the streams show the latest. */
    private static final int MAX_PER_POLL = 1_000;

    private static final long RECONNECT_MILLIS = 3_000;

    private final TickQueries ticks;
    private final DashboardProperties.Ticks.Stream settings;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final AtomicInteger open = new AtomicInteger();
    private volatile boolean running;
    private volatile long lastSeen = -1;
    private volatile long lastHeartbeat = System.nanoTime();

    BreakoutStream(TickQueries ticks, DashboardProperties properties) {
        this.ticks = ticks;
        this.settings = properties.ticks().stream();
    }

    /**
     * Opens a stream of the breakouts after {@code lastEventId} (or from now on when null), of one symbol or of all.
     *
     * @throws ServiceBusyException when as many streams are open as allowed
     */
    SseEmitter open(String symbol, Long lastEventId) {
        if (!running) {
            throw new ServiceBusyException("This instance is shutting down; reconnect to another");
        }
        if (open.incrementAndGet() > settings.maxStreams()) {
            open.decrementAndGet();
            throw new ServiceBusyException("This instance already serves " + settings.maxStreams()
                    + " breakout streams; try again later or poll /api/ticks/breakouts");
        }
        SseEmitter emitter = new SseEmitter(settings.timeout().toMillis());
        long after = lastEventId != null ? lastEventId : ticks.lastCrossoverId();
        Subscriber subscriber = new Subscriber(emitter, symbol, after);
        emitter.onCompletion(() -> remove(subscriber));
        emitter.onTimeout(() -> {
            remove(subscriber);
            // an ordinary end: the browser reconnects and resumes, nothing to log as an error
            emitter.complete();
        });
        emitter.onError(error -> remove(subscriber));
        // held while catching up, so that a broadcast in between waits and is not sent out of order
        synchronized (subscriber) {
            subscribers.add(subscriber);
            subscriber.greet(symbol == null ? "breakouts" : "breakouts of " + symbol);
            if (lastEventId != null && settings.maxCatchUp() > 0) {
                ticks.breakoutsAfter(lastEventId, symbol, settings.maxCatchUp()).forEach(subscriber::send);
            }
        }
        return emitter;
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every stream before the web server's graceful shutdown, which would otherwise wait for them; the browsers
     * reconnect (to another instance) and resume from their last event id.
     */
    @Override
    public void stop() {
        running = false;
        for (Subscriber subscriber : subscribers) {
            remove(subscriber);
            subscriber.emitter.complete();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Streams open on this instance. */
    int openStreams() {
        return open.get();
    }

    @Override
    public void crossoversMayHaveLanded() {
        if (lastSeen < 0) {
            // what was stored before this instance started is history: the API lists it
            lastSeen = ticks.lastCrossoverId();
        }
        if (!subscribers.isEmpty()) {
            List<Breakout> fresh = ticks.breakoutsAfter(lastSeen, null, MAX_PER_POLL);
            for (Breakout breakout : fresh) {
                subscribers.forEach(subscriber -> subscriber.send(breakout));
                lastSeen = Math.max(lastSeen, breakout.id());
            }
            if (System.nanoTime() - lastHeartbeat >= settings.heartbeat().toNanos()) {
                lastHeartbeat = System.nanoTime();
                subscribers.forEach(subscriber -> subscriber.comment("heartbeat"));
            }
        } else {
            lastSeen = Math.max(lastSeen, ticks.lastCrossoverId());
        }
    }

    private void remove(Subscriber subscriber) {
        if (subscribers.remove(subscriber)) {
            open.decrementAndGet();
        }
    }

    /** One open stream: what it has been sent so far. */
    private final class Subscriber {

        private final SseEmitter emitter;
        private final String symbol;
        private long lastSent;

        Subscriber(SseEmitter emitter, String symbol, long lastSent) {
            this.emitter = emitter;
            this.symbol = symbol;
            this.lastSent = lastSent;
        }

        synchronized void send(Breakout breakout) {
            if (breakout.id() <= lastSent || (symbol != null && !symbol.equals(breakout.symbol()))) {
                return;
            }
            try {
                emitter.send(SseEmitter.event()
                        .name("breakout")
                        .id(Long.toString(breakout.id()))
                        .data(breakout, MediaType.APPLICATION_JSON));
                lastSent = breakout.id();
            } catch (IOException | IllegalStateException e) {
                drop(e);
            }
        }

        /** The first lines: the headers go out with them, and the browser reconnects after a few seconds. */
        synchronized void greet(String text) {
            try {
                emitter.send(SseEmitter.event().reconnectTime(RECONNECT_MILLIS).comment(text));
            } catch (IOException | IllegalStateException e) {
                drop(e);
            }
        }

        synchronized void comment(String text) {
            try {
                emitter.send(SseEmitter.event().comment(text));
            } catch (IOException | IllegalStateException e) {
                drop(e);
            }
        }

        private void drop(Exception e) {
            log.debug("Dropping a breakout stream: {}", e.getMessage());
            remove(this);
            emitter.completeWithError(e);
        }
    }
}
