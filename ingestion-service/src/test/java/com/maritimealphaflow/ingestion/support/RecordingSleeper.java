package com.maritimealphaflow.ingestion.support;

import com.maritimealphaflow.ingestion.market.http.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Takes no time: records each wait and moves the test's clock on by it, as if the wait had happened. */
public final class RecordingSleeper implements Sleeper {

    private final MutableClock clock;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    public RecordingSleeper(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
        clock.advance(duration);
    }

    public List<Duration> waits() {
        return List.copyOf(waits);
    }

    public List<Duration> waitsOfAtLeast(Duration minimum) {
        return waits.stream().filter(w -> w.compareTo(minimum) >= 0).toList();
    }
}
