/*
 * A pair's backtest: the form prefilled from the query string and the screen's pair (hedge ratio, intercept, split),
 * then five charts on one time axis (linear, epoch ms, labelled by a tick formatter as on the tick page: no date
 * adapter), the metrics, the folds of a walk-forward run and the trades.
 */
(function () {
  'use strict';

  const { el, fmt, getJson, sendJson, emptyState } = Dash;
  const $ = id => document.getElementById(id);
  const main = document.querySelector('main.pair-backtest');
  const COLORS = { y: '#1565c0', x: '#c88a12', spread: '#1b2430', z: '#1b2430', entry: '#b42318', exit: '#1a7f37',
    stop: '#5b3a99', equity: '#1565c0', drawdown: '#c62828', split: '#6b7f94' };
  const charts = {};

  // ---- formats ----
  const pct = v => (v === null || v === undefined ? '–' : (v * 100).toFixed(2) + '%');
  const num = (v, d) => (v === null || v === undefined ? '–' : Number(v).toFixed(d));
  const day = ms => new Date(ms).toISOString().slice(0, 10);

  // ---- the form ----

  function showHedgeFields() {
    const hedge = $('hedge').value;
    document.querySelectorAll('[data-hedge]').forEach(label => { label.hidden = label.dataset.hedge !== hedge; });
    const evaluation = $('evaluation').value;
    document.querySelectorAll('[data-evaluation]').forEach(label => {
      label.hidden = label.dataset.evaluation !== evaluation;
    });
  }
  $('hedge').addEventListener('change', showHedgeFields);
  $('evaluation').addEventListener('change', showHedgeFields);

  function clearErrors() {
    document.querySelectorAll('#pair-form .field-error').forEach(span => { span.textContent = ''; });
    document.querySelectorAll('#pair-form .invalid').forEach(input => input.classList.remove('invalid'));
    emptyState($('pair-error'), null);
  }

  /** The API's refusal next to the field it names, else above the charts. */
  function showError(error) {
    const span = error.parameter && document.querySelector('#pair-form [data-error-for="' + CSS.escape(error.parameter) + '"]');
    if (span) {
      span.textContent = error.message;
      const input = document.querySelector('#pair-form [name="' + CSS.escape(error.parameter) + '"]');
      if (input) input.classList.add('invalid');
    }
    emptyState($('pair-error'), 'The backtest did not run',
      (error.parameter ? error.parameter + ': ' : '') + error.message);
  }

  /** The request: the fields that apply to the chosen hedge and evaluation, empty ones left to the API. */
  function backtestRequest() {
    const form = $('pair-form');
    const text = name => form.elements[name].value.trim();
    const number = name => (text(name) === '' ? null : Number(text(name)));
    const hedge = text('hedge');
    const evaluation = text('evaluation');
    const body = {
      dependent: text('dependent'), independent: text('independent'), hedge, evaluation,
      zWindow: number('zWindow'), entryZ: number('entryZ'), exitZ: number('exitZ'),
      // empty: no stop, no limit on the holding
      stopZ: number('stopZ'), maxHoldingBars: number('maxHoldingBars'),
      feeBps: number('feeBps'), slippageBps: number('slippageBps'), capital: number('capital')
    };
    if (number('screenId') !== null) body.screenId = number('screenId');
    if (hedge === 'fixed') {
      if (number('hedgeRatio') !== null) body.hedgeRatio = number('hedgeRatio');
      if (number('intercept') !== null) body.intercept = number('intercept');
    } else if (number('lookback') !== null) {
      body.lookback = number('lookback');
    }
    if (evaluation === 'holdout' && text('split')) body.split = text('split');
    if (evaluation === 'walk-forward') {
      body.trainBars = number('trainBars');
      body.testBars = number('testBars');
    }
    if (text('from')) body.from = text('from');
    if (text('to')) body.to = text('to');
    for (const key of ['zWindow', 'entryZ', 'exitZ', 'feeBps', 'slippageBps', 'capital']) {
      if (body[key] === null) delete body[key];
    }
    return body;
  }

  // ---- charts ----

  /** Vertical dashed lines at the split (holdout start) and the walk-forward folds' test starts. */
  const splitLines = {
    id: 'splitLines',
    afterDatasetsDraw(chart, args, options) {
      const xs = (options && options.xs) || [];
      const { ctx, chartArea, scales } = chart;
      ctx.save();
      ctx.strokeStyle = COLORS.split;
      ctx.setLineDash([4, 4]);
      ctx.lineWidth = 1;
      for (const x of xs) {
        const px = scales.x.getPixelForValue(x);
        if (px < chartArea.left || px > chartArea.right) continue;
        ctx.beginPath();
        ctx.moveTo(px, chartArea.top);
        ctx.lineTo(px, chartArea.bottom);
        ctx.stroke();
      }
      ctx.restore();
    }
  };

  function tickLabel(value, span) {
    return span > 10 * 86400e3 ? fmt.date(value) : fmt.dateTime(value);
  }

  /**
   * A line chart of {x: epoch ms, y} points; extra y scales (the position's) and the split lines as given. The canvas
   * says in data-state that it is drawn.
   */
  function drawChart(id, datasets, times, marks, extraScales, yTitle) {
    if (charts[id]) charts[id].destroy();
    const span = times.length > 1 ? times[times.length - 1] - times[0] : 0;
    const canvas = $(id);
    charts[id] = new Chart(canvas, {
      type: 'line',
      data: { datasets },
      options: {
        parsing: false, normalized: true, animation: false, responsive: true, maintainAspectRatio: false,
        interaction: { mode: 'nearest', axis: 'x', intersect: false },
        elements: { point: { radius: 0, hoverRadius: 3 }, line: { tension: 0 } },
        scales: Object.assign({
          x: { type: 'linear', min: times[0], max: times[times.length - 1],
            ticks: { maxRotation: 0, autoSkipPadding: 16, callback: v => tickLabel(v, span) },
            grid: { color: '#eef1f5' } },
          y: { grid: { color: '#eef1f5' }, title: { display: !!yTitle, text: yTitle || '' } }
        }, extraScales || {}),
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: true, boxWidth: 18,
            filter: item => !item.text.startsWith('_') } },
          tooltip: {
            filter: item => !item.dataset.label.startsWith('_'),
            callbacks: {
              title: items => (items.length ? fmt.dateTime(items[0].parsed.x) + ' ' + fmt.zoneName() : ''),
              label: item => item.dataset.label + ': ' + fmt.number(item.parsed.y, 4)
            }
          },
          splitLines: { xs: marks }
        }
      },
      plugins: [splitLines]
    });
    canvas.dataset.state = 'ready';
    canvas.dataset.points = String(times.length);
  }

  const series = (times, values) => times.map((t, i) => ({ x: t, y: values[i] === undefined ? null : values[i] }));
  const line = (label, data, color, extra) => Object.assign({
    label, data, borderColor: color, backgroundColor: color, borderWidth: 1.4, pointStyle: 'line', spanGaps: false
  }, extra || {});
  /** A horizontal line across the run, dashed; labels starting with "_" stay out of the legend and tooltips. */
  const level = (label, y, color, times) => line(label, [{ x: times[0], y }, { x: times[times.length - 1], y }], color,
    { borderDash: [6, 4], borderWidth: 1 });

  /** Each close over the first finite close, times 100: both legs start at 100 on one axis. */
  function normalised(values) {
    const first = values.find(v => v !== null && v !== undefined && Number.isFinite(v));
    return values.map(v => (v === null || v === undefined || !first ? null : 100 * v / first));
  }

  function render(r) {
    const times = r.times;
    const marks = [];
    if (r.evaluation === 'holdout' && r.split) marks.push(Date.parse(r.split + 'T00:00:00Z'));
    // each fold's test starts after its last training bar's close (epoch ms)
    (r.folds || []).forEach(f => { if (f.trainTo !== null && f.trainTo !== undefined) marks.push(f.trainTo); });

    drawChart('prices-chart', [
      line(r.dependent + ' (Y)', series(times, normalised(r.closeY)), COLORS.y),
      line(r.independent + ' (X)', series(times, normalised(r.closeX)), COLORS.x)], times, marks, null, 'Close, first bar = 100');

    drawChart('spread-chart', [line('Spread', series(times, r.spread), COLORS.spread)], times, marks);

    const z = [
      line('z-score', series(times, r.z), COLORS.z),
      level('Entry ±' + r.entryZ, r.entryZ, COLORS.entry, times), level('_-entry', -r.entryZ, COLORS.entry, times),
      level('Exit ±' + r.exitZ, r.exitZ, COLORS.exit, times), level('_-exit', -r.exitZ, COLORS.exit, times)];
    if (r.stopZ !== null && r.stopZ !== undefined) {
      z.push(level('Stop ±' + r.stopZ, r.stopZ, COLORS.stop, times), level('_-stop', -r.stopZ, COLORS.stop, times));
    }
    // the position, stepped and filled on its own hidden axis: +1 shades the top half green, −1 the bottom red
    z.push(line('Position (long / short the spread)', series(times, r.position), 'rgba(26,127,55,0.5)', {
      yAxisID: 'position', stepped: true, borderWidth: 0, pointStyle: 'rect',
      fill: { target: 'origin', above: 'rgba(26,127,55,0.12)', below: 'rgba(180,35,24,0.12)' }
    }));
    drawChart('z-chart', z, times, marks, { position: { display: false, min: -1, max: 1 } }, 'z');

    drawChart('equity-chart', [line('Equity', series(times, r.equity), COLORS.equity)], times, marks);
    drawChart('drawdown-chart', [line('Drawdown %', series(times, r.drawdown.map(v => (v === null ? null : v * 100))),
      COLORS.drawdown, { fill: true, backgroundColor: 'rgba(198,40,40,0.15)', borderWidth: 1 })], times, marks);

    $('split-note').textContent = r.evaluation === 'holdout' && r.split
      ? 'Holdout: the charts start at the split (' + r.split + ', the end of the screen\'s training window): every'
        + ' bar after it is one the screen never saw.'
      : r.evaluation === 'walk-forward'
        ? 'Walk-forward: the hedge is refitted on each fold\'s training bars; dashed lines mark where each test starts.'
        : 'Full history: the hedge ratio was fitted on part of these bars, so the result flatters the pair.';

    renderMetrics(r);
    renderFolds(r.folds || []);
    renderTrades(r.trades || []);
  }

  function renderMetrics(r) {
    const m = r.metrics;
    const rows = [
      ['Total return', pct(m.totalReturn), 'total-return'],
      ['Annualised return', pct(m.annualisedReturn), 'annualised'],
      ['Sharpe (annualised)', num(m.sharpe, 2), 'sharpe'], ['Sortino (annualised)', num(m.sortino, 2), 'sortino'],
      ['Max drawdown', pct(m.maxDrawdown), 'max-drawdown'],
      ['Trades', String(m.trades), 'trades'], ['Win rate', pct(m.winRate), 'win-rate'],
      ['Profit factor', num(m.profitFactor, 2), 'profit-factor'],
      ['Average bars held', num(m.averageBarsHeld, 1), 'average-bars-held'],
      ['Exposure', pct(m.exposure), 'exposure'], ['Fees paid', num(m.feesPaid, 2), 'fees'],
      ['Hedge', r.hedge + (r.hedge === 'fixed' ? ': β ' + num(r.hedgeRatio, 4) + ', α ' + num(r.intercept, 4) : ''),
        'hedge'],
      ['Evaluation', r.evaluation + (r.evaluation === 'holdout' && r.split ? ' from ' + r.split : ''), 'evaluation'],
      ['Bars', r.interval + ' from ' + r.source + (r.adjusted ? ' (adjusted)' : '') + ', ' + fmt.number(r.times.length)
        + (r.times.length ? ' (' + day(r.times[0]) + ' to ' + day(r.times[r.times.length - 1]) + ')' : ''), 'bars']];
    $('metrics-table').tBodies[0].replaceChildren(...rows.map(([name, value, key]) =>
      el('tr', { dataset: { metric: key } }, [el('th', { scope: 'row', text: name }),
        el('td', { className: 'num', text: value })])));
    $('metrics-table').dataset.state = 'ready';
    const note = m.annualisedReturnNote || m.annualisedOmitted;
    $('annualised-note').hidden = !note;
    $('annualised-note').textContent = note ? 'Annualised return omitted: ' + note + '.' : '';
  }

  function renderFolds(folds) {
    $('folds-section').hidden = !folds.length;
    $('folds-table').tBodies[0].replaceChildren(...folds.map((f, i) => el('tr', {}, [
      el('td', { className: 'num', text: String(i + 1) }), el('td', { text: fmt.dateTime(f.trainFrom) }),
      el('td', { text: fmt.dateTime(f.trainTo) }), el('td', { text: fmt.dateTime(f.testTo) }),
      el('td', { className: 'num', text: num(f.hedgeRatio, 4) }), el('td', { className: 'num', text: num(f.intercept, 4) })])));
    $('folds-table').dataset.state = folds.length ? 'ready' : 'empty';
  }

  /** +1 (or "long") is long the spread: long Y, short X. */
  const sideText = side => (side === 1 || side === 'long' || side === 'LONG' ? 'Long' : 'Short');

  function renderTrades(trades) {
    $('trades-table').tBodies[0].replaceChildren(...trades.map(t => el('tr', {}, [
      el('td', { text: sideText(t.side) }),
      el('td', { text: fmt.dateTime(t.entryTime) }), el('td', { text: fmt.dateTime(t.exitTime) }),
      el('td', { className: 'num', text: num(t.entryPriceY, 4) + ' / ' + num(t.exitPriceY, 4) }),
      el('td', { className: 'num', text: num(t.entryPriceX, 4) + ' / ' + num(t.exitPriceX, 4) }),
      el('td', { className: 'num', text: num(t.quantityY, 4) }), el('td', { className: 'num', text: num(t.quantityX, 4) }),
      el('td', { className: 'num', text: num(t.fees, 2) }), el('td', { className: 'num', text: num(t.pnl, 2) }),
      el('td', { className: 'num', text: pct(t.returnPct) }), el('td', { className: 'num', text: String(t.barsHeld) }),
      el('td', { text: String(t.exitReason || '').toLowerCase() })])));
    $('trades-table').dataset.state = trades.length ? 'ready' : 'empty';
    emptyState($('trades-empty'), trades.length ? null : 'No trades',
      'The z-score never reached the entry level in the evaluated bars.');
  }

  function setState(state) {
    ['prices-chart', 'spread-chart', 'z-chart', 'equity-chart', 'drawdown-chart', 'metrics-table', 'trades-table']
      .forEach(id => { $(id).dataset.state = state; });
  }

  async function run() {
    clearErrors();
    setState('loading');
    $('run-pair-backtest').disabled = true;
    const body = backtestRequest();
    $('pair-title').textContent = (body.dependent || 'Y') + ' against ' + (body.independent || 'X');
    try {
      render(await sendJson('POST', '/api/pairs/backtests', body));
    } catch (error) {
      setState('error');
      showError(error);
    } finally {
      $('run-pair-backtest').disabled = false;
    }
  }

  $('pair-form').addEventListener('submit', event => {
    event.preventDefault();
    run();
  });

  /** Takes the pair's hedge ratio and intercept and the screen's training end (the split) into the form. */
  async function prefill(screenId, y, x) {
    const screen = await getJson('/api/pairs/screens/' + encodeURIComponent(screenId));
    const settings = screen.settings || {};
    if (settings.trainingTo) $('split').value = settings.trainingTo;
    const params = new URLSearchParams({ passing: 'false', symbol: y, limit: '5000' });
    const page = await getJson('/api/pairs/screens/' + encodeURIComponent(screenId) + '/pairs?' + params);
    // the screen kept one ordering of the two; its hedge ratio is of that ordering's dependent leg
    const pair = page.pairs.find(p => (p.dependent === y && p.independent === x)
      || (p.dependent === x && p.independent === y));
    if (!pair) {
      $('pair-note').textContent = 'Screen #' + screenId + ' did not test ' + y + ' against ' + x
        + '; give a hedge ratio or choose a rolling hedge.';
      return;
    }
    $('dependent').value = pair.dependent;
    $('independent').value = pair.independent;
    $('hedge-ratio').value = String(pair.hedgeRatio);
    $('intercept').value = String(pair.intercept);
    $('pair-note').textContent = 'From screen #' + screenId + ' (' + (settings.interval || '') + ' bars, training '
      + (settings.trainingFrom || '…') + ' to ' + (settings.trainingTo || '…') + '): β ' + num(pair.hedgeRatio, 3)
      + ', p-value ' + (pair.pValue < 0.001 ? Number(pair.pValue).toExponential(2) : num(pair.pValue, 4))
      + ', half-life ' + (pair.halfLife === null ? '∞' : num(pair.halfLife, 1)) + ' bars'
      + (pair.passes ? ', passes.' : ', does not pass.');
  }

  async function start() {
    const screenId = main.dataset.screen;
    const y = main.dataset.y;
    const x = main.dataset.x;
    $('dependent').value = y;
    $('independent').value = x;
    $('screen-id').value = screenId;
    showHedgeFields();
    if (screenId && y && x) {
      try {
        await prefill(screenId, y, x);
      } catch (error) {
        $('pair-note').textContent = 'Could not read screen #' + screenId + ': ' + error.message;
      }
    }
    if (y && x) await run();
  }

  Dash.onZoneChange(() => Object.values(charts).forEach(chart => chart.update('none')));

  start();
})();
