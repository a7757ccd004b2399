package com.maritimealphaflow.dashboard.web;

import com.maritimealphaflow.dashboard.CategoryParameter;
import com.maritimealphaflow.dashboard.DashboardProperties;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages. Each is a frame that its script fills from the JSON API and refreshes in place, so the pages and
 * scripts read the same data. Every page carries the vessel categories with their labels and colours, so that no
 * script keeps a list of its own.
 */
@Controller
class PagesController {

    /** The tick API's symbols (TickParameters.SYMBOL). */
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9._:-]{1,40}");

    private final DashboardProperties properties;
    private final String vesselCategories;

    PagesController(DashboardProperties properties, JsonMapper json) {
        this.properties = properties;
        this.vesselCategories = json.writeValueAsString(VesselCategoryStyle.all());
    }

    @GetMapping("/")
    String traffic(Model model) {
        DashboardProperties.VesselMap map = tiles(model);
        model.addAttribute("mapWindowMinutes", map.window().toMinutes());
        model.addAttribute("smaHours", properties.counts().smaSpan().toHours());
        model.addAttribute("defaultSeries", String.join(",", CategoryParameter.DEFAULT_SERIES));
        return page(model, "traffic", "Traffic");
    }

    @GetMapping("/destinations")
    String destinations(Model model) {
        model.addAttribute(
                "defaultSinceDays", properties.destinations().defaultSince().toDays());
        return page(model, "destinations", "Destinations");
    }

    @GetMapping("/pipeline")
    String pipeline(Model model) {
        model.addAttribute("batchIntervalSeconds", properties.batchInterval().toSeconds());
        return page(model, "pipeline", "Pipeline");
    }

    @GetMapping("/regions")
    String regions(Model model) {
        tiles(model);
        model.addAttribute(
                "trailingDays", properties.regions().trailingAverage().toDays());
        return page(model, "regions", "Regions");
    }

    @GetMapping("/backtest")
    String backtest(Model model) {
        return page(model, "backtest", "Backtest");
    }

    @GetMapping("/research")
    String research(Model model) {
        return page(model, "research", "Research");
    }

    @GetMapping("/ticks")
    String ticks(Model model) {
        return page(model, "ticks", "Ticks");
    }

    /** A symbol's page; its script says so when the symbol has no windows (the API's 404). */
    @GetMapping("/ticks/{symbol}")
    String tickSymbol(@PathVariable String symbol, Model model) {
        if (!SYMBOL.matcher(symbol).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a symbol");
        }
        model.addAttribute("symbol", symbol);
        model.addAttribute(
                "defaultRangeHours", properties.ticks().defaultRange().toHours());
        page(model, "ticks", symbol);
        return "tick-symbol";
    }

    /** The market data explorer's overview: what is stored, its coverage and gaps, the collection's schedules. */
    @GetMapping("/market")
    String market(Model model) {
        return page(model, "market", "Market data");
    }

    /** Candles of a stored instrument; the query string preselects one (the script checks it with the API). */
    @GetMapping("/market/candles")
    String marketCandles(Model model) {
        model.addAttribute("defaultCandles", properties.market().defaultCandles());
        page(model, "market", "Candles");
        return "market-candles";
    }

    /**
     * The order book of a market instrument; {@code source} and {@code symbol} preselect one in its picker, whose script
     * says so when nothing of it is stored.
     */
    @GetMapping("/market/orderbook")
    String marketOrderBook(
            @RequestParam(required = false) String source, @RequestParam(required = false) String symbol, Model model) {
        String chosenSource = source == null ? "" : source;
        String chosenSymbol = symbol == null ? "" : symbol;
        if ((!chosenSymbol.isEmpty() && !SYMBOL.matcher(chosenSymbol).matches())
                || (!chosenSource.isEmpty() && !SYMBOL.matcher(chosenSource).matches())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a source and symbol");
        }
        model.addAttribute("source", chosenSource);
        model.addAttribute("symbol", chosenSymbol);
        DashboardProperties.OrderBooks orderBooks = properties.orderBooks();
        model.addAttribute("defaultLevels", orderBooks.defaultLevels());
        model.addAttribute("defaultSnapshots", orderBooks.defaultSnapshots());
        page(model, "market", "Order book");
        return "market-orderbook";
    }

    /** Pairs trading: start a cointegration screen, follow the screens, and browse a screen's pairs. */
    @GetMapping("/pairs")
    String pairs(Model model) {
        return page(model, "pairs", "Pairs");
    }

    /**
     * A pair's backtest; {@code screen}, {@code y} (dependent) and {@code x} (independent) prefill its form, whose
     * script takes the pair's hedge ratio and the screen's split from the API.
     */
    @GetMapping("/pairs/backtest")
    String pairBacktest(
            @RequestParam(required = false) Long screen,
            @RequestParam(required = false) String y,
            @RequestParam(required = false) String x,
            Model model) {
        String dependent = y == null ? "" : y;
        String independent = x == null ? "" : x;
        if ((!dependent.isEmpty() && !SYMBOL.matcher(dependent).matches())
                || (!independent.isEmpty() && !SYMBOL.matcher(independent).matches())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "y and x must be symbols");
        }
        model.addAttribute("screen", screen == null ? "" : screen.toString());
        model.addAttribute("y", dependent);
        model.addAttribute("x", independent);
        page(model, "pairs", dependent.isEmpty() ? "Pair backtest" : dependent + " / " + independent);
        return "pair-backtest";
    }

    /** The map's tile layer, for the pages with a map. */
    private DashboardProperties.VesselMap tiles(Model model) {
        DashboardProperties.VesselMap map = properties.map();
        String tiles = map.effectiveTileUrl();
        model.addAttribute("tileUrl", tiles == null ? "" : tiles);
        model.addAttribute("tileAttribution", map.effectiveTileAttribution());
        return map;
    }

    private String page(Model model, String name, String title) {
        model.addAttribute("page", name);
        model.addAttribute("title", title);
        model.addAttribute("refreshMillis", properties.refreshInterval().toMillis());
        model.addAttribute("vesselCategories", vesselCategories);
        return name;
    }
}
