package com.maritimealphaflow.ingestion.ais;

/** Why a received message was not stored. The key is what {@code ingestion_log.rejected_reasons} counts it under. */
public enum RejectReason {
    UNPARSABLE_JSON("unparsable_json"),
    MISSING_FIELD("missing_field"),
    BAD_CHECKSUM("bad_checksum"),
    MALFORMED_SENTENCE("malformed_sentence"),
    /** A row of an archive file (CSV) with the wrong number of columns, an unparsable value or no end. */
    MALFORMED_ROW("malformed_row"),
    INCOMPLETE_MULTIPART("incomplete_multipart"),
    INVALID_MMSI("invalid_mmsi"),
    LATITUDE_NOT_AVAILABLE("latitude_not_available"),
    LATITUDE_OUT_OF_RANGE("latitude_out_of_range"),
    LONGITUDE_NOT_AVAILABLE("longitude_not_available"),
    LONGITUDE_OUT_OF_RANGE("longitude_out_of_range"),
    TIME_OUT_OF_RANGE("time_out_of_range"),
    /** An archived line that states no time: unlike a live feed, an archive has no clock to fall back on. */
    MISSING_TIME("missing_time"),
    BUFFER_FULL("buffer_full"),
    WRITE_FAILED("write_failed");

    private final String key;

    RejectReason(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
