package com.maritimealphaflow.dashboard.ticks;

import com.maritimealphaflow.service.ApiError;
import com.maritimealphaflow.service.BadRequestException;
import com.maritimealphaflow.service.ServiceBusyException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/** The live stream of new breakouts that the tick pages listen to. */
@RestController
@Tag(name = "Ticks")
class TickStreamController {

    private final BreakoutStream stream;
    private final JsonMapper json;

    TickStreamController(BreakoutStream stream, JsonMapper json) {
        this.stream = stream;
        this.json = json;
    }

    /**
     * Refusals are written here as JSON: the request accepts only {@code text/event-stream}, which the shared error
     * handler's answer could not be converted to.
     */
    @GetMapping(path = "/api/ticks/breakouts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(
            summary = "Server-sent events of new breakouts",
            description = "Each new crossover as 'event: breakout' with its id as the event id and the JSON of"
                    + " /api/ticks/breakouts as data; a comment every 15 s when idle. Reconnecting with"
                    + " Last-Event-ID first sends what was missed (at most 500).")
    @ApiResponse(responseCode = "503", description = "This instance serves as many streams as it may")
    SseEmitter stream(
            @RequestParam(required = false) @Parameter(description = "Only this symbol's breakouts.") String symbol,
            @RequestHeader(name = "Last-Event-ID", required = false)
                    @Parameter(description = "The id of the last event received: resume after it.")
                    String lastEventId,
            HttpServletResponse response)
            throws IOException {
        try {
            String name = symbol == null ? null : TickParameters.symbol("symbol", symbol);
            Long after = lastEventId(lastEventId);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            // nginx and the like would otherwise buffer the events
            response.setHeader("X-Accel-Buffering", "no");
            return stream.open(name, after);
        } catch (BadRequestException e) {
            refuse(response, HttpStatus.BAD_REQUEST, e.parameter(), e.getMessage());
        } catch (ServiceBusyException e) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "30");
            refuse(response, HttpStatus.SERVICE_UNAVAILABLE, null, e.getMessage());
        }
        return null;
    }

    private static Long lastEventId(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(header.strip());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException("Last-Event-ID", "'Last-Event-ID' must be a crossover id (a whole number ≥ 0)");
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String parameter, String message)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write(json.writeValueAsString(
                        new ApiError(status.value(), status.getReasonPhrase(), parameter, message)));
    }
}
