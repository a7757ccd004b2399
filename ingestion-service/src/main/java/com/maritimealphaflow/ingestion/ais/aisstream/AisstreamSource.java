package com.maritimealphaflow.ingestion.ais.aisstream;

import com.maritimealphaflow.ingestion.IngestionProperties;
import com.maritimealphaflow.ingestion.ais.AisMessageSink;
import com.maritimealphaflow.ingestion.ais.AisSource;
import com.maritimealphaflow.ingestion.ais.AisSourceException;
import com.maritimealphaflow.ingestion.ais.StreamControl;
import com.maritimealphaflow.model.ais.AisSourceKind;
import java.time.Clock;

public final class AisstreamSource implements AisSource {

    public AisstreamSource(IngestionProperties.Aisstream settings, AisstreamMessageDecoder decoder, Clock clock) {}

    @Override
    public AisSourceKind kind() {
        return AisSourceKind.AISSTREAM;
    }

    @Override
    public void stream(AisMessageSink sink, StreamControl control) {
        throw new AisSourceException("not written yet");
    }
}
