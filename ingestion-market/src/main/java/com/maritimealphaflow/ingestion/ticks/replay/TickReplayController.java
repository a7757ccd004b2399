package com.maritimealphaflow.ingestion.ticks.replay;

import com.maritimealphaflow.service.ApiError;
import com.maritimealphaflow.service.jobs.JobResponses;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/ticks/replays} starts a replay of tick files (202 with the job and its address); {@code GET
 * /api/ticks/replays} lists the latest, {@code GET /api/ticks/replays/{id}} shows one with its files, {@code DELETE
 * /api/ticks/replays/{id}} cancels it. Writes need the admin token (service-support's filter, whatever the path).
 */
@RestController
@RequestMapping("/api/ticks/replays")
class TickReplayController {

    static final int MAX_LIMIT = 100;

    private final TickReplayService replays;

    TickReplayController(TickReplayService replays) {
        this.replays = replays;
    }

    @PostMapping
    ResponseEntity<TickReplay> request(@RequestBody(required = false) TickReplayRequest request) {
        TickReplay job = replays.request(request);
        return JobResponses.accepted(job, job.id());
    }

    @GetMapping
    List<TickReplay> recent(
            @RequestParam(defaultValue = "20") int limit, @RequestParam(required = false) String status) {
        JobResponses.checkLimit(limit, MAX_LIMIT);
        return replays.recent(limit, status);
    }

    @GetMapping("/{id}")
    TickReplay one(@PathVariable long id) {
        return replays.get(id);
    }

    @DeleteMapping("/{id}")
    TickReplay cancel(@PathVariable long id) {
        return replays.cancel(id);
    }

    @ExceptionHandler(ReplayEndedException.class)
    ResponseEntity<ApiError> ended(ReplayEndedException e) {
        return JobResponses.conflict(e.getMessage());
    }
}
