package com.maritimealphaflow.service;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

class ServiceApiTest {

    @SpringBootApplication
    @Import(ServiceApi.class)
    static class TestApp {}

    @RestController
    static class ThingController {
        @GetMapping("/api/things")
        String list(@RequestParam(required = false) Instant since) {
            return "[]";
        }

        @PostMapping("/api/things")
        String create(@RequestParam Instant from, @RequestParam(defaultValue = "1") int count) {
            if (count < 1) {
                throw new BadRequestException("count", "must be at least 1");
            }
            return "{\"created\":" + count + "}";
        }

        @GetMapping("/api/things/{id}")
        String one(@PathVariable long id) {
            throw new NotFoundException("no thing " + id);
        }
    }

    @Nested
    @WebMvcTest(controllers = ThingController.class)
    @Import({TestApp.class, ThingController.class})
    class WithoutAnAdminToken {

        @Autowired
        MockMvc mvc;

        @Test
        void shouldAnswerWritesWith403SayingHowToEnableThem() throws Exception {
            mvc.perform(post("/api/things").param("from", "2026-11-22T00:00:00Z"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.message").value(Matchers.containsString("ADMIN_TOKEN")));
        }

        @Test
        void shouldLeaveReadsOpen() throws Exception {
            mvc.perform(get("/api/things")).andExpect(status().isOk());
        }
    }

    @Nested
    @WebMvcTest(controllers = ThingController.class, properties = "alphaflow.admin-token=s3cret-token")
    @Import({TestApp.class, ThingController.class})
    class WithAnAdminToken {

        @Autowired
        MockMvc mvc;

        @Test
        void shouldAnswer401WithoutOrWithAWrongTokenAndNeverEchoIt() throws Exception {
            mvc.perform(post("/api/things").param("from", "2026-11-22T00:00:00Z"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", "Bearer"));
            mvc.perform(post("/api/things")
                            .param("from", "2026-11-22T00:00:00Z")
                            .header("Authorization", "Bearer guess"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.message").value(Matchers.not(Matchers.containsString("guess"))));
        }

        @Test
        void shouldLetTheRightTokenThrough() throws Exception {
            mvc.perform(post("/api/things")
                            .param("from", "2026-11-22T00:00:00Z")
                            .param("count", "3")
                            .header("Authorization", "Bearer s3cret-token"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.created").value(3));
        }

        @Test
        void shouldReturn400NamingTheParameterThatIsMissingMalformedOrOutOfRange() throws Exception {
            mvc.perform(post("/api/things").header("Authorization", "Bearer s3cret-token"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value("from"));
            mvc.perform(post("/api/things").param("from", "yesterday").header("Authorization", "Bearer s3cret-token"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value("from"))
                    .andExpect(jsonPath("$.message").value(Matchers.containsString("ISO-8601")));
            mvc.perform(post("/api/things")
                            .param("from", "2026-11-22T00:00:00Z")
                            .param("count", "0")
                            .header("Authorization", "Bearer s3cret-token"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value("count"))
                    .andExpect(jsonPath("$.message").value("must be at least 1"));
        }

        @Test
        void shouldReturn404ForAnUnknownId() throws Exception {
            mvc.perform(get("/api/things/42"))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.message").value("no thing 42"));
        }
    }
}
