package com.maritimealphaflow.ingestion.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A day of NOAA MarineCadastre as the archive publishes it ({@code AIS_YYYY_MM_DD.csv} zipped as {@code
 * AIS_YYYY_MM_DD.zip}), generated for the import benchmark. Every vessel reports at one interval, chosen so that the
 * rows span the whole day; the vessels' reports are staggered across it, so the rows are in time order and every
 * 5-minute window holds each vessel about once. The fleet is a US day's mix: cargo ships and tankers with IMO numbers,
 * passenger ships, fishing boats, tugs, pleasure craft on class B, a few with no static data at all; about 45 % of them
 * moored (speed 0, the position trembling), the rest under way on a course that wanders. Names with a comma are quoted,
 * and heading 511, empty IMO, status and draught appear as they do in the archive. Deterministic for a seed.
 *
 * <p>NoaaFiles (the imports' test fixture) gives every vessel the same instant and spreads vessels 0.01° of latitude
 * apart: fine for a few hundred vessels, but 25,000 would pass 90°N and leave 5-minute windows empty.
 */
final class NoaaDay {

    private static final int SECONDS_PER_DAY = 86_400;
    private static final byte[] HEADER =
            ("MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,"
                            + "Status,Length,Width,Draft,Cargo,TransceiverClass\n")
                    .getBytes(StandardCharsets.US_ASCII);
    /** Maritime identification digits of the flags seen in US waters, the US ones most often. */
    private static final int[] MIDS = {367, 367, 367, 366, 368, 368, 369, 338, 636, 538, 477, 353, 563, 319, 316};

    private static final String[] FIRST = {
        "ATLANTIC", "PACIFIC", "GULF", "OCEAN", "SEA", "MISS", "LADY", "CAPT", "BLUE", "NORTHERN", "GOLDEN", "MAERSK",
        "EVER", "CMA CGM", "STENA", "GREAT", "MV", "RIVER", "CAPE", "SOUTHERN", "MORNING", "ISLAND", "CRIMSON", "POLAR"
    };
    private static final String[] SECOND = {
        "STAR",
        "SPIRIT",
        "EAGLE",
        "DAWN",
        "PRIDE",
        "VOYAGER",
        "TRADER",
        "HAWK",
        "BREEZE",
        "GLORY",
        "QUEEN",
        "EXPRESS",
        "RUNNER",
        "HARMONY",
        "WIND",
        "LION",
        "PIONEER",
        "HOPE",
        "LEGACY",
        "ENDEAVOR"
    };

    private NoaaDay() {}

    static String entryName(LocalDate day) {
        return String.format(
                Locale.ROOT, "AIS_%04d_%02d_%02d.csv", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    static String zipName(LocalDate day) {
        return entryName(day).replace(".csv", ".zip");
    }

    /**
     * Writes the zipped day (through a temporary file, so a cut-short run leaves nothing that looks finished).
     *
     * @return the size of the CSV inside, in bytes
     */
    static long write(Path zip, LocalDate day, long rows, int vessels, long seed) throws IOException {
        Path partial = zip.resolveSibling(zip.getFileName() + ".partial");
        long csvBytes;
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial))) {
            out.putNextEntry(new ZipEntry(entryName(day)));
            CountingOutput counted = new CountingOutput(out);
            OutputStream csv = new BufferedOutputStream(counted, 1 << 16);
            writeCsv(csv, day, rows, (int) Math.min(vessels, rows), seed);
            csv.flush();
            csvBytes = counted.count;
            out.closeEntry();
        }
        Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return csvBytes;
    }

    private static void writeCsv(OutputStream out, LocalDate day, long rows, int vessels, long seed)
            throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Vessel[] fleet = new Vessel[vessels];
        for (int v = 0; v < vessels; v++) {
            fleet[v] = Vessel.random(v, random);
        }
        long steps = (rows + vessels - 1) / vessels;
        double interval = (double) SECONDS_PER_DAY / steps;
        byte[] date = (day + "T").getBytes(StandardCharsets.US_ASCII);
        Line line = new Line();
        out.write(HEADER);
        for (long i = 0; i < rows; i++) {
            Vessel vessel = fleet[(int) (i % vessels)];
            if (i >= vessels) {
                vessel.move(interval, random);
            }
            int second = (int) (i * (double) SECONDS_PER_DAY / (steps * vessels));
            line.reset();
            line.bytes(vessel.mmsi).bytes(date);
            line.two(second / 3600).comma(':').two(second / 60 % 60).comma(':').two(second % 60);
            line.comma(',').fixed(vessel.latitude, 5).comma(',').fixed(vessel.longitude, 5);
            line.comma(',')
                    .fixed(vessel.speed, 1)
                    .comma(',')
                    .fixed(vessel.course, 1)
                    .comma(',');
            line.whole(vessel.heading()).bytes(vessel.rest);
            out.write(line.buffer, 0, line.length);
        }
    }

    /** One vessel: what it always says about itself, and where it is now. */
    private static final class Vessel {
        final byte[] mmsi;
        /** From the vessel's name to the end of the line. */
        final byte[] rest;

        final boolean moored;
        final boolean headingUnavailable;
        final double cruise;
        double latitude;
        double longitude;
        double speed;
        double course;

        private Vessel(byte[] mmsi, byte[] rest, boolean moored, boolean headingUnavailable, double cruise) {
            this.mmsi = mmsi;
            this.rest = rest;
            this.moored = moored;
            this.headingUnavailable = headingUnavailable;
            this.cruise = cruise;
        }

        static Vessel random(int v, SplittableRandom random) {
            // distinct for every v below a million: 7,919 is prime to 10^6
            int mmsi = MIDS[v % MIDS.length] * 1_000_000 + (int) ((v * 7_919L) % 1_000_000);
            double kind = random.nextDouble();
            String type;
            boolean classB = false;
            boolean imo = false;
            int length;
            double cruise;
            if (kind < 0.24) {
                type = random.nextInt(4) == 0 ? "79" : "70";
                imo = true;
                length = 140 + random.nextInt(200);
                cruise = 12 + random.nextDouble(8);
            } else if (kind < 0.34) {
                type = Integer.toString(80 + random.nextInt(5));
                imo = true;
                length = 90 + random.nextInt(180);
                cruise = 10 + random.nextDouble(5);
            } else if (kind < 0.39) {
                type = Integer.toString(60 + random.nextInt(10));
                imo = random.nextBoolean();
                length = 20 + random.nextInt(250);
                cruise = 10 + random.nextDouble(15);
            } else if (kind < 0.49) {
                type = "30";
                classB = random.nextInt(5) < 2;
                length = 12 + random.nextInt(30);
                cruise = 4 + random.nextDouble(6);
            } else if (kind < 0.59) {
                type = random.nextBoolean() ? "31" : "52";
                length = 18 + random.nextInt(25);
                cruise = 5 + random.nextDouble(5);
            } else if (kind < 0.79) {
                type = random.nextInt(4) == 0 ? "36" : "37";
                classB = true;
                length = 7 + random.nextInt(20);
                cruise = 5 + random.nextDouble(20);
            } else if (kind < 0.87) {
                type = new String[] {"50", "51", "55", "90", "99"}[random.nextInt(5)];
                length = 10 + random.nextInt(60);
                cruise = 5 + random.nextDouble(15);
            } else {
                // no static data at all, or only a name: the archive has many such rows
                type = "";
                classB = random.nextBoolean();
                length = 0;
                cruise = 3 + random.nextDouble(10);
            }
            boolean anonymous = type.isEmpty() && random.nextBoolean();
            String name = anonymous ? "" : name(v, random);
            String imoText = imo ? "IMO" + (9_100_000 + random.nextInt(850_000)) : "";
            String callSign = anonymous
                    ? ""
                    : (mmsi / 1_000_000 >= 366 && mmsi / 1_000_000 <= 369 ? "WD" : "V")
                            + Character.toString('A' + random.nextInt(26))
                            + (1000 + random.nextInt(9000));
            boolean moored = random.nextDouble() < 0.45;
            String status = classB ? "" : moored ? "5" : random.nextInt(10) == 0 ? "15" : "0";
            String size = length == 0 ? "," : length + "," + Math.max(3, length / 6 + random.nextInt(4));
            String draught = classB || length == 0 ? "" : fixed(Math.min(15.5, 1.5 + length / 25.0), 1);
            String cargo = imo ? type : "";
            String rest = "," + name + "," + imoText + "," + callSign + "," + type + "," + status + "," + size + ","
                    + draught + "," + cargo + "," + (classB ? "B" : "A") + "\n";
            Vessel vessel = new Vessel(
                    (mmsi + ",").getBytes(StandardCharsets.US_ASCII),
                    rest.getBytes(StandardCharsets.US_ASCII),
                    moored,
                    classB || random.nextInt(10) == 0,
                    cruise);
            // US coastal waters, Gulf to Maine and the West Coast: 24-48°N, 125-67°W
            vessel.latitude = 24 + random.nextDouble(24);
            vessel.longitude = -125 + random.nextDouble(58);
            vessel.course = random.nextDouble(360);
            vessel.speed = moored ? 0 : cruise;
            return vessel;
        }

        private static String name(int v, SplittableRandom random) {
            String name = FIRST[random.nextInt(FIRST.length)] + " " + SECOND[random.nextInt(SECOND.length)];
            if (random.nextInt(50) == 0) {
                return "\"" + name + ", " + (random.nextBoolean() ? "II" : "III") + "\"";
            }
            return random.nextInt(3) == 0 ? name + " " + (v % 97 + 1) : name;
        }

        int heading() {
            return headingUnavailable ? 511 : (int) course % 360;
        }

        void move(double seconds, SplittableRandom random) {
            if (moored) {
                // a moored vessel's GPS wanders a few metres; SOG shows 0.0, now and then 0.1
                latitude += (random.nextDouble() - 0.5) * 0.00004;
                longitude += (random.nextDouble() - 0.5) * 0.00004;
                speed = random.nextInt(8) == 0 ? 0.1 : 0;
                return;
            }
            speed = Math.max(0.5, cruise + (random.nextDouble() - 0.5) * 1.5);
            course = (course + (random.nextDouble() - 0.5) * 6 + 360) % 360;
            double nauticalMiles = speed * seconds / 3600;
            double radians = Math.toRadians(course);
            latitude += nauticalMiles / 60 * Math.cos(radians);
            longitude += nauticalMiles / 60 * Math.sin(radians) / Math.cos(Math.toRadians(latitude));
            if (latitude < 20 || latitude > 52 || longitude < -130 || longitude > -62) {
                // turn back towards the coast instead of sailing off the map
                course = (course + 180) % 360;
            }
        }
    }

    private static String fixed(double value, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }

    /** One CSV line as ASCII bytes: written without a String per field, as 7 M rows would make. */
    private static final class Line {
        private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000};
        final byte[] buffer = new byte[512];
        int length;

        void reset() {
            length = 0;
        }

        Line bytes(byte[] bytes) {
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
            return this;
        }

        Line comma(char c) {
            buffer[length++] = (byte) c;
            return this;
        }

        Line two(int value) {
            buffer[length++] = (byte) ('0' + value / 10);
            buffer[length++] = (byte) ('0' + value % 10);
            return this;
        }

        Line whole(long value) {
            if (value < 0) {
                buffer[length++] = '-';
                value = -value;
            }
            int start = length;
            do {
                buffer[length++] = (byte) ('0' + value % 10);
                value /= 10;
            } while (value > 0);
            for (int i = start, j = length - 1; i < j; i++, j--) {
                byte b = buffer[i];
                buffer[i] = buffer[j];
                buffer[j] = b;
            }
            return this;
        }

        Line fixed(double value, int places) {
            long scaled = Math.round(Math.abs(value) * POWERS[places]);
            if (value < 0 && scaled != 0) {
                buffer[length++] = '-';
            }
            whole(scaled / POWERS[places]);
            buffer[length++] = '.';
            long fraction = scaled % POWERS[places];
            for (long p = POWERS[places - 1]; p > 0; p /= 10) {
                buffer[length++] = (byte) ('0' + fraction / p % 10);
            }
            return this;
        }
    }

    /** Counts the bytes written through it, uncompressed. */
    private static final class CountingOutput extends OutputStream {
        private final OutputStream out;
        long count;

        CountingOutput(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
