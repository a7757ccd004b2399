package com.maritimealphaflow.ingestion.ais.store;

import com.maritimealphaflow.model.ais.AisSourceKind;
import com.maritimealphaflow.model.ais.PositionReport;
import com.maritimealphaflow.model.ais.StaticReport;
import java.util.List;

/**
 * Reports written together in one transaction, with what that transaction adds to their batch's {@code ingestion_log}
 * row.
 *
 * @param statics already merged: at most one per MMSI
 * @param staticMessages how many static-only messages were merged into {@code statics} (a type 19's static part
 *     travels with its position and is not counted here)
 * @param batchId the {@code ingestion_log} row of the batch
 * @param counts the messages this chunk accounts for: its reports, and the messages the batch rejected or skipped
 *     since its previous chunk; not yet what was stored, which the write adds
 */
public record AisChunk(
        AisSourceKind source,
        List<PositionReport> positions,
        List<StaticReport> statics,
        int staticMessages,
        long batchId,
        BatchCounts counts) {

    public int size() {
        return positions.size() + staticMessages;
    }
}
