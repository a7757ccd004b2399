package com.maritimealphaflow.dashboard;

import com.maritimealphaflow.model.ais.AisText;
import java.util.Locale;

/** AIS free text as the dashboard shows it. */
public final class VesselText {

    private VesselText() {}

    /**
     * A destination (or name) normalised: AIS padding ({@code @}) and surrounding or repeated spaces removed, as the
     * ingestion service stores new reports, then upper-cased, so that " rotterdam@@" and "ROTTERDAM" are one
     * destination. Null when nothing is left.
     */
    public static String normalised(String raw) {
        String clean = AisText.clean(raw);
        return clean == null ? null : clean.toUpperCase(Locale.ROOT);
    }
}
