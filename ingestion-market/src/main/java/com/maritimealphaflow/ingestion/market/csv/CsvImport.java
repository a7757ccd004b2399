package com.maritimealphaflow.ingestion.market.csv;

import com.maritimealphaflow.ingestion.market.MarketIngestionLog;
import com.maritimealphaflow.ingestion.market.MarketProperties;
import com.maritimealphaflow.ingestion.market.bars.Bar;
import com.maritimealphaflow.ingestion.market.bars.BarSeries;
import com.maritimealphaflow.ingestion.market.bars.BarStore;
import com.maritimealphaflow.ingestion.market.bars.PlausibleBars;
import com.maritimealphaflow.ingestion.market.bars.StoredBars;
import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.MarketSource;
import com.maritimealphaflow.model.market.calendar.MarketCalendar;
import com.maritimealphaflow.model.pipeline.IngestionKind;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one CSV file of bars as source {@code csv}: the good lines are stored (upserted, so a file imported twice
 * changes nothing and a corrected file replaces its bars), the others reported with their line numbers. One
 * {@code ingestion_log} row ({@code market-csv}) per file, closed whatever happens to the import.
 *
 * <p>The file streams through: bars are written {@code chunk-size} at a time as they are read, and only the first
 * {@code max-rejected-lines} rejected lines are kept (all are counted), so a 200 MB file needs no more memory than a
 * small one. The bars of a file are still stored all or nothing, in one transaction: a file that breaks off (a
 * client that goes away mid-upload, a database error) leaves no half of itself behind to be mistaken for the whole.
 * The price is a transaction, and a connection, held for as long as the file takes to arrive.
 */
@Service
public class CsvImport {

    private final BarStore store;
    private final PlausibleBars plausible;
    private final MarketIngestionLog ingestionLog;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final MarketProperties.Csv settings;

    CsvImport(
            BarStore store,
            PlausibleBars plausible,
            MarketIngestionLog ingestionLog,
            TransactionTemplate transaction,
            Clock clock,
            MarketProperties properties) {
        this.store = store;
        this.plausible = plausible;
        this.ingestionLog = ingestionLog;
        this.transaction = transaction;
        this.clock = clock;
        this.settings = properties.csv();
    }

    /**
     * @param market the calendar whose zone local times and dates are read in
     * @throws CsvFormatException when the header is unusable (logged as a failed import)
     */
    public CsvImportReport importBars(
            String file, String symbol, BarInterval interval, MarketCalendar market, Reader content)
            throws IOException {
        long logId = ingestionLog.start(MarketSource.CSV, IngestionKind.MARKET_CSV, clock.instant());
        Tally tally = new Tally(settings.maxRejectedLines());
        MarketIngestionLog.Outcome outcome = null;
        try {
            CsvBarReader reader = CsvBarReader.open(content, market.zone(), settings.maxLineLength());
            BarSeries series = new BarSeries(MarketSource.CSV, symbol, interval, false);
            StoredBars stored = transaction.execute(status -> {
                try {
                    return storeAll(reader, series, tally);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            outcome = tally.outcome("completed", stored, null);
        } catch (UncheckedIOException e) {
            outcome = tally.failed(file + ": " + e.getCause().getMessage());
            throw e.getCause();
        } catch (IOException | RuntimeException | Error e) {
            outcome = tally.failed(file + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            throw e;
        } finally {
            // Whatever was thrown (a database error, an OutOfMemoryError, an interrupt), the row ends here: a row
            // left running would read as an import still going on.
            ingestionLog.finish(
                    logId,
                    outcome == null ? tally.failed(file + ": the import was interrupted") : outcome,
                    clock.instant());
        }
        return new CsvImportReport(
                logId,
                file,
                symbol,
                interval.key(),
                market.key(),
                tally.lines,
                outcome.stored(),
                outcome.unchanged(),
                tally.rejectedLines,
                List.copyOf(tally.listed));
    }

    private StoredBars storeAll(CsvBarReader reader, BarSeries series, Tally tally) throws IOException {
        List<Bar> chunk = new ArrayList<>(settings.chunkSize());
        StoredBars stored = StoredBars.NONE;
        for (CsvBarReader.Line line = reader.next(); line != null; line = reader.next()) {
            tally.lines++;
            if (line instanceof CsvBarReader.Rejected rejected) {
                tally.reject(rejected);
                continue;
            }
            Bar bar = ((CsvBarReader.Read) line).bar();
            Optional<String> problem = plausible.problem(bar);
            if (problem.isPresent()) {
                tally.reject(
                        new CsvBarReader.Rejected(line.number(), problem.get().replace('_', ' '), problem.get()));
                continue;
            }
            tally.accept(bar);
            chunk.add(bar);
            if (chunk.size() == settings.chunkSize()) {
                stored = stored.plus(store.write(series, chunk));
                chunk.clear();
            }
        }
        return stored.plus(store.write(series, chunk));
    }

    /** What the file came to so far, counted as it streams: counts per reason, the first rejected lines, the span. */
    private static final class Tally {
        private final int maxListed;
        private final Map<String, Long> reasons = new LinkedHashMap<>();
        private final List<CsvImportReport.Line> listed = new ArrayList<>();
        private long lines;
        private long rejectedLines;
        private Instant first;
        private Instant last;

        Tally(int maxListed) {
            this.maxListed = maxListed;
        }

        void reject(CsvBarReader.Rejected rejected) {
            rejectedLines++;
            reasons.merge(rejected.key(), 1L, Long::sum);
            if (listed.size() < maxListed) {
                listed.add(new CsvImportReport.Line(rejected.number(), rejected.reason()));
            }
        }

        void accept(Bar bar) {
            first = first == null || bar.time().isBefore(first) ? bar.time() : first;
            last = last == null || bar.time().isAfter(last) ? bar.time() : last;
        }

        MarketIngestionLog.Outcome outcome(String status, StoredBars stored, String error) {
            return new MarketIngestionLog.Outcome(
                    status, lines, stored.stored(), stored.unchanged(), reasons, first, last, error);
        }

        /** Nothing of a failed file is stored: its one transaction rolled back. */
        MarketIngestionLog.Outcome failed(String error) {
            return new MarketIngestionLog.Outcome("failed", lines, 0, 0, reasons, null, null, error);
        }
    }
}
