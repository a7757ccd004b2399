package com.maritimealphaflow.ingestion.ais.history.csv;

import static com.maritimealphaflow.ingestion.ais.history.csv.HistoryField.*;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.ais.history.csv.VesselRow.Dimensions;
import com.maritimealphaflow.model.ais.AisText;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Rows whose values are already AIS codes and units (NOAA MarineCadastre, and any CSV mapped by a
 * {@link CsvColumnMapping}): the AIS "not available" values become null as aisstream.io's decoder makes them
 * (speed 102.3, course 360, heading 511, status outside 0–15, ship type 0, IMO 0, draught 0).
 */
final class CodedRowDecoder implements RowDecoder {

    /** {@code 2023-01-11T00:00:00}; also with a space for the T, as some later exports write it. */
    private static final DateTimeFormatter NOAA_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .optionalEnd()
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter()
            .withZone(ZoneOffset.UTC);

    private final int[] columns = new int[HistoryField.values().length];
    private final DateTimeFormatter timeFormat;

    private CodedRowDecoder(Map<HistoryField, Integer> columns, DateTimeFormatter timeFormat) {
        Arrays.fill(this.columns, -1);
        columns.forEach((field, index) -> this.columns[field.ordinal()] = index);
        this.timeFormat = timeFormat;
    }

    /**
     * NOAA's columns under either spelling: {@code MMSI,BaseDateTime,LAT,LON,…} (to 2023) or {@code mmsi,
     * base_date_time, latitude, longitude, …} (from 2024). {@code Length} and {@code Width} are not read: they are
     * whole-ship sizes, and the dimensions AIS stores are distances from the antenna (A, B, C, D). Writing the
     * length as A and 0 as B would state an antenna position no one sent, so the dimensions stay null until the
     * schema has columns for length and width.
     */
    static CodedRowDecoder noaa(CsvHeader header) {
        Map<HistoryField, Integer> columns = new EnumMap<>(HistoryField.class);
        columns.put(MMSI, header.require("MMSI"));
        columns.put(TIME, header.require("BaseDateTime"));
        columns.put(LATITUDE, header.require("LAT", "latitude"));
        columns.put(LONGITUDE, header.require("LON", "longitude"));
        columns.put(SOG, header.indexOf("SOG"));
        columns.put(COG, header.indexOf("COG"));
        columns.put(HEADING, header.indexOf("Heading"));
        columns.put(NAVIGATIONAL_STATUS, header.indexOf("Status"));
        columns.put(NAME, header.indexOf("VesselName"));
        columns.put(CALL_SIGN, header.indexOf("CallSign"));
        columns.put(IMO, header.indexOf("IMO"));
        columns.put(SHIP_TYPE, header.indexOf("VesselType"));
        columns.put(DRAUGHT, header.indexOf("Draft"));
        columns.put(TRANSCEIVER_CLASS, header.indexOf("TransceiverClass", "transceiver"));
        return new CodedRowDecoder(columns, NOAA_TIME);
    }

    static CodedRowDecoder mapped(CsvHeader header, CsvColumnMapping mapping) {
        Map<HistoryField, Integer> columns = new EnumMap<>(HistoryField.class);
        mapping.fields().forEach((field, column) -> columns.put(field, header.require(column)));
        return new CodedRowDecoder(columns, mapping.timeFormatter());
    }

    @Override
    public AisDecoding decode(CsvRow row) {
        String transceiverClass = row.text(column(TRANSCEIVER_CLASS));
        return new VesselRow(
                        row.mmsi(column(MMSI)),
                        row.time(column(TIME), timeFormat),
                        "B".equalsIgnoreCase(transceiverClass),
                        row.decimal(column(LATITUDE)),
                        row.decimal(column(LONGITUDE)),
                        row.decimalBelow(column(SOG), 102.3),
                        row.decimalBelow(column(COG), 360),
                        row.wholeBetween(column(HEADING), 0, 359),
                        row.wholeBetween(column(NAVIGATIONAL_STATUS), 0, 15),
                        AisText.clean(row.text(column(NAME))),
                        AisText.clean(row.text(column(CALL_SIGN))),
                        row.imo(column(IMO)),
                        row.wholeBetween(column(SHIP_TYPE), 1, 255),
                        AisText.clean(row.text(column(DESTINATION))),
                        row.optionalTime(column(ETA), timeFormat),
                        Dimensions.of(
                                row.wholeBetween(column(TO_BOW), 0, 511),
                                row.wholeBetween(column(TO_STERN), 0, 511),
                                row.wholeBetween(column(TO_PORT), 0, 63),
                                row.wholeBetween(column(TO_STARBOARD), 0, 63)),
                        row.positive(column(DRAUGHT)))
                .decoding();
    }

    private int column(HistoryField field) {
        return columns[field.ordinal()];
    }
}
