package com.maritimealphaflow.ingestion.market;

import com.maritimealphaflow.ingestion.market.http.MarketApiException;
import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.MarketSource;
import java.util.Optional;
import java.util.Set;

/**
 * One market data API's bars, page by page. Backfills and scheduled updates use every source the same way: ask for
 * a range, store each page, go on with the cursor the page gave until there is none.
 */
public interface BarSource {

    MarketSource source();

    /** The intervals this source offers. */
    Set<BarInterval> intervals();

    /** What must be configured before the source can be used (e.g. "POLYGON_API_KEY"), empty when it is ready. */
    Optional<String> missingConfiguration();

    /** Bars per full page, for estimates. */
    int pageSize();

    /**
     * One page of bars starting in {@code [query.from, query.to)}, oldest first.
     *
     * @param cursor null for the first page, else the previous page's {@link BarPage#next()}
     */
    BarPage fetch(BarQuery query, String cursor) throws MarketApiException, InterruptedException;
}
