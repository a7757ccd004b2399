package com.maritimealphaflow.model.ticks;

/** Why a data row of a tick file gave no event; rows are counted per reason, never fatal. */
public enum TickSkipReason {
    /** {@code Last} empty or zero: a quote update without a trade price. */
    NO_PRICE("no-price"),
    /** Neither {@code Trading time}/{@code Trading date} nor {@code Time}/{@code Date} give a time. */
    NO_TIME("no-time"),
    /** Too few fields, no symbol, or a price or time that does not parse. */
    MALFORMED("malformed");

    private final String key;

    TickSkipReason(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
