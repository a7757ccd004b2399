package com.maritimealphaflow.service.retry;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/** Backoff bounds for reconnecting to a feed or retrying a write. */
public record RetrySettings(@NotNull Duration initial, @NotNull Duration max) {}
