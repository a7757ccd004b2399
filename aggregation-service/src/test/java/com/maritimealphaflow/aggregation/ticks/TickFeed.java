package com.maritimealphaflow.aggregation.ticks;

import com.maritimealphaflow.model.ticks.DebsTickFormat;
import com.maritimealphaflow.model.ticks.EventTimeWindower;
import com.maritimealphaflow.model.ticks.Tick;
import com.maritimealphaflow.model.ticks.WindowClose;
import com.maritimealphaflow.testsupport.ticks.DebsTickFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Plays the ingestion service's part for aggregation tests: windows ticks with an {@link EventTimeWindower} and hands
 * the open windows over as partials together with the stream's largest event time, the way the ingestion service
 * flushes.
 */
final class TickFeed {

    static final long LATENESS = 60_000;

    private final JdbcTemplate jdbc;
    private final String stream;
    private final EventTimeWindower windower = new EventTimeWindower(LATENESS);

    TickFeed(JdbcTemplate jdbc, String stream) {
        this.jdbc = jdbc;
        this.stream = stream;
        jdbc.update(
                "INSERT INTO tick_stream (id, kind, allowed_lateness_ms) VALUES (?, 'replay', ?)", stream, LATENESS);
    }

    /** The ticks of a generated DEBS-layout file, each symbol renamed with a prefix of the test's own. */
    static List<Tick> sample(long events, long seed, String prefix) {
        StringWriter text = new StringWriter();
        try {
            DebsTickFiles.write(text, DebsTickFiles.Settings.sample(events, seed));
            List<Tick> ticks = new ArrayList<>();
            DebsTickFormat format = null;
            BufferedReader reader = new BufferedReader(new StringReader(text.toString()));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (DebsTickFormat.isComment(line)) {
                    continue;
                }
                if (DebsTickFormat.isHeader(line)) {
                    format = DebsTickFormat.ofHeader(line);
                    continue;
                }
                Tick tick = format.parse(line);
                if (tick != null) {
                    ticks.add(new Tick(prefix + tick.symbol(), tick.secType(), tick.price(), tick.eventTime()));
                }
            }
            return ticks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void accept(Tick tick) {
        windower.accept(tick);
    }

    /** Hands every open window over, merged by the latest event, with the stream's largest event time. */
    void flush(boolean finished) {
        for (WindowClose close : windower.drain()) {
            jdbc.update(
                    """
                    INSERT INTO tick_partial (stream_id, window_end, symbol, sec_type, close, last_event_time)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (stream_id, window_end, symbol) DO UPDATE SET
                        close = excluded.close, last_event_time = excluded.last_event_time
                    WHERE excluded.last_event_time >= tick_partial.last_event_time
                    """,
                    stream,
                    new Timestamp(close.windowEnd()),
                    close.symbol(),
                    close.secType(),
                    close.close(),
                    new Timestamp(close.lastEventTime()));
        }
        jdbc.update(
                "UPDATE tick_stream SET max_event_time = ?, finished = ?, late_events = ? WHERE id = ?",
                windower.maxEventTime() == Long.MIN_VALUE ? null : new Timestamp(windower.maxEventTime()),
                finished,
                windower.lateEvents(),
                stream);
    }

    long lateEvents() {
        return windower.lateEvents();
    }
}
