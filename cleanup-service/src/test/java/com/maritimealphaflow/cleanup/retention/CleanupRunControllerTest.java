package com.maritimealphaflow.cleanup.retention;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The cleanup API's answers and error shapes, with the service mocked. */
class CleanupRunControllerTest {

    private static final String TOKEN = "Bearer s3cret-token";

    private static final CleanupRun DRY_RUN = new CleanupRun(
            7,
            "api",
            null,
            "host-1",
            true,
            "P180D",
            Instant.parse("2026-05-26T12:00:00Z"),
            Instant.parse("2026-11-22T12:00:00Z"),
            Instant.parse("2026-11-22T12:00:01Z"),
            "completed",
            1,
            4_900_000,
            612_000_000,
            12,
            30,
            40,
            List.of(new CleanupRun.Partition(
                    "ship_position_20260520", LocalDate.of(2026, 5, 20), 4_900_000L, 612_000_000, false, null)),
            List.of("ship_position_20260518"),
            null);

    @Nested
    @WebMvcTest(controllers = CleanupRunController.class, properties = "alphaflow.admin-token=s3cret-token")
    class WithAnAdminToken {

        @Autowired
        MockMvc mvc;

        @MockitoBean
        CleanupService cleanup;

        @Test
        void runsTheCleanupAndAnswers201WithTheReportAndItsAddress() throws Exception {
            when(cleanup.run(CleanupRequest.requested(Duration.ofDays(90), true)))
                    .thenReturn(DRY_RUN);

            mvc.perform(post("/api/cleanup/runs")
                            .param("dryRun", "true")
                            .param("retention", "P90D")
                            .header("Authorization", TOKEN))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Location", Matchers.endsWith("/api/cleanup/runs/7")))
                    .andExpect(jsonPath("$.id").value(7))
                    .andExpect(jsonPath("$.dryRun").value(true))
                    .andExpect(jsonPath("$.cutoff").value("2026-05-26T12:00:00Z"))
                    .andExpect(jsonPath("$.partitions[0].name").value("ship_position_20260520"))
                    .andExpect(jsonPath("$.partitions[0].day").value("2026-05-20"))
                    .andExpect(jsonPath("$.partitions[0].rowEstimate").value(4_900_000))
                    .andExpect(jsonPath("$.partitionsAwaitingAggregation[0]").value("ship_position_20260518"))
                    .andExpect(jsonPath("$.bytes").value(612_000_000))
                    .andExpect(jsonPath("$.staticRows").value(12));
        }

        @Test
        void runsForRealWithTheConfiguredRetentionUnlessToldOtherwise() throws Exception {
            when(cleanup.run(CleanupRequest.requested(null, false))).thenReturn(DRY_RUN);

            mvc.perform(post("/api/cleanup/runs").header("Authorization", TOKEN))
                    .andExpect(status().isCreated());

            verify(cleanup).run(CleanupRequest.requested(null, false));
        }

