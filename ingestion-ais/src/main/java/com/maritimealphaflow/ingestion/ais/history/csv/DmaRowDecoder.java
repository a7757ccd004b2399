package com.maritimealphaflow.ingestion.ais.history.csv;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.ais.history.csv.VesselRow.Dimensions;
import com.maritimealphaflow.model.ais.AisText;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Rows of the Danish Maritime Authority's daily files ({@code aisdk-YYYY-MM-DD.csv}): {@code # Timestamp,Type of
 * mobile,MMSI,Latitude,Longitude,Navigational status,…,Destination,ETA,Data source type} and, in newer files,
 * {@code A,B,C,D}. Times are {@code dd/MM/yyyy HH:mm:ss} UTC. Only {@code Class A} and {@code Class B} rows are
 * vessels; base stations, aids to navigation, SAR aircraft and anything else are skipped under their kind.
 * {@code Unknown} in the IMO, call sign, name and destination means not known. {@code Width} and {@code Length} are
 * not read, for the reason given at {@link CodedRowDecoder#noaa}; A–D are.
 */
final class DmaRowDecoder implements RowDecoder {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneOffset.UTC);

    private final int time;
    private final int mobile;
    private final int mmsi;
    private final int latitude;
    private final int longitude;
    private final int status;
    private final int sog;
    private final int cog;
    private final int heading;
    private final int imo;
    private final int callSign;
    private final int name;
    private final int shipType;
    private final int draught;
    private final int destination;
    private final int eta;
    private final int toBow;
    private final int toStern;
    private final int toPort;
    private final int toStarboard;

    DmaRowDecoder(CsvHeader header) {
        time = header.require("Timestamp");
        mobile = header.require("Type of mobile");
        mmsi = header.require("MMSI");
        latitude = header.require("Latitude");
        longitude = header.require("Longitude");
        status = header.indexOf("Navigational status");
        sog = header.indexOf("SOG");
        cog = header.indexOf("COG");
        heading = header.indexOf("Heading");
        imo = header.indexOf("IMO");
        callSign = header.indexOf("Callsign");
        name = header.indexOf("Name");
        shipType = header.indexOf("Ship type");
        draught = header.indexOf("Draught");
        destination = header.indexOf("Destination");
        eta = header.indexOf("ETA");
        toBow = header.indexOf("A");
        toStern = header.indexOf("B");
        toPort = header.indexOf("C");
        toStarboard = header.indexOf("D");
    }

    @Override
    public AisDecoding decode(CsvRow row) {
        String kind = row.text(mobile);
        boolean classA = "Class A".equalsIgnoreCase(kind);
        if (!classA && !"Class B".equalsIgnoreCase(kind)) {
            return new AisDecoding.Skipped(skipKind(kind));
        }
        return new VesselRow(
                        row.mmsi(mmsi),
                        row.time(time, TIME),
                        !classA,
                        row.decimal(latitude),
                        row.decimal(longitude),
                        row.decimalBelow(sog, 102.3),
                        row.decimalBelow(cog, 360),
                        row.wholeBetween(heading, 0, 359),
                        DmaCodes.navigationalStatus(row.text(status)),
                        known(row, name),
                        known(row, callSign),
                        "Unknown".equalsIgnoreCase(row.text(imo)) ? null : row.imo(imo),
                        DmaCodes.shipType(row.text(shipType)),
                        known(row, destination),
                        row.optionalTime(eta, TIME),
                        Dimensions.of(
                                row.wholeBetween(toBow, 0, 511),
                                row.wholeBetween(toStern, 0, 511),
                                row.wholeBetween(toPort, 0, 63),
                                row.wholeBetween(toStarboard, 0, 63)),
                        row.positive(draught))
                .decoding();
    }

    private static String known(CsvRow row, int column) {
        String text = AisText.clean(row.text(column));
        return "Unknown".equalsIgnoreCase(text) ? null : text;
    }

    /** {@code Base Station} is counted as {@code base_station}, like the other sources' snake-case kinds. */
    private static String skipKind(String kind) {
        if (kind == null) {
            return "no_type_of_mobile";
        }
        return kind.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
}
