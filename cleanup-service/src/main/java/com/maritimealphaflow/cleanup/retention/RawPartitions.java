package com.maritimealphaflow.cleanup.retention;

import com.maritimealphaflow.model.pipeline.IngestionKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The daily tables of {@code ship_position}: which exist, which must wait for the aggregation service, and removing
 * one whole (detach, then drop) without a row-by-row {@code DELETE}. Detaching is {@code CONCURRENTLY}, so ingestion
 * and readers of other days are never blocked; it cannot run inside a transaction block, so the connection passed in
 * must be in autocommit mode.
 */
@Component
class RawPartitions {

    private static final Logger log = LoggerFactory.getLogger(RawPartitions.class);

    /**
     * Every partition of {@code ship_position} named by day, and every such table an earlier real run detached but
     * did not drop. The range end is read from the partition bound ({@code pg_get_expr} prints it in this session's
     * time zone, and the cast reads it back in the same one); a detached table has none left, so its day stands in.
     */
    private static final String FIND =
            """
            SELECT c.relname AS name,
                   to_date(right(c.relname, 8), 'YYYYMMDD') AS day,
                   coalesce((regexp_match(pg_get_expr(c.relpartbound, c.oid), 'TO \\(''([^'']+)''\\)'))[1]::timestamptz,
                            (to_date(right(c.relname, 8), 'YYYYMMDD') + 1)::timestamp AT TIME ZONE 'UTC') AS range_end,
                   CASE WHEN c.reltuples >= 0 THEN c.reltuples::bigint END AS row_estimate,
                   pg_total_relation_size(c.oid) AS bytes,
                   CASE WHEN i.inhrelid IS NULL THEN 'DETACHED'
                        WHEN i.inhdetachpending THEN 'DETACH_PENDING'
                        ELSE 'ATTACHED' END AS state
            FROM pg_class c
            LEFT JOIN pg_inherits i ON i.inhrelid = c.oid AND i.inhparent = 'ship_position'::regclass
            WHERE c.relkind = 'r'
              AND c.relname ~ '^ship_position_[0-9]{8}$'
              AND c.relnamespace = (SELECT relnamespace FROM pg_class WHERE oid = 'ship_position'::regclass)
              AND (i.inhrelid IS NOT NULL
                   OR EXISTS (SELECT 1 FROM cleanup_run_partition p JOIN cleanup_run r ON r.id = p.run_id
                              WHERE p.partition_name = c.relname AND p.dropped_at IS NULL AND NOT r.dry_run))
            ORDER BY day
            """;

    /**
     * An AIS row not counted yet (running, or ended and waiting for the aggregation service) with reports on the day.
     * The kinds are written into the text, so that the small partial index of rows awaiting aggregation serves.
     */
    private static final String AWAITING_AGGREGATION =
            """
            SELECT EXISTS (SELECT 1 FROM ingestion_log
                           WHERE aggregated_at IS NULL AND kind IN %s
                             AND first_report_at < ? AND last_report_at >= ?)
            """
                    .formatted(IngestionKind.aisKindsSql());

    private final JdbcTemplate jdbc;

    RawPartitions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<RawPartition> find() {
        return jdbc.query(
                FIND,
                (rs, i) -> new RawPartition(
                        rs.getString("name"),
                        rs.getObject("day", LocalDate.class),
                        rs.getObject("range_end", OffsetDateTime.class).toInstant(),
                        rs.getObject("row_estimate", Long.class),
                        rs.getLong("bytes"),
                        RawPartition.State.valueOf(rs.getString("state"))));
    }

    /**
     * Whether positions of the partition's day are still to be counted. An import (or a replay) of a day past the
     * retention writes it into this table, and the aggregation service counts its windows from it afterwards: dropped
     * first, the day would keep whatever counts it had. Such a day is kept until a later run finds it counted.
     */
    boolean awaitingAggregation(RawPartition partition) {
        return jdbc.queryForObject(
                AWAITING_AGGREGATION, Boolean.class, startOf(partition.day().plusDays(1)), startOf(partition.day()));
    }

    /** Detaches the table (or finishes an interrupted detach) and drops it. */
    void remove(Connection autocommit, RawPartition partition) throws SQLException {
        try (Statement statement = autocommit.createStatement()) {
            switch (partition.state()) {
                case ATTACHED -> statement.execute(
                        "ALTER TABLE ship_position DETACH PARTITION " + quoted(partition) + " CONCURRENTLY");
                case DETACH_PENDING -> statement.execute(
                        "ALTER TABLE ship_position DETACH PARTITION " + quoted(partition) + " FINALIZE");
                case DETACHED -> {
                    // detached by an earlier run already
                }
            }
            statement.execute("DROP TABLE " + quoted(partition));
        }
    }

    /**
     * Puts back a table whose removal an earlier run (with a shorter retention) began but did not finish, when the
     * present retention keeps its day or its positions are still to be counted: while the table stands detached under
     * its name, neither ingestion nor aggregation sees that day, and ingestion cannot create its partition again. The
     * check constraint that {@code DETACH … CONCURRENTLY} leaves on the table spares {@code ATTACH} a scan of its rows.
     */
    void restore(Connection autocommit, RawPartition partition) throws SQLException {
        try (Statement statement = autocommit.createStatement()) {
            if (partition.state() == RawPartition.State.DETACH_PENDING) {
                statement.execute("ALTER TABLE ship_position DETACH PARTITION " + quoted(partition) + " FINALIZE");
            }
            statement.execute("ALTER TABLE ship_position ATTACH PARTITION " + quoted(partition) + " FOR VALUES FROM ('"
                    + startOf(partition.day()) + "') TO ('"
                    + startOf(partition.day().plusDays(1)) + "')");
        }
        log.warn("Put {} back into ship_position: an earlier run began to remove it, but it is kept", partition.name());
    }

    private static String quoted(RawPartition partition) {
        // Names matched ^ship_position_[0-9]{8}$ in the catalogue: nothing in them needs escaping.
        return '"' + partition.name() + '"';
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
