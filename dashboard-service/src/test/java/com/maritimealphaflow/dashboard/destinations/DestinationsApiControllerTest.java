package com.maritimealphaflow.dashboard.destinations;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.maritimealphaflow.dashboard.support.WebSlice;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(DestinationsApiController.class)
@WebSlice
@Import({DestinationQuery.class})
class DestinationsApiControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DestinationRepository repository;

    @BeforeEach
    void groups() {
        when(repository.groups(any()))
                .thenReturn(List.of(
                        new DestinationRepository.Group("ROTTERDAM", 70, 3),
                        new DestinationRepository.Group("rotterdam@@", 80, 1),
                        new DestinationRepository.Group("HAMBURG", 60, 2),
                        new DestinationRepository.Group(null, 30, 4)));
    }

    @Test
    void answersTheTableAsJson() throws Exception {
        mvc.perform(get("/api/destinations").param("since", "2026-11-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.since").value("2026-11-01T00:00:00Z"))
                .andExpect(jsonPath("$.destinations").value(2))
                .andExpect(jsonPath("$.vessels").value(6))
                .andExpect(jsonPath("$.withoutDestination").value(4))
                .andExpect(jsonPath("$.rows[0].destination").value("ROTTERDAM"))
                .andExpect(jsonPath("$.rows[0].vessels").value(4))
                .andExpect(jsonPath("$.rows[0].perCategory.cargo").value(3))
                .andExpect(jsonPath("$.rows[0].perCategory.tanker").value(1))
                .andExpect(jsonPath("$.rows[1].destination").value("HAMBURG"));
    }

    @Test
    void downloadsEveryRowAsCsv() throws Exception {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        mvc.perform(get("/api/destinations.csv").param("since", today).param("sort", "destination"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string(
                                "Content-Disposition", "attachment; filename=\"destinations-since-" + today + ".csv\""))
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("destination,vessels,cargo,")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "\r\nHAMBURG,2,0,0,2,0,0,0,0,0,0,0\r\nROTTERDAM,4,3,1,0,")));
    }

    @Test
    void badParametersAre400sNamingTheParameter() throws Exception {
        mvc.perform(get("/api/destinations").param("since", "22/11/2026"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("since"))
                .andExpect(jsonPath("$.message")
                        .value("'22/11/2026' is not a valid value for 'since': expected a date such as 2026-11-22"));
        mvc.perform(get("/api/destinations").param("since", "2999-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("since"));
        mvc.perform(get("/api/destinations").param("category", "yacht"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("category"));
        mvc.perform(get("/api/destinations").param("limit", "1000000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("limit"));
    }
}
