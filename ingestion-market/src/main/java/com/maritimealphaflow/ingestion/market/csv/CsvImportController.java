package com.maritimealphaflow.ingestion.market.csv;

import com.maritimealphaflow.ingestion.market.MarketParameters;
import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.calendar.MarketCalendar;
import com.maritimealphaflow.service.ApiError;
import com.maritimealphaflow.service.BadRequestException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * {@code POST /api/market/csv?symbol=BDRY&interval=1d[&market=us-equities]} imports an OHLCV file, sent as a
 * multipart {@code file} or as the {@code text/csv} body, and answers with the report: bars stored, and rejected
 * lines with their numbers. Needs the admin token.
 */
@RestController
@RequestMapping("/api/market/csv")
class CsvImportController {

    private final CsvImport imports;

    CsvImportController(CsvImport imports) {
        this.imports = imports;
    }

    /** The part is read from the temporary file Tomcat wrote it to (file-size-threshold 0), not from the heap. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    CsvImportReport upload(
            @RequestPart("file") MultipartFile file,
            @RequestParam String symbol,
            @RequestParam String interval,
            @RequestParam(defaultValue = "us-equities") String market)
            throws IOException {
        try (InputStreamReader content = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            return run(MarketParameters.quoted(file.getOriginalFilename()), symbol, interval, market, content);
        }
    }

    /** The body is read as it arrives, never as a whole: a 200 MB file must not become a 400 MB String. */
    @PostMapping(consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    CsvImportReport body(
            HttpServletRequest request,
            @RequestParam String symbol,
            @RequestParam String interval,
            @RequestParam(defaultValue = "us-equities") String market)
            throws IOException {
        Charset charset = request.getCharacterEncoding() == null
                ? StandardCharsets.UTF_8
                : charset(request.getCharacterEncoding());
        try (Reader content = new InputStreamReader(request.getInputStream(), charset)) {
            return run("request body", symbol, interval, market, content);
        }
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Content-Type", "unknown charset '" + name + "'");
        }
    }

    private CsvImportReport run(String file, String symbol, String interval, String market, Reader content)
            throws IOException {
        String cleanSymbol = MarketParameters.symbol("symbol", symbol);
        BarInterval barInterval = MarketParameters.interval("interval", interval);
        MarketCalendar calendar = MarketCalendar.parse(market.strip())
                .orElseThrow(() -> new BadRequestException(
                        "market", "unknown market '" + MarketParameters.quoted(market) + "': us-equities or 24x7"));
        try {
            return imports.importBars(file, cleanSymbol, barInterval, calendar, content);
        } catch (CsvFormatException e) {
            throw new BadRequestException("file", e.getMessage());
        }
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingFile(MissingServletRequestPartException e) {
        return ResponseEntity.badRequest()
                .body(new ApiError(
                        400,
                        "Bad Request",
                        e.getRequestPartName(),
                        "the multipart part '" + e.getRequestPartName() + "' is required: the CSV file"));
    }
}
