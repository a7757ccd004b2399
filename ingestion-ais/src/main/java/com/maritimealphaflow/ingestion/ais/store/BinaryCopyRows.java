package com.maritimealphaflow.ingestion.ais.store;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * Rows in PostgreSQL's binary COPY format: no number is formatted as text on our side or parsed on the server's, which
 * is most of the cost of a text COPY of position rows. Each row is a field count followed by length-prefixed fields in
 * network byte order; see "COPY … Binary Format" in the PostgreSQL manual.
 */
final class BinaryCopyRows {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** timestamptz is sent as microseconds since 2000-01-01T00:00:00Z. */
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

    private byte[] buffer;
    private int size;

    BinaryCopyRows(int expectedBytes) {
        buffer = new byte[Math.max(64, expectedBytes)];
        for (byte b : SIGNATURE) {
            buffer[size++] = b;
        }
        putInt(0); // flags: no OIDs
        putInt(0); // no header extension
    }

    BinaryCopyRows row(int fields) {
        putShort(fields);
        return this;
    }

    BinaryCopyRows int4(int value) {
        putInt(4);
        putInt(value);
        return this;
    }

    BinaryCopyRows int2(Integer value) {
        if (value == null) {
            return nullField();
        }
        putInt(2);
        putShort(value);
        return this;
    }

    BinaryCopyRows float8(double value) {
        putInt(8);
        putLong(Double.doubleToRawLongBits(value));
        return this;
    }

    BinaryCopyRows float4(Double value) {
        if (value == null) {
            return nullField();
        }
        putInt(4);
        putInt(Float.floatToRawIntBits(value.floatValue()));
        return this;
    }

    BinaryCopyRows timestamptz(Instant value) {
        long micros = Math.addExact(Math.multiplyExact(value.getEpochSecond(), 1_000_000L), value.getNano() / 1_000);
        putInt(8);
        putLong(micros - POSTGRES_EPOCH_MICROS);
        return this;
    }

    BinaryCopyRows text(byte[] utf8) {
        putInt(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, buffer, size, utf8.length);
        size += utf8.length;
        return this;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The rows with the end-of-data marker, ready for {@code COPY … FROM STDIN (FORMAT binary)}. */
    InputStream finish() {
        putShort(-1);
        return new ByteArrayInputStream(buffer, 0, size);
    }

    private BinaryCopyRows nullField() {
        putInt(-1);
        return this;
    }

    private void putShort(int v) {
        ensure(2);
        buffer[size++] = (byte) (v >>> 8);
        buffer[size++] = (byte) v;
    }

    private void putInt(int v) {
        ensure(4);
        buffer[size++] = (byte) (v >>> 24);
        buffer[size++] = (byte) (v >>> 16);
        buffer[size++] = (byte) (v >>> 8);
        buffer[size++] = (byte) v;
    }

    private void putLong(long v) {
        putInt((int) (v >>> 32));
        putInt((int) v);
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
