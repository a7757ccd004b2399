package com.maritimealphaflow.dashboard.destinations;

import java.util.Map;

/**
 * Distinct vessels that reported one destination.
 *
 * @param destination normalised: trimmed, upper-case, AIS padding ({@code @}) and repeated spaces removed
 * @param perCategory vessels per category key, only the categories that have any
 */
public record DestinationCount(String destination, int vessels, Map<String, Integer> perCategory) {}
