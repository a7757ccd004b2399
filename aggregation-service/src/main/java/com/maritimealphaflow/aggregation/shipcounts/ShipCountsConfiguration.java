package com.maritimealphaflow.aggregation.shipcounts;

import com.maritimealphaflow.aggregation.AggregationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ShipCountsConfiguration {

    @Bean
    WindowGrid windowGrid(AggregationProperties properties) {
        return new WindowGrid(properties.window());
    }

    @Bean
    ShipTypeRanges shipTypeRanges() {
        return ShipTypeRanges.ofVesselCategories();
    }
}
