package com.maritimealphaflow.aggregation.regions.events;

/**
 * A segment between two consecutive positions crossed a chokepoint's gate.
 *
 * @param fraction where along the segment, from 0 (the first position, never counted: the segment before it did)
 *     to 1 (the second position); the detector turns it into a time between the two reports
 */
public record GateCrossing(RegionShape region, Gate gate, double fraction) {}
