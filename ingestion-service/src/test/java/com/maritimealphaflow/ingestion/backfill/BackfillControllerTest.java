package com.maritimealphaflow.ingestion.backfill;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.maritimealphaflow.service.BadRequestException;
import com.maritimealphaflow.service.NotFoundException;
import java.time.Instant;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The backfill API's answers and error shapes, with the service mocked. */
@WebMvcTest(controllers = BackfillController.class, properties = "alphaflow.admin-token=s3cret-token")
class BackfillControllerTest {

    private static final String TOKEN = "Bearer s3cret-token";
    private static final String BODY = "{\"source\":\"binance\",\"symbols\":[\"BTCUSDT\"],\"interval\":\"1m\","
            + "\"from\":\"2026-01-01\",\"to\":\"2026-01-02\"}";

    private static final Backfill RUNNING = new Backfill(
            42,
            "binance",
            List.of("BTCUSDT"),
            "1m",
            false,
            Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2026-01-02T00:00:00Z"),
            "running",
            Instant.parse("2026-11-22T10:00:00Z"),
            Instant.parse("2026-11-22T10:00:01Z"),
            null,
            new Backfill.Progress(1, 2, 1000, 1440, 0, 0, 69.4, Instant.parse("2026-11-22T10:00:03Z")),
            null,
            List.of(new Backfill.Step(
                    1,
                    "BTCUSDT",
                    Instant.parse("2026-01-01T00:00:00Z"),
                    Instant.parse("2026-01-02T00:00:00Z"),
                    1440,
                    "running",
                    1,
                    1000,
                    77L,
                    null)));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    BackfillService backfills;

    @Test
    void startsABackfillAndAnswers202WithItsIdAndAddress() throws Exception {
        when(backfills.request(
                        new BackfillRequest("binance", List.of("BTCUSDT"), "1m", "2026-01-01", "2026-01-02", null)))
                .thenReturn(RUNNING);

        mvc.perform(post("/api/backfills")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY)
                        .header("Authorization", TOKEN))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", Matchers.endsWith("/api/backfills/42")))
                .andExpect(jsonPath("$.id").value(42))
                .andExpect(jsonPath("$.from").value("2026-01-01T00:00:00Z"))
                .andExpect(jsonPath("$.progress.barsEstimated").value(1440))
                .andExpect(jsonPath("$.progress.eta").value("2026-11-22T10:00:03Z"))
                .andExpect(jsonPath("$.steps[0].ingestionLogId").value(77));
    }

    @Test
    void shouldReturn400NamingTheParameterTheServiceRefused() throws Exception {
        when(backfills.request(any()))
                .thenThrow(new BadRequestException("interval", "binance does not offer 2m bars: one of [1m]"));

        mvc.perform(post("/api/backfills")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY)
                        .header("Authorization", TOKEN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("interval"))
                .andExpect(jsonPath("$.message").value(Matchers.containsString("does not offer")));
    }

    @Test
    void shouldReturn401WithoutTheAdminTokenAndStartNothing() throws Exception {
        mvc.perform(post("/api/backfills")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/backfills/42")).andExpect(status().isUnauthorized());
        verify(backfills, never()).request(any());
        verify(backfills, never()).cancel(42);
    }

    @Test
    void listsAndShowsBackfillsWithoutAToken() throws Exception {
        when(backfills.recent(20, null)).thenReturn(List.of(RUNNING));
        when(backfills.get(42)).thenReturn(RUNNING);
        when(backfills.get(7)).thenThrow(new NotFoundException("There is no backfill 7"));

        mvc.perform(get("/api/backfills"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(42));
        mvc.perform(get("/api/backfills/42"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("running"));
        mvc.perform(get("/api/backfills/7")).andExpect(status().isNotFound());
        mvc.perform(get("/api/backfills").param("limit", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("limit"));
        mvc.perform(get("/api/backfills/abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("id"));
    }

    @Test
    void cancelsAndAnswers409ForABackfillThatHasEnded() throws Exception {
        when(backfills.cancel(42)).thenReturn(RUNNING);
        when(backfills.cancel(43)).thenThrow(new BackfillEndedException(43, "completed"));

        mvc.perform(delete("/api/backfills/42").header("Authorization", TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(42));
        mvc.perform(delete("/api/backfills/43").header("Authorization", TOKEN))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(Matchers.containsString("already ended (completed)")));
    }
}
