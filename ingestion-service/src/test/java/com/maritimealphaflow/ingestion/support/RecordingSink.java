package com.maritimealphaflow.ingestion.support;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.ais.AisMessageSink;
import com.maritimealphaflow.ingestion.ais.RejectReason;
import com.maritimealphaflow.model.ais.AisReport;
import com.maritimealphaflow.model.ais.PositionReport;
import com.maritimealphaflow.model.ais.StaticReport;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a decoder or source hands on, for assertions; safe to call from a source's thread. */
public final class RecordingSink implements AisMessageSink {

    private final List<AisDecoding> decodings = new ArrayList<>();

    @Override
    public synchronized void accept(AisDecoding decoding) {
        decodings.add(decoding);
    }

    public synchronized List<AisDecoding> all() {
        return List.copyOf(decodings);
    }

    /** Everything but {@code Incomplete}: what a batch counts as received messages. */
    public synchronized List<AisDecoding> messages() {
        return decodings.stream()
                .filter(d -> !(d instanceof AisDecoding.Incomplete))
                .toList();
    }

    public synchronized List<AisReport> reports() {
        return decodings.stream()
                .filter(AisDecoding.Reports.class::isInstance)
                .flatMap(d -> ((AisDecoding.Reports) d).reports().stream())
                .toList();
    }

    public List<PositionReport> positions() {
        return reports().stream()
                .filter(PositionReport.class::isInstance)
                .map(PositionReport.class::cast)
                .toList();
    }

    public List<StaticReport> statics() {
        return reports().stream()
                .filter(StaticReport.class::isInstance)
                .map(StaticReport.class::cast)
                .toList();
    }

    public synchronized List<RejectReason> rejections() {
        return decodings.stream()
                .filter(AisDecoding.Rejected.class::isInstance)
                .map(d -> ((AisDecoding.Rejected) d).reason())
                .toList();
    }

    public synchronized List<String> skipped() {
        return decodings.stream()
                .filter(AisDecoding.Skipped.class::isInstance)
                .map(d -> ((AisDecoding.Skipped) d).kind())
                .toList();
    }

    public synchronized void clear() {
        decodings.clear();
    }
}
