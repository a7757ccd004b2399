package com.maritimealphaflow.dashboard.regions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.maritimealphaflow.dashboard.support.WebSlice;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Without ADMIN_TOKEN the region edits are refused with a 403 that says how to enable them, whatever is sent. */
@WebMvcTest(RegionApiController.class)
@WebSlice
class RegionEditsDisabledTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RegionRepository regions;

    @MockitoBean
    RegionEditor editor;

    @Test
    void editsAre403SayingHowToEnableThem() throws Exception {
        mvc.perform(post("/api/regions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .header("Authorization", "Bearer anything"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value(Matchers.containsString("ADMIN_TOKEN")));
        mvc.perform(delete("/api/regions/1")).andExpect(status().isForbidden());
    }

    @Test
    void otherWritesStayRefused() throws Exception {
        mvc.perform(post("/api/regions/1/series").header("Authorization", "Bearer anything"))
                .andExpect(status().isForbidden());
    }
}
