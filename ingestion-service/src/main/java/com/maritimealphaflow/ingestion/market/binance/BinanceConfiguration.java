package com.maritimealphaflow.ingestion.market.binance;

import com.maritimealphaflow.ingestion.IngestionProperties;
import com.maritimealphaflow.ingestion.market.BarSource;
import com.maritimealphaflow.ingestion.market.http.MarketHttp;
import com.maritimealphaflow.ingestion.market.http.Sleeper;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One HTTP client and one weight gate for all Binance calls of this instance: the limit is per IP. */
@Configuration(proxyBeanMethods = false)
class BinanceConfiguration {

    @Bean
    BinanceClient binanceClient(IngestionProperties properties, Sleeper sleeper, Clock clock) {
        IngestionProperties.Binance settings = properties.market().binance();
        BinanceWeight weight = new BinanceWeight(settings.weightLimit(), settings.weightMargin(), clock, sleeper);
        MarketHttp http = new MarketHttp("Binance", properties.market().http(), weight, sleeper, clock, List.of());
        return new BinanceClient(http, settings.baseUrl());
    }

    @Bean
    BarSource binanceBarSource(BinanceClient client, IngestionProperties properties) {
        return new BinanceBarSource(client, properties.market().binance());
    }
}
