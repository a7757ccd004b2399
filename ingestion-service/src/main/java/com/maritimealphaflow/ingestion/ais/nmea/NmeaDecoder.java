package com.maritimealphaflow.ingestion.ais.nmea;

import com.maritimealphaflow.ingestion.ais.AisMessageSink;
import java.time.Clock;

/** Decodes NMEA AIVDM/AIVDO lines, reassembling multi-sentence messages. One per stream; not thread-safe. */
public final class NmeaDecoder {

    public NmeaDecoder(Clock clock) {}

    /** Decodes one line (optionally with a tag block) into zero or more decodings for the sink. */
    public void decode(String line, AisMessageSink sink) {}

    /** At the end of a stream: fragments still waiting for their other parts are rejected. */
    public void finish(AisMessageSink sink) {}
}
