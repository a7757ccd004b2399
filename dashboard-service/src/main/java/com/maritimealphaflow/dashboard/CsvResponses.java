package com.maritimealphaflow.dashboard;

import java.nio.charset.StandardCharsets;
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
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(csv);
    }
}
