package com.maritimealphaflow.ingestion.market;

import com.maritimealphaflow.ingestion.market.http.Sleeper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the market sources share. */
@Configuration(proxyBeanMethods = false)
class MarketConfiguration {

    @Bean
    Sleeper marketSleeper() {
        return Sleeper.SYSTEM;
    }
}
