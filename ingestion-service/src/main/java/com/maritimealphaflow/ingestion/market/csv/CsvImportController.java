package com.maritimealphaflow.ingestion.market.csv;

import com.maritimealphaflow.ingestion.market.BarInterval;
import com.maritimealphaflow.ingestion.market.calendar.MarketCalendar;
import com.maritimealphaflow.service.BadRequestException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/market/csv?symbol=BDRY&interval=1d[&market=us-equities]} imports an OHLCV file, sent as a
 * multipart {@code file} or as the {@code text/csv} body, and answers with the report: bars stored, and rejected
 * lines with their numbers. Needs the admin token.
 */
@RestController
@RequestMapping("/api/market/csv")
class CsvImportController {

    private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9][A-Z0-9._:/-]{0,31}");

    private final CsvImport imports;

    CsvImportController(CsvImport imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    CsvImportReport upload(
            @RequestPart("file") MultipartFile file,
            @RequestParam String symbol,
            @RequestParam String interval,
            @RequestParam(defaultValue = "us-equities") String market)
            throws IOException {
        try (InputStreamReader content = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            return run(file.getOriginalFilename(), symbol, interval, market, content);
        }
    }

    @PostMapping(consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    CsvImportReport body(
            @RequestBody String content,
            @RequestParam String symbol,
            @RequestParam String interval,
            @RequestParam(defaultValue = "us-equities") String market)
            throws IOException {
        return run("request body", symbol, interval, market, new StringReader(content));
    }

    private CsvImportReport run(String file, String symbol, String interval, String market, java.io.Reader content)
            throws IOException {
        String cleanSymbol = symbol.strip().toUpperCase(Locale.ROOT);
        if (!SYMBOL.matcher(cleanSymbol).matches()) {
            throw new BadRequestException("symbol", "'" + symbol + "' is not a symbol (letters, digits, . _ : / -)");
        }
        BarInterval barInterval = BarInterval.parse(interval.strip())
                .orElseThrow(() -> new BadRequestException(
                        "interval",
                        "unknown interval '" + interval + "': one of " + Arrays.toString(BarInterval.keys())));
        MarketCalendar calendar = MarketCalendar.parse(market.strip())
                .orElseThrow(() ->
                        new BadRequestException("market", "unknown market '" + market + "': us-equities or 24x7"));
        try {
            return imports.importBars(file, cleanSymbol, barInterval, calendar, content);
        } catch (CsvFormatException e) {
            throw new BadRequestException("file", e.getMessage());
        }
    }
}
