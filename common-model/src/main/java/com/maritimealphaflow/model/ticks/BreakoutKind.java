package com.maritimealphaflow.model.ticks;

/** Which way the short EMA crossed the long one. */
public enum BreakoutKind {
    /** EMA38 rose above EMA100: EMA38 > EMA100 now, ≤ in the previous window. */
    BULLISH("bullish"),
    /** EMA38 fell below EMA100: EMA38 < EMA100 now, ≥ in the previous window. */
    BEARISH("bearish");

    private final String key;

    BreakoutKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static BreakoutKind of(String key) {
        for (BreakoutKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown breakout kind '" + key + "': bullish or bearish");
    }
}
