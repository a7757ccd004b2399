package com.maritimealphaflow.dashboard.ticks;

import com.maritimealphaflow.dashboard.DashboardProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Delivers the due webhook alerts, one POST per breakout: 2xx marks it {@code delivered}; anything else is tried again
 * after a doubling wait ({@code backoffInitial}, twice that, … up to {@code backoffMax}) until {@code maxAttempts},
 * then it is {@code failed}. Every attempt is logged. Without a webhook, pending alerts are {@code disabled}; an alert
 * whose window ended more than {@code maxAge} before its first attempt is {@code expired}.
 */
@Service
class TickAlertDelivery {

    private static final Logger log = LoggerFactory.getLogger(TickAlertDelivery.class);

    /** At most this many alerts per call, so that a backlog does not hold the loop from noticing a stop. */
    private static final int MAX_PER_RUN = 100;

    private final TickAlertOutbox outbox;
    private final WebhookClient webhook;
    private final DashboardProperties.Ticks.Alerts settings;
    private final Clock clock;

    TickAlertDelivery(TickAlertOutbox outbox, WebhookClient webhook, DashboardProperties properties, Clock clock) {
        this.outbox = outbox;
        this.webhook = webhook;
        this.settings = properties.ticks().alerts();
        this.clock = clock;
    }

    /** Handles the alerts due now; the number of attempts made (and alerts set aside) so that the caller may go on. */
    int deliverDue() {
        if (!webhook.enabled()) {
            int disabled = outbox.disableAll();
            if (disabled > 0) {
                log.info("{} tick alerts not sent: no TICKS_ALERT_WEBHOOK_URL configured", disabled);
            }
            return 0;
        }
        int expired = outbox.expireOld(settings.maxAge());
        if (expired > 0) {
            log.info(
                    "{} tick alerts expired: their windows ended more than {} before their first attempt",
                    expired,
                    settings.maxAge());
        }
        int handled = 0;
        Optional<TickAlertOutbox.Claimed> claimed;
        while (handled < MAX_PER_RUN && (claimed = outbox.claim(lease())).isPresent()) {
            attempt(claimed.get());
            handled++;
        }
        return handled;
    }

    private void attempt(TickAlertOutbox.Claimed claimed) {
        Breakout breakout = claimed.breakout();
        if (claimed.attempt() == 1
                && breakout.windowEnd().isBefore(clock.instant().minus(settings.maxAge()))) {
            outbox.expired(breakout.id(), settings.maxAge());
            log.info("Tick alert {} expired: its window ended at {}", breakout.id(), breakout.windowEnd());
            return;
        }
        WebhookClient.Outcome outcome = webhook.post(breakout);
        if (outcome.delivered()) {
            outbox.delivered(breakout.id());
            log.info(
                    "Tick alert {} ({} {} at {}) delivered to {} on attempt {}: {}",
                    breakout.id(),
                    breakout.kind(),
                    breakout.symbol(),
                    breakout.windowEnd(),
                    webhook.target(),
                    claimed.attempt(),
                    outcome.detail());
            return;
        }
        boolean last = claimed.attempt() >= settings.maxAttempts();
        Duration wait = backoff(claimed.attempt());
        outbox.attemptFailed(breakout.id(), outcome.detail(), wait, last);
        if (last) {
            log.warn(
                    "Tick alert {} ({} {}) failed: attempt {} of {} to {} gave {}; giving up",
                    breakout.id(),
                    breakout.kind(),
                    breakout.symbol(),
                    claimed.attempt(),
                    settings.maxAttempts(),
                    webhook.target(),
                    outcome.detail());
        } else {
            log.info(
                    "Tick alert {} ({} {}): attempt {} of {} to {} gave {}; next in {}",
                    breakout.id(),
                    breakout.kind(),
                    breakout.symbol(),
                    claimed.attempt(),
                    settings.maxAttempts(),
                    webhook.target(),
                    outcome.detail(),
                    wait);
        }
    }

    /** The wait after the n-th failed attempt: backoffInitial · 2ⁿ⁻¹, at most backoffMax. */
    Duration backoff(int attempt) {
        Duration wait = settings.backoffInitial().multipliedBy(1L << Math.min(attempt - 1, 30));
        return wait.compareTo(settings.backoffMax()) > 0 ? settings.backoffMax() : wait;
    }

    /** How long a claimed alert is left to this instance: one delivery's worst case, and some. */
    private Duration lease() {
        return settings.connectTimeout().plus(settings.readTimeout()).plusSeconds(30);
    }
}
