package com.maritimealphaflow.ingestion.ais.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps a {@code ship_position} partition in place for every UTC day a report is written for, so that an insert
 * never fails for a missing partition: ahead of time for the coming days, and on demand for replays of old files.
 * Remembers the days it has seen; the cleanup service may drop old partitions, so a writer that still hits a
 * missing one calls {@link #forget()} and asks again.
 */
@Component
public class PositionPartitions {

    private static final Logger log = LoggerFactory.getLogger(PositionPartitions.class);

    private final DataSource dataSource;
    private final Set<LocalDate> known = ConcurrentHashMap.newKeySet();

    public PositionPartitions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates the partitions from yesterday to {@code daysAhead} days from today. */
    public int ensureAhead(LocalDate today, int daysAhead) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return ensure(connection, today.minusDays(1), today.plusDays(daysAhead));
        }
    }

    /** Makes sure each day of {@code epochDays} (days since 1970-01-01 UTC) has its partition. */
    void ensureDays(Connection connection, SortedSet<LocalDate> days) throws SQLException {
        SortedSet<LocalDate> missing = new TreeSet<>(days);
        missing.removeAll(known);
        for (LocalDate day : missing) {
            ensure(connection, day, day);
        }
    }

    void forget() {
        known.clear();
    }

    static LocalDate dayOf(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private int ensure(Connection connection, LocalDate first, LocalDate last) throws SQLException {
        int created;
        try (PreparedStatement ps = connection.prepareStatement("SELECT ensure_ship_position_partitions(?, ?)")) {
            ps.setObject(1, first);
            ps.setObject(2, last);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                created = rs.getInt(1);
            }
        }
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            known.add(d);
        }
        if (created > 0) {
            log.info("Created {} ship_position partition(s) between {} and {}", created, first, last);
        }
        return created;
    }
}
