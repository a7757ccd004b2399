package com.maritimealphaflow.service;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the write endpoints ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE} under {@code /api/}) with
 * {@code Authorization: Bearer <ADMIN_TOKEN>}. With no token configured they are disabled: 403 with a body saying how
 * to enable them. A missing or wrong token is a 401. Reads are not guarded here. The token is compared in constant
 * time and never logged or echoed.
 */
public class AdminTokenFilter extends OncePerRequestFilter {

    private static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    static final String DISABLED = "Write endpoints are disabled: set the ADMIN_TOKEN environment variable of this"
            + " service and send it as 'Authorization: Bearer <token>'.";

    private final byte[] token;

    /** @param token the admin token, or null or blank to disable the write endpoints */
    public AdminTokenFilter(String token) {
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/api/") && WRITE_METHODS.contains(request.getMethod()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (token == null) {
            reject(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", DISABLED);
            return;
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            reject(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "Unauthorized",
                    "This endpoint needs 'Authorization: Bearer <ADMIN_TOKEN>'.");
            return;
        }
        byte[] offered = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(token, offered)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            reject(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "The bearer token is not valid.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void reject(HttpServletResponse response, int status, String error, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // Fixed texts only: nothing from the request is echoed.
        response.getWriter()
                .write("{\"status\":" + status + ",\"error\":\"" + error + "\",\"parameter\":null,\"message\":\""
                        + message.replace("\"", "\\\"") + "\"}");
    }
}
