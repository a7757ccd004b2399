package com.maritimealphaflow.dashboard.traffic;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.maritimealphaflow.dashboard.regions.RegionSeriesQueries;
import com.maritimealphaflow.dashboard.support.WebSlice;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The traffic API's JSON and its 400s, over mocked repositories. */
@WebMvcTest(TrafficApiController.class)
@WebSlice
@Import({TrafficMap.class, TrafficCounts.class})
class TrafficApiControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    VesselPositions positions;

    @MockitoBean
    CountsRepository counts;

    @MockitoBean
    RegionSeriesQueries regions;

    @Test
    void vesselsComeWithCountsPerCategoryAndWithoutUnavailableFields() throws Exception {
        when(positions.latest(any(), any()))
                .thenReturn(List.of(
                        new VesselPosition(
                                257000001,
                                "POLARSTAR",
                                "LAVA",
                                70,
                                "cargo",
                                69.1,
                                18.2,
                                11.5f,
                                95.0f,
                                94,
                                0,
                                "TROMSO",
                                Instant.parse("2026-11-22T11:55:00Z")),
                        new VesselPosition(
                                257000002,
                                null,
                                null,
                                null,
                                "unknown",
                                60.0,
                                5.0,
                                null,
                                null,
                                null,
                                null,
                                null,
                                Instant.parse("2026-11-22T11:50:00Z"))));

        mvc.perform(get("/api/traffic/vessels").param("category", "cargo"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.windowSeconds").value(3600))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.perCategory.cargo").value(1))
                .andExpect(jsonPath("$.perCategory.unknown").value(1))
                .andExpect(jsonPath("$.vessels", hasSize(1)))
                .andExpect(jsonPath("$.vessels[0].mmsi").value(257000001))
                .andExpect(jsonPath("$.vessels[0].speed").value(11.5))
                .andExpect(jsonPath("$.vessels[0].reportTime").value("2026-11-22T11:55:00Z"));
        mvc.perform(get("/api/traffic/vessels"))
                .andExpect(jsonPath("$.vessels[1].mmsi").value(257000002))
                .andExpect(jsonPath("$.vessels[1].speed").doesNotExist())
                .andExpect(jsonPath("$.vessels[1].name").doesNotExist());
    }

    @Test
    void theDefaultMapComesGzippedToClientsThatAcceptIt() throws Exception {
        when(positions.latest(any(), any())).thenReturn(List.of());

        mvc.perform(get("/api/traffic/vessels").header("Accept-Encoding", "gzip, deflate"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Encoding", "gzip"))
                .andExpect(header().string("Vary", org.hamcrest.Matchers.containsString("Accept-Encoding")))
                .andExpect(content().contentType("application/json"));
    }

    @Test
    void badVesselParametersAre400sNamingTheParameter() throws Exception {
        mvc.perform(get("/api/traffic/vessels").param("category", "submarine"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("category"));
        mvc.perform(get("/api/traffic/vessels").param("window", "PT12H"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("window"))
                .andExpect(jsonPath("$.message")
                        .value("'window' PT12H is too large: at most PT6H (the map reads raw positions)"));
        mvc.perform(get("/api/traffic/vessels").param("at", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("at"));
    }

    @Test
    void gaugeOfAnEmptyDatabaseIsStillAnAnswer() throws Exception {
        when(counts.latest()).thenReturn(Optional.empty());

        mvc.perform(get("/api/traffic/gauge"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").doesNotExist())
                .andExpect(jsonPath("$.smaSpanSeconds").value(259200))
                .andExpect(jsonPath("$.smaWindows").value(0));
    }

    @Test
    void countsAreColumnsOfTimesAndOneSeriesPerCategory() throws Exception {
        double[] values = new double[CountColumns.ALL.size()];
        values[0] = 12;
        values[1] = 5;
        Instant window = Instant.parse("2026-11-22T11:55:00Z");
        CountRow row = new CountRow(window, values);
        when(counts.latest()).thenReturn(Optional.of(new CountsRepository.Window(row, window.plusSeconds(300))));
        when(counts.windows(any(), any())).thenReturn(List.of(row));

        mvc.perform(get("/api/traffic/counts").param("range", "6h").param("category", "total,cargo"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resolution").value("window"))
                .andExpect(jsonPath("$.stepSeconds").value(300))
                .andExpect(jsonPath("$.times", contains("2026-11-22T11:55:00Z")))
                .andExpect(jsonPath("$.series[0].category").value("total"))
                .andExpect(jsonPath("$.series[0].values", contains(12.0)))
                .andExpect(jsonPath("$.series[1].category").value("cargo"))
                .andExpect(jsonPath("$.series[1].values", contains(5.0)));
    }

    @Test
    void badCountParametersAre400sNamingTheParameter() throws Exception {
        mvc.perform(get("/api/traffic/counts").param("range", "1y"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("range"));
        mvc.perform(get("/api/traffic/counts").param("resolution", "minute"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("resolution"));
        mvc.perform(get("/api/traffic/counts").param("category", "total,boats"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("category"));
    }
}
