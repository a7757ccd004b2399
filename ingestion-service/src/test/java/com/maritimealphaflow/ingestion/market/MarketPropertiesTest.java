package com.maritimealphaflow.ingestion.market;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.model.market.BarInterval;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The interval of scheduled updates is checked against the shared bar intervals, not a list of its own. */
class MarketPropertiesTest {

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    private List<String> violations(String interval) {
        var updates =
                new MarketProperties.Updates(List.of("BTCUSDT"), interval, Duration.ofMinutes(5), Duration.ofDays(1));
        return validator.validate(updates).stream()
                .map(ConstraintViolation::getMessage)
                .toList();
    }

    @Test
    void acceptsEveryBarIntervalAndRefusesAnythingElse() {
        for (String key : BarInterval.keys()) {
            assertThat(violations(key)).as(key).isEmpty();
        }
        assertThat(violations("2m")).containsExactly("interval must be a bar interval key, such as 1m or 1d");
        assertThat(violations("1M")).hasSize(1);
    }
}
