package com.maritimealphaflow.service.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards every request that is not a read ({@code GET} or {@code HEAD}) with {@code Authorization: Bearer
 * <ADMIN_TOKEN>}, whatever path it names: the guard never has to agree with the router on how a path is spelled
 * ({@code /api;x/...}, {@code /%61pi/...}), because it does not look at the path at all. With no token configured
 * such requests are refused: 403 with a body saying how to enable them. A missing or wrong token is a 401. The token
 * is compared in constant time and never logged or echoed.
 */
class AdminTokenFilter extends OncePerRequestFilter {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");

    static final String DISABLED = "Write endpoints are disabled: set the ADMIN_TOKEN environment variable of this"
            + " service and send it as 'Authorization: Bearer <token>'.";

    private final byte[] token;

    /** @param token the admin token, or null or blank to disable the write endpoints */
    AdminTokenFilter(String token) {
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return READ_METHODS.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (token == null) {
            ErrorResponses.write(response, HttpStatus.FORBIDDEN, null, DISABLED);
            return;
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            ErrorResponses.write(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    null,
                    "This request needs 'Authorization: Bearer <ADMIN_TOKEN>': only GET and HEAD are open.");
            return;
        }
        byte[] offered = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(token, offered)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            ErrorResponses.write(response, HttpStatus.UNAUTHORIZED, null, "The bearer token is not valid.");
            return;
        }
        chain.doFilter(request, response);
    }
}
