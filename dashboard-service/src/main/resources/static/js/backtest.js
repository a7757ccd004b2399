/* Backtest page: one crossover backtest with its curves, metrics and trades, and the in-sample/out-of-sample grid. */
(function () {
  'use strict';

  const { el, fmt, request, sendJson, utcDay } = Dash;
  const $ = id => document.getElementById(id);
  const MAX_POINTS = 2000;
  let equityChart = null;
  let drawdownChart = null;
  let lastRequest = null;
  let instruments = [];
  let job = null;

  $('category').append(el('option', { value: 'total', text: 'All vessels' }), ...Dash.categoryOptions());
  const today = new Date();
  $('to').value = utcDay(today);
  $('from').value = utcDay(today.getTime() - 30 * 86400e3);

  /** Picking a symbol sets an interval it has and its last 30 days. */
  $('symbol').addEventListener('change', () => {
    const series = Dash.describeStoredSeries(instruments);
    if (!series) return;
    const chosen = series.find(i => i.interval === $('interval').value) || series[0];
    $('interval').value = chosen.interval;
    const last = new Date(chosen.lastBar);
    const first = new Date(Math.max(new Date(chosen.firstBar).getTime(), last.getTime() - 30 * 86400e3));
    $('from').value = utcDay(first);
    $('to').value = utcDay(last.getTime() + 86400e3);
  });

  // regions whose series can be the signal instead of the receiver's vessels per window
  Dash.appendRegionOptions($('signal-region'));

  function showSignalFields() {
    const region = $('signal-region').value !== '';
    document.querySelectorAll('[data-region-signal]').forEach(label => { label.hidden = !region; });
    $('signal-direction').disabled = $('signal-metric').value !== 'transits';
  }
  $('signal-region').addEventListener('change', showSignalFields);
  $('signal-metric').addEventListener('change', showSignalFields);

  /** The region signal of the form, or undefined for the vessels per window. */
  function regionSignal() {
    if ($('signal-region').value === '') {
      return undefined;
    }
    const metric = $('signal-metric').value;
    return {
      id: Number($('signal-region').value),
      metric,
      interval: $('signal-interval').value,
      direction: metric === 'transits' && $('signal-direction').value ? $('signal-direction').value : undefined
    };
  }

  function common() {
    return {
      region: regionSignal(),
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

  const post = (path, body) => sendJson('POST', path, body);

  /** Shows why a request failed, naming the parameter the API refused if it named one. */
  function showError(error) {
    $('backtest-error').hidden = !error;
    $('backtest-error').textContent = !error ? '' : (error.parameter ? error.parameter + ': ' : '') + error.message;
  }

  const pct = v => v == null ? '—' : (v * 100).toFixed(2) + '%';
  const num = (v, d) => v == null ? '—' : Number(v).toFixed(d);

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
    // the server thinned the curves to MAX_POINTS, keeping each run's deepest drawdown
    const labels = result.times.map(t => fmt.dateTime(t));
    const { equity, buyAndHold: hold, buyAndHoldWithCosts: holdWithCosts, drawdown } = result;
    equityChart = lineChart($('equity-chart'), labels, [
      { label: 'Strategy', data: equity, borderColor: '#1565c0', borderWidth: 1.5 },
      { label: 'Buy and hold', data: hold, borderColor: '#9e9e9e', borderWidth: 1.5 },
      { label: 'Buy and hold with costs', data: holdWithCosts, borderColor: '#616161', borderWidth: 1.5,
        borderDash: [6, 4] }], equityChart);
    drawdownChart = lineChart($('drawdown-chart'), labels, [
      { label: 'Drawdown %', data: drawdown.map(v => v * 100), borderColor: '#c62828', fill: true,
        backgroundColor: 'rgba(198,40,40,0.15)', borderWidth: 1 }], drawdownChart);
    const m = result.metrics;
    const rows = [
      ['Total return', pct(m.totalReturn), 'total-return'], ['Annualised return', pct(m.annualisedReturn), 'annualised'],
      ['Buy-and-hold return', pct(m.buyAndHoldReturn), 'buy-and-hold'],
      ['Buy-and-hold with one entry fee and slippage', pct(m.buyAndHoldWithCostsReturn), 'buy-and-hold-costs'],
      ['Sharpe (annualised)', num(m.sharpe, 2), 'sharpe'],
      ['Sortino (annualised)', num(m.sortino, 2), 'sortino'], ['Max drawdown', pct(m.maxDrawdown), 'max-drawdown'],
      ['Max drawdown duration', fmt.duration(m.maxDrawdownDurationMillis / 1000), 'drawdown-duration'],
      ['Trades', String(m.trades), 'trades'], ['Win rate', pct(m.winRate), 'win-rate'],
      ['Profit factor', num(m.profitFactor, 2), 'profit-factor'], ['Exposure', pct(m.exposure), 'exposure'],
      ['Fees paid', num(m.feesPaid, 2), 'fees'],
      ['Bars per year (' + result.calendar.replace('_', ' ') + ')', num(m.barsPerYear, 0), 'bars-per-year'],
      ['Bars source', result.source + (result.adjusted ? ' (adjusted)' : ''), 'source']];
    $('metrics-table').tBodies[0].replaceChildren(...rows.map(([name, value, key]) =>
      el('tr', { dataset: { metric: key } }, [el('th', { scope: 'row', text: name }), el('td', { className: 'num', text: value })])));
    // a short run compounded to a year is meaningless: the API omits the figure and says why
    $('annualised-note').hidden = !m.annualisedOmitted;
    $('annualised-note').textContent = m.annualisedOmitted ? 'Annualised return omitted: ' + m.annualisedOmitted
      + '. Sharpe and Sortino are per-bar ratios scaled by √(bars per year) and are shown for any span.' : '';
    $('metrics-table').dataset.state = 'ready';
    $('trades-table').tBodies[0].replaceChildren(...result.trades.map(t => el('tr', {}, [
      el('td', { text: (t.direction > 0 ? 'Long' : 'Short') + (t.open ? ' (open)' : '') }),
      el('td', { text: fmt.dateTime(t.entryTime) }), el('td', { className: 'num', text: num(t.entryPrice, 4) }),
      el('td', { text: fmt.dateTime(t.exitTime) }), el('td', { className: 'num', text: num(t.exitPrice, 4) }),
      el('td', { className: 'num', text: num(t.fees, 2) }), el('td', { className: 'num', text: num(t.pnl, 2) }),
      el('td', { className: 'num', text: pct(t.returnPct) })])));
    $('trades-table').dataset.state = 'ready';
    for (const id of ['csv-curve', 'csv-trades', 'csv-metrics']) $(id).disabled = false;
  }

  /** Saves what the server answers as a file: the CSVs are written by the API, in one place, for page and scripts. */
  async function download(name, method, path, body) {
    showError(null);
    let blob;
    try {
      blob = await (await request(method, path, body, 'text/csv')).blob();
    } catch (error) {
      showError(error);
      return;
    }
    const url = URL.createObjectURL(blob);
    const a = el('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
  }

  $('csv-curve').addEventListener('click', () =>
    download('backtest-curves.csv', 'POST', '/api/backtests/curves.csv', lastRequest));
  $('csv-trades').addEventListener('click', () =>
    download('backtest-trades.csv', 'POST', '/api/backtests/trades.csv', lastRequest));
  $('csv-metrics').addEventListener('click', () =>
    download('backtest-metrics.csv', 'POST', '/api/backtests/metrics.csv', lastRequest));

  $('backtest-form').addEventListener('submit', async event => {
    event.preventDefault();
    showError(null);
    $('metrics-table').dataset.state = 'loading';
    try {
      // the chart needs no more points than it has pixels; metrics and trades still use every bar
      const request = Object.assign(common(), { fast: Number($('fast').value), slow: Number($('slow').value),
        maxPoints: MAX_POINTS });
      render(await post('/api/backtests', request));
      lastRequest = request;
    } catch (error) {
      $('metrics-table').dataset.state = 'error';
      showError(error);
    }
  });

  /**
   * The heatmap's colour scale: diverging around 0 (red below, green above, white at 0) when the objective takes both
   * signs, else one hue from light (min) to dark (max).
   */
  function heatScale(min, max) {
    const diverging = min < 0 && max > 0;
    const colour = value => {
      if (value == null) return '#f2f2f2';
      if (diverging) {
        const t = value < 0 ? Math.min(1, value / min) : Math.min(1, value / max);
        return 'hsl(' + (value < 0 ? 0 : 130) + ', 60%, ' + Math.round(97 - 45 * t) + '%)';
      }
      const t = max > min ? (value - min) / (max - min) : 0.5;
      return 'hsl(210, 65%, ' + Math.round(92 - 55 * t) + '%)';
    };
    return { diverging, colour };
  }

  /** Label every k-th tick, k the fewest cells of cellPx that hold one label of labelPx: large grids stay legible. */
  const tickStep = (cellPx, labelPx) => Math.max(1, Math.ceil(labelPx / cellPx));

  let lastHeatmap = null;

  /**
   * The in-sample grid as a table sized to the width it has: slow lengths across, fast lengths down, tick labels
   * thinned so they never overlap, a tooltip per cell and a legend of the colour scale.
   */
  function renderHeatmap(result, value) {
    lastHeatmap = { result, value };
    const objective = result.objective === 'sharpe' ? 'Sharpe' : 'Total return';
    const values = result.inSample.flat().filter(v => v != null);
    const min = values.length ? Math.min(...values) : 0;
    const max = values.length ? Math.max(...values) : 0;
    const scale = heatScale(min, max);
    const best = new Set(result.best.map(b => b.fast + ':' + b.slow));
    const columns = result.slowValues.length;
    const rowHeader = 36;
    const available = Math.max(120, $('heatmap-figure').clientWidth - rowHeader - 28);
    const cell = Math.max(3, Math.min(40, Math.floor(available / columns)));
    const columnStep = tickStep(cell, 30);
    const rowStep = tickStep(cell, 13);
    $('heatmap').style.setProperty('--cell', cell + 'px');
    $('heatmap').style.width = (rowHeader + cell * columns) + 'px';
    const header = el('tr', {}, [el('th', { className: 'corner', scope: 'col', style: { width: rowHeader + 'px' },
      title: 'fast down, slow across' }),
    ...result.slowValues.map((s, j) => el('th', { scope: 'col', className: 'tick',
      text: j % columnStep === 0 ? String(s) : '' }))]);
    const rows = result.fastValues.map((f, i) => el('tr', {}, [
      el('th', { scope: 'row', className: 'tick', text: i % rowStep === 0 ? String(f) : '' }),
      ...result.inSample[i].map((v, j) => el('td', {
        className: best.has(f + ':' + result.slowValues[j]) ? 'best' : '',
        title: 'fast ' + f + ', slow ' + result.slowValues[j] + ': ' + objective + ' '
          + (v == null ? 'n/a (fast not shorter than slow, or undefined)' : value(v)),
        style: { background: scale.colour(v) }
      }))]));
    $('heatmap').replaceChildren(el('thead', {}, [header]), el('tbody', {}, rows));

    const stops = [];
    for (let k = 0; k <= 10; k++) stops.push(scale.colour(min + (max - min) * k / 10));
    const labels = [el('span', { text: value(min) })];
    if (scale.diverging) {
      labels.push(el('span', { className: 'zero', text: value(0),
        style: { left: (100 * -min / (max - min)).toFixed(1) + '%' } }));
    }
    labels.push(el('span', { text: value(max) }));
    $('heatmap-legend').replaceChildren(
      el('span', { className: 'legend-title', text: 'In-sample ' + objective.toLowerCase()
        + (scale.diverging ? ' (red below 0, green above)' : '') }),
      el('div', { className: 'legend-bar', style: { background: 'linear-gradient(to right, ' + stops.join(', ') + ')' } }),
      el('div', { className: 'legend-labels' }, labels));
    $('heatmap-legend').hidden = false;
    $('heatmap-axes').hidden = false;
  }

  window.addEventListener('resize', () => {
    if (lastHeatmap) requestAnimationFrame(() => renderHeatmap(lastHeatmap.result, lastHeatmap.value));
  });

  function renderOptimization(result) {
    const walkForward = result.validation === 'walk-forward';
    $('optimizer-summary').textContent = result.combinationsTried + ' combinations tried'
      + (walkForward ? ' in each of ' + result.folds.length + ' folds' : '') + ' in ' + result.elapsedMillis + ' ms; '
      + result.inSampleBars + ' bars in-sample, ' + result.outOfSampleBars + ' held out from '
      + fmt.dateTime(result.splitTime) + (walkForward ? ' in the last fold.' : '.');
    $('optimizer-warning').textContent = result.warning;
    const value = v => result.objective === 'sharpe' ? num(v, 2) : pct(v);
    $('folds-section').hidden = !walkForward;
    $('heatmap-title').textContent = walkForward ? 'In-sample grid of the last fold' : 'In-sample grid';
    if (walkForward) {
      const chained = result.walkForward;
      $('walk-forward-summary').textContent = 'Re-optimised on every fold, the out-of-sample stretches together ('
        + chained.bars + ' bars) returned ' + pct(chained.totalReturn) + ' with a Sharpe of ' + num(chained.sharpe, 2) + '.';
      $('folds-table').tBodies[0].replaceChildren(...result.folds.map(f => el('tr', {}, [
        el('td', { className: 'num', text: String(f.fold) }), el('td', { text: fmt.dateTime(f.splitTime) }),
        el('td', { text: fmt.dateTime(f.outOfSampleTo) }),
        el('td', { className: 'num', text: String(f.fast) }), el('td', { className: 'num', text: String(f.slow) }),
        el('td', { className: 'num', text: value(f.inSampleObjective) }),
        el('td', { className: 'num', text: value(f.outOfSampleObjective) }),
        el('td', { className: 'num', text: pct(f.outOfSample.totalReturn) }),
        el('td', { className: 'num', text: String(f.outOfSample.trades) })])));
      $('folds-table').dataset.state = 'ready';
    }
    $('best-table').tBodies[0].replaceChildren(...result.best.map(b => el('tr', {}, [
      el('td', { className: 'num', text: String(b.fast) }), el('td', { className: 'num', text: String(b.slow) }),
      el('td', { className: 'num', text: value(b.inSampleObjective) }),
      el('td', { className: 'num', text: value(b.outOfSampleObjective) }),
      el('td', { className: 'num', text: pct(b.outOfSample.totalReturn) }),
      el('td', { className: 'num', text: String(b.outOfSample.trades) })])));
    $('best-table').dataset.state = 'ready';
    renderHeatmap(result, value);
    $('heatmap').dataset.state = 'ready';
  }

  let lambdaChart = null;

  /** The "Is it luck?" section: DSR, PSR, PBO with the λ histogram and the out-of-sample bootstrap, each with its reading. */
  function renderLuck(luck) {
    $('luck-section').hidden = !luck;
    if (!luck) return;
    const r = luck.readings;
    const b = luck.bootstrap;
    const range = (i, f) => i == null ? '–' : f(i.lower) + ' to ' + f(i.upper) + ' (backtest ' + f(i.sample) + ')';
    $('luck-summary').textContent = luck.cellsTried.toLocaleString() + ' cells tried on ' + luck.inSample + ' ('
      + luck.inSampleReturns + ' returns)' + (luck.bestFast == null ? '' : '; best by Sharpe: fast ' + luck.bestFast
      + ', slow ' + luck.bestSlow) + (b ? '; bootstrap of fast ' + b.fast + ', slow ' + b.slow + ' out of sample, '
      + b.resamples.toLocaleString() + ' resamples, seed ' + b.seed : '') + '.';
    const rows = [
      ['Deflated Sharpe ratio (DSR)', num(luck.dsr, 3), r.dsr, 'dsr'],
      ['Probabilistic Sharpe ratio (PSR)', num(luck.psr, 3), r.psr, 'psr'],
      ['Probability of overfitting (PBO)', luck.pbo == null ? '–'
        : num(luck.pbo, 3) + ' of ' + luck.splits.toLocaleString() + ' splits', r.pbo, 'pbo'],
      ['OOS total return, 5–95 %', range(b && b.totalReturn, pct), r.totalReturn, 'total-return'],
      ['OOS Sharpe, 5–95 %', range(b && b.sharpe, v => num(v, 2)), r.sharpe, 'sharpe'],
      ['OOS max drawdown, 5–95 %', range(b && b.maxDrawdown, pct), r.maxDrawdown, 'max-drawdown'],
      ['P(Sharpe > 0)', b ? num(b.probabilityPositiveSharpe, 3) : '–', r.probabilityPositiveSharpe, 'positive-sharpe']];
    $('luck-table').tBodies[0].replaceChildren(...rows.map(([name, value, reading, key]) =>
      el('tr', { dataset: { luck: key } }, [el('th', { scope: 'row', text: name }),
        el('td', { className: 'num', text: value }), el('td', { text: reading })])));
    $('luck-table').dataset.state = 'ready';
    $('luck-notes').textContent = luck.notes.join(' ');
    $('lambda-reading').textContent = luck.lambdaHistogram ? r.lambdaHistogram : '';
    if (lambdaChart) lambdaChart.destroy();
    lambdaChart = null;
    const h = luck.lambdaHistogram;
    $('lambda-chart').hidden = !h;
    if (!h) return;
    const width = (h.highest - h.lowest) / h.counts.length;
    lambdaChart = new Chart($('lambda-chart'), {
      type: 'bar',
      data: {
        labels: h.counts.map((_, i) => (h.lowest + (i + 0.5) * width).toFixed(2)),
        datasets: [{ label: 'Splits by logit λ', data: h.counts,
          backgroundColor: h.counts.map((_, i) => h.lowest + (i + 0.5) * width < 0 ? '#c62828' : '#1565c0') }]
      },
      options: { animation: false, responsive: true, maintainAspectRatio: false,
        scales: { x: { title: { display: true, text: 'λ (left of 0: below the median out of sample)' } } } }
    });
    $('lambda-chart').dataset.state = 'drawn';
  }

  $('validation').addEventListener('change', () => {
    const walkForward = $('validation').value === 'walk-forward';
    $('folds').disabled = !walkForward;
    $('inSample').disabled = walkForward;
  });

  function optimizerBusy(busy) {
    $('run-optimizer').disabled = busy;
    $('cancel-optimizer').hidden = !busy;
    $('optimizer-progress').hidden = !busy;
  }

  /** Follows a background search until it ends, showing how many pairs of how many it has evaluated. */
  async function follow(id) {
    for (;;) {
      const status = await sendJson('GET', '/api/backtests/optimizations/jobs/' + encodeURIComponent(id));
      $('optimizer-progress').max = Math.max(1, status.total);
      $('optimizer-progress').value = status.done;
      if (status.state === 'queued' || status.state === 'running') {
        $('optimizer-summary').textContent = (status.state === 'queued' ? 'Waiting for another search… '
          : 'Running… ') + status.done.toLocaleString() + ' of ' + status.total.toLocaleString() + ' pairs';
        await new Promise(resolve => setTimeout(resolve, 300));
        continue;
      }
      return status;
    }
  }

  $('cancel-optimizer').addEventListener('click', async () => {
    if (job) await sendJson('DELETE', '/api/backtests/optimizations/jobs/' + encodeURIComponent(job)).catch(showError);
  });

  $('csv-grid').addEventListener('click', () =>
    download('optimization-grid.csv', 'GET', '/api/backtests/optimizations/jobs/' + encodeURIComponent(job) + '/grid.csv'));

  $('csv-luck').addEventListener('click', () =>
    download('optimization-luck.csv', 'GET', '/api/backtests/optimizations/jobs/' + encodeURIComponent(job) + '/luck.csv'));

  $('optimize-form').addEventListener('submit', async event => {
    event.preventDefault();
    showError(null);
    $('heatmap').dataset.state = 'loading';
    $('csv-grid').disabled = true;
    $('csv-luck').disabled = true;
    $('luck-section').hidden = true;
    $('optimizer-summary').textContent = 'Starting…';
    optimizerBusy(true);
    try {
      const walkForward = $('validation').value === 'walk-forward';
      const started = await post('/api/backtests/optimizations/jobs', Object.assign(common(), {
        fastMin: Number($('fastMin').value), fastMax: Number($('fastMax').value),
        slowMin: Number($('slowMin').value), slowMax: Number($('slowMax').value),
        objective: $('objective').value, validation: $('validation').value,
        inSampleFraction: walkForward ? undefined : Number($('inSample').value) / 100,
        folds: walkForward ? Number($('folds').value) : undefined
      }));
      job = started.id;
      const status = await follow(job);
      if (status.state === 'done') {
        renderOptimization(status.result);
        renderLuck(status.result.luck);
        $('csv-grid').disabled = false;
        $('csv-luck').disabled = false;
      } else {
        $('heatmap').dataset.state = status.state;
        $('optimizer-summary').textContent = status.state === 'cancelled'
          ? 'Cancelled after ' + status.done.toLocaleString() + ' of ' + status.total.toLocaleString() + ' pairs.'
          : '';
        if (status.error) showError(new Error(status.error));
      }
    } catch (error) {
      $('heatmap').dataset.state = 'error';
      $('optimizer-summary').textContent = '';
      showError(error);
    } finally {
      optimizerBusy(false);
    }
  });

  Dash.storedInstruments().then(list => { instruments = list; });
})();
