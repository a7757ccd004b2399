/*
 * Regions page: the map of regions (regions-map.js), the editor (regions-editor.js), and for the chosen region its
 * series against the trailing average the API computes, and its latest events; all refreshed in place.
 */
(function () {
  'use strict';

  const { el, fmt, getJson, emptyState } = Dash;
  const SELECTED_KEY = 'alphaflow.regions.selected';
  const main = document.querySelector('main.regions');
  const $ = id => document.getElementById(id);
  const METRIC_LABELS = { present: 'Vessels present', transits: 'Transits', 'port-calls': 'Port calls started', waiting: 'Vessels waiting' };

  let regions = [];
  let selectedId = Number(localStorage.getItem(SELECTED_KEY)) || null;
  let series = null;

  const map = Dash.regions.regionsMap({ tileUrl: main.dataset.tileUrl, tileAttribution: main.dataset.tileAttribution });
  const selected = () => regions.find(r => r.id === selectedId) || null;
  Dash.regions.regionEditor({
    map: map.leaflet,
    selected,
    ports: () => regions.filter(r => r.kind === 'port'),
    saved: id => loadRegions(id).catch(e => console.warn(e))
  });
  $('category').append(...Dash.categoryOptions());

  /** Days on a long range, days and hours on a short one. */
  function tickLabel(value) {
    const points = series ? series.points : [];
    const span = points.length > 1 ? Date.parse(points[points.length - 1].time) - Date.parse(points[0].time) : 0;
    return span > 10 * 86400e3 ? fmt.date(value) : fmt.dateTime(value);
  }

  const canvas = $('region-chart');
  const chart = new Chart(canvas, {
    type: 'line',
    data: { datasets: [] },
    options: {
      parsing: false, normalized: true, animation: false, responsive: true, maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      elements: { point: { radius: 0, hoverRadius: 3 }, line: { tension: 0.15 } },
      scales: {
        x: { type: 'linear', ticks: { maxRotation: 0, autoSkipPadding: 16, callback: v => tickLabel(v) }, grid: { color: '#eef1f5' } },
        y: { beginAtZero: true, grid: { color: '#eef1f5' } }
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, pointStyle: 'line', boxWidth: 18 } },
        tooltip: {
          callbacks: {
            title: items => items.length ? `${fmt.dateTime(items[0].parsed.x)} ${fmt.zoneName()}` : '',
            label: item => `${item.dataset.label}: ${fmt.number(item.parsed.y, 2)}`
          }
        }
      }
    },
    plugins: [{ id: 'renderedMark', afterRender() { canvas.dataset.rendered = 'true'; } }]
  });

  function seriesParams() {
    const params = new URLSearchParams({
      metric: $('metric').value, interval: $('interval').value, category: $('category').value,
      from: new Date(Date.now() - Number($('range').value) * 86400e3).toISOString(), average: 'true'
    });
    if ($('metric').value === 'transits' && $('direction').value) params.set('direction', $('direction').value);
    return params;
  }

  function drawChart() {
    const r = selected();
    const color = r ? Dash.regions.KINDS[r.kind].color : '#0f4c81';
    const points = series ? series.points : [];
    chart.data.datasets = [
      { label: METRIC_LABELS[$('metric').value], data: points.map(p => ({ x: Date.parse(p.time), y: p.value })), borderColor: color, backgroundColor: color, borderWidth: 2 },
      { label: `Trailing ${main.dataset.trailingDays}-day average`, data: points.map(p => ({ x: Date.parse(p.time), y: p.average })), borderColor: '#5f6b7a', backgroundColor: '#5f6b7a', borderWidth: 1.4, borderDash: [6, 4] }
    ];
    chart.update();
    canvas.dataset.points = String(points.length);
  }

  async function loadSeries(region) {
    const params = seriesParams();
    $('series-json').href = `/api/regions/${region.id}/series?${params}`;
    $('series-csv').href = `/api/regions/${region.id}/series.csv?${params}`;
    $('chart-title').textContent = `${region.name}: ${METRIC_LABELS[$('metric').value].toLowerCase()}`;
    $('direction-label').hidden = $('metric').value !== 'transits';
    try {
      series = await getJson(`/api/regions/${region.id}/series?${params}`);
    } catch (e) {
      if (!(e instanceof Dash.ApiError) || e.status !== 400) throw e;
      series = null;
      drawChart();
      emptyState($('chart-empty'), 'This series cannot be shown', e.message);
      canvas.dataset.state = 'error';
      return;
    }
    drawChart();
    if (!series.points.length) {
      emptyState($('chart-empty'), 'Nothing derived in this range',
        'Points appear for every window the aggregation service has counted; none lies in the chosen range yet.');
      canvas.dataset.state = 'empty';
    } else {
      emptyState($('chart-empty'), null);
      canvas.dataset.state = 'ready';
    }
  }

  function eventRow(e) {
    const direction = e.direction ? `${e.direction}${e.directionName ? ' (' + e.directionName + ')' : ''}` : '–';
    return el('tr', { dataset: { id: String(e.id), kind: e.kind } }, [
      el('td', { text: fmt.dateTime(e.startedAt) }),
      el('td', { text: e.endedAt ? fmt.dateTime(e.endedAt) : 'open' }),
      el('td', { text: e.kind }),
      el('td', { text: `${e.vesselName || 'Unnamed'} (${e.mmsi})` }),
      el('td', { text: direction }),
      el('td', { text: Dash.category(e.category).label }),
      el('td', { className: 'num', text: e.draught === null || e.draught === undefined ? '–' : fmt.number(e.draught, 1) + ' m' })
    ]);
  }

  async function loadEvents(region) {
    $('events-csv').href = `/api/regions/${region.id}/events.csv`;
    const events = await getJson(`/api/regions/${region.id}/events?limit=50`);
    const table = $('event-table');
    table.tBodies[0].replaceChildren(...events.map(eventRow));
    table.dataset.rows = String(events.length);
    table.dataset.state = events.length ? 'ready' : 'empty';
    emptyState($('events-empty'), events.length ? null : 'No events yet',
      events.length ? null : 'Transits, port calls and waits appear once the aggregation service has seen vessels here.');
  }

  function drawFacts(r) {
    const facts = [['Kind', Dash.regions.KINDS[r.kind].label + (r.preset ? ', preset' : '')], ['Version', String(r.version)]];
    if (r.note) facts.push(['Note', r.note]);
    $('region-facts').replaceChildren(...facts.flatMap(([name, value]) => [el('dt', { text: name }), el('dd', { text: value })]));
  }

  async function loadDetails() {
    const region = selected();
    if (!region) return;
    await Promise.all([loadSeries(region), loadEvents(region)]);
  }

  function choose(id) {
    selectedId = id;
    localStorage.setItem(SELECTED_KEY, String(id));
    $('region-select').value = String(id);
    map.choose(id);
    drawFacts(selected());
    ['region-chart', 'event-table'].forEach(box => { $(box).dataset.state = 'loading'; });
    return loadDetails();
  }

  async function loadRegions(preferred) {
    regions = await getJson('/api/regions');
    const groups = Object.entries(Dash.regions.KINDS).map(([kind, k]) => el('optgroup', { label: k.label },
      regions.filter(r => r.kind === kind).map(r => el('option', { value: String(r.id), text: r.name }))));
    $('region-select').replaceChildren(...groups);
    map.draw(regions);
    const wanted = [preferred, selectedId].find(id => regions.some(r => r.id === id));
    if (regions.length) await choose(wanted || regions[0].id);
  }

  map.onSelect(id => choose(id).catch(e => console.warn(e)));
  $('region-select').addEventListener('change', () => choose(Number($('region-select').value)).catch(e => console.warn(e)));
  ['metric', 'interval', 'range', 'category', 'direction'].forEach(id =>
    $(id).addEventListener('change', () => { const r = selected(); if (r) loadSeries(r).catch(e => console.warn(e)); }));
  Dash.onZoneChange(() => { drawChart(); const r = selected(); if (r) loadEvents(r).catch(e => console.warn(e)); });
  // The Leaflet map, for scripts run in the page (and the browser test).
  Dash.regions.map = map.leaflet;

  loadRegions().then(() => Dash.every(loadDetails)).catch(e => console.warn(e));
})();
