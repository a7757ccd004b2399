package com.maritimealphaflow.dashboard.ticks;

import java.net.URI;
import java.net.URISyntaxException;

/** The webhook's address as logs and errors may show it: no user info, no query (either may carry a secret). */
public final class WebhookUrl {

    private WebhookUrl() {}

    public static String masked(String url) {
        try {
            URI uri = new URI(url.strip());
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            return uri.getScheme() + "://" + uri.getHost() + port + (uri.getRawPath() == null ? "" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?…");
        } catch (URISyntaxException | RuntimeException e) {
            return "(an unparseable URL)";
        }
    }
}
