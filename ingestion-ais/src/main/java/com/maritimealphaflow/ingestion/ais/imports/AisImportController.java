package com.maritimealphaflow.ingestion.ais.imports;

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
 * {@code POST /api/ais/imports} starts an AIS history import (202 with the job and its address); {@code GET
 * /api/ais/imports} lists the latest, {@code GET /api/ais/imports/{id}} shows one with its files, {@code DELETE
 * /api/ais/imports/{id}} cancels it. Writes need the admin token (service-support's filter).
 */
@RestController
@RequestMapping("/api/ais/imports")
class AisImportController {

    static final int MAX_LIMIT = 100;

    private final AisImportService imports;

    AisImportController(AisImportService imports) {
        this.imports = imports;
    }

    @PostMapping
    ResponseEntity<AisImport> request(@RequestBody(required = false) AisImportRequest request) {
        AisImport job = imports.request(request);
        return JobResponses.accepted(job, job.id());
    }

    @GetMapping
    List<AisImport> recent(
            @RequestParam(defaultValue = "20") int limit, @RequestParam(required = false) String status) {
        JobResponses.checkLimit(limit, MAX_LIMIT);
        return imports.recent(limit, status);
    }

    @GetMapping("/{id}")
    AisImport one(@PathVariable long id) {
        return imports.get(id);
    }

    @DeleteMapping("/{id}")
    AisImport cancel(@PathVariable long id) {
        return imports.cancel(id);
    }

    @ExceptionHandler(ImportEndedException.class)
    ResponseEntity<ApiError> ended(ImportEndedException e) {
        return JobResponses.conflict(e.getMessage());
    }
}
