package com.maritimealphaflow.ingestion.support;

import com.maritimealphaflow.ingestion.support.FakeMarketServer.Reply;
import com.maritimealphaflow.model.market.BarInterval;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers shaped like the documented ones: Binance klines (arrays of twelve values, decimals as strings), Polygon
 * aggregates ({@code results} with {@code t} in ms, {@code next_url} without the key, on another host) and fixture
 * files under {@code src/test/resources/market}.
 */
public final class MarketFixtures {

    private static final Pattern AGGS = Pattern.compile("/v2/aggs/ticker/([^/]+)/range/(\\d+)/(\\w+)/(\\d+)/(\\d+)");

    private MarketFixtures() {}

    public static String resource(String name) {
        try (InputStream in = MarketFixtures.class.getResourceAsStream("/market/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The open price a fixture gives the bar starting at {@code t}: different for every minute. */
    public static String open(Instant t) {
        return String.format(Locale.ROOT, "%.8f", 30_000 + (t.getEpochSecond() / 60 % 1000) / 4.0);
    }

    /**
     * Binance {@code GET /api/v3/klines} for an exchange that has a bar for every interval in {@code [listed, until)}
     * except {@code missing}, honouring startTime, endTime (inclusive) and limit.
     */
    public static FakeMarketServer.Handler binanceKlines(Instant listed, Instant until, Set<Instant> missing) {
        return request -> {
            BarInterval interval = BarInterval.of(request.param("interval"));
            long step = interval.length().toMillis();
            long start = Math.max(Long.parseLong(request.param("startTime")), listed.toEpochMilli());
            long end = Math.min(Long.parseLong(request.param("endTime")), until.toEpochMilli() - 1);
            int limit = Integer.parseInt(request.param("limit"));
            long first = -Math.floorDiv(-start, step) * step;
            StringBuilder body = new StringBuilder("[");
            int rows = 0;
            for (long t = first; t <= end && rows < limit; t += step) {
                Instant time = Instant.ofEpochMilli(t);
                if (missing.contains(time)) {
                    continue;
                }
                if (rows++ > 0) {
                    body.append(',');
                }
                String open = open(time);
                body.append('[')
                        .append(t)
                        .append(",\"")
                        .append(open)
                        .append("\",\"")
                        .append(plus(open, 5))
                        .append("\",\"")
                        .append(plus(open, -5))
                        .append("\",\"")
                        .append(plus(open, 1))
                        .append("\",\"12.50000000\",")
                        .append(t + step - 1)
                        .append(",\"375000.00000000\",42,\"6.00000000\",\"180000.00000000\",\"0\"]");
            }
            return Reply.json(body.append(']').toString()).withHeader("X-MBX-USED-WEIGHT-1M", "10");
        };
    }

    /**
     * Polygon aggregates of daily bars on the given trading days (bar start midnight New York), {@code pageSize} per
     * page; {@code next_url} names {@code nextHost} and carries a cursor but not the key.
     */
    public static FakeMarketServer.Handler polygonDailyAggregates(List<LocalDate> days, int pageSize, String nextHost) {
        return request -> {
            Matcher m = AGGS.matcher(request.path());
            if (!m.matches()) {
                return Reply.status(404, "{\"status\":\"NOT_FOUND\"}");
            }
            long from = Long.parseLong(m.group(4));
            long to = Long.parseLong(m.group(5));
            List<Long> times = new ArrayList<>();
            for (LocalDate day : days) {
                long t = day.atStartOfDay(ZoneId.of("America/New_York"))
                        .toInstant()
                        .toEpochMilli();
                if (t >= from && t <= to) {
                    times.add(t);
                }
            }
            int offset = request.param("cursor") == null ? 0 : Integer.parseInt(request.param("cursor"));
            int end = Math.min(times.size(), offset + pageSize);
            StringBuilder results = new StringBuilder();
            for (int i = offset; i < end; i++) {
                String open = open(Instant.ofEpochMilli(times.get(i)));
                results.append(i > offset ? "," : "")
                        .append("{\"v\":1234567,\"vw\":")
                        .append(plus(open, 0.5))
                        .append(",\"o\":")
                        .append(open)
                        .append(",\"c\":")
                        .append(plus(open, 1))
                        .append(",\"h\":")
                        .append(plus(open, 2))
                        .append(",\"l\":")
                        .append(plus(open, -2))
                        .append(",\"t\":")
                        .append(times.get(i))
                        .append(",\"n\":4321}");
            }
            String next =
                    end < times.size() ? ",\"next_url\":\"" + nextHost + request.path() + "?cursor=" + end + "\"" : "";
            return Reply.json("{\"ticker\":\"" + m.group(1) + "\",\"queryCount\":" + (end - offset)
                    + ",\"resultsCount\":" + (end - offset) + ",\"adjusted\":" + request.param("adjusted")
                    + ",\"results\":[" + results
                    + "],\"status\":\"OK\",\"request_id\":\"6a7e466379af0a71039d60cc78e72282\""
                    + ",\"count\":" + (end - offset) + next + "}");
        };
    }

    private static String plus(String decimal, double delta) {
        return String.format(Locale.ROOT, "%.8f", Double.parseDouble(decimal) + delta);
    }
}
