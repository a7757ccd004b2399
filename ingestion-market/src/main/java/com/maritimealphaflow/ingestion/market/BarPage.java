package com.maritimealphaflow.ingestion.market;

import com.maritimealphaflow.ingestion.market.bars.Bar;
import java.util.List;

/**
 * One page of a source's answer.
 *
 * @param next the cursor of the next page, null when this was the last
 */
public record BarPage(List<Bar> bars, String next) {}
