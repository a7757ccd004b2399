package com.maritimealphaflow.ingestion.ais.simulator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Flag states for simulated vessels: their Maritime Identification Digits (the first three digits of an MMSI) and
 * call sign prefixes, weighted roughly by the share of world shipping each flag carries.
 */
final class Flags {

    record Flag(String country, int[] mids, String[] callSignPrefixes, double weight) {}

    private static final List<Flag> FLAGS = List.of(
            new Flag(
                    "Panama",
                    new int[] {351, 352, 353, 354, 355, 356, 357, 370, 371, 372, 373},
                    prefixes("3E", "3F", "HO", "HP"),
                    16),
            new Flag("Liberia", new int[] {636}, prefixes("A8", "D5", "5L"), 14),
            new Flag("Marshall Islands", new int[] {538}, prefixes("V7"), 12),
            new Flag("Hong Kong", new int[] {477}, prefixes("VR"), 8),
            new Flag("Singapore", new int[] {563, 564, 565, 566}, prefixes("9V"), 7),
            new Flag("Malta", new int[] {215, 229, 248, 249, 256}, prefixes("9H"), 6),
            new Flag("China", new int[] {412, 413, 414}, prefixes("B"), 5),
            new Flag("Bahamas", new int[] {308, 309, 311}, prefixes("C6"), 4),
            new Flag("Greece", new int[] {237, 239, 240, 241}, prefixes("SV", "SX"), 4),
            new Flag("Netherlands", new int[] {244, 245, 246}, prefixes("PB", "PC", "PD", "PH"), 3),
            new Flag("United Kingdom", new int[] {232, 233, 234, 235}, prefixes("M", "2"), 3),
            new Flag("Norway", new int[] {257, 258, 259}, prefixes("LA", "LN"), 3),
            new Flag("Denmark", new int[] {219, 220}, prefixes("OU", "OV", "OZ"), 2),
            new Flag("Germany", new int[] {211, 218}, prefixes("DA", "DC"), 2),
            new Flag("United States", new int[] {338, 366, 367, 368, 369}, prefixes("W", "K"), 3),
            new Flag("Malaysia", new int[] {533}, prefixes("9M"), 2),
            new Flag("Indonesia", new int[] {525}, prefixes("PK", "YB"), 2),
            new Flag("Egypt", new int[] {622}, prefixes("SU"), 1),
            new Flag("Japan", new int[] {431, 432}, prefixes("J"), 2),
            new Flag("South Korea", new int[] {440, 441}, prefixes("DS", "D7"), 2),
            new Flag("France", new int[] {226, 227, 228}, prefixes("F"), 1),
            new Flag("Spain", new int[] {224, 225}, prefixes("EA", "EB"), 1));

    private static final String CALL_SIGN_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private Flags() {}

    static Flag pick(SplittableRandom random) {
        double total = 0;
        for (Flag flag : FLAGS) total += flag.weight();
        double pick = random.nextDouble(total);
        for (Flag flag : FLAGS) {
            pick -= flag.weight();
            if (pick < 0) return flag;
        }
        return FLAGS.get(0);
    }

    /** The flag's prefix followed by letters and digits: five to seven characters, four to seven for small craft. */
    static String callSign(Flag flag, boolean classB, SplittableRandom random) {
        String prefix = flag.callSignPrefixes()[random.nextInt(flag.callSignPrefixes().length)];
        int length = random.nextInt(classB ? 4 : 5, 8);
        StringBuilder callSign = new StringBuilder(prefix);
        while (callSign.length() < length) {
            callSign.append(CALL_SIGN_CHARACTERS.charAt(random.nextInt(CALL_SIGN_CHARACTERS.length())));
        }
        return callSign.toString();
    }

    private static String[] prefixes(String... prefixes) {
        return prefixes;
    }
}
