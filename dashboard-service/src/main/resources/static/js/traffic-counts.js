/*
 * Traffic page, counts card: distinct vessels per window over a chosen range, one line per chosen series (total or a
 * category); the range and the series are remembered in localStorage.
 */
(function () {
  'use strict';

  const { el, fmt, getJson, emptyState, swatch } = Dash;

  const RANGE_KEY = 'alphaflow.counts.range';
  const SERIES_KEY = 'alphaflow.counts.series';
  const TICK_STEP = { '6h': 3600e3, '24h': 3 * 3600e3, '7d': 86400e3, '30d': 3 * 86400e3 };

  /** The chart's lines: a missing window breaks a line rather than bridging it. */
  function datasets(c) {
    const times = c.times.map(t => Date.parse(t));
    const gap = c.stepSeconds * 1000 * 1.5;
    return c.series.map(s => {
      const cat = Dash.category(s.category);
      const data = [];
      times.forEach((t, i) => {
        if (i > 0 && t - times[i - 1] > gap) data.push({ x: times[i - 1] + c.stepSeconds * 1000, y: null });
        data.push({ x: t, y: s.values[i] });
      });
      return {
        label: cat.label, data, borderColor: cat.color, backgroundColor: cat.color,
        borderWidth: s.category === 'total' ? 2.4 : 1.6, spanGaps: false
      };
    });
  }

  function resolutionNote(c) {
    const text = {
      window: `Distinct vessels per ${fmt.duration(c.stepSeconds)} window.`,
      hour: 'Average distinct vessels per window, by UTC hour.',
      day: 'Average distinct vessels per window, by UTC day.'
    }[c.resolution];
    return c.to ? `${text} Up to the newest window, ${fmt.dateTime(c.to)} ${fmt.zoneName()}.` : text;
  }

  /**
   * Draws the counts card: #range-picker, #series-picker, #counts-chart, #counts-note and #counts-empty.
   *
   * @param options defaultSeries, the series keys shown until the reader picks others
   * @returns load() to fetch and draw the counts, redraw() to draw them again in the chosen time zone
   */
  function countsChart(options) {
    const canvas = document.getElementById('counts-chart');
    const empty = document.getElementById('counts-empty');
    const note = document.getElementById('counts-note');
    let range = localStorage.getItem(RANGE_KEY) || '24h';
    const stored = localStorage.getItem(SERIES_KEY);
    let chosen = stored ? JSON.parse(stored) : options.defaultSeries;
    let counts = null;

    // Ticks on whole hours or days of the chosen zone, not wherever the range happens to start.
    function alignTicks(axis) {
      const step = counts && TICK_STEP[counts.range];
      if (!step) return;
      const offset = Dash.zone() === 'utc' ? 0 : -new Date(axis.min).getTimezoneOffset() * 60e3;
      const ticks = [];
      for (let t = Math.ceil((axis.min + offset) / step) * step - offset; t <= axis.max; t += step) ticks.push({ value: t });
      axis.ticks = ticks;
    }

    function tickLabel(value) {
      if (!counts) return '';
      const long = counts.range === 'all' || counts.range === '30d' || counts.range === '7d';
      return long ? fmt.date(value) : fmt.time(value);
    }

    const chart = new Chart(canvas, {
      type: 'line',
      data: { datasets: [] },
      options: {
        parsing: false, normalized: true, animation: false, responsive: true, maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        elements: { point: { radius: 0, hoverRadius: 3 }, line: { tension: 0.15 } },
        scales: {
          x: {
            type: 'linear',
            ticks: { maxRotation: 0, autoSkipPadding: 16, callback: value => tickLabel(value) },
            grid: { color: '#eef1f5' },
            afterBuildTicks: axis => alignTicks(axis)
          },
          y: { beginAtZero: true, grid: { color: '#eef1f5' }, title: { display: true, text: 'distinct vessels per window' } }
        },
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: true, pointStyle: 'line', boxWidth: 18 } },
          tooltip: {
            callbacks: {
              title: items => items.length ? `${fmt.dateTime(items[0].parsed.x)} ${fmt.zoneName()}` : '',
              label: item => `${item.dataset.label}: ${fmt.number(item.parsed.y, counts && counts.resolution !== 'window' ? 1 : 0)}`
            }
          }
        }
      },
      plugins: [{
        id: 'renderedMark',
        afterRender() {
          canvas.dataset.rendered = 'true';
        }
      }]
    });

    function drawSeriesPicker() {
      const picker = document.getElementById('series-picker');
      const chips = [Dash.TOTAL].concat(Dash.CATEGORIES).map(c => {
        const chip = el('button', { type: 'button', className: 'chip' + (chosen.includes(c.key) ? ' on' : ''), dataset: { series: c.key } }, [
          swatch(c.color), c.label
        ]);
        chip.addEventListener('click', () => {
          chosen = chosen.includes(c.key) ? chosen.filter(k => k !== c.key) : chosen.concat(c.key);
          localStorage.setItem(SERIES_KEY, JSON.stringify(chosen));
          drawSeriesPicker();
          load().catch(e => console.warn(e));
        });
        return chip;
      });
      picker.replaceChildren(...chips);
    }

    const rangeButtons = document.querySelectorAll('#range-picker button');
    function drawRangePicker() {
      rangeButtons.forEach(b => b.classList.toggle('active', b.dataset.range === range));
    }
    rangeButtons.forEach(b => b.addEventListener('click', () => {
      range = b.dataset.range;
      localStorage.setItem(RANGE_KEY, range);
      drawRangePicker();
      load().catch(e => console.warn(e));
    }));

    function draw() {
      const c = counts;
      note.textContent = resolutionNote(c);
      chart.options.scales.y.title.text = c.resolution === 'window' ? 'distinct vessels per window' : 'average per window';
      chart.data.datasets = datasets(c);
      if (c.times.length) {
        chart.options.scales.x.min = Date.parse(c.times[0]);
        chart.options.scales.x.max = Date.parse(c.times[c.times.length - 1]);
      }
      chart.update();
      canvas.dataset.points = String(c.times.length);
      canvas.dataset.series = String(c.series.length);
      if (!c.times.length) {
        emptyState(empty, 'No vessel counts yet',
          'Counts appear here once the aggregation service has counted the first batch (a row per window, every five minutes).');
        canvas.dataset.state = 'empty';
      } else if (!c.series.length) {
        emptyState(empty, 'No series chosen', 'Pick Total or a category above.');
        canvas.dataset.state = 'empty';
      } else {
        emptyState(empty, null);
        canvas.dataset.state = 'ready';
      }
    }

    async function load() {
      const params = new URLSearchParams({ range });
      params.set('category', chosen.length ? chosen.join(',') : 'total');
      const data = await getJson('/api/traffic/counts?' + params);
      if (!chosen.length) data.series = [];
      counts = data;
      draw();
    }

    drawRangePicker();
    drawSeriesPicker();
    return { load, redraw: () => { if (counts) draw(); } };
  }

  Dash.traffic = Object.assign(Dash.traffic || {}, { countsChart });
})();
