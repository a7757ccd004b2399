/* Research page: a lead-lag study of traffic against an instrument's returns, with its evidence. */
(function () {
  'use strict';

  const { el, fmt, sendJson, utcDay } = Dash;
  const $ = id => document.getElementById(id);
  let correlogram = null;
  let seriesChart = null;
  let instruments = [];

  $('category').append(el('option', { value: 'total', text: 'All vessels' }), ...Dash.categoryOptions());
  const today = new Date();
  $('to').value = utcDay(today);
  $('from').value = utcDay(today.getTime() - 365 * 86400e3);

  /** Picking a symbol sets the range its bars cover (a year at most). */
  $('symbol').addEventListener('change', () => {
    const series = Dash.describeStoredSeries(instruments);
    if (!series) return;
    const first = Math.min(...series.map(i => new Date(i.firstBar).getTime()));
    const last = Math.max(...series.map(i => new Date(i.lastBar).getTime()));
    $('from').value = utcDay(Math.max(first, last - 365 * 86400e3));
    $('to').value = utcDay(last + 86400e3);
  });

  function showRegionFields() {
    const region = $('region').value !== '';
    document.querySelectorAll('[data-region-field]').forEach(label => { label.hidden = !region; });
    $('region-direction').disabled = $('region-metric').value !== 'transits';
  }
  $('region').addEventListener('change', showRegionFields);
  $('region-metric').addEventListener('change', showRegionFields);

  function studyRequest() {
    const metric = $('region-metric').value;
    return {
      symbol: $('symbol').value.trim(),
      frequency: $('frequency').value,
      from: $('from').value + 'T00:00:00Z',
      to: $('to').value + 'T00:00:00Z',
      category: $('category').value,
      region: $('region').value === '' ? undefined : {
        id: Number($('region').value),
        metric,
        direction: metric === 'transits' && $('region-direction').value ? $('region-direction').value : undefined
      },
      transform: $('transform').value,
      maxLag: $('maxLag').value === '' ? undefined : Number($('maxLag').value)
    };
  }

  function showError(error) {
    $('research-error').hidden = !error;
    $('research-error').textContent = !error ? '' : (error.parameter ? error.parameter + ': ' : '') + error.message;
  }

  const num = (v, d) => v == null || Number.isNaN(Number(v)) ? '–' : Number(v).toFixed(d);
  const p = v => v == null ? '–' : (v < 0.001 ? '< 0.001' : Number(v).toFixed(3));

  function drawCorrelogram(ccf) {
    if (correlogram) correlogram.destroy();
    const band = ccf.lags.map(() => ccf.band);
    const dashed = { type: 'line', borderColor: '#c62828', borderDash: [6, 4], borderWidth: 1, pointRadius: 0 };
    correlogram = new Chart($('correlogram'), {
      type: 'bar',
      data: {
        labels: ccf.lags,
        datasets: [
          { label: 'Correlation', data: ccf.correlations, backgroundColor: ccf.correlations.map(c =>
            Math.abs(c) > ccf.band ? '#1565c0' : '#90a4ae') },
          Object.assign({ label: '+95 % band', data: band }, dashed),
          Object.assign({ label: '−95 % band', data: band.map(b => -b) }, dashed)
        ]
      },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        scales: { x: { title: { display: true, text: 'Lag (traffic leads at positive lags)' } },
          y: { suggestedMin: -0.5, suggestedMax: 0.5 } }
      }
    });
    $('correlogram').dataset.state = 'drawn';
  }

  function drawSeries(series, traffic, symbol) {
    if (seriesChart) seriesChart.destroy();
    seriesChart = new Chart($('series-chart'), {
      type: 'line',
      data: {
        labels: series.times.map(t => fmt.dateTime(t)),
        datasets: [
          { label: traffic, data: series.traffic, borderColor: '#2e7d32', borderWidth: 1.5, yAxisID: 'y' },
          { label: symbol + ' close', data: series.prices, borderColor: '#1565c0', borderWidth: 1.5, yAxisID: 'y1' }
        ]
      },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false, interaction: { mode: 'index', intersect: false },
        elements: { point: { radius: 0 } },
        scales: {
          x: { ticks: { maxTicksLimit: 8 } },
          y: { position: 'left', title: { display: true, text: 'Traffic' } },
          y1: { position: 'right', grid: { drawOnChartArea: false }, title: { display: true, text: 'Price' } }
        }
      }
    });
    $('series-chart').dataset.state = 'drawn';
  }

  function grangerRows(direction, result) {
    return result.tests.map(test => el('tr', { dataset: { direction, lag: test.lag } }, [
      el('td', { text: direction }), el('td', { className: 'num', text: test.lag }),
      el('td', { className: 'num', text: num(test.fStatistic, 2) }), el('td', { className: 'num', text: p(test.pValue) }),
      el('td', { className: 'num', text: p(test.holmPValue) }), el('td', { className: 'num', text: p(test.bonferroniPValue) }),
      el('td', { className: 'num', text: test.nobs })
    ]));
  }

  function adfRow(name, test) {
    const adf = test.adf;
    return el('tr', { dataset: { series: name } }, [
      el('td', { text: name }), el('td', { className: 'num', text: num(adf.statistic, 3) }),
      el('td', { className: 'num', text: p(adf.pValue) }), el('td', { className: 'num', text: num(adf.criticalValues.fivePercent, 3) }),
      el('td', { className: 'num', text: adf.usedLag }),
      el('td', { text: adf.stationary ? 'stationary at 5 %' : 'unit root not rejected' })
    ]);
  }

  function render(study) {
    const unit = study.frequency + 's';
    $('study-summary').textContent = study.summary;
    $('study-summary').dataset.state = 'ready';
    const d = study.dropped;
    $('study-details').textContent = study.observations + ' aligned ' + unit + ' of ' + study.traffic + ' ('
      + study.transform + ') against log returns of ' + study.symbol + ' (last close per ' + study.frequency + ' of '
      + study.priceBars.interval + ' bars, ' + study.priceBars.source + '); left out: ' + d.withoutTraffic
      + ' without traffic, ' + d.withoutPrice + ' without a price, ' + d.firstDifference + ' in only one transformed series, '
      + d.missing + ' missing after the transform.';
    drawCorrelogram(study.crossCorrelation);
    const g = study.granger;
    $('granger-table').querySelector('tbody').replaceChildren(
      ...grangerRows('traffic → returns', g.trafficToReturns), ...grangerRows('returns → traffic', g.returnsToTraffic));
    $('granger-table').dataset.state = 'ready';
    const sel = r => 'AIC ' + r.lagSelection.aicLag + ', BIC ' + r.lagSelection.bicLag;
    $('lag-selection').textContent = 'Lag order preferred: traffic → returns ' + sel(g.trafficToReturns)
      + '; returns → traffic ' + sel(g.returnsToTraffic) + ' (' + unit + ').';
    const s = study.stationarity;
    $('adf-table').querySelector('tbody').replaceChildren(adfRow('traffic', s.traffic), adfRow('returns', s.returns));
    $('adf-table').dataset.state = 'ready';
    $('adf-warnings').replaceChildren(...[s.traffic, s.returns].filter(t => t.warning)
      .map(t => el('div', { className: 'banner warning', role: 'status' }, [el('strong', { text: 'Warning' }), el('span', { text: t.warning })])));
    drawSeries(study.series, study.traffic, study.symbol);
  }

  $('research-form').addEventListener('submit', async event => {
    event.preventDefault();
    showError(null);
    $('study-summary').dataset.state = 'loading';
    $('study-summary').textContent = 'Running…';
    $('run-study').disabled = true;
    try {
      render(await sendJson('POST', '/api/research/lead-lag', studyRequest()));
    } catch (error) {
      $('study-summary').dataset.state = 'error';
      $('study-summary').textContent = 'No study: see the reason above.';
      showError(error);
    } finally {
      $('run-study').disabled = false;
    }
  });

  Dash.storedInstruments().then(list => { instruments = list; });
  Dash.appendRegionOptions($('region'));
})();
