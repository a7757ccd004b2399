package com.maritimealphaflow.ingestion.ais;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/** Backoff bounds for reconnecting to a feed or retrying a write. */
public record IngestionRetry(@NotNull Duration initial, @NotNull Duration max) {}
