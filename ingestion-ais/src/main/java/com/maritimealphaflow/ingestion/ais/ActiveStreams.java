package com.maritimealphaflow.ingestion.ais;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * The streams running now. On shutdown each is asked to stop at once (the context-closed event comes before the
 * scheduler and the web server stop), so that the batch in hand is closed and written rather than cut off.
 */
@Component
public class ActiveStreams implements ApplicationListener<ContextClosedEvent> {

    private final Set<StreamControl> active = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;

    public void register(StreamControl control) {
        active.add(control);
        if (closing) {
            control.stopForShutdown();
        }
    }

    public void unregister(StreamControl control) {
        active.remove(control);
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        closing = true;
        active.forEach(StreamControl::stopForShutdown);
    }
}
