package com.maritimealphaflow.service.jobs;

import com.maritimealphaflow.service.ApiError;
import com.maritimealphaflow.service.BadRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the job controllers (requested, listed, cancelled) answer alike. */
public final class JobResponses {

    private JobResponses() {}

    /** 202 with the new job and its address: the request's URI and the job's id. */
    public static <T> ResponseEntity<T> accepted(T job, long id) {
        return ResponseEntity.accepted()
                .location(ServletUriComponentsBuilder.fromCurrentRequestUri()
                        .path("/{id}")
                        .buildAndExpand(id)
                        .toUri())
                .body(job);
    }

    /** A 400 unless a list's {@code limit} lies between 1 and {@code max}. */
    public static void checkLimit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw new BadRequestException("limit", "'limit' must be between 1 and " + max);
        }
    }

    /** 409 with the reason: a job that had ended already cannot be changed. */
    public static ResponseEntity<ApiError> conflict(String message) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(new ApiError(HttpStatus.CONFLICT.value(), HttpStatus.CONFLICT.getReasonPhrase(), null, message));
    }
}
