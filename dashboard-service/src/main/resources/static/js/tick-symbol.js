/*
 * A tick symbol's page: close, EMA38 and EMA100 per window with its breakouts as triangles (chartjs-plugin-zoom for
 * zoom and pan, docs/decisions/0022), a range selector, its last three breakouts, and new breakouts added live.
 */
(function () {
  'use strict';

  const { el, fmt, getJson, emptyState } = Dash;
  const $ = id => document.getElementById(id);
  const main = document.querySelector('main.tick-symbol');
  const symbol = main.dataset.symbol;
  const canvas = $('tick-chart');
  const EPOCH = '1970-01-01T00:00:00Z';
  const COLORS = { close: '#1b2430', ema38: '#2f6db0', ema100: '#c88a12', bullish: '#1a7f37', bearish: '#b42318' };

  let hours = String(main.dataset.defaultRangeHours || '48');
  let answer = null;
  let breakouts = [];

  function tickLabel(value) {
    const windows = answer ? answer.windows : [];
    const span = windows.length > 1 ? Date.parse(windows[windows.length - 1].windowEnd) - Date.parse(windows[0].windowEnd) : 0;
    return span > 10 * 86400e3 ? fmt.date(value) : fmt.dateTime(value);
  }

  function zoomChanged() {
    const zoomed = chart.isZoomedOrPanned();
    $('reset-zoom').disabled = !zoomed;
    canvas.dataset.zoomed = String(zoomed);
  }

  const chart = new Chart(canvas, {
    type: 'line',
    data: { datasets: [] },
    options: {
      parsing: false, normalized: true, animation: false, responsive: true, maintainAspectRatio: false,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      elements: { point: { radius: 0, hoverRadius: 3 }, line: { tension: 0 } },
      scales: {
        x: { type: 'linear', ticks: { maxRotation: 0, autoSkipPadding: 16, callback: v => tickLabel(v) }, grid: { color: '#eef1f5' } },
        y: { grid: { color: '#eef1f5' } }
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, boxWidth: 18 } },
        tooltip: {
          callbacks: {
            title: items => items.length ? `${fmt.dateTime(items[0].parsed.x)} ${fmt.zoneName()}` : '',
            label: item => `${item.dataset.label}: ${fmt.number(item.parsed.y, 4)}`
          }
        },
        zoom: {
          limits: { x: { min: 'original', max: 'original' } },
          zoom: { wheel: { enabled: true }, drag: { enabled: true }, pinch: { enabled: true }, mode: 'x', onZoomComplete: zoomChanged },
          pan: { enabled: true, mode: 'x', modifierKey: 'shift', onPanComplete: zoomChanged }
        }
      }
    },
    plugins: [{ id: 'renderedMark', afterRender() { canvas.dataset.rendered = 'true'; } }]
  });

  function markers(kind) {
    return breakouts.filter(b => b.kind === kind).map(b => ({ x: Date.parse(b.windowEnd), y: b.close, id: b.id }));
  }

  function drawChart() {
    const windows = answer ? answer.windows : [];
    const line = (label, key, color, width) => ({
      label, data: windows.map(w => ({ x: Date.parse(w.windowEnd), y: w[key] })), borderColor: color,
      backgroundColor: color, borderWidth: width, pointStyle: 'line'
    });
    const scatter = (label, kind, rotation) => ({
      type: 'scatter', label, data: markers(kind), pointStyle: 'triangle', rotation, radius: 7, hoverRadius: 9,
      borderColor: COLORS[kind], backgroundColor: COLORS[kind], showLine: false
    });
    chart.data.datasets = [
      line('Close', 'close', COLORS.close, 1.4),
      line('EMA38', 'ema38', COLORS.ema38, 2),
      line('EMA100', 'ema100', COLORS.ema100, 2),
      scatter('Bullish breakout', 'bullish', 0),
      scatter('Bearish breakout', 'bearish', 180)
    ];
    chart.update();
    canvas.dataset.points = String(windows.length);
    canvas.dataset.markers = String(breakouts.length);
  }

  function rangeParams() {
    const params = new URLSearchParams();
    if (hours === 'all') params.set('from', EPOCH);
    else if (answer) params.set('from', new Date(Date.parse(answer.lastWindow) - Number(hours) * 3600e3).toISOString());
    return params;
  }

  function describe() {
    if (!answer) return;
    const w = answer.windows;
    $('chart-note').textContent = w.length
      ? `${fmt.number(w.length)} windows from ${fmt.dateTime(w[0].windowEnd)} to ${fmt.dateTime(w[w.length - 1].windowEnd)} ${fmt.zoneName()}`
        + (answer.truncated ? ' (the latest of a longer range: choose a shorter one to see earlier windows)' : '')
      : '';
    $('symbol-facts').textContent = `Last window ${fmt.dateTime(answer.lastWindow)} ${fmt.zoneName()}. Close, EMA38 and EMA100 per 5-minute window, with the breakouts marked.`;
  }

  async function loadWindows() {
    try {
      answer = await getJson(`/api/ticks/${encodeURIComponent(symbol)}/windows?${rangeParams()}`);
    } catch (e) {
      if (!(e instanceof Dash.ApiError) || (e.status !== 404 && e.status !== 400)) throw e;
      answer = null;
      breakouts = [];
      drawChart();
      emptyState($('chart-empty'), e.status === 404 ? 'No tick data for ' + symbol : 'This range cannot be shown', e.message);
      canvas.dataset.state = e.status === 404 ? 'unknown' : 'error';
      return;
    }
    breakouts = answer.breakouts;
    drawChart();
    describe();
    emptyState($('chart-empty'), answer.windows.length ? null : 'No windows in this range',
      answer.windows.length ? null : 'Choose a longer range.');
    canvas.dataset.state = answer.windows.length ? 'drawn' : 'empty';
  }

  async function loadLastBreakouts() {
    let list;
    try {
      list = (await getJson(`/api/ticks/breakouts?symbol=${encodeURIComponent(symbol)}`)).breakouts;
    } catch (e) {
      if (!(e instanceof Dash.ApiError) || e.status !== 404) throw e;
      list = [];
    }
    const table = $('symbol-breakouts');
    const shown = new Set([...table.tBodies[0].rows].map(r => Number(r.dataset.id)));
    const hadRows = table.dataset.state !== 'loading';
    table.tBodies[0].replaceChildren(...list.map(b => {
      const row = Dash.ticks.breakoutRow(b, false);
      if (hadRows && !shown.has(b.id)) row.classList.add('fresh');
      return row;
    }));
    table.dataset.rows = String(list.length);
    table.dataset.state = list.length ? 'ready' : 'empty';
  }

  function load() {
    return Promise.all([loadWindows(), loadLastBreakouts()]);
  }

  /** A breakout from the stream: a marker now, the windows and the list at once after. */
  let reloadTimer = null;
  function added(b) {
    if (b.symbol !== symbol || breakouts.some(known => known.id === b.id)) return;
    breakouts = breakouts.concat([b]);
    drawChart();
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => load().catch(e => console.warn(e)), 500);
  }

  function chooseRange(value) {
    hours = value;
    document.querySelectorAll('#range-buttons button').forEach(b => b.classList.toggle('active', b.dataset.hours === hours));
    chart.resetZoom();
    zoomChanged();
    loadWindows().catch(e => console.warn(e));
  }

  document.querySelectorAll('#range-buttons button').forEach(b => {
    b.classList.toggle('active', b.dataset.hours === hours);
    b.addEventListener('click', () => chooseRange(b.dataset.hours));
  });
  $('reset-zoom').addEventListener('click', () => { chart.resetZoom(); zoomChanged(); });
  Dash.onZoneChange(() => { drawChart(); describe(); loadLastBreakouts().catch(e => console.warn(e)); });
  // The chart, for scripts run in the page (and the browser test).
  Dash.ticks.chart = chart;

  Dash.every(load);
  Dash.ticks.live(symbol, added);
})();
