package com.maritimealphaflow.testsupport.seed;

import com.maritimealphaflow.testsupport.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The seeders of the shared tables, one per table or family of tables, each writing rows the way the service that
 * owns the table leaves them. Each table's columns are named here and nowhere else in the tests, so a migration that
 * changes one is followed in one place. Rows are records with sensible defaults; a test says only what matters to
 * it:
 *
 * <pre>{@code
 * Seed seed = new Seed(jdbc).emptyTables();
 * seed.shipStatics().insert(Vessel.of(211000001, updatedAt).named("NORDIC STAR").shipType(70));
 * seed.shipPositions().insert(Position.of(211000001, at(day, "12:00:10")).at(59.95, 10.75));
 * long batch = seed.ingestionLog().insert(Batch.ais(at(day, "12:00:00")).completed(at(day, "12:01:00")));
 * }</pre>
 */
public final class Seed {

    private final JdbcTemplate jdbc;
    private final ShipPositions shipPositions;
    private final ShipStatics shipStatics;
    private final IngestionLog ingestionLog;
    private final ShipCounts shipCounts;
    private final MarketBars marketBars;
    private final CleanupRuns cleanupRuns;
    private final MarketBackfills marketBackfills;
    private final AisImports aisImports;

    public Seed(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.shipPositions = new ShipPositions(jdbc);
        this.shipStatics = new ShipStatics(jdbc);
        this.ingestionLog = new IngestionLog(jdbc);
        this.shipCounts = new ShipCounts(jdbc);
        this.marketBars = new MarketBars(jdbc);
        this.cleanupRuns = new CleanupRuns(jdbc);
        this.marketBackfills = new MarketBackfills(jdbc);
        this.aisImports = new AisImports(jdbc);
    }

    /** {@code ship_position} and its day partitions. */
    public ShipPositions shipPositions() {
        return shipPositions;
    }

    /** {@code ship_static} and {@code ship_type_history}. */
    public ShipStatics shipStatics() {
        return shipStatics;
    }

    /** {@code ingestion_log}: AIS batches and market steps. */
    public IngestionLog ingestionLog() {
        return ingestionLog;
    }

    /** {@code ship_count_agg}, {@code ship_count_rollup} and {@code ship_presence_day}. */
    public ShipCounts shipCounts() {
        return shipCounts;
    }

    /** {@code market_bar} and {@code market_instrument}. */
    public MarketBars marketBars() {
        return marketBars;
    }

    /** {@code cleanup_run}. */
    public CleanupRuns cleanupRuns() {
        return cleanupRuns;
    }

    /** {@code market_backfill}. */
    public MarketBackfills marketBackfills() {
        return marketBackfills;
    }

    /** {@code ais_import}, {@code ais_import_file} and the {@code ingestion_log} rows of their attempts. */
    public AisImports aisImports() {
        return aisImports;
    }

    /**
     * Empties the AIS, aggregate and pipeline tables; only ever in a throwaway test database. The market bars and
     * instruments stay: tests that list every stored series remove their own symbols instead.
     */
    public Seed emptyTables() {
        String database = jdbc.queryForObject("SELECT current_database()", String.class);
        if (!database.startsWith(TestDatabase.NAME_PREFIX)) {
            throw new IllegalStateException("refusing to empty the tables of database '" + database
                    + "': tests write only to throwaway " + TestDatabase.NAME_PREFIX
                    + "* databases (is ALPHAFLOW_TEST_DB_URL set?)");
        }
        jdbc.execute("TRUNCATE ship_position, ship_static, ship_type_history, ingestion_log, ship_count_agg,"
                + " ship_count_rollup, ship_presence_day, cleanup_run, market_backfill, ais_import, region_event, region_track,"
                + " region_count_agg, region_count_rollup CASCADE");
        return this;
    }

    /** The instant at a UTC time of day, e.g. {@code at(day, "12:00:10")}. */
    public static Instant at(LocalDate day, String time) {
        return Instant.parse(day + "T" + time + "Z");
    }

    /** An instant as PgJDBC takes it for a {@code timestamptz} parameter; null stays null. */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
