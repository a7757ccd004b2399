package com.maritimealphaflow.dashboard.market;

import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.MarketSource;
import com.maritimealphaflow.model.market.TradingCalendar;
import com.maritimealphaflow.model.market.calendar.Gap;
import com.maritimealphaflow.model.market.calendar.Hole;
import com.maritimealphaflow.model.market.calendar.MarketCalendar;
import com.maritimealphaflow.model.market.calendar.MissingBars;
import com.maritimealphaflow.service.BadRequestException;
import com.maritimealphaflow.service.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Candles of a stored instrument at any interval: the bars stored at it (native or rollup) or, where none are, rolled
 * up from its 1-minute bars by the rollups' own rules; with the gaps the market's calendar finds among them.
 */
@org.springframework.stereotype.Service
class MarketCandles {

    private final SeriesCatalog catalog;
    private final MarketBarQueries bars;
    private final DashboardProperties.Market settings;

    MarketCandles(SeriesCatalog catalog, MarketBarQueries bars, DashboardProperties properties) {
        this.catalog = catalog;
        this.bars = bars;
        this.settings = properties.market();
    }

    Candles candles(
            String symbol,
            BarInterval interval,
            Instant from,
            Instant to,
            String source,
            Boolean adjusted,
            CandleBasis basis) {
        MarketParameters.range(from, to);
        if (basis == CandleBasis.MINUTES && interval == BarInterval.ONE_MINUTE) {
            throw new BadRequestException("basis", "'basis' minutes rolls up 1-minute bars: ask for a longer interval");
        }
        List<StoredSeries> stored = choose(symbol, source, adjusted);
        StoredSeries any = stored.get(0);
        CandleSeries series = new CandleSeries(any.source(), symbol, any.adjusted(), calendar(any));
        boolean atInterval = holds(stored, interval);
        boolean minutes = interval != BarInterval.ONE_MINUTE && holds(stored, BarInterval.ONE_MINUTE);
        boolean fromMinutes =
                switch (basis) {
                    case STORED -> false;
                    case MINUTES -> true;
                    case AUTO -> !atInterval && minutes;
                };
        if (fromMinutes ? !minutes : !atInterval) {
            throw new NotFoundException("No " + (fromMinutes ? "1m" : interval.key()) + " bars of '" + symbol
                    + "' from " + series.source() + (series.adjusted() ? " (adjusted)" : "") + " are stored"
                    + (basis == CandleBasis.AUTO ? ", nor 1m bars to roll up" : ""));
        }
        ZoneId zone = series.calendar().zone();
        Instant end = to != null
                ? to
                : fromMinutes
                        ? bars.latest(series, BarInterval.ONE_MINUTE)
                                .orElseThrow()
                                .plus(BarInterval.ONE_MINUTE.length())
                        : bars.latest(series, interval).orElseThrow().plus(interval.length());
        Instant start = from != null
                ? from
                : defaultStart(stored, fromMinutes ? BarInterval.ONE_MINUTE : interval, end, interval);
        if (fromMinutes) {
            // a bar rolled up from the minutes holds all of its minutes: the range starts at the first bar starting
            // in it, as the stored bars' range does
            Instant bucket = bucketStart(start, interval, zone);
            start = bucket.equals(start) ? start : nextBucketStart(start, interval, zone);
        }
        long steps =
                (end.toEpochMilli() - start.toEpochMilli() + interval.length().toMillis() - 1)
                        / interval.length().toMillis();
        if (steps > settings.maxCandles()) {
            throw new BadRequestException(
                    "from",
                    "'from' to 'to' spans " + steps + " " + interval.key() + " bars; at most " + settings.maxCandles()
                            + " may be asked for at once");
        }
        int limit = (int) steps + 1;
        List<Candle> candles = fromMinutes
                ? bars.fromMinutes(series, interval, start, end, limit)
                : bars.stored(series, interval, start, end, limit);
        return new Candles(
                symbol,
                series.source(),
                series.adjusted(),
                interval.key(),
                series.calendar().key(),
                fromMinutes ? "minutes" : "stored",
                start,
                end,
                candles,
                gaps(series, interval, candles, start, end));
    }

    /** The gaps the calendar finds in a stored series over [from, to); the default range is the whole series. */
    SeriesGaps gaps(String symbol, BarInterval interval, Instant from, Instant to, String source, Boolean adjusted) {
        MarketParameters.range(from, to);
        List<StoredSeries> stored = choose(symbol, source, adjusted);
        StoredSeries atInterval = stored.stream()
                .filter(s -> s.interval().equals(interval.key()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No " + interval.key() + " bars of '" + symbol + "' from "
                        + stored.get(0).source() + " are stored"));
        CandleSeries series =
                new CandleSeries(atInterval.source(), symbol, atInterval.adjusted(), calendar(atInterval));
        if (interval == BarInterval.FOUR_HOURS && !series.calendar().zone().equals(ZoneOffset.UTC)) {
            throw new BadRequestException(
                    "interval",
                    "gaps of 4h bars are not checked on the "
                            + series.calendar().key()
                            + " calendar: its four-hour bars follow the exchange's day; ask for 1h or 1d");
        }
        Instant start = from != null ? from : atInterval.firstBar();
        Instant end = to != null ? to : atInterval.end();
        if (!start.isBefore(end)) {
            throw new BadRequestException("from", "'from' must lie before the end of the range, " + end);
        }
        long steps = Duration.between(start, end).toMillis() / interval.length().toMillis();
        if (steps > settings.maxGapSteps()) {
            throw new BadRequestException(
                    "from",
                    "'from' to 'to' spans " + steps + " " + interval.key() + " steps; a gap search may span at most "
                            + settings.maxGapSteps());
        }
        List<Gap> gaps = MissingBars.find(
                interval,
                series.calendar(),
                bars.holes(series, interval, start, end),
                bars.coverage(series, List.of(interval), start, end),
                start,
                end);
        return new SeriesGaps(
                symbol,
                series.source(),
                series.adjusted(),
                interval.key(),
                series.calendar().key(),
                start,
                end,
                gaps.stream().mapToLong(Gap::expectedBars).sum(),
                gaps);
    }

