package com.maritimealphaflow.cleanup.retention;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Static data past the retention. Every vessel in range resends its static data every few minutes, so a
 * {@code ship_static} row not updated since the cutoff belongs to a vessel not heard from within the retention: it
 * goes with its whole {@code ship_type_history}. Of the vessels that stay, history rows from before the cutoff go
 * except the latest of them, which still gives the ship type from the cutoff until the next change (the counts of
 * windows whose raw data is still kept may be rebuilt from it). The aggregation service's {@code ship_presence_day}
 * rows (which vessels were counted on a day, used to recount that day's rollups) go for the days before the cutoff's,
 * like the positions they were derived from; the counts and rollups themselves stay.
 */
@Component
class StaticData {

    /** One statement, so one transaction: a vessel and its history go together. */
    private static final String DELETE =
            """
            WITH silent AS (
                DELETE FROM ship_static WHERE updated_at < :cutoff RETURNING mmsi
            ), silent_history AS (
                DELETE FROM ship_type_history h USING silent s WHERE h.mmsi = s.mmsi RETURNING 1
            ), superseded AS (
                DELETE FROM ship_type_history h
                WHERE h.valid_from < :cutoff
                  AND NOT EXISTS (SELECT 1 FROM silent s WHERE s.mmsi = h.mmsi)
                  AND EXISTS (SELECT 1 FROM ship_type_history later
                              WHERE later.mmsi = h.mmsi AND later.valid_from > h.valid_from
                                AND later.valid_from <= :cutoff)
                RETURNING 1
            ), presence AS (
                DELETE FROM ship_presence_day WHERE day < CAST(:cutoff AS date) RETURNING 1
            )
            SELECT (SELECT count(*) FROM silent) AS statics,
                   (SELECT count(*) FROM silent_history) + (SELECT count(*) FROM superseded) AS history,
                   (SELECT count(*) FROM presence) AS presence
            """;

    private static final String COUNT =
            """
            WITH silent AS (
                SELECT mmsi FROM ship_static WHERE updated_at < :cutoff
            )
            SELECT (SELECT count(*) FROM silent) AS statics,
                   (SELECT count(*) FROM ship_type_history h JOIN silent s ON s.mmsi = h.mmsi)
                   + (SELECT count(*) FROM ship_type_history h
                      WHERE h.valid_from < :cutoff
                        AND NOT EXISTS (SELECT 1 FROM silent s WHERE s.mmsi = h.mmsi)
                        AND EXISTS (SELECT 1 FROM ship_type_history later
                                    WHERE later.mmsi = h.mmsi AND later.valid_from > h.valid_from
                                      AND later.valid_from <= :cutoff)) AS history,
                   (SELECT count(*) FROM ship_presence_day WHERE day < CAST(:cutoff AS date)) AS presence
            """;

    private final NamedParameterJdbcTemplate jdbc;

    StaticData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the rows deleted */
    Rows delete(Instant cutoff) {
        return rows(DELETE, cutoff);
    }

    /** @return the rows {@link #delete} would delete now */
    Rows count(Instant cutoff) {
        return rows(COUNT, cutoff);
    }

    private Rows rows(String sql, Instant cutoff) {
        return jdbc.queryForObject(
                sql,
                Map.of("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC)),
                (rs, i) -> new Rows(rs.getLong("statics"), rs.getLong("history"), rs.getLong("presence")));
    }

    /**
     * @param statics {@code ship_static} rows
     * @param history {@code ship_type_history} rows
     * @param presence {@code ship_presence_day} rows
     */
    record Rows(long statics, long history, long presence) {

        static final Rows NONE = new Rows(0, 0, 0);
    }
}
