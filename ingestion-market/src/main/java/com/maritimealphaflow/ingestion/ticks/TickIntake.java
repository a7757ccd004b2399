package com.maritimealphaflow.ingestion.ticks;

import com.maritimealphaflow.model.ticks.EventTimeWindower;
import com.maritimealphaflow.model.ticks.Tick;
import com.maritimealphaflow.model.ticks.TickSkipReason;
import com.maritimealphaflow.model.ticks.WindowClose;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One stream's intake: its {@link EventTimeWindower} and what it counted since the last flush. A flush drains every
 * open window and commits them with the watermark, the counts and the stream's resume point in one transaction
 * ({@link TickStreamStore#write}); after it the windower holds no window but keeps its largest event time, which is
 * exactly the state a restart rebuilds from the database ({@code resumeAt} the stored max event time). Not
 * thread-safe: one reading thread per stream.
 */
public final class TickIntake {

    private final String streamId;
    private final String kind;
    private final EventTimeWindower windower;
    private final TickStreamStore store;
    private final TickMetrics metrics;
    private final long flushEvents;
    private final long flushIntervalNanos;
    private long events;
    private long late;
    private final Map<TickSkipReason, Long> skipped = new EnumMap<>(TickSkipReason.class);
    private long lastFlushNanos = System.nanoTime();
    private long flushedMaxEventTime = Long.MIN_VALUE;

    TickIntake(
            String streamId,
            String kind,
            long allowedLatenessMillis,
            TickStreamStore store,
            TickMetrics metrics,
            TicksProperties settings) {
        this.streamId = streamId;
        this.kind = kind;
        this.windower = new EventTimeWindower(allowedLatenessMillis);
        this.store = store;
        this.metrics = metrics;
        this.flushEvents = settings.flushEvents();
        this.flushIntervalNanos = settings.flushInterval().toNanos();
        store.maxEventTime(streamId).ifPresent(windower::resumeAt);
    }

    /** Takes an event; false when it was late (counted, not kept). */
    public boolean accept(Tick tick) {
        events++;
        if (windower.accept(tick)) {
            return true;
        }
        late++;
        return false;
    }

    public void skip(TickSkipReason reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    /** Whether the flush interval has passed or enough events wait. */
    public boolean flushDue() {
        return events + sumSkipped() >= flushEvents || System.nanoTime() - lastFlushNanos >= flushIntervalNanos;
    }

    /** Whether nothing happened since the last flush: no event, no skip, the same clock. */
    public boolean idle() {
        return events == 0
                && skipped.isEmpty()
                && windower.openWindows() == 0
                && windower.maxEventTime() == flushedMaxEventTime;
    }

    /**
     * A live stream that goes quiet would never fire its windows: at each flush it moves its clock on to (wall clock −
     * allowed lateness), as if an event had come then. Events older than that are late from then on.
     */
    public void advanceTo(long eventTime) {
        windower.resumeAt(eventTime);
    }

    /**
     * Commits everything open with {@code resume}; false when the resume point said the stream is no longer ours
     * (nothing written). A failure after every retry is thrown, and the drained windows are then lost to this
     * intake: its owner starts again from what the database holds.
     */
    public boolean flush(boolean finished, TickStreamStore.ResumePoint resume) {
        List<WindowClose> partials = windower.drain();
        Map<TickSkipReason, Long> counts = new EnumMap<>(skipped);
        boolean written = store.write(
                new TickStreamStore.Flush(
                        streamId,
                        kind,
                        windower.allowedLatenessMillis(),
                        partials,
                        windower.maxEventTime(),
                        events,
                        late,
                        counts,
                        finished),
                resume);
        if (written) {
            flushedMaxEventTime = windower.maxEventTime();
            metrics.committed(kind, events, late, counts);
        }
        events = 0;
        late = 0;
        skipped.clear();
        lastFlushNanos = System.nanoTime();
        return written;
    }

    public long maxEventTime() {
        return windower.maxEventTime();
    }

    public long allowedLatenessMillis() {
        return windower.allowedLatenessMillis();
    }

    public String streamId() {
        return streamId;
    }

    private long sumSkipped() {
        long sum = 0;
        for (long n : skipped.values()) {
            sum += n;
        }
        return sum;
    }
}
