package com.maritimealphaflow.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class CleanupPropertiesTest {

    private static final String CRON = "alphaflow.cleanup.cron=0 30 3 * * ?";

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(WithCleanupProperties.class);

    @Test
    void bindsTheRetentionFromAnIsoDuration() {
        context.withPropertyValues("alphaflow.cleanup.retention-raw=P30D", CRON).run(started -> assertThat(
                        started.getBean(CleanupProperties.class).retentionRaw())
                .isEqualTo(Duration.ofDays(30)));
    }

    @Test
    void refusesToStartWithARetentionShorterThanADaySayingWhy() {
        context.withPropertyValues("alphaflow.cleanup.retention-raw=PT23H59M", CRON)
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("retentionRaw")
                        .hasMessageContaining("must be at least one day (P1D)")
                        .hasMessageContaining("late reports"));
    }

    @Test
    void refusesToStartWithARetentionOverAHundredYearsSayingWhy() {
        context.withPropertyValues("alphaflow.cleanup.retention-raw=PT2562047788015215H", CRON)
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("retentionRaw")
                        .hasMessageContaining("must be at most 36525 days"));
    }

    @Test
    void refusesToStartWithoutARetention() {
        context.withPropertyValues(CRON).run(started -> assertThat(started).hasFailed());
    }

    @Test
    void bindsTheCron() {
        context.withPropertyValues("alphaflow.cleanup.retention-raw=P180D", "alphaflow.cleanup.cron=0 0 4 ? * SUN")
                .run(started -> assertThat(
                                started.getBean(CleanupProperties.class).cron())
                        .isEqualTo("0 0 4 ? * SUN"));
    }

    @Test
    void refusesToStartWithACronQuartzCannotRead() {
        // five fields, as crontab would have it: Quartz wants seconds first
        context.withPropertyValues("alphaflow.cleanup.retention-raw=P180D", "alphaflow.cleanup.cron=30 3 * * *")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("cron")
                        .hasMessageContaining("Quartz cron expression"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CleanupProperties.class)
    static class WithCleanupProperties {}
}
