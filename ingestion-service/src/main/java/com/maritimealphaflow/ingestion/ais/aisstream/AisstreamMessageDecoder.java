package com.maritimealphaflow.ingestion.ais.aisstream;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.ais.RejectReason;

/** Decodes one aisstream.io JSON message into reports. Stateless and thread-safe. */
public final class AisstreamMessageDecoder {

    public AisDecoding decode(String json) {
        return new AisDecoding.Rejected(RejectReason.UNPARSABLE_JSON, "decoder not written yet");
    }
}
