package com.maritimealphaflow.dashboard.research;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lead-lag studies on demand. POST because the inputs are a document; nothing is stored. */
@RestController
@RequestMapping("/api/research")
@Tag(name = "Research", description = "Does vessel traffic lead market returns?")
class LeadLagApiController {

    private final LeadLagService studies;

    LeadLagApiController(LeadLagService studies) {
        this.studies = studies;
    }

    @PostMapping("/lead-lag")
    @Operation(
            summary = "Cross-correlation, Granger tests both ways and ADF tests of traffic against an instrument's"
                    + " log returns",
            description = "Both series are resampled to hour, day or week: the last close of each step and the mean"
                    + " vessels per window. Ranges: at most 2 years hourly, 10 years daily or weekly; maxLag 1-60"
                    + " (default 24, 10 or 8).")
    LeadLagResponse leadLag(@RequestBody LeadLagRequest request) {
        return studies.study(request);
    }
}
