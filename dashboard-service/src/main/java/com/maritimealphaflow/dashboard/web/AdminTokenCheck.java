package com.maritimealphaflow.dashboard.web;

import com.maritimealphaflow.service.ApiError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin token on the dashboard's edits (regions), as the back-end services check it on their writes: {@code
 * Authorization: Bearer <ADMIN_TOKEN>}, compared in constant time, never logged or echoed. With no token set the edits
 * are refused (403, saying how to enable them); a missing or wrong token is a 401. A valid token alone is enough, also
 * when the dashboard login is on: the header cannot carry both, and whoever holds the admin token may do more than a
 * viewer. The filter runs inside Spring Security's chain, on exactly the requests the chain's rules call edits, so
 * the two cannot disagree on a path's spelling; any other write stays refused.
 */
final class AdminTokenCheck extends OncePerRequestFilter {

    static final String ROLE = "ADMIN";
    static final String DISABLED = "Region edits are disabled: set the dashboard's ADMIN_TOKEN environment variable"
            + " and send it as 'Authorization: Bearer <token>'.";

    private final byte[] token;
    private final RequestMatcher edits;
    private final JsonMapper json = JsonMapper.builder().build();

    AdminTokenCheck(String token, RequestMatcher edits) {
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
        this.edits = edits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !edits.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (token == null) {
            refuse(response, HttpStatus.FORBIDDEN, null, DISABLED);
            return;
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            refuse(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "Bearer",
                    "This request needs 'Authorization: Bearer <ADMIN_TOKEN>': only reads are open.");
            return;
        }
        byte[] offered = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(token, offered)) {
            refuse(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "Bearer error=\"invalid_token\"",
                    "The bearer token is not valid.");
            return;
        }
        SecurityContext context =
                SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin-token", null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String challenge, String message)
            throws IOException {
        if (challenge != null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write(json.writeValueAsString(new ApiError(status.value(), status.getReasonPhrase(), null, message)));
    }
}
