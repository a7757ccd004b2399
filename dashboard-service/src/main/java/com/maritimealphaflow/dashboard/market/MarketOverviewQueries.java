package com.maritimealphaflow.dashboard.market;

import com.maritimealphaflow.model.pipeline.IngestionKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The overview's reads: instrument lists, per-day counts, the market schedules and their runs, failures. */
@Repository
class MarketOverviewQueries {

    private static final String[] MARKET_KINDS = {
        IngestionKind.MARKET_BACKFILL.key(), IngestionKind.MARKET_UPDATE.key(), IngestionKind.MARKET_CSV.key()
    };

    private final JdbcTemplate jdbc;

    MarketOverviewQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<MarketOverview.InstrumentGroup> instruments() {
        return jdbc.query(
                """
                SELECT source, coalesce(quote_asset, currency, '') AS quote, market, count(*) AS n
                FROM market_instrument GROUP BY 1, 2, 3 ORDER BY 1, 4 DESC, 2 LIMIT 1000
                """,
                (rs, row) -> new MarketOverview.InstrumentGroup(
                        rs.getString("source"), rs.getString("quote"), rs.getString("market"), rs.getLong("n")));
    }

    /** Bars inserted or changed per UTC day and source, by the market ingestions that started since {@code since}. */
    List<MarketOverview.DayCount> barsIngested(Instant since) {
        return jdbc.query(
                """
                SELECT (started_at AT TIME ZONE 'UTC')::date AS day, source, sum(bars_stored) AS n
                FROM ingestion_log WHERE kind = ANY (?) AND started_at >= ?
                GROUP BY 1, 2 ORDER BY 1, 2
                """,
                (rs, row) -> dayCount(rs),
                MARKET_KINDS,
                Timestamp.from(since));
    }

    /** Order book snapshots per UTC day and source since {@code since}. */
    List<MarketOverview.DayCount> orderBookSnapshots(Instant since) {
        return jdbc.query(
                """
                SELECT (snapshot_time AT TIME ZONE 'UTC')::date AS day, source, count(*) AS n
                FROM market_order_book WHERE snapshot_time >= ?
                GROUP BY 1, 2 ORDER BY 1, 2
                """,
                (rs, row) -> dayCount(rs),
                Timestamp.from(since));
    }

    /** The market jobs in the ingestion service's clustered job store (group {@code market}). */
    List<MarketOverview.Schedule> schedules() {
        return jdbc.query(
                """
                SELECT t.job_name, t.trigger_state, c.cron_expression, s.repeat_interval,
                       t.prev_fire_time, t.next_fire_time
                FROM qrtz_triggers t
                LEFT JOIN qrtz_cron_triggers c
                    ON c.sched_name = t.sched_name AND c.trigger_name = t.trigger_name
                    AND c.trigger_group = t.trigger_group
                LEFT JOIN qrtz_simple_triggers s
                    ON s.sched_name = t.sched_name AND s.trigger_name = t.trigger_name
                    AND s.trigger_group = t.trigger_group
                WHERE t.job_group = 'market'
                ORDER BY t.job_name LIMIT 100
                """,
                (rs, row) -> new MarketOverview.Schedule(
                        rs.getString("job_name"),
                        rs.getString("trigger_state"),
                        rs.getString("cron_expression"),
                        seconds((Number) rs.getObject("repeat_interval")),
                        millis((Number) rs.getObject("prev_fire_time")),
                        millis((Number) rs.getObject("next_fire_time"))));
    }

    /** The latest ingestion of each market kind and source. */
    List<MarketOverview.LastRun> lastRuns() {
        return jdbc.query(
                """
                SELECT DISTINCT ON (source, kind) source, kind, started_at, ended_at, status, bars_stored, error
                FROM ingestion_log WHERE kind = ANY (?)
                ORDER BY source, kind, started_at DESC, id DESC
                """,
                (rs, row) -> new MarketOverview.LastRun(
                        rs.getString("source"),
                        rs.getString("kind"),
                        instant(rs, "started_at"),
                        instant(rs, "ended_at"),
                        rs.getString("status"),
                        rs.getLong("bars_stored"),
                        rs.getString("error")),
                (Object) MARKET_KINDS);
    }

    /** The latest failed market ingestions and backfills, newest first. */
    List<MarketOverview.Failure> failures(int limit) {
        return jdbc.query(
                """
                SELECT kind, id, source, at, error FROM (
                    SELECT kind, id, source, coalesce(ended_at, started_at) AS at, error
                    FROM ingestion_log WHERE kind = ANY (?) AND status = 'failed'
                    UNION ALL
                    SELECT 'backfill', id, source, coalesce(ended_at, created_at), error
                    FROM market_backfill WHERE status = 'failed'
                ) f ORDER BY at DESC, id DESC LIMIT ?
                """,
                (rs, row) -> new MarketOverview.Failure(
                        rs.getString("kind"),
                        rs.getLong("id"),
                        rs.getString("source"),
                        instant(rs, "at"),
                        rs.getString("error")),
                MARKET_KINDS,
                limit);
    }

    private static MarketOverview.DayCount dayCount(ResultSet rs) throws SQLException {
        return new MarketOverview.DayCount(
                rs.getObject("day", java.time.LocalDate.class), rs.getString("source"), rs.getLong("n"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Instant millis(Number value) {
        return value == null || value.longValue() < 0 ? null : Instant.ofEpochMilli(value.longValue());
    }

    private static Long seconds(Number millis) {
        return millis == null ? null : millis.longValue() / 1000;
    }
}
