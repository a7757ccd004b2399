package com.maritimealphaflow.cleanup.retention;

import com.maritimealphaflow.service.ApiError;
import com.maritimealphaflow.service.BadRequestException;
import com.maritimealphaflow.service.NotFoundException;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code POST /api/cleanup/runs} runs the cleanup now ({@code ?dryRun=true} only reports what would go; {@code
 * ?retention=P90D} applies another retention than {@code RETENTION_RAW} this once) and answers with its log entry;
 * {@code GET /api/cleanup/runs} lists the latest runs and {@code GET /api/cleanup/runs/{id}} shows one. The admin
 * token guarding the POST is service-support's.
 */
@RestController
@RequestMapping("/api/cleanup/runs")
class CleanupRunController {

    static final int MAX_LIMIT = 500;

    private final CleanupService cleanup;

    CleanupRunController(CleanupService cleanup) {
        this.cleanup = cleanup;
    }

    @PostMapping
    ResponseEntity<CleanupRun> run(
            @RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(required = false) Duration retention) {
        if (retention != null && !Retention.allowed(retention)) {
            throw new BadRequestException("retention", "'retention' " + Retention.refusal(retention));
        }
        CleanupRun run = cleanup.run(CleanupRequest.requested(retention, dryRun));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri()
                        .path("/{id}")
                        .buildAndExpand(run.id())
                        .toUri())
                .body(run);
    }

    @GetMapping
    List<CleanupRun> recent(@RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestException("limit", "'limit' must be between 1 and " + MAX_LIMIT);
        }
        return cleanup.recent(limit);
    }

    @GetMapping("/{id}")
    CleanupRun one(@PathVariable long id) {
        return cleanup.find(id).orElseThrow(() -> new NotFoundException("There is no cleanup run " + id));
    }

    @ExceptionHandler(CleanupInProgressException.class)
    ResponseEntity<ApiError> inProgress(CleanupInProgressException e) {
        return error(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(CleanupFailedException.class)
    ResponseEntity<ApiError> failed(CleanupFailedException e) {
        return error(
                HttpStatus.INTERNAL_SERVER_ERROR,
                e.getMessage() + " (its log: GET /api/cleanup/runs/" + e.runId() + ")");
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String message) {
        return ResponseEntity.status(status)
                .body(new ApiError(status.value(), status.getReasonPhrase(), null, message));
    }
}
