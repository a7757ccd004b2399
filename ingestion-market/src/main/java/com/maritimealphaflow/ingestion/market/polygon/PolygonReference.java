package com.maritimealphaflow.ingestion.market.polygon;

import com.maritimealphaflow.ingestion.market.http.JsonBodies;
import com.maritimealphaflow.ingestion.market.http.MalformedResponseException;
import com.maritimealphaflow.ingestion.market.http.MarketApiException;
import com.maritimealphaflow.ingestion.market.reference.Dividend;
import com.maritimealphaflow.ingestion.market.reference.Instrument;
import com.maritimealphaflow.ingestion.market.reference.ReferenceStore;
import com.maritimealphaflow.ingestion.market.reference.Split;
import com.maritimealphaflow.model.market.MarketSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/** Tickers, dividends and splits of some symbols from Polygon's {@code /v3/reference/…}, every page followed. */
public class PolygonReference {

    private static final Logger log = LoggerFactory.getLogger(PolygonReference.class);
    private static final String SOURCE = MarketSource.POLYGON.key();

    private final PolygonClient client;
    private final ReferenceStore store;
    private final Clock clock;

    PolygonReference(PolygonClient client, ReferenceStore store, Clock clock) {
        this.client = client;
        this.store = store;
        this.clock = clock;
    }

    /** What one refresh stored. */
    public record Refreshed(int tickers, int dividends, int splits) {}

    public Refreshed refresh(List<String> symbols) throws MarketApiException, InterruptedException {
        List<Instrument> tickers = new ArrayList<>();
        List<Dividend> dividends = new ArrayList<>();
        List<Split> splits = new ArrayList<>();
        for (String symbol : symbols) {
            for (JsonNode t :
                    all(client.referenceUri("/v3/reference/tickers", symbol).toString())) {
                tickers.add(ticker(t));
            }
            for (JsonNode d :
                    all(client.referenceUri("/v3/reference/dividends", symbol).toString())) {
                dividends.add(new Dividend(
                        PolygonClient.text(d, "ticker"),
                        LocalDate.parse(PolygonClient.text(d, "ex_dividend_date")),
                        JsonBodies.optionalText(d.get("dividend_type")) == null
                                ? "CD"
                                : d.get("dividend_type").stringValue(),
                        JsonBodies.decimal(d.get("cash_amount"), "Polygon cash_amount"),
                        JsonBodies.optionalText(d.get("currency")),
                        date(d, "declaration_date"),
                        date(d, "record_date"),
                        date(d, "pay_date"),
                        d.has("frequency") && d.get("frequency").isIntegralNumber()
                                ? d.get("frequency").intValue()
                                : null));
            }
            for (JsonNode s :
                    all(client.referenceUri("/v3/reference/splits", symbol).toString())) {
                splits.add(new Split(
                        PolygonClient.text(s, "ticker"),
                        LocalDate.parse(PolygonClient.text(s, "execution_date")),
                        JsonBodies.decimal(s.get("split_from"), "Polygon split_from"),
                        JsonBodies.decimal(s.get("split_to"), "Polygon split_to")));
            }
        }
        Refreshed refreshed = new Refreshed(
                store.upsertInstruments(tickers, clock.instant()),
                store.upsertDividends(SOURCE, dividends),
                store.upsertSplits(SOURCE, splits));
        log.info(
                "Polygon reference data of {}: {} tickers, {} dividends, {} splits",
                symbols,
                refreshed.tickers(),
                refreshed.dividends(),
                refreshed.splits());
        return refreshed;
    }

    private List<JsonNode> all(String uri) throws MarketApiException, InterruptedException {
        List<JsonNode> results = new ArrayList<>();
        String next = uri;
        while (next != null) {
            PolygonClient.Page page = client.page(next);
            page.results().forEach(results::add);
            next = page.nextUrl();
        }
        return results;
    }

    private static Instrument ticker(JsonNode t) throws MalformedResponseException {
        return new Instrument(
                SOURCE,
                PolygonClient.text(t, "ticker"),
                JsonBodies.optionalText(t.get("name")),
                PolygonClient.text(t, "market"),
                t.has("active") && t.get("active").asBoolean() ? "active" : "inactive",
                null,
                null,
                JsonBodies.optionalText(t.get("currency_name")),
                JsonBodies.optionalText(t.get("primary_exchange")),
                JsonBodies.optionalText(t.get("type")),
                List.of(),
                t.toString());
    }

    private static LocalDate date(JsonNode node, String field) {
        String text = JsonBodies.optionalText(node.get(field));
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }
}
