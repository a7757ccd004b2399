/*
 * Candles of a stored instrument: candlesticks and volume drawn by Apache ECharts on a time axis (so that missing
 * bars leave space, and the API's calendar-aware gaps are shaded), zoom and pan, an OHLCV table and the CSV.
 */
(function () {
  'use strict';

  const { el, fmt, getJson } = Dash;
  const $ = id => document.getElementById(id);
  const TABLE_ROWS = 500;
  const UP = '#1a7f37';
  const DOWN = '#b42318';
  const chartDiv = $('candle-chart');
  const chart = echarts.init(chartDiv, null, { renderer: 'canvas' });
  let instruments = [];
  let answer = null;

  chart.on('finished', () => { if (answer) chartDiv.dataset.rendered = 'true'; });
  window.addEventListener('resize', () => chart.resize());

  function query(format) {
    const params = new URLSearchParams({ symbol: $('symbol').value.trim(), interval: $('interval').value });
    if ($('source').value) params.set('source', $('source').value);
    if (initial.adjusted !== null && $('symbol').value.trim() === initial.symbol) params.set('adjusted', initial.adjusted);
    if ($('basis').value !== 'auto') params.set('basis', $('basis').value);
    if ($('from').value) params.set('from', $('from').value + 'T00:00:00Z');
    if ($('to').value) params.set('to', $('to').value + 'T00:00:00Z');
    if (format) params.set('format', format);
    return params;
  }

  const search = new URLSearchParams(location.search);
  const initial = {
    symbol: search.get('symbol') || '',
    adjusted: search.has('adjusted') ? search.get('adjusted') : null
  };

  function offerSources() {
    const symbol = $('symbol').value.trim();
    const sources = [...new Set(instruments.filter(i => i.symbol === symbol).map(i => i.source))].sort();
    const chosen = $('source').value;
    $('source').replaceChildren(el('option', { value: '', text: 'auto' }),
      ...sources.map(s => el('option', { value: s, text: s, selected: s === chosen })));
    Dash.describeStoredSeries(instruments);
  }

  function time(c) { return Date.parse(c.time); }

  const plural = (n, word) => `${fmt.number(n)} ${word}${n === 1 ? '' : 's'}`;

  function draw() {
    const candles = answer ? answer.candles : [];
    const gaps = answer && answer.gaps ? answer.gaps : [];
    chart.setOption({
      animation: false,
      tooltip: {
        trigger: 'axis', axisPointer: { type: 'cross' },
        formatter: items => {
          const c = answer && answer.candles[items[0].dataIndex];
          if (!c) return '';
          return `${fmt.dateTime(c.time)} ${fmt.zoneName()}<br>O ${c.open} H ${c.high} L ${c.low} C ${c.close}`
            + `<br>Volume ${fmt.number(Number(c.volume), 2)}` + (c.minutes ? ` · ${c.minutes} minutes` : '');
        }
      },
      axisPointer: { link: [{ xAxisIndex: 'all' }] },
      grid: [{ left: 64, right: 24, top: 16, height: '60%' }, { left: 64, right: 24, top: '74%', height: '14%' }],
      xAxis: [
        { type: 'time', gridIndex: 0, axisLabel: { formatter: v => fmt.dateTime(v) } },
        { type: 'time', gridIndex: 1, axisLabel: { show: false } }
      ],
      yAxis: [{ scale: true, gridIndex: 0 }, { scale: true, gridIndex: 1, splitNumber: 2 }],
      dataZoom: [
        { type: 'inside', xAxisIndex: [0, 1], filterMode: 'weakFilter' },
        { type: 'slider', xAxisIndex: [0, 1], bottom: 6, filterMode: 'weakFilter' }
      ],
      series: [
        {
          name: 'OHLC', type: 'candlestick', xAxisIndex: 0, yAxisIndex: 0,
          data: candles.map(c => [time(c), Number(c.open), Number(c.close), Number(c.low), Number(c.high)]),
          encode: { x: 0, y: [1, 2, 3, 4] },
          itemStyle: { color: UP, color0: DOWN, borderColor: UP, borderColor0: DOWN },
          markArea: {
            silent: true, itemStyle: { color: 'rgba(180, 35, 24, 0.10)' },
            data: gaps.map(g => [{ xAxis: Date.parse(g.from) }, { xAxis: Date.parse(g.to) }])
          }
        },
        {
          name: 'Volume', type: 'bar', xAxisIndex: 1, yAxisIndex: 1,
          data: candles.map(c => ({
            value: [time(c), Number(c.volume)],
            itemStyle: { color: Number(c.close) >= Number(c.open) ? UP : DOWN }
          }))
        }
      ]
    }, { notMerge: true });
  }

  function fillTable() {
    const table = $('ohlcv');
    const candles = answer ? answer.candles.slice(-TABLE_ROWS).reverse() : [];
    table.tBodies[0].replaceChildren(...candles.map(c => el('tr', {}, [
      el('td', { text: fmt.dateTime(c.time) }), el('td', { className: 'num', text: String(c.open) }),
      el('td', { className: 'num', text: String(c.high) }), el('td', { className: 'num', text: String(c.low) }),
      el('td', { className: 'num', text: String(c.close) }), el('td', { className: 'num', text: String(c.volume) }),
      el('td', { className: 'num', text: c.minutes === null ? '' : String(c.minutes) }),
      el('td', { text: c.origin })
    ])));
    table.dataset.rows = String(candles.length);
    table.dataset.state = candles.length ? 'ready' : 'empty';
    $('table-note').textContent = answer && answer.candles.length > TABLE_ROWS
      ? `The newest ${TABLE_ROWS} of ${fmt.number(answer.candles.length)} bars; the CSV holds them all.`
      : 'Newest first; the CSV holds the same bars.';
  }

  function describe() {
    if (!answer) return;
    const n = answer.candles.length;
    const gaps = answer.gaps;
    $('candle-title').textContent = `${answer.symbol} · ${answer.interval} · ${answer.source}${answer.adjusted ? ' (adjusted)' : ''}`;
    $('candle-note').textContent = `${fmt.number(n)} bars ${answer.basis === 'minutes' ? 'rolled up from 1-minute bars' : 'as stored'}`
      + ` from ${fmt.dateTime(answer.from)} to ${fmt.dateTime(answer.to)} ${fmt.zoneName()}, ${answer.calendar} calendar; `
      + (gaps === null ? 'gaps are not checked for 4h bars of this market.'
        : gaps.length ? `${plural(gaps.length, 'gap')}, ${plural(gaps.reduce((s, g) => s + g.expectedBars, 0), 'bar')} missing.`
          : 'no gaps.');
  }

  async function show() {
    const error = $('candle-error');
    chartDiv.dataset.state = 'loading';
    chartDiv.dataset.rendered = 'false';
    try {
      answer = await getJson('/api/market/candles?' + query());
    } catch (e) {
      if (!(e instanceof Dash.ApiError)) throw e;
      answer = null;
      Dash.emptyState(error, e.status === 404 ? 'Nothing stored' : 'These candles cannot be shown', e.message);
      chartDiv.dataset.state = e.status === 404 ? 'unknown' : 'error';
      $('candle-csv').hidden = true;
      draw();
      fillTable();
      return;
    }
    Dash.emptyState(error, null);
    draw();
    fillTable();
    describe();
    $('candle-csv').href = '/api/market/candles?' + query('csv');
    $('candle-csv').hidden = false;
    chartDiv.dataset.state = answer.candles.length ? 'ready' : 'empty';
    chartDiv.dataset.candles = String(answer.candles.length);
    chartDiv.dataset.gaps = String(answer.gaps ? answer.gaps.length : -1);
  }

  $('candle-form').addEventListener('submit', event => {
    event.preventDefault();
    show().catch(e => console.warn(e));
  });
  $('symbol').addEventListener('change', offerSources);
  Dash.onZoneChange(() => { draw(); fillTable(); describe(); });
  // The chart, for scripts run in the page (and the browser test).
  Dash.market = { chart };

  (async function start() {
    instruments = await Dash.storedInstruments();
    if (initial.symbol) {
      $('symbol').value = initial.symbol;
      if (search.get('interval')) $('interval').value = search.get('interval');
      offerSources();
      if (search.get('source')) $('source').value = search.get('source');
      await show();
    } else if (instruments.length) {
      $('symbol').value = instruments[0].symbol;
      $('interval').value = instruments[0].interval;
      offerSources();
      await show();
    }
  })().catch(e => console.warn(e));
})();
