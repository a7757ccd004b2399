package com.maritimealphaflow.dashboard.pairs;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A pair screen as stored: its job state and progress, its settings, and once completed what it found.
 *
 * @param trigger {@code api} or {@code schedule}
 * @param instruments instruments in the universe read
 * @param dropped instruments left out, with the reason ({@code [{symbol, observations, coverage, reason}]})
 * @param clusters the PCA and density clusters, when asked for
 */
public record Screen(
        long id,
        String status,
        String trigger,
        Instant createdAt,
        Instant startedAt,
        Instant endedAt,
        String error,
        ScreenSettings settings,
        long pairsTotal,
        long pairsDone,
        Integer instruments,
        Integer eligible,
        Long candidatePairs,
        Long pairsTested,
        Long passing,
        Long skipped,
        JsonNode dropped,
        JsonNode clusters) {

    /** Whether the screen may still change. */
    public boolean active() {
        return List.of("queued", "running").contains(status);
    }
}
