package com.maritimealphaflow.ingestion.ais.store;

import com.maritimealphaflow.model.ais.AisSourceKind;
import com.maritimealphaflow.model.ais.PositionReport;
import com.maritimealphaflow.model.ais.StaticReport;
import java.util.List;

/**
 * Reports written together in one transaction.
 *
 * @param statics already merged: at most one per MMSI
 * @param staticMessages how many static-only messages were merged into {@code statics} (a type 19's static part
 *     travels with its position and is not counted here)
 */
public record AisChunk(
        AisSourceKind source, List<PositionReport> positions, List<StaticReport> statics, int staticMessages) {

    public int size() {
        return positions.size() + staticMessages;
    }
}
