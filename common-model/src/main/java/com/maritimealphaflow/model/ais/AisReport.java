package com.maritimealphaflow.model.ais;

import java.time.Instant;

/**
 * One decoded AIS report about one vessel, whatever the feed it came from. A position says where a vessel
 * was; static data says what the vessel is and where it is going.
 */
public sealed interface AisReport permits PositionReport, StaticReport {

    /** The vessel's Maritime Mobile Service Identity. */
    int mmsi();

    /** When the report was made (UTC): the feed's own time stamp, never the time of receipt. */
    Instant time();
}
