package com.maritimealphaflow.ingestion.ais.simulator;

import com.maritimealphaflow.model.ais.AisReport;
import com.maritimealphaflow.model.ais.PositionReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes simulated traffic as a file of aisstream.io JSON lines, the format the replay source reads: for the
 * benchmark, demos and tests that need a realistic feed. Report times start at a given instant and advance at
 * {@value #MESSAGES_PER_SECOND} messages per simulated second, so a million lines span about three days. A given
 * fraction of the lines can be made malformed, evenly spread and in turn: JSON cut off mid-line, a latitude of 91,
 * an MMSI of seven digits.
 *
 * <p>From a shell, with the module and {@code common-model} compiled: {@code java -cp
 * ingestion-service/target/classes:common-model/target/classes
 * com.maritimealphaflow.ingestion.ais.simulator.SimulatedFeedFile OUTPUT COUNT [MALFORMED_FRACTION [SEED
 * [START]]]}.
 */
public final class SimulatedFeedFile {

    static final int VESSELS = 250;
    static final double MESSAGES_PER_SECOND = 4;
    static final long DEFAULT_SEED = 42;

    /** The kinds of malformed line, taken in turn. */
    enum Malformation {
        TRUNCATED_JSON,
        LATITUDE_91,
        SEVEN_DIGIT_MMSI
    }

    /**
     * What was written.
     *
     * @param malformed how many of the lines are malformed
     * @param firstReportAt the report time of the first line, likewise of the last; null when no line was written
     */
    public record Written(long lines, long malformed, Instant firstReportAt, Instant lastReportAt) {}

    private SimulatedFeedFile() {}

    /**
     * Writes {@code lines} lines to {@code output}, replacing it.
     *
     * @param malformedFraction between 0 and 1; exactly {@code round(lines × fraction)} lines come out malformed
     */
    public static Written write(Path output, long lines, Instant start, double malformedFraction, long seed)
            throws IOException {
        try (Writer out = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8), 1 << 16)) {
            return write(out, lines, start, malformedFraction, seed);
        }
    }

    /** As {@link #write(Path, long, Instant, double, long)}, to any writer (not closed). */
    public static Written write(Writer out, long lines, Instant start, double malformedFraction, long seed)
            throws IOException {
        if (lines < 0) {
            throw new IllegalArgumentException("the number of lines must not be negative, was " + lines);
        }
        if (!(malformedFraction >= 0 && malformedFraction <= 1)) {
            throw new IllegalArgumentException(
                    "the malformed fraction must be between 0 and 1, was " + malformedFraction);
        }
        long malformed = Math.round(lines * malformedFraction);
        TrafficSimulator simulator = new TrafficSimulator(VESSELS, MESSAGES_PER_SECOND, seed, start);
        AisstreamLines json = new AisstreamLines();
        Map<Integer, PositionReport> lastPositions = new HashMap<>();
        PositionReport lastPosition = null;
        StringBuilder line = new StringBuilder(1024);
        Instant first = null;
        Instant last = null;
        long malformedSoFar = 0;
        for (long i = 0; i < lines; i++) {
            AisReport report = simulator.next();
            if (report instanceof PositionReport p) {
                lastPositions.put(p.mmsi(), p);
                lastPosition = p;
            }
            if (first == null) first = report.time();
            last = report.time();
            line.setLength(0);
            // Spreads the malformed lines evenly: line i is one when the running quota steps up.
            if ((i + 1) * malformed / lines > i * malformed / lines) {
                Malformation kind = Malformation.values()[(int) (malformedSoFar++ % Malformation.values().length)];
                malformedLine(line, json, simulator, kind, report, lastPositions, lastPosition);
            } else {
                append(line, json, simulator, report, lastPositions.get(report.mmsi()));
            }
            line.append('\n');
            out.append(line);
        }
        out.flush();
        return new Written(lines, malformed, first, last);
    }

    private static void malformedLine(
            StringBuilder line,
            AisstreamLines json,
            TrafficSimulator simulator,
            Malformation kind,
            AisReport report,
            Map<Integer, PositionReport> lastPositions,
            PositionReport lastPosition) {
        switch (kind) {
            case TRUNCATED_JSON -> {
                append(line, json, simulator, report, lastPositions.get(report.mmsi()));
                line.setLength(line.length() * 2 / 3); // an object cut short is never valid JSON
            }
            case LATITUDE_91 -> {
                // Needs a position; a static report's place is taken by the latest position heard, at this time.
                PositionReport position = report instanceof PositionReport p
                        ? p
                        : (PositionReport) ReportCopies.withTime(lastPosition, report.time());
                PositionReport broken = ReportCopies.withLatitude(position, 91);
                append(line, json, simulator, broken, broken);
            }
            case SEVEN_DIGIT_MMSI -> {
                AisReport broken = ReportCopies.withMmsi(report, report.mmsi() / 100);
                json.append(
                        line,
                        broken,
                        name(simulator, report.mmsi()),
                        latitude(lastPositions.get(report.mmsi())),
                        longitude(lastPositions.get(report.mmsi())));
            }
        }
    }

    private static void append(
            StringBuilder line, AisstreamLines json, TrafficSimulator simulator, AisReport report, PositionReport at) {
        json.append(line, report, name(simulator, report.mmsi()), latitude(at), longitude(at));
    }

    /** The name aisstream knows a vessel by: none for one that never sends static data. */
    private static String name(TrafficSimulator simulator, int mmsi) {
        SimulatedVessel vessel = simulator.vessel(mmsi);
        return vessel == null || vessel.name() == null ? "" : vessel.name();
    }

    // A vessel's first report is always a position, so a static report has one to be placed at.
    private static double latitude(PositionReport at) {
        return at == null ? 0 : at.latitude();
    }

    private static double longitude(PositionReport at) {
        return at == null ? 0 : at.longitude();
    }

    /** {@code OUTPUT COUNT [MALFORMED_FRACTION [SEED [START]]]}; START defaults to so long ago that the file ends now. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 5) {
            exitWithUsage("expected 2 to 5 arguments");
        }
        Path output = Path.of(args[0]);
        long count = 0;
        double fraction = 0;
        long seed = DEFAULT_SEED;
        Instant start = null;
        try {
            count = Long.parseLong(args[1]);
            fraction = args.length > 2 ? Double.parseDouble(args[2]) : 0;
            seed = args.length > 3 ? Long.parseLong(args[3]) : DEFAULT_SEED;
            start = args.length > 4
                    ? Instant.parse(args[4])
                    : Instant.now()
                            .minusSeconds((long) Math.ceil(count / MESSAGES_PER_SECOND))
                            .truncatedTo(ChronoUnit.SECONDS);
        } catch (NumberFormatException | DateTimeParseException e) {
            exitWithUsage(e.getMessage());
        }
        long began = System.nanoTime();
        Written written = write(output, count, start, fraction, seed);
        System.out.printf(
                "Wrote %d lines (%d malformed), reports from %s to %s, to %s in %.1f s%n",
                written.lines(),
                written.malformed(),
                written.firstReportAt(),
                written.lastReportAt(),
                output,
                (System.nanoTime() - began) / 1e9);
    }

    private static void exitWithUsage(String problem) {
        System.err.println(problem);
        System.err.println("usage: SimulatedFeedFile OUTPUT COUNT [MALFORMED_FRACTION [SEED [START]]]");
        System.err.println("  e.g. SimulatedFeedFile feed.jsonl 1000000 0.01 42 2026-04-20T00:00:00Z");
        System.exit(2);
    }
}
