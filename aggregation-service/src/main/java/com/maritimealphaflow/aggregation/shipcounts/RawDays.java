package com.maritimealphaflow.aggregation.shipcounts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Which UTC days still hold their raw positions: those whose {@code ship_position_YYYYMMDD} partition is attached.
 * Windows of other days are never recounted: their positions are gone (retention), and recounting would replace
 * counts that are kept forever with zeros.
 */
@Repository
public class RawDays {

    private final JdbcTemplate jdbc;

    RawDays(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public SortedSet<LocalDate> kept(Collection<LocalDate> days) {
        if (days.isEmpty()) {
            return new TreeSet<>();
        }
        String dates = days.stream().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}"));
        return new TreeSet<>(jdbc.queryForList(
                """
                SELECT d FROM unnest(CAST(? AS date[])) AS d
                WHERE EXISTS (
                    SELECT 1 FROM pg_inherits i
                    WHERE i.inhparent = to_regclass('ship_position')
                      AND i.inhrelid = to_regclass('ship_position_' || to_char(d, 'YYYYMMDD'))
                      AND NOT i.inhdetachpending)
                """,
                LocalDate.class,
                dates));
    }
}
