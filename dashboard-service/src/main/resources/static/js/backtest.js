/* Backtest page: one crossover backtest with its curves, metrics and trades, and the in-sample/out-of-sample grid. */
(function () {
  'use strict';

  const { el, fmt } = Dash;
  const $ = id => document.getElementById(id);
  const MAX_POINTS = 2000;
  let equityChart = null;
  let drawdownChart = null;
  let last = null;

  $('category').append(el('option', { value: 'total', text: 'All vessels' }),
    ...Dash.CATEGORIES.map(c => el('option', { value: c.key, text: c.label })));
  const today = new Date();
  $('to').value = today.toISOString().slice(0, 10);
  $('from').value = new Date(today.getTime() - 30 * 86400e3).toISOString().slice(0, 10);

  function common() {
    return {
      symbol: $('symbol').value.trim(),
      interval: $('interval').value,
      from: $('from').value + 'T00:00:00Z',
      to: $('to').value + 'T00:00:00Z',
      category: $('category').value,
      mode: $('mode').value,
      fee: Number($('fee').value) / 100,
      slippage: Number($('slippage').value) / 100,
      initialCash: Number($('initialCash').value)
    };
  }

  async function post(path, body) {
    const response = await fetch(path, {
      method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body)
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error((json.parameter ? json.parameter + ': ' : '') + (json.message || response.statusText));
    }
    return json;
  }

  function showError(error) {
    $('backtest-error').hidden = !error;
    $('backtest-error').textContent = error ? error.message : '';
  }

  const pct = v => v == null ? '–' : (v * 100).toFixed(2) + '%';
  const num = (v, d) => v == null ? '–' : Number(v).toFixed(d);

  /** Every k-th point, so a year of 5-minute bars stays a drawable chart; the last point is always kept. */
  function thin(times, ...series) {
    const step = Math.max(1, Math.ceil(times.length / MAX_POINTS));
    const keep = times.map((_, i) => i).filter(i => i % step === 0 || i === times.length - 1);
    return [keep.map(i => fmt.dateTime(times[i])), ...series.map(s => keep.map(i => s[i]))];
  }

  function lineChart(canvas, labels, datasets, old) {
    if (old) old.destroy();
    const chart = new Chart(canvas, {
      type: 'line',
      data: { labels, datasets },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false, interaction: { mode: 'index', intersect: false },
        elements: { point: { radius: 0 } }, scales: { x: { ticks: { maxTicksLimit: 8 } } }
      }
    });
    canvas.dataset.state = 'drawn';
    return chart;
  }

  function render(result) {
    last = result;
    const [labels, equity, hold, drawdown] = thin(result.times, result.equity, result.buyAndHold, result.drawdown);
    equityChart = lineChart($('equity-chart'), labels, [
      { label: 'Strategy', data: equity, borderColor: '#1565c0', borderWidth: 1.5 },
      { label: 'Buy and hold', data: hold, borderColor: '#9e9e9e', borderWidth: 1.5 }], equityChart);
    drawdownChart = lineChart($('drawdown-chart'), labels, [
      { label: 'Drawdown %', data: drawdown.map(v => v * 100), borderColor: '#c62828', fill: true,
        backgroundColor: 'rgba(198,40,40,0.15)', borderWidth: 1 }], drawdownChart);
    const m = result.metrics;
    const rows = [
      ['Total return', pct(m.totalReturn), 'total-return'], ['Annualised return', pct(m.annualisedReturn), 'annualised'],
      ['Buy-and-hold return', pct(m.buyAndHoldReturn), 'buy-and-hold'], ['Sharpe (annualised)', num(m.sharpe, 2), 'sharpe'],
      ['Sortino (annualised)', num(m.sortino, 2), 'sortino'], ['Max drawdown', pct(m.maxDrawdown), 'max-drawdown'],
      ['Max drawdown duration', fmt.duration(m.maxDrawdownDurationMillis / 1000), 'drawdown-duration'],
      ['Trades', String(m.trades), 'trades'], ['Win rate', pct(m.winRate), 'win-rate'],
      ['Profit factor', num(m.profitFactor, 2), 'profit-factor'], ['Exposure', pct(m.exposure), 'exposure'],
      ['Fees paid', num(m.feesPaid, 2), 'fees'],
      ['Bars per year (' + result.calendar.replace('_', ' ') + ')', num(m.barsPerYear, 0), 'bars-per-year'],
      ['Bars source', result.source + (result.adjusted ? ' (adjusted)' : ''), 'source']];
    $('metrics-table').tBodies[0].replaceChildren(...rows.map(([name, value, key]) =>
      el('tr', { dataset: { metric: key } }, [el('th', { scope: 'row', text: name }), el('td', { className: 'num', text: value })])));
    $('metrics-table').dataset.state = 'ready';
    $('trades-table').tBodies[0].replaceChildren(...result.trades.map(t => el('tr', {}, [
      el('td', { text: (t.direction > 0 ? 'Long' : 'Short') + (t.open ? ' (open)' : '') }),
      el('td', { text: fmt.dateTime(t.entryTime) }), el('td', { className: 'num', text: num(t.entryPrice, 4) }),
      el('td', { text: fmt.dateTime(t.exitTime) }), el('td', { className: 'num', text: num(t.exitPrice, 4) }),
      el('td', { className: 'num', text: num(t.fees, 2) }), el('td', { className: 'num', text: num(t.pnl, 2) }),
      el('td', { className: 'num', text: pct(t.returnPct) })])));
    $('trades-table').dataset.state = 'ready';
    $('csv-curve').disabled = false;
    $('csv-trades').disabled = false;
  }

  function download(name, lines) {
    const url = URL.createObjectURL(new Blob([lines.join('\n') + '\n'], { type: 'text/csv' }));
    const a = el('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
  }

  $('csv-curve').addEventListener('click', () => download('backtest-curves.csv',
    ['bar_close,equity,buy_and_hold,drawdown'].concat(last.times.map((t, i) =>
      [new Date(t).toISOString(), last.equity[i], last.buyAndHold[i], last.drawdown[i]].join(',')))));
  $('csv-trades').addEventListener('click', () => download('backtest-trades.csv',
    ['direction,entry_time,entry_price,exit_time,exit_price,quantity,fees,pnl,return,open'].concat(last.trades.map(t =>
      [t.direction, new Date(t.entryTime).toISOString(), t.entryPrice, new Date(t.exitTime).toISOString(), t.exitPrice,
        t.quantity, t.fees, t.pnl, t.returnPct, t.open].join(',')))));

  $('backtest-form').addEventListener('submit', async event => {
    event.preventDefault();
    showError(null);
    $('metrics-table').dataset.state = 'loading';
    try {
      render(await post('/api/backtests', Object.assign(common(),
        { fast: Number($('fast').value), slow: Number($('slow').value) })));
    } catch (error) {
      $('metrics-table').dataset.state = 'error';
      showError(error);
    }
  });

  function heatColour(value, min, max) {
    if (value == null) return '#f2f2f2';
    const t = max > min ? (value - min) / (max - min) : 0.5;
    return 'hsl(' + Math.round(t * 120) + ', 65%, ' + Math.round(80 - 30 * t) + '%)';
  }

  function renderOptimization(result) {
    $('optimizer-summary').textContent = result.combinationsTried + ' combinations tried in ' + result.elapsedMillis
      + ' ms; ' + result.inSampleBars + ' bars in-sample, ' + result.outOfSampleBars + ' held out from '
      + fmt.dateTime(result.splitTime) + '.';
    $('optimizer-warning').textContent = result.warning;
    const value = v => result.objective === 'sharpe' ? num(v, 2) : pct(v);
    $('best-table').tBodies[0].replaceChildren(...result.best.map(b => el('tr', {}, [
      el('td', { className: 'num', text: String(b.fast) }), el('td', { className: 'num', text: String(b.slow) }),
      el('td', { className: 'num', text: value(b.inSampleObjective) }),
      el('td', { className: 'num', text: value(b.outOfSampleObjective) }),
      el('td', { className: 'num', text: pct(b.outOfSample.totalReturn) }),
      el('td', { className: 'num', text: String(b.outOfSample.trades) })])));
    $('best-table').dataset.state = 'ready';
    const values = result.inSample.flat().filter(v => v != null);
    const min = Math.min(...values);
    const max = Math.max(...values);
    const best = new Set(result.best.map(b => b.fast + ':' + b.slow));
    const header = el('tr', {}, [el('th', { text: 'fast \\ slow' }),
      ...result.slowValues.map(s => el('th', { text: String(s) }))]);
    const rows = result.fastValues.map((f, i) => el('tr', {}, [el('th', { text: String(f) }),
      ...result.inSample[i].map((v, j) => el('td', {
        className: best.has(f + ':' + result.slowValues[j]) ? 'best' : '',
        title: 'fast ' + f + ', slow ' + result.slowValues[j] + ': ' + (v == null ? 'n/a' : value(v)),
        style: { background: heatColour(v, min, max) }
      }))]));
    $('heatmap').replaceChildren(el('thead', {}, [header]), el('tbody', {}, rows));
    $('heatmap').dataset.state = 'ready';
  }

  $('optimize-form').addEventListener('submit', async event => {
    event.preventDefault();
    showError(null);
    $('heatmap').dataset.state = 'loading';
    $('optimizer-summary').textContent = 'Running…';
    try {
      renderOptimization(await post('/api/backtests/optimizations', Object.assign(common(), {
        fastMin: Number($('fastMin').value), fastMax: Number($('fastMax').value),
        slowMin: Number($('slowMin').value), slowMax: Number($('slowMax').value),
        objective: $('objective').value, inSampleFraction: Number($('inSample').value) / 100
      })));
    } catch (error) {
      $('heatmap').dataset.state = 'error';
      $('optimizer-summary').textContent = '';
      showError(error);
    }
  });
})();
