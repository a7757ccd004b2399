package com.maritimealphaflow.service.guard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The {@code ApiError} JSON body, written by filters that answer before any controller is reached. */
final class ErrorResponses {

    private ErrorResponses() {}

    /** Writes the error unless the response is already on its way; the texts are fixed, nothing is echoed. */
    static void write(HttpServletResponse response, HttpStatus status, String parameter, String message)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"status\":" + status.value() + ",\"error\":\"" + status.getReasonPhrase()
                        + "\",\"parameter\":" + (parameter == null ? "null" : "\"" + parameter + "\"")
                        + ",\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
