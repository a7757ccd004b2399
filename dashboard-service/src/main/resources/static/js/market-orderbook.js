/*
 * The order book page: an instrument picker, the latest snapshot's levels as two tables with a depth chart (cumulative
 * quantity against price as stepped areas), and the mid price and spread over the last snapshots. Each table and
 * canvas says in data-state what it shows: loading, ready, empty or error.
 */
(function () {
  'use strict';

  const { el, fmt, getJson, emptyState } = Dash;
  const $ = id => document.getElementById(id);
  const main = document.querySelector('main.market-orderbook');
  const COLORS = { bid: '#1a7f37', bidFill: 'rgba(26, 127, 55, .18)', ask: '#b42318', askFill: 'rgba(180, 35, 24, .18)',
    mid: '#1b2430', spread: '#c88a12' };
  const GRID = { color: '#eef1f5' };

  const instrumentSelect = $('instrument');
  const levelsSelect = $('levels');
  const snapshotsSelect = $('snapshots');
  let instruments = [];
  let history = null;
  // Answers of an earlier choice that arrive late are dropped.
  let bookRequest = 0;
  let historyRequest = 0;

  /** The API's decimals (exact JSON numbers) as text, up to eight decimals. */
  function decimal(value) {
    if (value === null || value === undefined) return '–';
    return Number(value).toLocaleString('en-US', { maximumFractionDigits: 8 });
  }

  function chooseOption(select, value) {
    if (![...select.options].some(o => o.value === value)) {
      select.append(el('option', { value, text: Number(value).toLocaleString('en-US') }));
    }
    select.value = value;
  }

  chooseOption(levelsSelect, String(main.dataset.defaultLevels || '100'));
  chooseOption(snapshotsSelect, String(main.dataset.defaultSnapshots || '500'));

  const depthCanvas = $('depth-chart');
  const depthChart = new Chart(depthCanvas, {
    type: 'line',
    data: { datasets: [] },
    options: {
      parsing: false, animation: false, responsive: true, maintainAspectRatio: false,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      elements: { point: { radius: 0, hoverRadius: 3 } },
      scales: {
        x: { type: 'linear', title: { display: true, text: 'Price' }, ticks: { maxRotation: 0, callback: v => decimal(v) }, grid: GRID },
        y: { beginAtZero: true, title: { display: true, text: 'Cumulative quantity' }, grid: GRID }
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, boxWidth: 18 } },
        tooltip: {
          callbacks: {
            title: items => items.length ? 'Price ' + decimal(items[0].parsed.x) : '',
            label: item => `${item.dataset.label}: ${decimal(item.parsed.y)}`
          }
        }
      }
    }
  });

  const historyCanvas = $('history-chart');
  const historyChart = new Chart(historyCanvas, {
    type: 'line',
    data: { datasets: [] },
    options: {
      parsing: false, animation: false, responsive: true, maintainAspectRatio: false,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      elements: { point: { radius: 0, hoverRadius: 3 }, line: { tension: 0 } },
      scales: {
        x: { type: 'linear', ticks: { maxRotation: 0, autoSkipPadding: 16, callback: v => timeLabel(v) }, grid: GRID },
        mid: { type: 'linear', position: 'left', title: { display: true, text: 'Mid' }, grid: GRID },
        bps: { type: 'linear', position: 'right', beginAtZero: true, title: { display: true, text: 'Spread (bps)' },
          grid: { drawOnChartArea: false } }
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, boxWidth: 18 } },
        tooltip: {
          callbacks: {
            title: items => items.length ? `${fmt.dateTime(items[0].parsed.x, true)} ${fmt.zoneName()}` : '',
            label: item => `${item.dataset.label}: ${decimal(item.parsed.y)}`
          }
        }
      }
    }
  });

  function timeLabel(value) {
    const points = history ? history.snapshots : [];
    const span = points.length > 1 ? Date.parse(points[points.length - 1].time) - Date.parse(points[0].time) : 0;
    return span > 2 * 86400e3 ? fmt.date(value) : fmt.dateTime(value);
  }

  /** The chosen instrument as {source, symbol}, or null. */
  function chosen() {
    const option = instrumentSelect.selectedOptions[0];
    return option && option.value ? { source: option.dataset.source, symbol: option.dataset.symbol } : null;
  }

  function instrumentParams(instrument) {
    const params = new URLSearchParams();
    if (instrument.source) params.set('source', instrument.source);
    params.set('symbol', instrument.symbol);
    return params;
  }

  function instrumentOption(source, symbol, text) {
    return el('option', { value: source + ' ' + symbol, text, dataset: { source, symbol } });
  }

  /** Fills the picker from the stored instruments, keeping the choice (or the page's preselection). */
  async function loadInstruments() {
    const hint = $('instrument-hint');
    const previous = chosen() || { source: main.dataset.source, symbol: main.dataset.symbol };
    let answer;
    try {
      answer = await getJson('/api/market/orderbooks');
    } catch (e) {
      hint.textContent = 'Could not list the instruments: ' + e.message;
      hint.dataset.state = 'error';
      throw e;
    }
    instruments = answer.instruments;
    const options = instruments.map(i => instrumentOption(i.source, i.symbol,
      `${i.symbol} · ${i.source} (${fmt.number(i.snapshots)} snapshots, last ${fmt.dateTime(i.lastSnapshot)})`));
    let match = previous.symbol ? instruments.find(i => i.symbol === previous.symbol
      && (!previous.source || i.source === previous.source)) : instruments[0];
    if (previous.symbol && !match) {
      // asked for by the address but not stored: kept, so that the page says so
      options.unshift(instrumentOption(previous.source || '', previous.symbol, previous.symbol + ' (nothing stored)'));
      match = previous;
    }
    instrumentSelect.replaceChildren(...options);
    if (match) instrumentSelect.value = (match.source || '') + ' ' + match.symbol;
    hint.textContent = instruments.length
      ? `${fmt.number(instruments.length)} instruments with order book snapshots` + (answer.truncated ? ' (the first ones only)' : '') + '.'
      : 'No order book snapshots are stored yet: the ingestion service stores them with its market data jobs.';
    hint.dataset.state = 'ready';
  }

  function showTable(side, levels, empty) {
    const table = $(side + '-table');
    table.tBodies[0].replaceChildren(...levels.map(l => el('tr', {}, [
      el('td', { className: 'num price', text: decimal(l.price) }),
      el('td', { className: 'num', text: decimal(l.quantity) }),
      el('td', { className: 'num cumulative', text: decimal(l.cumulativeQuantity) }),
      el('td', { className: 'num', text: decimal(l.cumulativeNotional) })
    ])));
    table.dataset.rows = String(levels.length);
    emptyState($(side + '-empty'), levels.length ? null : empty.title, empty.text);
  }

  function showFacts(book) {
    $('kpi-bid').textContent = book ? decimal(book.bestBid) : '–';
    $('kpi-ask').textContent = book ? decimal(book.bestAsk) : '–';
    $('kpi-spread').textContent = book ? (book.crossed ? 'Crossed' : decimal(book.spread)) : '–';
    $('kpi-spread-bps').textContent = book && book.spreadBps !== null ? `${fmt.number(book.spreadBps, 2)} bps of the mid` : '';
    $('kpi-mid').textContent = book ? decimal(book.mid) : '–';
    $('kpi-time').textContent = book ? fmt.dateTime(book.time, true) : '–';
    $('kpi-update-id').textContent = book
      ? `${fmt.zoneName()} · update ${book.lastUpdateId} · ${fmt.number(book.bidLevels)} bids, ${fmt.number(book.askLevels)} asks stored`
      : '';
  }

  function drawDepth(book) {
    // Prices rise to the right: bids from the lowest shown up to the best, asks from the best up. Between two bid
    // prices the quantity on offer is that of the higher one, between two ask prices that of the lower one: Chart.js's
    // 'after' steps at the left point to the next value, 'before' keeps the left value up to the next point.
    const bids = book ? book.bids.slice().reverse().map(l => ({ x: l.price, y: l.cumulativeQuantity })) : [];
    const asks = book ? book.asks.map(l => ({ x: l.price, y: l.cumulativeQuantity })) : [];
    const levels = bids.length + asks.length;
    // The deepest level's total would show only as a vertical edge: each side runs on a little past it.
    const prices = bids.concat(asks).map(p => p.x);
    const span = Math.max(...prices) - Math.min(...prices) || Math.abs(prices[0] || 0) * 0.01 || 1;
    if (bids.length) bids.unshift({ x: bids[0].x - span * 0.03, y: bids[0].y });
    if (asks.length) asks.push({ x: asks[asks.length - 1].x + span * 0.03, y: asks[asks.length - 1].y });
    depthChart.data.datasets = [
      { label: 'Bids', data: bids, stepped: 'after', fill: 'origin', borderColor: COLORS.bid, backgroundColor: COLORS.bidFill, borderWidth: 1.5 },
      { label: 'Asks', data: asks, stepped: 'before', fill: 'origin', borderColor: COLORS.ask, backgroundColor: COLORS.askFill, borderWidth: 1.5 }
    ];
    depthChart.update();
    depthCanvas.dataset.points = String(levels);
  }

  function setBookState(state, title, text) {
    ['bids-table', 'asks-table'].forEach(id => { $(id).dataset.state = state; });
    depthCanvas.dataset.state = state;
    emptyState($('depth-empty'), title, text);
  }

  async function loadBook(instrument) {
    const request = ++bookRequest;
    if (!instrument) {
      showFacts(null);
      drawDepth(null);
      ['bids', 'asks'].forEach(side => showTable(side, [], { title: 'No instrument', text: '' }));
      setBookState('empty', 'No order book to show', 'Choose an instrument once snapshots are stored.');
      return;
    }
    const params = instrumentParams(instrument);
    params.set('levels', levelsSelect.value);
    let book;
    try {
      book = await getJson('/api/market/orderbook?' + params);
    } catch (e) {
      if (request !== bookRequest) return;
      showFacts(null);
      drawDepth(null);
      ['bids', 'asks'].forEach(side => showTable(side, [], { title: '', text: '' }));
      if (e instanceof Dash.ApiError && e.status === 404) {
        setBookState('empty', 'No order book of ' + instrument.symbol + ' is stored', e.message);
      } else {
        setBookState('error', 'The order book could not be loaded', e.message);
        if (!(e instanceof Dash.ApiError) || e.status !== 400) throw e;
      }
      return;
    }
    if (request !== bookRequest) return;
    showFacts(book);
    showTable('bids', book.bids, { title: 'No bids', text: 'The snapshot has no bid levels.' });
    showTable('asks', book.asks, { title: 'No asks', text: 'The snapshot has no ask levels.' });
    drawDepth(book);
    $('bids-table').dataset.state = book.bids.length ? 'ready' : 'empty';
    $('asks-table').dataset.state = book.asks.length ? 'ready' : 'empty';
    const any = book.bids.length + book.asks.length > 0;
    emptyState($('depth-empty'), any ? null : 'The snapshot is empty', 'It has neither bids nor asks.');
    depthCanvas.dataset.state = any ? 'ready' : 'empty';
  }

  function drawHistory() {
    const points = history ? history.snapshots : [];
    const series = key => points.map(p => ({ x: Date.parse(p.time), y: p[key] === null ? null : Number(p[key]) }));
    historyChart.data.datasets = [
      { label: 'Mid', data: series('mid'), yAxisID: 'mid', borderColor: COLORS.mid, backgroundColor: COLORS.mid, borderWidth: 1.6, pointStyle: 'line' },
      { label: 'Spread (bps)', data: series('spreadBps'), yAxisID: 'bps', borderColor: COLORS.spread, backgroundColor: COLORS.spread, borderWidth: 1.2, pointStyle: 'line' }
    ];
    historyChart.update();
    historyCanvas.dataset.points = String(points.length);
    $('history-note').textContent = points.length
      ? `${fmt.number(points.length)} snapshots from ${fmt.dateTime(points[0].time)} to ${fmt.dateTime(points[points.length - 1].time)} ${fmt.zoneName()}`
      : '';
  }

  async function loadHistory(instrument) {
    const request = ++historyRequest;
    if (!instrument) {
      history = null;
      drawHistory();
      emptyState($('history-empty'), 'No history to show', 'Choose an instrument once snapshots are stored.');
      historyCanvas.dataset.state = 'empty';
      return;
    }
    const params = instrumentParams(instrument);
    params.set('limit', snapshotsSelect.value);
    let answer;
    try {
      answer = await getJson('/api/market/orderbook/history?' + params);
    } catch (e) {
      if (request !== historyRequest) return;
      history = null;
      drawHistory();
      const missing = e instanceof Dash.ApiError && e.status === 404;
      emptyState($('history-empty'), missing ? 'No snapshots of ' + instrument.symbol + ' are stored' : 'The history could not be loaded', e.message);
      historyCanvas.dataset.state = missing ? 'empty' : 'error';
      if (!(e instanceof Dash.ApiError) || (e.status !== 404 && e.status !== 400)) throw e;
      return;
    }
    if (request !== historyRequest) return;
    history = answer;
    drawHistory();
    emptyState($('history-empty'), answer.snapshots.length ? null : 'No snapshots', '');
    historyCanvas.dataset.state = answer.snapshots.length ? 'ready' : 'empty';
  }

  async function load() {
    await loadInstruments();
    const instrument = chosen();
    await Promise.all([loadBook(instrument), loadHistory(instrument)]);
  }

  /** Keeps the choice in the address, so that it can be bookmarked and survives a reload. */
  function remember(instrument) {
    const url = new URL(window.location.href);
    url.search = instrument ? instrumentParams(instrument).toString() : '';
    window.history.replaceState(null, '', url);
  }

  instrumentSelect.addEventListener('change', () => {
    const instrument = chosen();
    remember(instrument);
    ['bids-table', 'asks-table'].forEach(id => { $(id).dataset.state = 'loading'; });
    depthCanvas.dataset.state = 'loading';
    historyCanvas.dataset.state = 'loading';
    Promise.all([loadBook(instrument), loadHistory(instrument)]).catch(e => console.warn(e));
  });
  levelsSelect.addEventListener('change', () => loadBook(chosen()).catch(e => console.warn(e)));
  snapshotsSelect.addEventListener('change', () => loadHistory(chosen()).catch(e => console.warn(e)));
  Dash.onZoneChange(() => { drawHistory(); loadBook(chosen()).catch(e => console.warn(e)); });

  // The charts, for scripts run in the page (and the browser test).
  Dash.orderBook = { depthChart, historyChart };
  Dash.every(load);
})();
