package com.maritimealphaflow.ingestion.ais.replay;

import com.maritimealphaflow.ingestion.IngestionProperties;
import com.maritimealphaflow.ingestion.ais.AisMessageSink;
import com.maritimealphaflow.ingestion.ais.AisSource;
import com.maritimealphaflow.ingestion.ais.AisSourceException;
import com.maritimealphaflow.ingestion.ais.StreamControl;
import com.maritimealphaflow.ingestion.ais.aisstream.AisstreamMessageDecoder;
import com.maritimealphaflow.model.ais.AisSourceKind;
import java.time.Clock;

public final class ReplaySource implements AisSource {

    public ReplaySource(IngestionProperties.Replay settings, AisstreamMessageDecoder jsonDecoder, Clock clock) {}

    @Override
    public AisSourceKind kind() {
        return AisSourceKind.REPLAY;
    }

    @Override
    public boolean finite() {
        return true;
    }

    @Override
    public void stream(AisMessageSink sink, StreamControl control) {
        throw new AisSourceException("not written yet");
    }
}
