/*
 * The market data overview: stored series with their gaps (checked one after another, first rows first), instruments
 * per source and quote asset, bars ingested and order book snapshots per day, the market schedules, failures.
 */
(function () {
  'use strict';

  const { el, fmt, getJson } = Dash;
  const $ = id => document.getElementById(id);
  const GAP_CHECKS = 30;
  const SOURCE_COLORS = { binance: '#c88a12', polygon: '#6b4fbb', alpaca: '#2f6db0', csv: '#1a7f37' };
  const color = source => SOURCE_COLORS[source] || '#5b6675';

  let days = 30;
  let overview = null;
  const gapResults = new Map();
  const charts = {};

  // a series with new bars is checked again
  const seriesKey = s => [s.source, s.symbol, s.interval, s.adjusted, s.lastBar].join('|');
  const text = value => value === null || value === undefined ? '' : String(value);

  function fill(table, rows, none) {
    const columns = table.tHead.rows[0].cells.length;
    table.tBodies[0].replaceChildren(...(rows.length ? rows
      : [el('tr', { className: 'empty-row' }, el('td', { colspan: columns, className: 'muted', text: none || 'None yet.' }))]));
    table.dataset.rows = String(rows.length);
    table.dataset.state = rows.length ? 'ready' : 'empty';
  }

  function candlesLink(s) {
    const params = new URLSearchParams({ symbol: s.symbol, interval: s.interval, source: s.source, adjusted: s.adjusted });
    return el('a', { href: '/market/candles?' + params, text: 'Candles' });
  }

  function gapCells(s) {
    const found = gapResults.get(seriesKey(s));
    if (!found) return [el('td', { className: 'num muted', text: '…' }), el('td', { className: 'num muted', text: '' })];
    if (found.error) return [el('td', { className: 'num muted', text: '–', title: found.error }), el('td', { className: 'num' })];
    return [el('td', { className: 'num', text: fmt.number(found.gaps.length) }),
      el('td', { className: 'num', text: fmt.number(found.missingBars) })];
  }

  function drawCoverage() {
    const series = overview.series;
    fill($('coverage'), series.map(s => el('tr', { dataset: { series: seriesKey(s) } }, [
      el('td', { text: s.symbol, title: text(s.name) }),
      el('td', { text: s.source + (s.adjusted ? ' (adjusted)' : '') }),
      el('td', { text: s.interval }),
      el('td', { className: 'num', text: fmt.number(s.bars) }),
      el('td', { className: 'num', text: fmt.number(s.rollups) }),
      el('td', { text: fmt.dateTime(s.firstBar) }),
      el('td', { text: fmt.dateTime(s.lastBar) }),
      ...gapCells(s),
      el('td', {}, candlesLink(s))
    ])), 'No market bars are stored yet.');
    Dash.emptyState($('coverage-empty'), series.length ? null : 'No market bars are stored yet',
      'Start a backfill (POST /api/backfills on the ingestion service) or import a CSV file.');
  }

  /** Checks the gaps of the first series not yet checked, one request at a time. */
  async function checkGaps() {
    for (const s of overview.series.slice(0, GAP_CHECKS)) {
      const key = seriesKey(s);
      if (gapResults.has(key)) continue;
      const params = new URLSearchParams({ symbol: s.symbol, interval: s.interval, source: s.source, adjusted: s.adjusted });
      try {
        gapResults.set(key, await getJson('/api/market/gaps?' + params));
      } catch (e) {
        gapResults.set(key, { error: e.message });
      }
      drawCoverage();
    }
    $('coverage').dataset.gaps = 'checked';
  }

  function perDayChart(id, counts, label) {
    const canvas = $(id);
    const dayList = [...new Set(counts.map(c => c.day))].sort();
    const sources = [...new Set(counts.map(c => c.source))].sort();
    const datasets = sources.map(source => ({
      label: source, backgroundColor: color(source), borderColor: color(source),
      data: dayList.map(day => {
        const row = counts.find(c => c.day === day && c.source === source);
        return row ? row.count : 0;
      })
    }));
    if (charts[id]) charts[id].destroy();
    charts[id] = new Chart(canvas, {
      type: 'bar',
      data: { labels: dayList, datasets },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, title: { display: true, text: label } } },
        plugins: { legend: { position: 'bottom' } }
      }
    });
    canvas.dataset.state = dayList.length ? 'ready' : 'empty';
  }

  function every(s) {
    if (s.cron) return 'cron ' + s.cron;
    return s.every ? fmt.duration(s.every) : '';
  }

  function drawTables() {
    fill($('instrument-groups'), overview.instruments.map(g => el('tr', {}, [
      el('td', { text: g.source }), el('td', { text: g.quoteAsset || '–' }), el('td', { text: text(g.market) }),
      el('td', { className: 'num', text: fmt.number(g.instruments) })
    ])), 'No instrument lists fetched yet (Binance exchangeInfo, Polygon reference tickers).');
    fill($('schedules'), overview.schedules.map(s => el('tr', {}, [
      el('td', { text: s.job }), el('td', { text: s.state.toLowerCase() }), el('td', { text: every(s) }),
      el('td', { text: s.previousFire ? fmt.dateTime(s.previousFire) : 'never' }),
      el('td', { text: s.nextFire ? fmt.dateTime(s.nextFire) : '' })
    ])), 'No market jobs are scheduled (MARKET_SCHEDULE_ENABLED, or no symbols to update).');
    fill($('last-runs'), overview.lastRuns.map(r => el('tr', { className: r.status === 'failed' ? 'failed' : null }, [
      el('td', { text: r.source }), el('td', { text: r.kind }), el('td', { text: fmt.dateTime(r.startedAt) }),
      el('td', { text: r.status }), el('td', { className: 'num', text: fmt.number(r.barsStored) }),
      el('td', { text: text(r.error) })
    ])), 'No market ingestion has run yet.');
    fill($('failures'), overview.failures.map(f => el('tr', {}, [
      el('td', { text: fmt.dateTime(f.at) }), el('td', { text: f.kind }), el('td', { text: f.source }),
      el('td', { className: 'num', text: String(f.id) }), el('td', { text: text(f.error) })
    ])), 'No failures.');
  }

  function draw() {
    if (!overview) return;
    drawCoverage();
    drawTables();
    perDayChart('bars-per-day', overview.barsIngested, 'Bars');
    perDayChart('snapshots-per-day', overview.orderBookSnapshots, 'Snapshots');
  }

  async function load() {
    overview = await getJson('/api/market/overview?days=' + days);
    draw();
    checkGaps().catch(e => console.warn(e));
  }

  const refresh = Dash.every(load);
  document.querySelectorAll('#day-buttons button').forEach(b => b.addEventListener('click', () => {
    days = Number(b.dataset.days);
    document.querySelectorAll('#day-buttons button').forEach(o => o.classList.toggle('active', o === b));
    refresh();
  }));
  Dash.onZoneChange(draw);
})();
