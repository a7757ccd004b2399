package com.maritimealphaflow.ingestion.ais.simulator;

import com.maritimealphaflow.ingestion.IngestionProperties;
import com.maritimealphaflow.ingestion.ais.AisMessageSink;
import com.maritimealphaflow.ingestion.ais.AisSource;
import com.maritimealphaflow.ingestion.ais.AisSourceException;
import com.maritimealphaflow.ingestion.ais.StreamControl;
import com.maritimealphaflow.model.ais.AisSourceKind;
import java.time.Clock;

public final class SimulatorSource implements AisSource {

    public SimulatorSource(IngestionProperties.Simulator settings, Clock clock) {}

    @Override
    public AisSourceKind kind() {
        return AisSourceKind.SIMULATOR;
    }

    @Override
    public void stream(AisMessageSink sink, StreamControl control) {
        throw new AisSourceException("not written yet");
    }
}
