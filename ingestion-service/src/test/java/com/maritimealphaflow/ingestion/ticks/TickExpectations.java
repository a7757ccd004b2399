package com.maritimealphaflow.ingestion.ticks;

import com.maritimealphaflow.ingestion.ticks.files.TickFileReader;
import com.maritimealphaflow.model.ticks.EventTimeWindower;
import com.maritimealphaflow.model.ticks.Tick;
import com.maritimealphaflow.model.ticks.TickSkipReason;
import com.maritimealphaflow.model.ticks.WindowClose;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a stream's stored partials must come to: one {@link EventTimeWindower} over the same events, drained at the
 * end, as text rows {@code window_end|symbol|sec_type|close|last_event_time} in key order.
 */
final class TickExpectations {

    final List<Tick> ticks = new ArrayList<>();
    final Map<TickSkipReason, Long> skipped = new EnumMap<>(TickSkipReason.class);
    long late;
    List<String> partials;

    static TickExpectations ofFile(Path file, long latenessMillis) throws IOException {
        TickExpectations expected = new TickExpectations();
        try (TickFileReader reader = TickFileReader.open(file, 4096)) {
            TickFileReader.Row row;
            while ((row = reader.next()) != TickFileReader.Row.END) {
                if (row == TickFileReader.Row.TICK) {
                    expected.ticks.add(reader.tick());
                } else {
                    expected.skipped.merge(reader.skipReason(), 1L, Long::sum);
                }
            }
        }
        return expected.window(latenessMillis);
    }

    static TickExpectations ofTicks(List<Tick> ticks, long latenessMillis) {
        TickExpectations expected = new TickExpectations();
        expected.ticks.addAll(ticks);
        return expected.window(latenessMillis);
    }

    private TickExpectations window(long latenessMillis) {
        EventTimeWindower windower = new EventTimeWindower(latenessMillis);
        ticks.forEach(windower::accept);
        late = windower.lateEvents();
        TreeMap<String, String> rows = new TreeMap<>();
        for (WindowClose close : windower.drain()) {
            String key = close.windowEnd() + "|" + close.symbol();
            rows.put(key, key + "|" + close.secType() + "|" + close.close() + "|" + close.lastEventTime());
        }
        partials = List.copyOf(rows.values());
        return this;
    }

    static List<String> stored(JdbcTemplate jdbc, String streamId) {
        TreeMap<String, String> rows = new TreeMap<>();
        jdbc.query(
                "SELECT (extract(epoch FROM window_end) * 1000)::bigint, symbol, sec_type, close,"
                        + " (extract(epoch FROM last_event_time) * 1000)::bigint FROM tick_partial WHERE stream_id = ?",
                rs -> {
                    String key = rs.getLong(1) + "|" + rs.getString(2);
                    rows.put(key, key + "|" + rs.getString(3) + "|" + rs.getDouble(4) + "|" + rs.getLong(5));
                },
                streamId);
        return List.copyOf(rows.values());
    }
}
