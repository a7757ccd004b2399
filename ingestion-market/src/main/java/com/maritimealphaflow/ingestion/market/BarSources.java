package com.maritimealphaflow.ingestion.market;

import com.maritimealphaflow.model.market.MarketSource;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The bar sources of this service by name. */
@Component
public class BarSources {

    private final Map<MarketSource, BarSource> sources = new EnumMap<>(MarketSource.class);

    public BarSources(List<BarSource> sources) {
        sources.forEach(s -> this.sources.put(s.source(), s));
    }

    public Optional<BarSource> find(MarketSource source) {
        return Optional.ofNullable(sources.get(source));
    }

    public BarSource get(MarketSource source) {
        return find(source).orElseThrow(() -> new IllegalStateException("no bar source " + source.key()));
    }
}
