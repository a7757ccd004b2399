package com.maritimealphaflow.aggregation.regions.events;

import java.util.List;

/**
 * What one call of the detector found.
 *
 * @param events in the order they arose; an open event later closed in the same call appears once, closed
 * @param outOfOrder positions ignored because their time was not after the vessel's last processed one
 */
public record Detection(List<RegionEvent> events, int outOfOrder) {}
