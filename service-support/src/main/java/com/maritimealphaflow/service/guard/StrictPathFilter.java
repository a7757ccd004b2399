package com.maritimealphaflow.service.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with a 400 naming {@code path}, every request whose path could be read two ways: path parameters
 * ({@code ;x}), encoded separators, dots and percent signs ({@code %2F}, {@code %2e}, {@code %25}), {@code //},
 * {@code /./}, {@code /../}, backslashes and control characters, and methods outside the standard seven. Spring
 * Security's {@link StrictHttpFirewall} decides, as it does in front of the dashboard, so that what one service
 * refuses the others refuse too.
 */
class StrictPathFilter extends OncePerRequestFilter {

    private final StrictHttpFirewall firewall = new StrictHttpFirewall();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            firewall.getFirewalledRequest(request);
        } catch (RequestRejectedException e) {
            // The firewall's own message quotes the request; the answer does not.
            ErrorResponses.write(
                    response,
                    HttpStatus.BAD_REQUEST,
                    "path",
                    "The request's path or method is ambiguous or not allowed: no path parameters (;), encoded"
                            + " separators, dots or percent signs, empty, '.' or '..' segments, or backslashes.");
            return;
        }
        chain.doFilter(request, response);
    }
}
