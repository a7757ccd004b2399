package com.maritimealphaflow.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A CSV body answered as a download with the given file name. */
public final class CsvResponses {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private CsvResponses() {}

    public static ResponseEntity<String> attachment(String fileName, String csv) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName))
                .body(csv);
    }

    /**
     * Starts a CSV download written straight to the response, for a file too large to build as one string first;
     * answers the writer to write it to.
     */
    public static Writer stream(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType(CSV.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName));
        return response.getWriter();
    }

    private static String disposition(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }

    /**
     * Quotes a cell when it needs it (RFC 4180). Destinations and vessel names are free text from radio messages: one
     * that starts like a formula ({@code = + - @}) gets a leading apostrophe so that a spreadsheet shows it instead of
     * evaluating it.
     */
    public static String cell(String value) {
        String safe =
                !value.isEmpty() && List.of('=', '+', '-', '@', '\t', '\r').contains(value.charAt(0))
                        ? "'" + value
                        : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
