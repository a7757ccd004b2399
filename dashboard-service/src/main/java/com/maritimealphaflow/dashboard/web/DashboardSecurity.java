package com.maritimealphaflow.dashboard.web;

import static org.springframework.security.config.Customizer.withDefaults;

import com.maritimealphaflow.dashboard.DashboardProperties;
import jakarta.servlet.DispatcherType;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CompositeHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The optional login: with {@code DASHBOARD_USER} and {@code DASHBOARD_PASSWORD} set, every page and endpoint needs
 * HTTP Basic auth except the health endpoint the container checks; without them everything is open. Either way the
 * dashboard only answers reads, and region edits with the admin token ({@link AdminTokenCheck}): any other write is
 * refused.
 */
@Configuration(proxyBeanMethods = false)
public class DashboardSecurity {

    private static final Logger log = LoggerFactory.getLogger(DashboardSecurity.class);

    @Bean
    SecurityFilterChain dashboardFilterChain(
            HttpSecurity http, DashboardProperties properties, @Value("${alphaflow.admin-token:}") String adminToken)
            throws Exception {
        boolean login = properties.login().enabled();
        RequestMatcher edits = new OrRequestMatcher(regionEdits());
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers(EndpointRequest.to("health")).permitAll();
                    // The event stream's later dispatches (completion, timeout) belong to a request already let in;
                    // the login filter does not run on them again.
                    requests.dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll();
                    requests.requestMatchers(edits).hasRole(AdminTokenCheck.ROLE);
                    for (HttpMethod read : List.of(HttpMethod.GET, HttpMethod.HEAD)) {
                        if (login) {
                            requests.requestMatchers(read).authenticated();
                        } else {
                            requests.requestMatchers(read).permitAll();
                        }
                    }
                    // Backtests and lead-lag studies are computed from a posted document and store nothing, so
                    // they are reads too; cancelling a search only stops a computation.
                    for (RequestMatcher backtests : backtestComputations()) {
                        if (login) {
                            requests.requestMatchers(backtests).authenticated();
                        } else {
                            requests.requestMatchers(backtests).permitAll();
                        }
                    }
                    requests.anyRequest().denyAll();
                })
                // A forged backtest request changes nothing stored, so it needs no CSRF token; an edit carries the
                // admin token in a header, which no other site can make a browser send.
                .csrf(csrf ->
                        csrf.ignoringRequestMatchers(backtestComputations()).ignoringRequestMatchers(edits))
                .addFilterAfter(new AdminTokenCheck(adminToken, edits), BasicAuthenticationFilter.class)
                .httpBasic(withDefaults())
                // Stateless: each request carries its credentials, so any instance behind a balancer can answer.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.addHeaderWriter(contentSecurityPolicy(properties)));
        return http.build();
    }

    private static RequestMatcher[] backtestComputations() {
        return new RequestMatcher[] {
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/backtests/**"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.DELETE, "/api/backtests/optimizations/jobs/*"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/research/lead-lag"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/pairs/backtests")
        };
    }

    private static RequestMatcher[] regionEdits() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new RequestMatcher[] {
            paths.matcher(HttpMethod.POST, "/api/regions"),
            paths.matcher(HttpMethod.PUT, "/api/regions/*"),
            paths.matcher(HttpMethod.DELETE, "/api/regions/*"),
            // a pair screen stores its results and takes the CPU for a while: an edit too
            paths.matcher(HttpMethod.POST, "/api/pairs/screens"),
            paths.matcher(HttpMethod.DELETE, "/api/pairs/screens/*")
        };
    }

    @Bean
    UserDetailsService dashboardUsers(DashboardProperties properties, DigestPasswordEncoder encoder) {
        DashboardProperties.Login login = properties.login();
        if (!login.enabled()) {
            log.info("Dashboard login off: set DASHBOARD_USER and DASHBOARD_PASSWORD to require one");
            // An empty user store keeps Boot from inventing a user with a generated password.
            return new InMemoryUserDetailsManager();
        }
        log.info("Dashboard login on for user '{}'", login.user());
        return new InMemoryUserDetailsManager(User.withUsername(login.user())
                .password(encoder.encode(login.password()))
                .roles("VIEWER")
                .build());
    }

    @Bean
    DigestPasswordEncoder passwordEncoder() {
        return new DigestPasswordEncoder();
    }

    /**
     * Scripts, styles and images from this server only, tiles from the tile server too. The API docs' bundled UI
     * sets inline styles, so its pages allow those and nothing else more.
     */
    private static HeaderWriter contentSecurityPolicy(DashboardProperties properties) {
        String tiles = TileSource.origin(properties.map().effectiveTileUrl());
        String common = "; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
                + " frame-ancestors 'none'; form-action 'self'";
        RequestMatcher apiDocs = PathPatternRequestMatcher.withDefaults().matcher("/api-docs/**");
        return new CompositeHeaderWriter(List.of(
                new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(apiDocs),
                        new StaticHeadersWriter(
                                "Content-Security-Policy",
                                "default-src 'self'; img-src 'self' data:" + (tiles == null ? "" : " " + tiles)
                                        + "; style-src 'self'" + common)),
                new DelegatingRequestMatcherHeaderWriter(
                        apiDocs,
                        new StaticHeadersWriter(
                                "Content-Security-Policy",
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'"
                                        + common))));
    }
}
