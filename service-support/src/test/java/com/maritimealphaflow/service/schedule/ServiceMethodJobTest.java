package com.maritimealphaflow.service.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** How a job's one call ending badly reaches Quartz: reported without refire, or quietly when interrupted. */
class ServiceMethodJobTest {

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    private static ServiceMethodJob calling(Exception failure) {
        return new ServiceMethodJob() {
            @Override
            protected void call(JobExecutionContext context) throws Exception {
                throw failure;
            }
        };
    }

    @Test
    void aFailedCallIsReportedToQuartzWithoutRefiring() {
        assertThatThrownBy(() -> calling(new IllegalStateException("database unreachable"))
                        .execute(null))
                .isInstanceOfSatisfying(JobExecutionException.class, e -> {
                    assertThat(e.refireImmediately()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("database unreachable");
                })
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> calling(new IOException("disk full")).execute(null))
                .isInstanceOf(JobExecutionException.class)
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void aJobExecutionExceptionOfTheCallGoesOutAsItIs() {
        JobExecutionException own = new JobExecutionException("CSV directory scan failed: gone", false);

        assertThatThrownBy(() -> calling(own).execute(null)).isSameAs(own);
    }

    @Test
    void anInterruptedCallEndsQuietlyWithTheFlagRestored() {
        assertThatCode(() -> calling(new InterruptedException()).execute(null)).doesNotThrowAnyException();
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }
}
