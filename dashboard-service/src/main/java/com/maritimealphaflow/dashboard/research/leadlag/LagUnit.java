package com.maritimealphaflow.dashboard.research.leadlag;

/** What one step of the aligned series is, for the summary sentence: {@code new LagUnit("day", "days")}. */
public record LagUnit(String singular, String plural) {

    public static final LagUnit HOUR = new LagUnit("hour", "hours");
    public static final LagUnit DAY = new LagUnit("day", "days");

    String of(int steps) {
        return steps + " " + (steps == 1 ? singular : plural);
    }
}
