package com.maritimealphaflow.dashboard.market.orderbook;

import java.math.BigDecimal;

/** One level of a side as stored: a price and the quantity offered at it. */
record PriceLevel(BigDecimal price, BigDecimal quantity) {}
