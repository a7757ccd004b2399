package com.maritimealphaflow.ingestion.ticks.replay;

import java.util.List;

/**
 * The body of {@code POST /api/ticks/replays}, also stored with the job (checked and normalised) so that a resumed
 * job replays the same way.
 *
 * @param files paths under the replay directory ({@code TICKS_REPLAY_DIR}): files, or directories whose files are
 *     read in name order; all of them make one stream, read in the order given
 * @param speed null: as fast as possible; a number above 0: that multiple of real time, paced by event time
 * @param allowedLateness an ISO-8601 duration ({@code PT30S}); null: the service's default
 */
public record TickReplayRequest(List<String> files, Double speed, String allowedLateness) {}
