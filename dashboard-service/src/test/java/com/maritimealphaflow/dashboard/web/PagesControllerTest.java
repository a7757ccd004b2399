package com.maritimealphaflow.dashboard.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.maritimealphaflow.dashboard.support.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

/** The three pages render from one layout, load their scripts from this server, and carry their settings. */
@WebMvcTest(PagesController.class)
@WebSlice
class PagesControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void trafficPageCarriesTheMapSettingsAndLoadsChartJsAndLeafletFromWebjars() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<title>Traffic · Maritime Alpha Flow</title>"),
                                containsString("data-tile-url=\"https://tile.openstreetmap.org/{z}/{x}/{y}.png\""),
                                containsString("data-tile-attribution=\"© OpenStreetMap contributors\""),
                                containsString("data-window-minutes=\"60\""),
                                containsString("data-refresh-ms=\"30000\""),
                                containsString("/webjars/chart.js/4.5.1/dist/chart.umd.min.js"),
                                containsString("/webjars/leaflet/1.9.4/dist/leaflet.js"),
                                containsString("class=\"active\">Traffic</a>"),
                                not(containsString("cdn")))))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                allOf(
                                        containsString("script-src 'self'"),
                                        containsString("img-src 'self' data: https://tile.openstreetmap.org"))));
    }

    @Test
    void destinationsAndPipelinePagesRender() throws Exception {
        mvc.perform(get("/destinations"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("data-default-since-days=\"7\""),
                                containsString("id=\"csv-link\""),
                                containsString("class=\"active\">Destinations</a>"))));
        mvc.perform(get("/pipeline"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("data-batch-interval-seconds=\"300\""),
                                containsString("Aggregation lag"),
                                containsString("Last cleanup run"),
                                containsString("Backfill jobs"))));
    }

    @Test
    void theDashboardOnlyAnswersReads() throws Exception {
        mvc.perform(post("/")).andExpect(status().isForbidden());
    }
}
