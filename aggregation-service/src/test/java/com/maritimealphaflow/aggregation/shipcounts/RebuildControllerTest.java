package com.maritimealphaflow.aggregation.shipcounts;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.maritimealphaflow.aggregation.AggregationProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(controllers = RebuildController.class, properties = "alphaflow.admin-token=slice-token")
@Import(RebuildControllerTest.Settings.class)
class RebuildControllerTest {

    /** The slice does not scan configuration properties; the controller reads the longest range from them. */
    @TestConfiguration
    @EnableConfigurationProperties(AggregationProperties.class)
    static class Settings {}

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ShipCountRebuild rebuild;

    @Test
    void answersWithWhatTheRebuildDid() throws Exception {
        Instant from = Instant.parse("2026-10-01T00:00:00Z");
        Instant to = Instant.parse("2026-10-03T00:00:00Z");
        when(rebuild.rebuild(from, to))
                .thenReturn(new RebuildResult(from, to, 576, 48, 2, List.of(LocalDate.parse("2026-10-02")), 1234));

        mvc.perform(authorized(post("/api/aggregations/rebuild")
                        .param("from", "2026-10-01T00:00:00Z")
                        .param("to", "2026-10-03T00:00:00Z")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-10-01T00:00:00Z"))
                .andExpect(jsonPath("$.to").value("2026-10-03T00:00:00Z"))
                .andExpect(jsonPath("$.windows").value(576))
                .andExpect(jsonPath("$.hours").value(48))
                .andExpect(jsonPath("$.days").value(2))
                .andExpect(jsonPath("$.daysWithoutRawData[0]").value("2026-10-02"))
                .andExpect(jsonPath("$.tookMillis").value(1234));
        verify(rebuild).rebuild(from, to);
    }

    @Test
    void shouldReturn400NamingToWhenItIsNotAfterFrom() throws Exception {
        mvc.perform(authorized(post("/api/aggregations/rebuild")
                        .param("from", "2026-10-03T00:00:00Z")
                        .param("to", "2026-10-03T00:00:00Z")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("to"))
                .andExpect(jsonPath("$.message").value(Matchers.containsString("must be after 'from'")));
        verifyNoInteractions(rebuild);
    }

    @Test
    void shouldReturn400NamingToWhenTheRangeIsLongerThanAllowed() throws Exception {
        mvc.perform(authorized(post("/api/aggregations/rebuild")
                        .param("from", "2025-01-01T00:00:00Z")
                        .param("to", "2026-02-05T00:00:01Z")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("to"))
                .andExpect(jsonPath("$.message").value(Matchers.containsString("at most 400 days")));
        verifyNoInteractions(rebuild);
    }

    @Test
    void acceptsARangeOfExactlyTheLongestAllowed() throws Exception {
        mvc.perform(authorized(post("/api/aggregations/rebuild")
                        .param("from", "2025-01-01T00:00:00Z")
                        .param("to", "2026-02-05T00:00:00Z")))
                .andExpect(status().isOk());
        verify(rebuild).rebuild(any(), any());
    }

    @Test
    void shouldReturn400NamingFromWhenItIsNotAnInstant() throws Exception {
        mvc.perform(authorized(post("/api/aggregations/rebuild")
                        .param("from", "yesterday")
                        .param("to", "2026-10-03T00:00:00Z")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("from"));
        verifyNoInteractions(rebuild);
    }

    @Test
    void shouldReturn400NamingToWhenItIsMissing() throws Exception {
        mvc.perform(authorized(post("/api/aggregations/rebuild").param("from", "2026-10-03T00:00:00Z")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("to"));
    }

    @Test
    void shouldReturn401WithoutTheAdminToken() throws Exception {
        mvc.perform(post("/api/aggregations/rebuild")
                        .param("from", "2026-10-01T00:00:00Z")
                        .param("to", "2026-10-02T00:00:00Z"))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(rebuild);
    }

    private static MockHttpServletRequestBuilder authorized(MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer slice-token");
    }
}
