package com.maritimealphaflow.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

class AggregationPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AggregationProperties.class)
    static class Settings {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class)
            .withPropertyValues(
                    "alphaflow.aggregation.poll.interval=PT30S",
                    "alphaflow.aggregation.poll.batches-per-run=100",
                    "alphaflow.aggregation.listener.idle-check=PT10S",
                    "alphaflow.aggregation.listener.reconnect-initial=PT1S",
                    "alphaflow.aggregation.listener.reconnect-max=PT1M",
                    "alphaflow.aggregation.rebuild.max-range=P400D",
                    "alphaflow.aggregation.regions.rules.transit-repeat=PT48H",
                    "alphaflow.aggregation.regions.rules.crossing-expiry=P7D",
                    "alphaflow.aggregation.regions.rules.max-segment-gap=PT24H",
                    "alphaflow.aggregation.regions.rules.max-segment-knots=60",
                    "alphaflow.aggregation.regions.rules.stopped-knots=0.5",
                    "alphaflow.aggregation.regions.rules.dwell-without-speed=PT2H",
                    "alphaflow.aggregation.regions.rules.waiting-knots=0.5",
                    "alphaflow.aggregation.regions.rules.waiting-minimum=PT2H",
                    "alphaflow.aggregation.regions.rules.visit-gap-limit=P7D",
                    "alphaflow.aggregation.regions.exit-buffer-meters=500",
                    "alphaflow.aggregation.regions.position-margin-degrees=0.5",
                    "alphaflow.aggregation.regions.rebuild-warmup=PT48H",
                    "alphaflow.aggregation.regions.recompute-lookback=P30D",
                    "alphaflow.aggregation.regions.track-expiry=P8D",
                    "alphaflow.aggregation.ticks.partials-per-transaction=50000",
                    "alphaflow.aggregation.rollups.series-per-run=50",
                    "alphaflow.aggregation.rollups.max-rebuild-range=P400D");

    @Test
    void acceptsWindowsThatDivideADay() {
        for (String window : new String[] {"PT1M", "PT5M", "PT15M", "PT1H", "PT2H", "P1D"}) {
            runner.withPropertyValues("alphaflow.aggregation.window=" + window)
                    .run(context -> assertThat(context).hasNotFailed());
        }
    }

    @Test
    void refusesToStartWithAWindowThatDoesNotDivideADayAndSaysWhy() {
        for (String window : new String[] {"PT7M", "PT0.5S", "P2D"}) {
            runner.withPropertyValues("alphaflow.aggregation.window=" + window).run(context -> assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("must be whole seconds that divide a day"));
        }
    }
}