        @Test
        void shouldReturn400NamingTheRetentionWhenItIsUnderADayOrNoDuration() throws Exception {
            mvc.perform(post("/api/cleanup/runs").param("retention", "PT12H").header("Authorization", TOKEN))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value("retention"))
                    .andExpect(jsonPath("$.message").value(Matchers.containsString("at least one day")));
            mvc.perform(post("/api/cleanup/runs").param("retention", "180 days").header("Authorization", TOKEN))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value("retention"))
                    .andExpect(jsonPath("$.message").value(Matchers.containsString("ISO-8601")));
            verify(cleanup, never()).run(any());
        }

        @ParameterizedTest
        @ValueSource(strings = {"PT0S", "-P1D", "P-200D", "PT-1S"})
        void shouldReturn400NamingTheRetentionWhenItIsZeroOrNegative(String retention) throws Exception {
            mvc.perform(post("/api/cleanup/runs").param("retention", retention).header("Authorization", TOKEN))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value("retention"))
                    .andExpect(jsonPath("$.message").value(Matchers.containsString("at least one day")));
            verify(cleanup, never()).run(any());
        }

        /** The largest of these once overflowed computing the cutoff and answered 500. */
        @ParameterizedTest
        @ValueSource(strings = {"PT2562047788015215H", "P36526D", "P106751991167300D", "PT876600H1S"})
        void shouldReturn400NamingTheRetentionWhenItIsOverAHundredYears(String retention) throws Exception {
            mvc.perform(post("/api/cleanup/runs").param("retention", retention).header("Authorization", TOKEN))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value("retention"))
                    .andExpect(jsonPath("$.message").value(Matchers.containsString("at most 36525 days")));
            verify(cleanup, never()).run(any());
        }

        @Test
        void shouldReturn400NamingTheRetentionWhenItOverflowsADuration() throws Exception {
            mvc.perform(post("/api/cleanup/runs")
                            .param("retention", "PT99999999999999999999H")
                            .header("Authorization", TOKEN))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value("retention"));
            verify(cleanup, never()).run(any());
        }

        @Test
        void acceptsAHundredYearsExactly() throws Exception {
            when(cleanup.run(CleanupRequest.requested(Duration.ofDays(36_525), true)))
                    .thenReturn(DRY_RUN);

            mvc.perform(post("/api/cleanup/runs")
                            .param("retention", "P36525D")
                            .param("dryRun", "true")
                            .header("Authorization", TOKEN))
                    .andExpect(status().isCreated());
        }

        @Test
        void shouldReturn400NamingDryRunWhenItIsNotABoolean() throws Exception {
            mvc.perform(post("/api/cleanup/runs").param("dryRun", "maybe").header("Authorization", TOKEN))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value("dryRun"))
                    .andExpect(jsonPath("$.message").value(Matchers.containsString("true or false")));
        }

        @Test
        void shouldReturn401WithoutTheAdminTokenAndNotRun() throws Exception {
            mvc.perform(post("/api/cleanup/runs"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.status").value(401));
            mvc.perform(post("/api/cleanup/runs").header("Authorization", "Bearer guess"))
                    .andExpect(status().isUnauthorized());
            verify(cleanup, never()).run(any());
        }

        @Test
        void shouldReturn409WhileAnotherRunIsInProgress() throws Exception {
            when(cleanup.run(any())).thenThrow(new CleanupInProgressException(6L));

            mvc.perform(post("/api/cleanup/runs").header("Authorization", TOKEN))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.status").value(409))
                    .andExpect(jsonPath("$.message").value(Matchers.containsString("/api/cleanup/runs/6")));
        }

        @Test
        void shouldReturn500PointingToTheLogOfAFailedRun() throws Exception {
            when(cleanup.run(any()))
                    .thenThrow(new CleanupFailedException(8, "cannot drop table", new IllegalStateException()));

            mvc.perform(post("/api/cleanup/runs").header("Authorization", TOKEN))
                    .andExpect(status().isInternalServerError())
                    .andExpect(jsonPath("$.message").value(Matchers.containsString("cannot drop table")))
                    .andExpect(jsonPath("$.message").value(Matchers.containsString("/api/cleanup/runs/8")));
        }

        @Test
        void listsTheLatestRunsWithoutATokenAndRefusesALimitOutOfRange() throws Exception {
            when(cleanup.recent(20)).thenReturn(List.of(DRY_RUN));

            mvc.perform(get("/api/cleanup/runs"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[0].id").value(7));
            mvc.perform(get("/api/cleanup/runs").param("limit", "0"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value("limit"));
            mvc.perform(get("/api/cleanup/runs").param("limit", "many"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value("limit"));
        }

        @Test
        void showsOneRunAndAnswers404ForAnUnknownOne() throws Exception {
            when(cleanup.find(7)).thenReturn(Optional.of(DRY_RUN));
            when(cleanup.find(8)).thenReturn(Optional.empty());

            mvc.perform(get("/api/cleanup/runs/7"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("completed"));
            mvc.perform(get("/api/cleanup/runs/8"))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.message").value("There is no cleanup run 8"));
            mvc.perform(get("/api/cleanup/runs/latest"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value("id"));
        }
    }

    @Nested
    @WebMvcTest(controllers = CleanupRunController.class)
    class WithoutAnAdminToken {

        @Autowired
        MockMvc mvc;

        @MockitoBean
        CleanupService cleanup;

        @Test
        void shouldReturn403SayingHowToEnableRuns() throws Exception {
            mvc.perform(post("/api/cleanup/runs").param("dryRun", "true"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.message").value(Matchers.containsString("ADMIN_TOKEN")));
            verify(cleanup, never()).run(any());
        }
    }
}
