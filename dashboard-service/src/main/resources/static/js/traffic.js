/* Traffic page: the vessel map, the gauge against the 72-hour average and the counts chart. */
(function () {
  'use strict';

  const { el, fmt, getJson, emptyState } = Dash;
  const main = document.querySelector('main.traffic');
  const windowMinutes = Number(main.dataset.windowMinutes) || 60;

  /* ---------- Map ---------- */

  const NAV_STATUS = ['Under way using engine', 'At anchor', 'Not under command', 'Restricted manoeuvrability',
    'Constrained by draught', 'Moored', 'Aground', 'Engaged in fishing', 'Under way sailing',
    'Reserved (HSC)', 'Reserved (WIG)', 'Towing astern', 'Pushing ahead or towing alongside', 'Reserved',
    'AIS-SART active', 'Not defined'];

  const mapEl = document.getElementById('map');
  const mapEmpty = document.getElementById('map-empty');
  const mapNotice = document.getElementById('map-notice');
  const mapCount = document.getElementById('map-count');
  const legend = document.getElementById('map-legend');
  const HIDDEN_KEY = 'alphaflow.map.hidden';
  const hidden = new Set(JSON.parse(localStorage.getItem(HIDDEN_KEY) || '[]'));

  // No fade: a popup is readable (and a screenshot of it sharp) as soon as it opens.
  const map = L.map(mapEl, { preferCanvas: true, worldCopyJump: true, minZoom: 1, maxZoom: 16, zoomSnap: 0.5, fadeAnimation: false })
    .setView([25, 10], 2);
  map.attributionControl.setPrefix('Leaflet');

  // A coastline-free grid of latitude and longitude, finer as the map zooms in, so that positions read even when no
  // tiles load.
  const grid = L.layerGroup().addTo(map);
  const GRID_STYLE = { color: '#9fb3c8', weight: 0.8, opacity: 0.9, interactive: false };

  function gridStep(zoom) {
    if (zoom < 3) return 30;
    if (zoom < 4) return 15;
    if (zoom < 5) return 10;
    if (zoom < 6) return 5;
    if (zoom < 7.5) return 2;
    if (zoom < 9) return 1;
    return 0.5;
  }

  function degrees(value, positive, negative) {
    const v = Math.round(value * 10) / 10;
    if (v === 0) return '0°';
    return `${Math.abs(v)}°${v > 0 ? positive : negative}`;
  }

  function label(latLng, text, anchor) {
    return L.marker(latLng, {
      interactive: false, keyboard: false,
      icon: L.divIcon({ className: 'grid-label grid-label-' + anchor, html: text, iconSize: null })
    });
  }

  function drawGrid() {
    grid.clearLayers();
    const step = gridStep(map.getZoom());
    const view = map.getBounds();
    const south = Math.max(-85, Math.floor(view.getSouth() / step) * step);
    const north = Math.min(85, Math.ceil(view.getNorth() / step) * step);
    const west = Math.floor(view.getWest() / step) * step;
    const east = Math.ceil(view.getEast() / step) * step;
    for (let lat = south; lat <= north; lat += step) {
      grid.addLayer(L.polyline([[lat, west], [lat, east]], Object.assign({}, GRID_STYLE, { weight: lat === 0 ? 1.6 : 0.8 })));
      if (lat > view.getSouth() && lat < view.getNorth()) {
        grid.addLayer(label([lat, view.getWest()], degrees(lat, 'N', 'S'), 'west'));
      }
    }
    for (let lon = west; lon <= east; lon += step) {
      const wrapped = ((lon + 540) % 360) - 180;
      grid.addLayer(L.polyline([[south, lon], [north, lon]], Object.assign({}, GRID_STYLE, { weight: wrapped === 0 ? 1.6 : 0.8 })));
      if (lon > view.getWest() && lon < view.getEast()) {
        grid.addLayer(label([view.getSouth(), lon], degrees(wrapped, 'E', 'W'), 'south'));
      }
    }
  }
  map.on('moveend', drawGrid);
  drawGrid();

  const tileUrl = main.dataset.tileUrl;
  if (tileUrl) {
    const tiles = L.tileLayer(tileUrl, { attribution: main.dataset.tileAttribution || '', maxZoom: 18 });
    let warned = false;
    tiles.on('tileerror', () => {
      if (warned) return;
      warned = true;
      mapNotice.textContent = 'Map tiles unreachable: showing the grid only.';
      mapNotice.hidden = false;
    });
    tiles.addTo(map);
  } else {
    mapNotice.textContent = 'No map tiles configured (MAP_TILE_URL=none): grid only.';
    mapNotice.hidden = false;
  }

  const markers = L.layerGroup().addTo(map);
  let vessels = [];
  let perCategory = {};
  let fitted = false;
  let openMmsi = null;

  function popupContent(v) {
    const cat = Dash.category(v.category);
    const rows = [
      ['MMSI', String(v.mmsi)],
      ['Call sign', v.callSign],
      ['Type', cat.label + (v.shipType !== undefined ? ` (${v.shipType})` : '')],
      ['Speed', v.speed !== undefined ? fmt.number(v.speed, 1) + ' kn' : null],
      ['Course', v.course !== undefined ? fmt.number(v.course, 0) + '°' : null],
      ['Heading', v.heading !== undefined ? v.heading + '°' : null],
      ['Status', v.navStatus !== undefined ? NAV_STATUS[v.navStatus] : null],
      ['Destination', v.destination || '–'],
      ['Last seen', `${fmt.dateTime(v.reportTime, true)} ${fmt.zoneName()} (${fmt.ago(v.reportTime)})`]
    ].filter(([, value]) => value !== null && value !== undefined);
    return el('div', { className: 'vessel-popup', dataset: { mmsi: String(v.mmsi) } }, [
      el('h3', {}, [el('span', { className: 'swatch', style: { background: cat.color } }), v.name || 'Unnamed vessel']),
      el('dl', {}, rows.flatMap(([name, value]) => [el('dt', { text: name }), el('dd', { text: value })]))
    ]);
  }

  function openPopup(v) {
    openMmsi = v.mmsi;
    L.popup({ maxWidth: 320 }).setLatLng([v.latitude, v.longitude]).setContent(popupContent(v)).openOn(map);
  }
  map.on('popupclose', () => { openMmsi = null; });

  function drawMarkers() {
    markers.clearLayers();
    let shown = 0;
    for (const v of vessels) {
      if (hidden.has(v.category)) continue;
      const marker = L.circleMarker([v.latitude, v.longitude], {
        radius: 4.5, weight: 1, color: '#ffffff', opacity: 0.9,
        fillColor: Dash.category(v.category).color, fillOpacity: 0.95
      });
      marker.on('click', () => openPopup(v));
      markers.addLayer(marker);
      shown++;
    }
    mapCount.textContent = fmt.number(shown);
    mapEl.dataset.markers = String(shown);
    if (openMmsi !== null) {
      const again = vessels.find(v => v.mmsi === openMmsi && !hidden.has(v.category));
      if (again) openPopup(again); else map.closePopup();
    }
  }

  function drawLegend() {
    const items = Dash.CATEGORIES.map(c => {
      const box = el('input', { type: 'checkbox', value: c.key });
      box.checked = !hidden.has(c.key);
      box.addEventListener('change', () => {
        if (box.checked) hidden.delete(c.key); else hidden.add(c.key);
        localStorage.setItem(HIDDEN_KEY, JSON.stringify([...hidden]));
        drawLegend();
        drawMarkers();
      });
      return el('label', { className: hidden.has(c.key) ? 'off' : '', dataset: { category: c.key } }, [
        box, el('span', { className: 'swatch', style: { background: c.color } }), c.label,
        el('span', { className: 'count', text: fmt.number(perCategory[c.key] || 0) })
      ]);
    });
    const all = el('button', { type: 'button', className: 'linkish', text: 'All' });
    all.addEventListener('click', () => { hidden.clear(); localStorage.setItem(HIDDEN_KEY, '[]'); drawLegend(); drawMarkers(); });
    const none = el('button', { type: 'button', className: 'linkish', text: 'None' });
    none.addEventListener('click', () => {
      Dash.CATEGORIES.forEach(c => hidden.add(c.key));
      localStorage.setItem(HIDDEN_KEY, JSON.stringify([...hidden]));
      drawLegend(); drawMarkers();
    });
    legend.replaceChildren(...items, el('span', { className: 'legend-actions' }, [all, none]));
  }

  async function loadMap() {
    const data = await getJson('/api/traffic/vessels');
    vessels = data.vessels;
    perCategory = data.perCategory;
    drawLegend();
    drawMarkers();
    if (data.total === 0) {
      const text = data.newestReport
        ? `The newest stored report is from ${fmt.dateTime(data.newestReport)} ${fmt.zoneName()} (${fmt.ago(data.newestReport)}). Is the ingestion service running? The pipeline page tells.`
        : 'No positions stored yet: the ingestion service writes its first batch within five minutes of starting.';
      emptyState(mapEmpty, `No vessel reported a position in the last ${windowMinutes} minutes`, text);
      mapEl.dataset.state = 'empty';
      return;
    }
    emptyState(mapEmpty, null);
    if (!fitted) {
      fitted = true;
      const bounds = L.latLngBounds(vessels.map(v => [v.latitude, v.longitude]));
      map.fitBounds(bounds.pad(0.1), { maxZoom: 9 });
    }
    mapEl.dataset.state = 'ready';
  }

  /* ---------- Gauge ---------- */

  const gaugeBox = document.getElementById('gauge');
  const gaugeEmpty = document.getElementById('gauge-empty');
  let gaugeData = null;

  // Marks the average at the top of the half ring (the scale runs from 0 to twice the average).
  const smaMark = {
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
      if (gaugeData) ctx.fillText(fmt.number(gaugeData.value), x, y - 8);
      ctx.restore();
    },
    afterRender(chart) {
      gaugeBox.dataset.rendered = 'true';
    }
  };

  const gaugeChart = new Chart(document.getElementById('gauge-chart'), {
    type: 'doughnut',
    data: { labels: ['value', 'rest'], datasets: [{ data: [0, 1], backgroundColor: ['#0f4c81', '#e6ebf1'], borderWidth: 0 }] },
    options: {
      rotation: -90, circumference: 180, cutout: '74%', responsive: true, maintainAspectRatio: false,
      animation: false, layout: { padding: { top: 24, bottom: 18, left: 8, right: 8 } },
      plugins: { legend: { display: false }, tooltip: { enabled: false } }
    },
    plugins: [smaMark]
  });

  function drawGauge() {
    const g = gaugeData;
    if (!g || g.value === null || g.value === undefined) {
      gaugeBox.hidden = true;
      emptyState(gaugeEmpty, 'No vessel counts yet',
        'The aggregation service writes a row of counts for each window after its batch lands; the gauge shows the newest one against the 72-hour average.');
      gaugeBox.dataset.state = 'empty';
      return;
    }
    emptyState(gaugeEmpty, null);
    gaugeBox.hidden = false;
    const scale = g.sma > 0 ? 2 * g.sma : Math.max(g.value, 1);
    const shown = Math.min(g.value, scale);
    gaugeChart.data.datasets[0].data = [shown, scale - shown];
    gaugeChart.data.datasets[0].backgroundColor[0] = g.value >= g.sma ? '#0f4c81' : '#c2410c';
    gaugeChart.update();
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
    drawGaugeCategories(g.categories || {}, g.value);
    gaugeBox.dataset.state = 'ready';
  }

  function drawGaugeCategories(categories, total) {
    const rows = Dash.CATEGORIES.filter(c => categories[c.key] > 0).sort((a, b) => categories[b.key] - categories[a.key]);
    const list = document.getElementById('gauge-categories');
    list.replaceChildren(...rows.map(c => el('div', { className: 'share-row', dataset: { category: c.key } }, [
      el('span', { className: 'swatch', style: { background: c.color } }),
      el('span', { className: 'share-label', text: c.label }),
      el('span', { className: 'share-bar' }, [el('span', { style: { width: (100 * categories[c.key] / total) + '%', background: c.color } })]),
      el('span', { className: 'share-value', text: fmt.number(categories[c.key]) })
    ])));
  }

  async function loadGauge() {
    gaugeData = await getJson('/api/traffic/gauge');
    drawGauge();
  }

  /* ---------- Counts chart ---------- */

  const RANGE_KEY = 'alphaflow.counts.range';
  const SERIES_KEY = 'alphaflow.counts.series';
  const canvas = document.getElementById('counts-chart');
  const countsEmpty = document.getElementById('counts-empty');
  const note = document.getElementById('counts-note');
  let range = localStorage.getItem(RANGE_KEY) || '24h';
  const storedSeries = localStorage.getItem(SERIES_KEY);
  let chosen = storedSeries ? JSON.parse(storedSeries) : main.dataset.defaultSeries.split(',');
  let counts = null;

  const TICK_STEP = { '6h': 3600e3, '24h': 3 * 3600e3, '7d': 86400e3, '30d': 3 * 86400e3 };

  const countsChart = new Chart(canvas, {
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
      afterRender(chart) {
        canvas.dataset.rendered = 'true';
      }
    }]
  });

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

  function drawSeriesPicker() {
    const picker = document.getElementById('series-picker');
    const chips = [Dash.TOTAL].concat(Dash.CATEGORIES).map(c => {
      const chip = el('button', { type: 'button', className: 'chip' + (chosen.includes(c.key) ? ' on' : ''), dataset: { series: c.key } }, [
        el('span', { className: 'swatch', style: { background: c.color } }), c.label
      ]);
      chip.addEventListener('click', () => {
        chosen = chosen.includes(c.key) ? chosen.filter(k => k !== c.key) : chosen.concat(c.key);
        localStorage.setItem(SERIES_KEY, JSON.stringify(chosen));
        drawSeriesPicker();
        loadCounts().catch(e => console.warn(e));
      });
      return chip;
    });
    picker.replaceChildren(...chips);
  }

  function drawRangePicker() {
    document.querySelectorAll('#range-picker button').forEach(b => b.classList.toggle('active', b.dataset.range === range));
  }
  document.querySelectorAll('#range-picker button').forEach(b => b.addEventListener('click', () => {
    range = b.dataset.range;
    localStorage.setItem(RANGE_KEY, range);
    drawRangePicker();
    loadCounts().catch(e => console.warn(e));
  }));

  function drawCounts() {
    const c = counts;
    const resolutionText = {
      window: `Distinct vessels per ${fmt.duration(c.stepSeconds)} window.`,
      hour: 'Average distinct vessels per window, by UTC hour.',
      day: 'Average distinct vessels per window, by UTC day.'
    }[c.resolution];
    note.textContent = c.to ? `${resolutionText} Up to the newest window, ${fmt.dateTime(c.to)} ${fmt.zoneName()}.` : resolutionText;
    countsChart.options.scales.y.title.text = c.resolution === 'window' ? 'distinct vessels per window' : 'average per window';
    const times = c.times.map(t => Date.parse(t));
    const gap = c.stepSeconds * 1000 * 1.5;
    countsChart.data.datasets = c.series.map(s => {
      const cat = Dash.category(s.category);
      const data = [];
      times.forEach((t, i) => {
        // A missing window breaks the line rather than bridging it.
        if (i > 0 && t - times[i - 1] > gap) data.push({ x: times[i - 1] + c.stepSeconds * 1000, y: null });
        data.push({ x: t, y: s.values[i] });
      });
      return {
        label: cat.label, data, borderColor: cat.color, backgroundColor: cat.color,
        borderWidth: s.category === 'total' ? 2.4 : 1.6, spanGaps: false
      };
    });
    if (times.length) {
      countsChart.options.scales.x.min = times[0];
      countsChart.options.scales.x.max = times[times.length - 1];
    }
    countsChart.update();
    canvas.dataset.points = String(times.length);
    canvas.dataset.series = String(c.series.length);
    if (!times.length) {
      emptyState(countsEmpty, 'No vessel counts yet',
        'Counts appear here once the aggregation service has counted the first batch (a row per window, every five minutes).');
      canvas.dataset.state = 'empty';
    } else if (!c.series.length) {
      emptyState(countsEmpty, 'No series chosen', 'Pick Total or a category above.');
      canvas.dataset.state = 'empty';
    } else {
      emptyState(countsEmpty, null);
      canvas.dataset.state = 'ready';
    }
  }

  async function loadCounts() {
    const params = new URLSearchParams({ range });
    params.set('category', chosen.length ? chosen.join(',') : 'total');
    const data = await getJson('/api/traffic/counts?' + params);
    if (!chosen.length) data.series = [];
    counts = data;
    drawCounts();
  }

  drawRangePicker();
  drawSeriesPicker();
  Dash.onZoneChange(() => {
    if (counts) drawCounts();
    if (gaugeData) drawGauge();
    map.closePopup();
  });
  // The Leaflet map, for scripts run in the page (and the browser test, which clicks a vessel on the canvas).
  Dash.traffic = { map };
  Dash.every(() => Promise.all([loadMap(), loadGauge(), loadCounts()]));
})();
