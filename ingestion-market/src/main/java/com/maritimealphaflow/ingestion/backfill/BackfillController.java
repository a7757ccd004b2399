package com.maritimealphaflow.ingestion.backfill;

import com.maritimealphaflow.service.ApiError;
import com.maritimealphaflow.service.BadRequestException;
import java.util.List;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

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
        return ResponseEntity.accepted()
                .location(ServletUriComponentsBuilder.fromCurrentRequestUri()
                        .path("/{id}")
                        .buildAndExpand(backfill.id())
                        .toUri())
                .body(backfill);
    }

    @GetMapping
    List<Backfill> recent(@RequestParam(defaultValue = "20") int limit, @RequestParam(required = false) String status) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestException("limit", "'limit' must be between 1 and " + MAX_LIMIT);
        }
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
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(new ApiError(
                        HttpStatus.CONFLICT.value(), HttpStatus.CONFLICT.getReasonPhrase(), null, e.getMessage()));
    }
}
