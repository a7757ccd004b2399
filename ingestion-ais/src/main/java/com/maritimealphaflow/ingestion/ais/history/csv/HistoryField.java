package com.maritimealphaflow.ingestion.ais.history.csv;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The fields an AIS archive row can carry, named as a {@link CsvColumnMapping} names them. Values are in AIS codes
 * and units: knots, degrees, ship type and navigational status codes, metres.
 */
public enum HistoryField {
    MMSI("mmsi"),
    TIME("time"),
    LATITUDE("latitude"),
    LONGITUDE("longitude"),
    SOG("sog"),
    COG("cog"),
    HEADING("heading"),
    NAVIGATIONAL_STATUS("navigationalStatus"),
    NAME("name"),
    CALL_SIGN("callSign"),
    IMO("imo"),
    SHIP_TYPE("shipType"),
    DESTINATION("destination"),
    ETA("eta"),
    TO_BOW("toBow"),
    TO_STERN("toStern"),
    TO_PORT("toPort"),
    TO_STARBOARD("toStarboard"),
    DRAUGHT("draught"),
    /** {@code A} or {@code B}: picks the message types the row's reports carry. */
    TRANSCEIVER_CLASS("transceiverClass");

    private final String key;

    HistoryField(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The field with this key; an unknown key is an {@link IllegalArgumentException} that lists the known ones. */
    public static HistoryField fromKey(String key) {
        for (HistoryField field : values()) {
            if (field.key.equals(key)) {
                return field;
            }
        }
        throw new IllegalArgumentException("unknown field '" + key + "' in the column mapping; known fields: "
                + Arrays.stream(values()).map(HistoryField::key).collect(Collectors.joining(", ")));
    }
}
