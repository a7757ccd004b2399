package com.maritimealphaflow.testsupport.seed;

import static com.maritimealphaflow.testsupport.seed.Seed.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Static data in {@code ship_static}, one row per vessel with its latest values, and the ship type history that the
 * table's trigger records in {@code ship_type_history} whenever a vessel's type is new or changes.
 */
public final class ShipStatics {

    /** A later row of the same vessel replaces its static data, as the ingestion service's merge does. */
    private static final String UPSERT =
            "INSERT INTO ship_static (mmsi, name, call_sign, ship_type, destination, source, updated_at,"
                    + " first_seen_at) VALUES (?, ?, ?, ?, ?, 'test', ?, ?)"
                    + " ON CONFLICT (mmsi) DO UPDATE SET name = EXCLUDED.name, call_sign = EXCLUDED.call_sign,"
                    + " ship_type = EXCLUDED.ship_type, destination = EXCLUDED.destination,"
                    + " updated_at = EXCLUDED.updated_at";

    /**
     * A vessel's static data as of {@code updatedAt}. By default it has sent no name, call sign, type or destination.
     */
    public record Vessel(
            int mmsi, Instant updatedAt, String name, String callSign, Integer shipType, String destination) {

        public static Vessel of(int mmsi, Instant updatedAt) {
            return new Vessel(mmsi, updatedAt, null, null, null, null);
        }

        /** The name, with a call sign made up from the MMSI; a null name has no call sign either. */
        public Vessel named(String name) {
            return new Vessel(mmsi, updatedAt, name, name == null ? null : "C" + (mmsi % 10000), shipType, destination);
        }

        public Vessel shipType(Integer shipType) {
            return new Vessel(mmsi, updatedAt, name, callSign, shipType, destination);
        }

        public Vessel destination(String destination) {
            return new Vessel(mmsi, updatedAt, name, callSign, shipType, destination);
        }
    }

    private final JdbcTemplate jdbc;

    ShipStatics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ShipStatics insert(Vessel vessel) {
        jdbc.update(
                UPSERT,
                vessel.mmsi(),
                vessel.name(),
                vessel.callSign(),
                vessel.shipType(),
                vessel.destination(),
                utc(vessel.updatedAt()),
                utc(vessel.updatedAt()));
        return this;
    }

    /** The vessel's static data says {@code shipType} from {@code from} on. */
    public ShipStatics shipType(int mmsi, Instant from, Integer shipType) {
        return insert(Vessel.of(mmsi, from).shipType(shipType));
    }

    /** A row of type history of its own, without static data to go with it. */
    public void typeChange(int mmsi, Instant validFrom, Integer shipType) {
        jdbc.update(
                "INSERT INTO ship_type_history (mmsi, valid_from, ship_type) VALUES (?, ?, ?)",
                mmsi,
                utc(validFrom),
                shipType);
    }

    /** When the vessel's recorded types took effect, oldest first. */
    public List<Instant> typeHistory(int mmsi) {
        return jdbc
                .queryForList(
                        "SELECT valid_from FROM ship_type_history WHERE mmsi = ? ORDER BY valid_from",
                        OffsetDateTime.class,
                        mmsi)
                .stream()
                .map(OffsetDateTime::toInstant)
                .toList();
    }
}
