package com.maritimealphaflow.dashboard.pipeline;

import java.time.Duration;

/** Durations as people read them in a sentence: "45 seconds", "5 minutes", "2 h 5 min", "3 days 4 h". */
final class HumanDuration {

    private HumanDuration() {}

    static String of(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return plural(seconds, "second");
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return plural(minutes, "minute");
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return minutes % 60 == 0 ? plural(hours, "hour") : hours + " h " + minutes % 60 + " min";
        }
        long days = hours / 24;
        return hours % 24 == 0 ? plural(days, "day") : plural(days, "day") + " " + hours % 24 + " h";
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