    /** The symbol's stored series of the chosen source and adjustment (every interval). */
    private List<StoredSeries> choose(String symbol, String source, Boolean adjusted) {
        List<StoredSeries> all = catalog.ofSymbol(symbol);
        if (all.isEmpty()) {
            throw new NotFoundException("No bars of '" + symbol + "' are stored");
        }
        List<String> sources =
                all.stream().map(StoredSeries::source).distinct().sorted().toList();
        if (source == null && sources.size() > 1) {
            throw new BadRequestException(
                    "source", "'" + symbol + "' is stored from " + String.join(", ", sources) + ": name a 'source'");
        }
        String chosen = source != null ? source : sources.get(0);
        List<StoredSeries> ofSource =
                all.stream().filter(s -> s.source().equals(chosen)).toList();
        if (ofSource.isEmpty()) {
            throw new NotFoundException("No bars of '" + symbol + "' from " + chosen + " are stored");
        }
        // adjusted prices where both are stored, as the backtests prefer them
        boolean wantAdjusted = adjusted != null ? adjusted : ofSource.stream().anyMatch(StoredSeries::adjusted);
        List<StoredSeries> chosenSeries =
                ofSource.stream().filter(s -> s.adjusted() == wantAdjusted).toList();
        if (chosenSeries.isEmpty()) {
            throw new NotFoundException(
                    "No " + (wantAdjusted ? "adjusted" : "unadjusted") + " bars of '" + symbol + "' are stored");
        }
        return chosenSeries;
    }

    private MarketCalendar calendar(StoredSeries series) {
        TradingCalendar trading = bars.market(series.source(), series.symbol())
                .map(TradingCalendar::ofInstrumentMarket)
                .orElseGet(() -> MarketSource.parse(series.source())
                        .map(MarketSource::calendar)
                        .orElse(TradingCalendar.US_EQUITIES));
        return MarketCalendar.of(trading);
    }

    /**
     * The default number of bars back from the end, but not before the series' first bar: the range before it is not
     * shown as one long gap.
     */
    private Instant defaultStart(List<StoredSeries> stored, BarInterval read, Instant end, BarInterval interval) {
        Instant back = end.minus(interval.length().multipliedBy(settings.defaultCandles()));
        Instant first = stored.stream()
                .filter(s -> s.interval().equals(read.key()))
                .map(StoredSeries::firstBar)
                .findFirst()
                .orElse(back);
        return first.isAfter(back) ? first : back;
    }

    private static boolean holds(List<StoredSeries> series, BarInterval interval) {
        return series.stream().anyMatch(s -> s.interval().equals(interval.key()));
    }

    /** Gaps among the candles, less the ranges fetched in full (at the interval or in minutes). */
    private List<Gap> gaps(CandleSeries series, BarInterval interval, List<Candle> candles, Instant from, Instant to) {
        MarketCalendar calendar = series.calendar();
        if (interval == BarInterval.FOUR_HOURS && !calendar.zone().equals(ZoneOffset.UTC)) {
            return null;
        }
        return MissingBars.find(
                interval,
                calendar,
                holes(candles, interval),
                bars.coverage(series, List.of(interval, BarInterval.ONE_MINUTE), from, to),
                from,
                to);
    }

    /** The holes between consecutive candles (over one interval apart; daily: over 24 hours), edges included. */
    static List<Hole> holes(List<Candle> candles, BarInterval interval) {
        if (candles.isEmpty()) {
            return List.of(new Hole(null, null));
        }
        List<Hole> holes = new ArrayList<>();
        holes.add(new Hole(null, candles.get(0).time()));
        for (int i = 1; i < candles.size(); i++) {
            Instant previous = candles.get(i - 1).time();
            Instant next = candles.get(i).time();
            if (next.toEpochMilli() - previous.toEpochMilli()
                    > interval.length().toMillis()) {
                holes.add(new Hole(previous, next));
            }
        }
        holes.add(new Hole(candles.get(candles.size() - 1).time(), null));
        return holes;
    }

    /** The start of the first bar after the one holding {@code time}. */
    static Instant nextBucketStart(Instant time, BarInterval interval, ZoneId zone) {
        Instant current = bucketStart(time, interval, zone);
        Instant next = bucketStart(current.plus(interval.length()), interval, zone);
        // a 25-hour DST day: one length on is still the same day
        return next.equals(current)
                ? bucketStart(current.plus(interval.length()).plusSeconds(3600), interval, zone)
                : next;
    }

    /** The start of the bar holding {@code time}, by the rollups' rules (RollupIntervals.bucket in SQL). */
    static Instant bucketStart(Instant time, BarInterval interval, ZoneId zone) {
        return switch (interval) {
            case ONE_DAY -> LocalDate.ofInstant(time, zone).atStartOfDay(zone).toInstant();
            case FOUR_HOURS -> {
                LocalDateTime local = LocalDateTime.ofInstant(time, zone);
                yield local.truncatedTo(ChronoUnit.DAYS)
                        .plusHours(local.getHour() / 4 * 4L)
                        .atZone(zone)
                        .toInstant();
            }
            default -> {
                long step = interval.length().toMillis();
                yield Instant.ofEpochMilli(Math.floorDiv(time.toEpochMilli(), step) * step);
            }
        };
    }
}
