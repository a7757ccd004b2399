package com.maritimealphaflow.ingestion.ais.simulator;

import java.util.SplittableRandom;

/** Made-up but ship-like names, at most 20 characters as AIS allows, in the style of each kind of vessel. */
final class Names {

    private static final String[] ADJECTIVES = {
        "NORDIC", "PACIFIC", "ATLANTIC", "GOLDEN", "SILVER", "ORIENT", "BALTIC", "CAPE", "STAR", "GRAND",
        "OCEAN", "NORTHERN", "SOUTHERN", "EASTERN", "CORAL", "JADE", "AURORA", "IRON", "ROYAL", "BLUE"
    };
    private static final String[] NOUNS = {
        "SPIRIT", "PRIDE", "WAVE", "HORIZON", "TRADER", "VOYAGER", "GLORY", "FORTUNE", "EXPLORER", "PIONEER",
        "HARMONY", "NAVIGATOR", "CARRIER", "ENDEAVOUR", "DAWN", "FALCON", "PHOENIX", "LOTUS", "SUMMIT", "MERIDIAN"
    };
    private static final String[] LEISURE = {
        "SEA BREEZE", "WINDSONG", "BLUE MOON", "FREEDOM", "SERENITY", "MOONDANCE", "SALTY DOG", "ALBATROSS",
        "KESTREL", "ODYSSEY", "LADY GRACE", "SEAGULL", "WANDERER", "PIPE DREAM", "AQUAMARINE", "SOLSTICE"
    };
    private static final String[] NUMERALS = {"", "", "", " II", " III", " IV", " V"};

    private Names() {}

    static String of(Fleet.Profile profile, SplittableRandom random) {
        String noun = pick(NOUNS, random);
        String name;
        switch (profile) {
            case PLEASURE -> name = pick(LEISURE, random) + pick(NUMERALS, random);
            case TUG -> name = noun + " " + random.nextInt(1, 40);
            case FISHING -> name = pick(ADJECTIVES, random) + " " + noun + " " + random.nextInt(1, 300);
            case MILITARY -> name = (random.nextBoolean() ? "PATROL " : "COAST GUARD ") + random.nextInt(10, 999);
            case HIGH_SPEED_CRAFT -> name = pick(ADJECTIVES, random) + " JET " + random.nextInt(1, 12);
            case PASSENGER -> name = pick(ADJECTIVES, random) + (random.nextBoolean() ? " EXPRESS" : " " + noun);
            default -> name = pick(ADJECTIVES, random) + " " + noun + pick(NUMERALS, random);
        }
        return name.length() <= 20 ? name : name.substring(0, 20).strip();
    }

    private static String pick(String[] words, SplittableRandom random) {
        return words[random.nextInt(words.length)];
    }
}
