package com.maritimealphaflow.ingestion.market.csv;

import com.maritimealphaflow.ingestion.IngestionProperties;
import com.maritimealphaflow.ingestion.market.BarInterval;
import com.maritimealphaflow.ingestion.market.MarketIngestionLog;
import com.maritimealphaflow.ingestion.market.MarketSource;
import com.maritimealphaflow.ingestion.market.bars.Bar;
import com.maritimealphaflow.ingestion.market.bars.BarSeries;
import com.maritimealphaflow.ingestion.market.bars.BarStore;
import com.maritimealphaflow.ingestion.market.bars.StoredBars;
import com.maritimealphaflow.ingestion.market.calendar.MarketCalendar;
import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one CSV file of bars as source {@code csv}: the good lines are stored (upserted, so a file imported twice
 * changes nothing and a corrected file replaces its bars), the others reported with their line numbers. One
 * {@code ingestion_log} row ({@code market-csv}) per file.
 */
@Service
public class CsvImport {

    private static final int CHUNK = 5000;

    private final BarStore store;
    private final MarketIngestionLog ingestionLog;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int maxRejectedLines;

    CsvImport(
            BarStore store,
            MarketIngestionLog ingestionLog,
            TransactionTemplate transaction,
            Clock clock,
            IngestionProperties properties) {
        this.store = store;
        this.ingestionLog = ingestionLog;
        this.transaction = transaction;
        this.clock = clock;
        this.maxRejectedLines = properties.market().csv().maxRejectedLines();
    }

    /**
     * @param market the calendar whose zone local times and dates are read in
     * @throws CsvFormatException when the header is unusable (logged as a failed import)
     */
    public CsvImportReport importBars(
            String file, String symbol, BarInterval interval, MarketCalendar market, Reader content)
            throws IOException {
        long logId = ingestionLog.start(MarketSource.CSV, MarketIngestionLog.CSV, clock.instant());
        CsvBarReader.Result read;
        try {
            read = CsvBarReader.read(content, market.zone());
        } catch (CsvFormatException | IOException e) {
            ingestionLog.finish(
                    logId,
                    new MarketIngestionLog.Outcome(
                            "failed", 0, 0, 0, Map.of(), null, null, file + ": " + e.getMessage()),
                    clock.instant());
            throw e;
        }
        BarSeries series = new BarSeries(MarketSource.CSV, symbol, interval, false);
        StoredBars result = transaction.execute(status -> {
            StoredBars total = StoredBars.NONE;
            List<Bar> bars = read.bars();
            for (int i = 0; i < bars.size(); i += CHUNK) {
                total = total.plus(store.write(series, bars.subList(i, Math.min(bars.size(), i + CHUNK))));
            }
            return total;
        });
        Map<String, Long> reasons = new LinkedHashMap<>();
        read.rejected().forEach(r -> reasons.merge(reason(r.reason()), 1L, Long::sum));
        ingestionLog.finish(
                logId,
                new MarketIngestionLog.Outcome(
                        "completed",
                        read.lines(),
                        result.stored(),
                        result.unchanged(),
                        reasons,
                        read.bars().stream()
                                .map(Bar::time)
                                .min(Comparable::compareTo)
                                .orElse(null),
                        read.bars().stream()
                                .map(Bar::time)
                                .max(Comparable::compareTo)
                                .orElse(null),
                        null),
                clock.instant());
        return new CsvImportReport(
                logId,
                file,
                symbol,
                interval.key(),
                market.key(),
                read.lines(),
                result.stored(),
                result.unchanged(),
                read.rejected().size(),
                read.rejected().stream()
                        .limit(maxRejectedLines)
                        .map(r -> new CsvImportReport.Line(r.line(), r.reason()))
                        .toList());
    }

    /** A reason as a key of {@code rejected_reasons}: its kind, without the value that was wrong. */
    private static String reason(String text) {
        if (text.contains("not a number")) {
            return "not_a_number";
        }
        if (text.contains("date or time")) {
            return "unreadable_time";
        }
        if (text.startsWith("empty") || text.startsWith("no ")) {
            return "missing_value";
        }
        return text.replace(' ', '_');
    }
}
