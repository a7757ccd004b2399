package com.maritimealphaflow.ingestion.market.binance;

import com.maritimealphaflow.ingestion.market.BarSource;
import com.maritimealphaflow.ingestion.market.MarketProperties;
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
    BinanceClient binanceClient(MarketProperties properties, Sleeper sleeper, Clock clock) {
        MarketProperties.Binance settings = properties.binance();
        BinanceWeight weight = new BinanceWeight(settings.weightLimit(), settings.weightMargin(), clock, sleeper);
        MarketHttp http = new MarketHttp("Binance", properties.http(), weight, sleeper, clock, List.of());
        return new BinanceClient(http, settings.baseUrl());
    }

    @Bean
    BarSource binanceBarSource(BinanceClient client, MarketProperties properties) {
        return new BinanceBarSource(client, properties.binance());
    }
}
