package com.maritimealphaflow.ingestion.ais.nmea;

import com.maritimealphaflow.ingestion.IngestionProperties;
import com.maritimealphaflow.ingestion.ais.AisMessageSink;
import com.maritimealphaflow.ingestion.ais.AisSource;
import com.maritimealphaflow.ingestion.ais.AisSourceException;
import com.maritimealphaflow.ingestion.ais.StreamControl;
import com.maritimealphaflow.model.ais.AisSourceKind;
import java.time.Clock;

public final class NmeaUdpSource implements AisSource {

    public NmeaUdpSource(IngestionProperties.Nmea settings, Clock clock) {}

    @Override
    public AisSourceKind kind() {
        return AisSourceKind.NMEA_UDP;
    }

    @Override
    public void stream(AisMessageSink sink, StreamControl control) {
        throw new AisSourceException("not written yet");
    }
}
