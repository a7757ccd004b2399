package com.maritimealphaflow.model.market.calendar;

import java.time.Instant;
import java.time.LocalDate;

/** One trading day's regular session, {@code [open, close)}. */
public record Session(LocalDate date, Instant open, Instant close) {}
