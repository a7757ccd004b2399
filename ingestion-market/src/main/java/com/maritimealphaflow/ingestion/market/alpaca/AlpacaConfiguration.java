package com.maritimealphaflow.ingestion.market.alpaca;

import com.maritimealphaflow.ingestion.market.BarSource;
import com.maritimealphaflow.ingestion.market.MarketProperties;
import com.maritimealphaflow.ingestion.market.http.MarketHttp;
import com.maritimealphaflow.ingestion.market.http.Pacer;
import com.maritimealphaflow.ingestion.market.http.Sleeper;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One client for all Alpaca calls, paced under the plan's requests per minute (the free plan allows 200). */
@Configuration(proxyBeanMethods = false)
class AlpacaConfiguration {

    @Bean
    BarSource alpacaBarSource(MarketProperties properties, Sleeper sleeper, Clock clock) {
        MarketProperties.Alpaca settings = properties.alpaca();
        MarketHttp http = new MarketHttp(
                "Alpaca",
                properties.http(),
                new Pacer(settings.requestsPerMinute(), clock, sleeper),
                sleeper,
                clock,
                List.of(nullToEmpty(settings.keyId()), nullToEmpty(settings.secretKey())));
        return new AlpacaBarSource(
                http, settings.dataUrl(), settings.keyId(), settings.secretKey(), settings.feed(), settings.pageSize());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
