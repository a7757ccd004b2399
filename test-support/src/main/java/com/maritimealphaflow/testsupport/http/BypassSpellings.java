package com.maritimealphaflow.testsupport.http;

import java.util.List;

/**
 * The spellings of a three-segment path ({@code /api/cleanup/runs}) that scanners try against a guard that matches on
 * the path: path parameters, encoded letters, separators and dots, doubled slashes, dot segments, backslashes, NUL,
 * case, trailing slashes and suffixes. A guard passes when none of them reaches the endpoint without the token.
 */
public final class BypassSpellings {

    private static final List<String> TEMPLATES = List.of(
            "/{a};x/{b}/{c}",
            "/{a}/{b};x/{c}",
            "/{a}/{b}/{c};jsessionid=1",
            "/%61pi/{b}/{c}",
            "/{a}%2F{b}/{c}",
            "/{a}%2f{b}%2f{c}",
            "//{a}/{b}/{c}",
            "/./{a}/{b}/{c}",
            "/x/../{a}/{b}/{c}",
            "/{a}/./{b}/{c}",
            "/{a}/%2e/{b}/{c}",
            "/{a}/%252e/{b}/{c}",
            "/{a}\\{b}\\{c}",
            "/{a}/{b}/{c}%00",
            "/API/{b}/{c}",
            "/{a}/{b}/{c}/",
            "/{a}/{b}/{c}.json",
            "/{a}/{b}/%2e%2e/{b}/{c}",
            "/{a}/{b}/{c}%3Bx",
            "/{a}/{b}/{c}%20");

    private BypassSpellings() {}

    /** Every spelling of {@code /a/b/c}, exactly as it is to go on the wire. */
    public static List<String> of(String a, String b, String c) {
        return TEMPLATES.stream()
                .map(t -> t.replace("{a}", a).replace("{b}", b).replace("{c}", c))
                .toList();
    }
}
