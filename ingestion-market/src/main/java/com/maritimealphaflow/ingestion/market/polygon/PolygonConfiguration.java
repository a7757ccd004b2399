package com.maritimealphaflow.ingestion.market.polygon;

import com.maritimealphaflow.ingestion.market.BarSource;
import com.maritimealphaflow.ingestion.market.MarketProperties;
import com.maritimealphaflow.ingestion.market.http.MarketHttp;
import com.maritimealphaflow.ingestion.market.http.Pacer;
import com.maritimealphaflow.ingestion.market.http.Sleeper;
import com.maritimealphaflow.ingestion.market.reference.ReferenceStore;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One client and one pacer for all Polygon calls: the plan's limit is per key. */
@Configuration(proxyBeanMethods = false)
class PolygonConfiguration {

    @Bean
    PolygonClient polygonClient(MarketProperties properties, Sleeper sleeper, Clock clock) {
        MarketProperties.Polygon settings = properties.polygon();
        String key = settings.apiKey() == null ? "" : settings.apiKey().strip();
        MarketHttp http = new MarketHttp(
                "Polygon",
                properties.http(),
                new Pacer(settings.requestsPerMinute(), clock, sleeper),
                sleeper,
                clock,
                List.of(key));
        return new PolygonClient(http, settings.baseUrl(), key);
    }

    @Bean
    BarSource polygonBarSource(PolygonClient client, MarketProperties properties) {
        MarketProperties.Polygon settings = properties.polygon();
        return new PolygonBarSource(
                client, settings.apiKey() != null && !settings.apiKey().isBlank(), settings.pageSize());
    }

    @Bean
    PolygonReference polygonReference(PolygonClient client, ReferenceStore store, Clock clock) {
        return new PolygonReference(client, store, clock);
    }
}
