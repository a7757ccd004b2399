package com.maritimealphaflow.dashboard.pairs;

import com.maritimealphaflow.dashboard.market.SeriesCatalog;
import com.maritimealphaflow.dashboard.market.StoredSeries;
import com.maritimealphaflow.dashboard.pairs.screen.PriceUniverse;
import com.maritimealphaflow.model.market.MarketSource;
import com.maritimealphaflow.model.market.TradingCalendar;
import com.maritimealphaflow.model.market.calendar.MarketCalendar;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The universe of a screen: one daily series per stored symbol of the interval (the source asked for, or the series
 * with the most recent bar; adjusted prices where a symbol has both unless asked otherwise), and their closes on the
 * training window's days, each day in its market's zone (a stock's daily bar starts at midnight New York). A day an
 * instrument has no bar is NaN: the screen decides what to do with it.
 */
@Repository
class UniverseReader {

    private static final int FETCH_ROWS = 10_000;

    private final SeriesCatalog catalog;
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;

    UniverseReader(SeriesCatalog catalog, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.catalog = catalog;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(FETCH_ROWS);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The chosen series of the settings' interval and source, at most {@code limit} + 1 (so that more is seen). */
    List<StoredSeries> series(ScreenSettings settings, int limit) {
        Map<String, StoredSeries> bySymbol = new LinkedHashMap<>();
        for (StoredSeries s : catalog.list(10_000)) {
            if (!s.interval().equals(settings.interval())
                    || (settings.source() != null && !s.source().equals(settings.source()))
                    || (settings.adjusted() != null && s.adjusted() != settings.adjusted())) {
                continue;
            }
            bySymbol.merge(s.symbol(), s, UniverseReader::preferred);
            if (bySymbol.size() > limit) {
                break;
            }
        }
        return new ArrayList<>(bySymbol.values());
    }

    /** The latest day any chosen series has a bar (the default end of the training window). */
    static LocalDate latestDay(List<StoredSeries> series) {
        return series.stream()
                .map(s -> LocalDate.ofInstant(s.lastBar(), zone(s)))
                .max(Comparator.naturalOrder())
                .orElse(LocalDate.now(ZoneId.of("UTC")));
    }

    PriceUniverse read(List<StoredSeries> series, LocalDate from, LocalDate to) {
        Map<String, Integer> index = new HashMap<>();
        List<String> symbols = new ArrayList<>();
        for (StoredSeries s : series) {
            index.put(s.source() + "\u0000" + s.symbol() + "\u0000" + s.adjusted(), symbols.size());
            symbols.add(s.symbol());
        }
        List<Map<LocalDate, Double>> closes = new ArrayList<>();
        series.forEach(s -> closes.add(new HashMap<>()));
        TreeSet<LocalDate> days = new TreeSet<>();
        // a day in any zone used (UTC to New York) starts within a day of UTC midnight
        Timestamp start =
                Timestamp.from(from.minusDays(1).atStartOfDay(ZoneId.of("UTC")).toInstant());
        Timestamp end =
                Timestamp.from(to.plusDays(2).atStartOfDay(ZoneId.of("UTC")).toInstant());
        ZoneId[] zones = series.stream().map(UniverseReader::zone).toArray(ZoneId[]::new);
        readOnly.executeWithoutResult(status -> streaming.query(
                """
                SELECT b.source, b.symbol, b.adjusted, b.bar_time, b.close FROM market_bar b
                JOIN unnest(?::text[], ?::text[], ?::boolean[]) AS u(source, symbol, adjusted)
                  ON b.source = u.source AND b.symbol = u.symbol AND b.adjusted = u.adjusted
                WHERE b.bar_interval = ? AND b.bar_time >= ? AND b.bar_time < ?
                """,
                rs -> {
                    Integer i = index.get(rs.getString(1) + "\u0000" + rs.getString(2) + "\u0000" + rs.getBoolean(3));
                    LocalDate day = LocalDate.ofInstant(rs.getTimestamp(4).toInstant(), zones[i]);
                    if (!day.isBefore(from) && !day.isAfter(to)) {
                        closes.get(i).put(day, rs.getDouble(5));
                        days.add(day);
                    }
                },
                series.stream().map(StoredSeries::source).toArray(String[]::new),
                series.stream().map(StoredSeries::symbol).toArray(String[]::new),
                series.stream().map(StoredSeries::adjusted).toArray(Boolean[]::new),
                series.isEmpty() ? "1d" : series.get(0).interval(),
                start,
                end));
        List<LocalDate> dates = new ArrayList<>(days);
        double[][] prices = new double[symbols.size()][dates.size()];
        for (int i = 0; i < symbols.size(); i++) {
            for (int d = 0; d < dates.size(); d++) {
                Double close = closes.get(i).get(dates.get(d));
                prices[i][d] = close == null || !(close > 0) ? Double.NaN : close;
            }
        }
        return new PriceUniverse(symbols, dates, prices);
    }

    /** Of two series of one symbol: the adjusted one, else the one with the more recent last bar, else by source. */
    private static StoredSeries preferred(StoredSeries a, StoredSeries b) {
        if (a.adjusted() != b.adjusted()) {
            return a.adjusted() ? a : b;
        }
        int byLast = a.lastBar().compareTo(b.lastBar());
        if (byLast != 0) {
            return byLast > 0 ? a : b;
        }
        return a.source().compareTo(b.source()) <= 0 ? a : b;
    }

    static ZoneId zone(StoredSeries s) {
        TradingCalendar calendar = s.market() != null
                ? TradingCalendar.ofInstrumentMarket(s.market())
                : MarketSource.parse(s.source()).map(MarketSource::calendar).orElse(TradingCalendar.US_EQUITIES);
        return MarketCalendar.of(calendar).zone();
    }
}
