package com.maritimealphaflow.ingestion.ais;

import com.maritimealphaflow.ingestion.ais.aisstream.AisstreamMessageDecoder;
import com.maritimealphaflow.ingestion.ais.aisstream.AisstreamSource;
import com.maritimealphaflow.ingestion.ais.nmea.NmeaTcpSource;
import com.maritimealphaflow.ingestion.ais.nmea.NmeaUdpSource;
import com.maritimealphaflow.ingestion.ais.replay.ReplaySource;
import com.maritimealphaflow.ingestion.ais.simulator.SimulatorSource;
import com.maritimealphaflow.model.ais.AisSourceKind;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the one AIS source {@code AIS_SOURCE} asks for, and refuses to start when it lacks what it needs. */
@Configuration(proxyBeanMethods = false)
class AisSources {

    @Bean
    AisSource aisSource(AisProperties properties, Clock clock) {
        AisProperties ais = properties;
        return switch (chooseKind(ais)) {
            case AISSTREAM -> {
                if (blank(ais.aisstream().apiKey())) {
                    throw new IllegalStateException("AIS_SOURCE=aisstream needs AISSTREAM_API_KEY (a free key from"
                            + " aisstream.io); without one, use AIS_SOURCE=nmea-tcp or simulator");
                }
                yield new AisstreamSource(ais.aisstream(), new AisstreamMessageDecoder(), clock);
            }
            case NMEA_TCP -> new NmeaTcpSource(ais.nmea(), clock);
            case NMEA_UDP -> new NmeaUdpSource(ais.nmea(), clock);
            case REPLAY -> {
                if (ais.replay().file() == null
                        || ais.replay().file().toString().isBlank()) {
                    throw new IllegalStateException("AIS_SOURCE=replay needs AIS_REPLAY_FILE, the path of a file of"
                            + " aisstream JSON lines or NMEA sentences");
                }
                yield new ReplaySource(ais.replay(), new AisstreamMessageDecoder(), clock);
            }
            case SIMULATOR -> new SimulatorSource(ais.simulator(), clock);
            case NOAA, DMA, NMEA_ARCHIVE, CSV_ARCHIVE -> throw new IllegalStateException(
                    "AIS_SOURCE cannot name an archive; history is imported with POST /api/ais/imports");
        };
    }

    /** {@code AIS_SOURCE} if set, else aisstream when a key is configured and the open NMEA feed when not. */
    static AisSourceKind chooseKind(AisProperties ais) {
        if (!blank(ais.source())) {
            return AisSourceKind.fromKey(ais.source());
        }
        return blank(ais.aisstream().apiKey()) ? AisSourceKind.NMEA_TCP : AisSourceKind.AISSTREAM;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
