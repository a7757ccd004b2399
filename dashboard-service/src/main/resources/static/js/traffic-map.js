/*
 * Traffic page, map card: each vessel's latest position on a Leaflet map over a latitude/longitude grid, a popup per
 * vessel, and the legend that filters categories (remembered in localStorage).
 */
(function () {
  'use strict';

  const { el, fmt, getJson, emptyState, swatch } = Dash;

  const NAV_STATUS = ['Under way using engine', 'At anchor', 'Not under command', 'Restricted manoeuvrability',
    'Constrained by draught', 'Moored', 'Aground', 'Engaged in fishing', 'Under way sailing',
    'Reserved (HSC)', 'Reserved (WIG)', 'Towing astern', 'Pushing ahead or towing alongside', 'Reserved',
    'AIS-SART active', 'Not defined'];
  const HIDDEN_KEY = 'alphaflow.map.hidden';
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

  /**
   * A coastline-free grid of latitude and longitude, finer as the map zooms in, so that positions read even when no
   * tiles load.
   */
  function addGrid(map) {
    const grid = L.layerGroup().addTo(map);
    function draw() {
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
    map.on('moveend', draw);
    draw();
  }

  /** The tile layer if one is configured; says so in the notice when there is none or its tiles fail. */
  function addTiles(map, tileUrl, attribution, notice) {
    if (!tileUrl) {
      notice.textContent = 'No map tiles configured (MAP_TILE_URL=none): grid only.';
      notice.hidden = false;
      return;
    }
    const tiles = L.tileLayer(tileUrl, { attribution: attribution || '', maxZoom: 18 });
    let warned = false;
    tiles.on('tileerror', () => {
      if (warned) return;
      warned = true;
      notice.textContent = 'Map tiles unreachable: showing the grid only.';
      notice.hidden = false;
    });
    tiles.addTo(map);
  }

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
      el('h3', {}, [swatch(cat.color), v.name || 'Unnamed vessel']),
      el('dl', {}, rows.flatMap(([name, value]) => [el('dt', { text: name }), el('dd', { text: value })]))
    ]);
  }

  /**
   * Draws the map card into #map, #map-legend, #map-count, #map-notice and #map-empty.
   *
   * @param options windowMinutes (the map's window, for the empty state), tileUrl and tileAttribution
   * @returns leaflet (the Leaflet map), load() to fetch and draw the vessels, closePopup()
   */
  function vesselMap(options) {
    const mapEl = document.getElementById('map');
    const mapEmpty = document.getElementById('map-empty');
    const mapCount = document.getElementById('map-count');
    const legend = document.getElementById('map-legend');
    const hidden = new Set(JSON.parse(localStorage.getItem(HIDDEN_KEY) || '[]'));

    // No fade: a popup is readable (and a screenshot of it sharp) as soon as it opens.
    const map = L.map(mapEl, { preferCanvas: true, worldCopyJump: true, minZoom: 1, maxZoom: 16, zoomSnap: 0.5, fadeAnimation: false })
      .setView([25, 10], 2);
    map.attributionControl.setPrefix('Leaflet');
    addGrid(map);
    addTiles(map, options.tileUrl, options.tileAttribution, document.getElementById('map-notice'));

    const markers = L.layerGroup().addTo(map);
    let vessels = [];
    let perCategory = {};
    let fitted = false;
    let openMmsi = null;

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

    function filterChanged() {
      localStorage.setItem(HIDDEN_KEY, JSON.stringify([...hidden]));
      drawLegend();
      drawMarkers();
    }

    function drawLegend() {
      const items = Dash.CATEGORIES.map(c => {
        const box = el('input', { type: 'checkbox', value: c.key });
        box.checked = !hidden.has(c.key);
        box.addEventListener('change', () => {
          if (box.checked) hidden.delete(c.key); else hidden.add(c.key);
          filterChanged();
        });
        return el('label', { className: hidden.has(c.key) ? 'off' : '', dataset: { category: c.key } }, [
          box, swatch(c.color), c.label,
          el('span', { className: 'count', text: fmt.number(perCategory[c.key] || 0) })
        ]);
      });
      const all = el('button', { type: 'button', className: 'linkish', text: 'All' });
      all.addEventListener('click', () => { hidden.clear(); filterChanged(); });
      const none = el('button', { type: 'button', className: 'linkish', text: 'None' });
      none.addEventListener('click', () => { Dash.CATEGORIES.forEach(c => hidden.add(c.key)); filterChanged(); });
      legend.replaceChildren(...items, el('span', { className: 'legend-actions' }, [all, none]));
    }

    async function load() {
      const data = await getJson('/api/traffic/vessels');
      vessels = data.vessels;
      perCategory = data.perCategory;
      drawLegend();
      drawMarkers();
      if (data.total === 0) {
        const text = data.newestReport
          ? `The newest stored report is from ${fmt.dateTime(data.newestReport)} ${fmt.zoneName()} (${fmt.ago(data.newestReport)}). Is the ingestion service running? The pipeline page tells.`
          : 'No positions stored yet: the ingestion service writes its first batch within five minutes of starting.';
        emptyState(mapEmpty, `No vessel reported a position in the last ${options.windowMinutes} minutes`, text);
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

    return { leaflet: map, load, closePopup: () => map.closePopup() };
  }

  // The grid and the tiles serve the regions page's map too.
  Dash.traffic = Object.assign(Dash.traffic || {}, { vesselMap, addGrid, addTiles });
})();
