package com.maritimealphaflow.ingestion.ais.nmea;

/**
 * Builds NMEA lines for tests: a checksum for a sentence body, a tag block, and type 1 payloads with chosen field
 * values, encoded bit by bit after ITU-R M.1371 (independently of the decoder under test).
 */
public final class Sentences {

    private Sentences() {}

    /** {@code !} + body + {@code *} + its checksum. */
    public static String sentence(String body) {
        return "!" + body + "*" + checksum(body);
    }

    /** An NMEA 4 tag block with its checksum, e.g. {@code \s:2573135,c:1671620143*0B\}. */
    public static String tag(String body) {
        return "\\" + body + "*" + checksum(body) + "\\";
    }

    public static String checksum(String body) {
        int sum = 0;
        for (char c : body.toCharArray()) {
            sum ^= c;
        }
        return String.format("%02X", sum);
    }

    /**
     * A single-sentence type 1 position report.
     *
     * @param lon10k longitude in 1/10000 minute (181° = not available)
     * @param lat10k latitude in 1/10000 minute (91° = not available)
     * @param speed in 1/10 knot, 1023 = not available
     * @param course in 1/10 degree, 3600 = not available
     * @param heading degrees, 511 = not available
     */
    public static String type1(int mmsi, int status, int speed, long lon10k, long lat10k, int course, int heading) {
        Bits bits = new Bits()
                .add(1, 6)
                .add(0, 2)
                .add(mmsi, 30)
                .add(status, 4)
                .add(128, 8) // rate of turn not available
                .add(speed, 10)
                .add(0, 1)
                .add(lon10k, 28)
                .add(lat10k, 27)
                .add(course, 12)
                .add(heading, 9)
                .add(60, 6)
                .add(0, 2 + 3 + 1 + 19);
        return sentence("AIVDM,1,1,,A," + bits.armored() + ",0");
    }

    /** Bits in order, armored into six-bit ASCII as AIVDM payloads are. */
    private static final class Bits {
        private final StringBuilder bits = new StringBuilder();

        Bits add(long value, int width) {
            for (int i = width - 1; i >= 0; i--) {
                bits.append(((value >> i) & 1) == 1 ? '1' : '0');
            }
            return this;
        }

        String armored() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < bits.length(); i += 6) {
                int v = Integer.parseInt(bits.substring(i, i + 6), 2);
                out.append((char) (v < 40 ? v + 48 : v + 56));
            }
            return out.toString();
        }
    }
}
