package com.maritimealphaflow.ingestion.backfill;

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
 * {@code POST /api/backfills} starts a backfill (202 with its id, progress and address); {@code GET /api/backfills}
 * lists the latest, {@code GET /api/backfills/{id}} shows one with its steps, {@code DELETE /api/backfills/{id}}
 * cancels it. Writes need the admin token (service-support's filter).
 */
@RestController
@RequestMapping("/api/backfills")
class BackfillController {

    static final int MAX_LIMIT = 500;

    private final BackfillService backfills;

    BackfillController(BackfillService backfills) {
        this.backfills = backfills;
    }

    @PostMapping
    ResponseEntity<Backfill> request(@RequestBody(required = false) BackfillRequest request) {
        Backfill backfill = backfills.request(request);
        return JobResponses.accepted(backfill, backfill.id());
    }

    @GetMapping
    List<Backfill> recent(@RequestParam(defaultValue = "20") int limit, @RequestParam(required = false) String status) {
        JobResponses.checkLimit(limit, MAX_LIMIT);
        return backfills.recent(limit, status);
    }

    @GetMapping("/{id}")
    Backfill one(@PathVariable long id) {
        return backfills.get(id);
    }

    @DeleteMapping("/{id}")
    Backfill cancel(@PathVariable long id) {
        return backfills.cancel(id);
    }

    @ExceptionHandler(BackfillEndedException.class)
    ResponseEntity<ApiError> ended(BackfillEndedException e) {
        return JobResponses.conflict(e.getMessage());
    }
}
