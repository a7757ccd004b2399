/* Traffic page, gauge card: the newest window's count on a half ring against its 72-hour average, and its categories. */
(function () {
  'use strict';

  const { el, fmt, getJson, emptyState, swatch } = Dash;
  const REGION_KEY = 'alphaflow.gauge.region';

  /** Marks the average at the top of the half ring (the scale runs from 0 to twice the average) and the value. */
  function averageMark(box, current) {
    return {
      id: 'smaMark',
      afterDatasetsDraw(chart) {
        const arc = chart.getDatasetMeta(0).data[0];
        if (!arc) return;
        const { ctx } = chart;
        const { x, y, innerRadius, outerRadius } = arc.getProps(['x', 'y', 'innerRadius', 'outerRadius'], true);
        ctx.save();
        ctx.strokeStyle = '#1b2430';
        ctx.lineWidth = 2;
        ctx.beginPath();
        ctx.moveTo(x, y - innerRadius + 4);
        ctx.lineTo(x, y - outerRadius - 6);
        ctx.stroke();
        ctx.fillStyle = '#5f6b7a';
        ctx.font = '11px system-ui, sans-serif';
        ctx.textAlign = 'center';
        ctx.fillText('average', x, y - outerRadius - 10);
        ctx.textAlign = 'left';
        ctx.fillText('0', x - outerRadius, y + 14);
        ctx.textAlign = 'right';
        ctx.fillText('2× average', x + outerRadius, y + 14);
        ctx.textAlign = 'center';
        ctx.fillStyle = '#1b2430';
        ctx.font = '600 24px system-ui, sans-serif';
        const g = current();
        if (g) ctx.fillText(fmt.number(g.value), x, y - 8);
        ctx.restore();
      },
      afterRender() {
        box.dataset.rendered = 'true';
      }
    };
  }

  function drawCategories(categories, total) {
    const rows = Dash.CATEGORIES.filter(c => categories[c.key] > 0).sort((a, b) => categories[b.key] - categories[a.key]);
    const list = document.getElementById('gauge-categories');
    list.replaceChildren(...rows.map(c => el('div', { className: 'share-row', dataset: { category: c.key } }, [
      swatch(c.color),
      el('span', { className: 'share-label', text: c.label }),
      el('span', { className: 'share-bar' }, [el('span', { style: { width: (100 * categories[c.key] / total) + '%', background: c.color } })]),
      el('span', { className: 'share-value', text: fmt.number(categories[c.key]) })
    ])));
  }

  function drawFigures(g) {
    document.getElementById('gauge-value').textContent = fmt.number(g.value);
    document.getElementById('gauge-window').textContent =
      `${fmt.dateTime(g.windowStart)}–${fmt.time(g.windowEnd)} ${fmt.zoneName()}`;
    document.getElementById('gauge-sma').textContent = fmt.number(g.sma, 1);
    document.getElementById('gauge-sma-note').textContent = g.smaComplete
      ? `over ${fmt.number(g.smaWindows)} windows`
      : `over ${fmt.number(g.smaWindows)} windows, ${fmt.duration(g.smaCoverageSeconds)} of history so far`;
    const diff = document.getElementById('gauge-diff');
    if (g.differencePercent === null || g.differencePercent === undefined) {
      diff.textContent = '–';
      diff.className = 'figure-value';
    } else {
      diff.textContent = (g.differencePercent >= 0 ? '+' : '−') + fmt.number(Math.abs(g.differencePercent), 1) + ' %';
      diff.className = 'figure-value ' + (g.differencePercent >= 0 ? 'up' : 'down');
    }
  }

  /**
   * Draws the gauge card into #gauge (its chart, figures and categories) or, without counts, #gauge-empty.
   *
   * @returns load() to fetch and draw the gauge, redraw() to draw it again in the chosen time zone
   */
  function gauge() {
    const box = document.getElementById('gauge');
    const empty = document.getElementById('gauge-empty');
    let data = null;

    const chart = new Chart(document.getElementById('gauge-chart'), {
      type: 'doughnut',
      data: { labels: ['value', 'rest'], datasets: [{ data: [0, 1], backgroundColor: ['#0f4c81', '#e6ebf1'], borderWidth: 0 }] },
      options: {
        rotation: -90, circumference: 180, cutout: '74%', responsive: true, maintainAspectRatio: false,
        animation: false, layout: { padding: { top: 24, bottom: 18, left: 8, right: 8 } },
        plugins: { legend: { display: false }, tooltip: { enabled: false } }
      },
      plugins: [averageMark(box, () => data)]
    });

    function draw() {
      const g = data;
      if (!g || g.value === null || g.value === undefined) {
        box.hidden = true;
        emptyState(empty, 'No vessel counts yet',
          'The aggregation service writes a row of counts for each window after its batch lands; the gauge shows the newest one against the 72-hour average.');
        box.dataset.state = 'empty';
        return;
      }
      emptyState(empty, null);
      box.hidden = false;
      const scale = g.sma > 0 ? 2 * g.sma : Math.max(g.value, 1);
      const shown = Math.min(g.value, scale);
      chart.data.datasets[0].data = [shown, scale - shown];
      chart.data.datasets[0].backgroundColor[0] = g.value >= g.sma ? '#0f4c81' : '#c2410c';
      chart.update();
      drawFigures(g);
      drawCategories(g.categories || {}, g.value);
      box.dataset.state = 'ready';
    }

    // The gauge may follow one region's vessels present instead of all vessels; the choice is remembered.
    const regionSelect = document.getElementById('gauge-region');
    let region = localStorage.getItem(REGION_KEY) || '';
    let regionsListed = false;
    regionSelect.addEventListener('change', () => {
      region = regionSelect.value;
      localStorage.setItem(REGION_KEY, region);
      load().catch(e => console.warn(e));
    });

    async function listRegions() {
      const regions = await getJson('/api/regions');
      regionSelect.append(...regions.map(r => el('option', { value: String(r.id), text: `${r.name} (${r.kind})` })));
      if (!regions.some(r => String(r.id) === region)) region = '';
      regionSelect.value = region;
      regionsListed = true;
    }

    async function load() {
      if (!regionsListed) await listRegions();
      data = await getJson('/api/traffic/gauge' + (region ? '?region=' + encodeURIComponent(region) : ''));
      draw();
    }

    return { load, redraw: () => { if (data) draw(); } };
  }

  Dash.traffic = Object.assign(Dash.traffic || {}, { gauge });
})();
