package com.maritimealphaflow.ingestion.market.csv;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.calendar.MarketCalendar;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The CSV import API's parameters and answers, with the import mocked. */
@WebMvcTest(controllers = CsvImportController.class, properties = "alphaflow.admin-token=s3cret-token")
class CsvImportControllerTest {

    private static final String TOKEN = "Bearer s3cret-token";
    private static final CsvImportReport REPORT = new CsvImportReport(
            9, "btc.csv", "BTCUSDT", "1m", "24x7", 3, 2, 0, 1, List.of(new CsvImportReport.Line(3, "empty close")));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CsvImport imports;

    @Test
    void importsAnUploadedFileForTheSymbolIntervalAndMarketGiven() throws Exception {
        when(imports.importBars(
                        eq("btc.csv"),
                        eq("BTCUSDT"),
                        eq(BarInterval.ONE_MINUTE),
                        eq(MarketCalendar.ALWAYS_OPEN),
                        any()))
                .thenReturn(REPORT);

        mvc.perform(multipart("/api/market/csv")
                        .file(new MockMultipartFile("file", "btc.csv", "text/csv", "timestamp,open\n".getBytes()))
                        .param("symbol", "btcusdt")
                        .param("interval", "1m")
                        .param("market", "24x7")
                        .header("Authorization", TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stored").value(2))
                .andExpect(jsonPath("$.rejected[0].line").value(3))
                .andExpect(jsonPath("$.rejected[0].reason").value("empty close"));
    }

    @Test
    void shouldReturn400NamingTheParameterForAnUnknownIntervalMarketOrHeader() throws Exception {
        mvc.perform(post("/api/market/csv")
                        .contentType("text/csv")
                        .content("date,open\n")
                        .param("symbol", "SEA")
                        .param("interval", "1w")
                        .header("Authorization", TOKEN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("interval"));
        mvc.perform(post("/api/market/csv")
                        .contentType("text/csv")
                        .content("date,open\n")
                        .param("symbol", "SEA")
                        .param("interval", "1d")
                        .param("market", "lse")
                        .header("Authorization", TOKEN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("market"));
        mvc.perform(post("/api/market/csv")
                        .contentType("text/csv")
                        .content("date,open\n")
                        .param("interval", "1d")
                        .header("Authorization", TOKEN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("symbol"));
        when(imports.importBars(anyString(), anyString(), any(), any(), any()))
                .thenThrow(new CsvFormatException("the header lacks volume"));
        mvc.perform(post("/api/market/csv")
                        .contentType("text/csv")
                        .content("date,open\n")
                        .param("symbol", "SEA")
                        .param("interval", "1d")
                        .header("Authorization", TOKEN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("file"))
                .andExpect(jsonPath("$.message").value(Matchers.containsString("lacks volume")));
    }

    @Test
    void shouldReturn401WithoutTheAdminToken() throws Exception {
        mvc.perform(post("/api/market/csv")
                        .contentType("text/csv")
                        .content("date,open\n")
                        .param("symbol", "SEA")
                        .param("interval", "1d"))
                .andExpect(status().isUnauthorized());
        verify(imports, never()).importBars(anyString(), anyString(), any(), any(), any());
    }
}
