package com.maritimealphaflow.dashboard.pairs;

import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.dashboard.market.StoredSeries;
import com.maritimealphaflow.service.BadRequestException;
import com.maritimealphaflow.service.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Pair screens as the API and the schedule ask for them: checked, queued for the runner, listed, cancelled. */
@Service
class PairScreens {

    private final ScreenStore store;
    private final UniverseReader universe;
    private final ScreenRunner runner;
    private final DashboardProperties.Pairs settings;
    private final Clock clock;

    PairScreens(
            ScreenStore store,
            UniverseReader universe,
            ScreenRunner runner,
            DashboardProperties properties,
            Clock clock) {
        this.clock = clock;
        this.store = store;
        this.universe = universe;
        this.runner = runner;
        this.settings = properties.pairs();
    }

    /** Checks the request against the stored bars and queues the screen. */
    Screen request(ScreenRequest request, String trigger) {
        ScreenRequest body = request == null ? empty() : request;
        ScreenSettings sourceOnly = body.resolveUniverseOnly();
        List<StoredSeries> series = universe.series(sourceOnly, settings.maxInstruments());
        if (series.size() > settings.maxInstruments()) {
            throw new BadRequestException(
                    "source",
                    "the universe holds more than " + settings.maxInstruments() + " instruments of "
                            + sourceOnly.interval() + " bars; name a 'source' (or raise PAIRS max-instruments)");
        }
        ScreenSettings resolved = body.resolve(UniverseReader.latestDay(series));
        long id = store.create(resolved, trigger);
        runner.wake();
        return store.find(id).orElseThrow();
    }

    /** The scheduled screen: default settings, unless one queued by the schedule has not run yet. */
    Optional<Screen> scheduled() {
        if (store.anyActive("schedule")) {
            return Optional.empty();
        }
        return Optional.of(request(empty(), "schedule"));
    }

    Screen find(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("No pair screen " + id));
    }

    List<Screen> latest(int limit) {
        return store.latest(limit);
    }

    /** Cancels a queued or running screen; empty when it had ended. */
    Optional<Screen> cancel(long id) {
        find(id);
        boolean cancelled = store.rows().cancel(id, Timestamp.from(clock.instant()));
        return cancelled ? Optional.of(find(id)) : Optional.empty();
    }

    private static ScreenRequest empty() {
        return new ScreenRequest(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
