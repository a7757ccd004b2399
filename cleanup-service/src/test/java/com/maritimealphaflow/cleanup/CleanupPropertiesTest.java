package com.maritimealphaflow.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class CleanupPropertiesTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(WithCleanupProperties.class);

    @Test
    void bindsTheRetentionFromAnIsoDuration() {
        context.withPropertyValues("alphaflow.cleanup.retention-raw=P30D").run(started -> assertThat(
                        started.getBean(CleanupProperties.class).retentionRaw())
                .isEqualTo(Duration.ofDays(30)));
    }

    @Test
    void refusesToStartWithARetentionShorterThanADay() {
        context.withPropertyValues("alphaflow.cleanup.retention-raw=PT1H")
                .run(started ->
                        assertThat(started).hasFailed().getFailure().rootCause().hasMessageContaining("retentionRaw"));
    }

    @Test
    void refusesToStartWithoutARetention() {
        context.run(started -> assertThat(started).hasFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CleanupProperties.class)
    static class WithCleanupProperties {}
}
