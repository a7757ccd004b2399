package com.maritimealphaflow.ingestion.ais;

import com.maritimealphaflow.model.ais.AisReport;
import java.util.List;

/**
 * What one received AIS message turned into. Every source decodes its raw frames, lines or sentences into these
 * and hands them to an {@link AisMessageSink}, which counts and stores them the same way for every source.
 */
public sealed interface AisDecoding {

    /** A message decoded into one or more reports (a type 19 carries a position and static data). */
    record Reports(List<AisReport> reports) implements AisDecoding {
        public Reports {
            reports = List.copyOf(reports);
        }

        public static Reports of(AisReport... reports) {
            return new Reports(List.of(reports));
        }
    }

    /** A message that could not be used, with the reason it is counted under and a detail for the log. */
    record Rejected(RejectReason reason, String detail) implements AisDecoding {}

    /** A well-formed message this project does not store (e.g. a base station report), counted by kind. */
    record Skipped(String kind) implements AisDecoding {}

    /** One part of a multi-sentence message whose other parts have not arrived yet: not a message yet. */
    record Incomplete() implements AisDecoding {
        public static final Incomplete INSTANCE = new Incomplete();
    }
}
