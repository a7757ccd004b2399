package com.maritimealphaflow.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.maritimealphaflow.dashboard.support.WebSlice;
import com.maritimealphaflow.model.ais.VesselCategory;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/** The four pages render from one layout, load their scripts from this server, and carry their settings. */
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
                                containsString("data-default-series=\"total,cargo,tanker,passenger\""),
                                containsString("data-refresh-ms=\"30000\""),
                                containsString("/webjars/chart.js/4.5.1/dist/chart.umd.min.js"),
                                containsString("/webjars/leaflet/1.9.4/dist/leaflet.js"),
                                containsString("src=\"/js/traffic-map-"),
                                containsString("src=\"/js/traffic-gauge-"),
                                containsString("src=\"/js/traffic-counts-"),
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
    void everyPageCarriesTheVesselCategoriesInTheEnumsOrderWithALabelAndAColourEach() throws Exception {
        for (String page : List.of(
                "/", "/regions", "/destinations", "/pipeline", "/backtest", "/research", "/ticks", "/ticks/IEBBB.FR")) {
            String html = mvc.perform(get(page))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            Matcher attribute =
                    Pattern.compile("data-vessel-categories=\"([^\"]*)\"").matcher(html);
            assertThat(attribute.find()).as("categories on %s", page).isTrue();
            List<VesselCategoryStyle> categories = List.of(JsonMapper.builder()
                    .build()
                    .readValue(HtmlUtils.htmlUnescape(attribute.group(1)), VesselCategoryStyle[].class));

            assertThat(categories)
                    .extracting(VesselCategoryStyle::key)
                    .containsExactlyElementsOf(Arrays.stream(VesselCategory.values())
                            .map(VesselCategory::key)
                            .toList());
            assertThat(categories).allSatisfy(category -> {
                assertThat(category.label()).isNotBlank();
                assertThat(category.color()).matches("#[0-9a-f]{6}");
            });
            assertThat(categories).extracting(VesselCategoryStyle::label).contains("Tug & towing");
        }
    }

    @Test
    void tickPagesLoadTheZoomPluginAndRefuseAPathThatIsNoSymbol() throws Exception {
        mvc.perform(get("/ticks"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("class=\"active\">Ticks</a>"),
                                containsString("id=\"breakout-table\""),
                                containsString("id=\"symbol-q\""))));
        mvc.perform(get("/ticks/IEBBB.FR"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<title>IEBBB.FR · Maritime Alpha Flow</title>"),
                                containsString("data-symbol=\"IEBBB.FR\""),
                                containsString("data-default-range-hours=\"48\""),
                                containsString("/webjars/chartjs-plugin-zoom/2.2.0/dist/chartjs-plugin-zoom.min.js"),
                                containsString("/webjars/hammerjs/2.0.8/hammer.js"),
                                containsString("class=\"active\">Ticks</a>"))));
        mvc.perform(get("/ticks/BAD!SYMBOL")).andExpect(status().isBadRequest());
    }

    @Test
    void theDashboardOnlyAnswersReads() throws Exception {
        mvc.perform(post("/")).andExpect(status().isForbidden());
    }
}
