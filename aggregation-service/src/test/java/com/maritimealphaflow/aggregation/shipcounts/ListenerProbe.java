package com.maritimealphaflow.aggregation.shipcounts;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.context.ApplicationContext;

/**
 * Lets tests outside this package wait for the notification listener: it catches up on pending batches when it
 * connects, and a test that claims batches itself must not race that first catch-up.
 */
public final class ListenerProbe {

    private ListenerProbe() {}

    public static void awaitListening(ApplicationContext context) {
        BatchNotificationListener listener = context.getBean(BatchNotificationListener.class);
        await().atMost(Duration.ofSeconds(30)).until(listener::listening);
    }
}
