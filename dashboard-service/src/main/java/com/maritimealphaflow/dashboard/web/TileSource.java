package com.maritimealphaflow.dashboard.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the map's tiles come from, as a Content-Security-Policy source. */
final class TileSource {

    private static final Pattern ABSOLUTE = Pattern.compile("^(https?)://([^/?#]+)");

    private TileSource() {}

    /**
     * The CSP source that admits a Leaflet URL template's tiles: {@code https://tile.openstreetmap.org}, or
     * {@code https://*.tile.example.org} for a {@code {s}} subdomain; the scheme alone when the host has other
     * placeholders; null for no tiles or a relative template ('self' covers it).
     */
    static String origin(String template) {
        if (template == null) {
            return null;
        }
        Matcher m = ABSOLUTE.matcher(template);
        if (!m.find()) {
            return null;
        }
        String host = m.group(2).replace("{s}", "*");
        if (host.contains("{") || host.indexOf('*') > 0) {
            return m.group(1) + ":";
        }
        return m.group(1) + "://" + host;
    }
}
