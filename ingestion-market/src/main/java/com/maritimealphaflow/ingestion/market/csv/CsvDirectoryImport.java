package com.maritimealphaflow.ingestion.market.csv;

import com.maritimealphaflow.ingestion.market.MarketProperties;
import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.TradingCalendar;
import com.maritimealphaflow.model.market.calendar.MarketCalendar;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports the CSV files dropped in {@code MARKET_CSV_DIR}. A file is named {@code SYMBOL_INTERVAL[_MARKET].csv}
 * ({@code BDRY_1d.csv}, {@code BTCUSDT_1m_24x7.csv}); once read it moves to {@code imported/}, or to
 * {@code rejected/} when its name or header cannot be used, so that it is not read again.
 */
@Service
public class CsvDirectoryImport {

    private static final Logger log = LoggerFactory.getLogger(CsvDirectoryImport.class);
    private static final Pattern NAME = Pattern.compile(
            "([A-Za-z0-9.\\-]+)_(" + alternatives(BarInterval.keys()) + ")(?:_("
                    + alternatives(Arrays.stream(TradingCalendar.values())
                            .map(TradingCalendar::key)
                            .toArray(String[]::new))
                    + "))?\\.csv",
            Pattern.CASE_INSENSITIVE);

    private static String alternatives(String[] keys) {
        return Arrays.stream(keys).map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private final CsvImport imports;
    private final Path directory;

    CsvDirectoryImport(CsvImport imports, MarketProperties properties) {
        this.imports = imports;
        this.directory = properties.csv().directory();
    }

    public Optional<Path> directory() {
        return Optional.ofNullable(directory).filter(d -> !d.toString().isBlank());
    }

    /** Imports every CSV file waiting in the directory; returns the reports. */
    public List<CsvImportReport> scan() throws IOException {
        List<CsvImportReport> reports = new ArrayList<>();
        Path dir = directory().orElse(null);
        if (dir == null || !Files.isDirectory(dir)) {
            return reports;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.{csv,CSV}")) {
            stream.forEach(files::add);
        }
        files.sort(null);
        for (Path file : files) {
            Matcher m = NAME.matcher(file.getFileName().toString());
            if (!m.matches()) {
                log.warn("{}: name is not SYMBOL_INTERVAL[_MARKET].csv; moved to rejected/", file.getFileName());
                move(file, "rejected");
                continue;
            }
            MarketCalendar market = m.group(3) == null
                    ? MarketCalendar.US_EQUITIES
                    : MarketCalendar.parse(m.group(3).toLowerCase(Locale.ROOT)).orElseThrow();
            try (Reader content = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                CsvImportReport report = imports.importBars(
                        file.getFileName().toString(),
                        m.group(1).toUpperCase(Locale.ROOT),
                        BarInterval.of(m.group(2).toLowerCase(Locale.ROOT)),
                        market,
                        content);
                reports.add(report);
                log.info(
                        "{}: {} bars stored, {} unchanged, {} lines rejected",
                        file.getFileName(),
                        report.stored(),
                        report.unchanged(),
                        report.rejectedLines());
            } catch (CsvFormatException e) {
                log.warn("{}: {}; moved to rejected/", file.getFileName(), e.getMessage());
                move(file, "rejected");
                continue;
            }
            move(file, "imported");
        }
        return reports;
    }

    private static void move(Path file, String folder) throws IOException {
        Path target = file.resolveSibling(folder);
        Files.createDirectories(target);
        Files.move(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
}
