package com.maritimealphaflow.ingestion.market.http;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Takes secrets out of text that may end up in a log line, {@code ingestion_log.error} or an API answer: the
 * configured key values themselves, and whatever looks like one whatever its value (a query's {@code apiKey=…}, an
 * {@code Authorization} or key header, a bearer token). Always over the whole text, before any cut: a text cut first
 * could end in the first characters of a key, which the full key no longer matches.
 */
public final class Secrets {

    static final String MASK = "***";

    /** {@code apiKey=…}, {@code api_key=…}, {@code token=…}, … in a query string or a form; value up to a delimiter. */
    private static final Pattern QUERY_SECRET = Pattern.compile(
            "(?i)\\b((?:api[_-]?key|apikey|access[_-]?token|token|secret(?:[_-]?key)?|key[_-]?id|password)\\s*=\\s*)"
                    + "[^&\\s\"',;}]+");

    /** Header lines and JSON members named like a key: {@code Authorization: …}, {@code "APCA-API-SECRET-KEY": "…"}. */
    private static final Pattern HEADER_SECRET = Pattern.compile(
            "(?i)(\"?(?:authorization|proxy-authorization|x-api-key|apca-api-key-id|apca-api-secret-key|api[_-]?key"
                    + "|apikey)\"?\\s*[:=]\\s*\"?)(?:bearer\\s+|basic\\s+)?[^\\s\"&,;}]+");

    private static final Pattern BEARER = Pattern.compile("(?i)(\\bbearer\\s+)[A-Za-z0-9._~+/=-]+");

    private final List<String> values;

    /** @param values the configured secrets; blanks and nulls are left out, longest first (one may hold another) */
    public Secrets(List<String> values) {
        this.values = values.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** The text with every secret replaced by {@code ***}. */
    public String scrub(String text) {
        if (text == null) {
            return "";
        }
        String clean = text;
        for (String secret : values) {
            clean = clean.replace(secret, MASK);
        }
        clean = QUERY_SECRET.matcher(clean).replaceAll("$1" + MASK);
        clean = HEADER_SECRET.matcher(clean).replaceAll("$1" + MASK);
        return BEARER.matcher(clean).replaceAll("$1" + MASK);
    }

    /** Scrubbed, then cut to at most {@code max} characters (and an ellipsis): in this order, never the other. */
    public String quote(String text, int max) {
        String clean = scrub(text).strip();
        return clean.length() > max ? clean.substring(0, max) + "…" : clean;
    }
}
