/*
 * Regions page, map card: every region drawn in its kind's colour, the gates of chokepoints as dashed lines, a popup
 * with name, kind and note; clicking a region chooses it.
 */
(function () {
  'use strict';

  const { el, swatch } = Dash;

  const KINDS = {
    chokepoint: { label: 'Chokepoint', color: '#c2410c' },
    port: { label: 'Port', color: '#0f4c81' },
    anchorage: { label: 'Anchorage', color: '#a16207' },
    area: { label: 'Area', color: '#15803d' }
  };
  const kind = key => KINDS[key] || { label: key, color: '#5f6b7a' };

  function popupContent(r) {
    const k = kind(r.kind);
    const rows = [
      ['Kind', k.label + (r.preset ? ' (preset)' : '')],
      ['Directions', r.directionNames ? `a → b ${r.directionNames.ab || '–'}, b → a ${r.directionNames.ba || '–'}` : null],
      ['Version', String(r.version)]
    ].filter(([, value]) => value);
    return el('div', { className: 'region-popup', dataset: { id: String(r.id) } }, [
      el('h3', {}, [swatch(k.color), r.name]),
      el('dl', {}, rows.flatMap(([name, value]) => [el('dt', { text: name }), el('dd', { text: value })])),
      r.note ? el('p', { className: 'muted small', text: r.note }) : null
    ]);
  }

  function drawLegend(regions) {
    const counts = {};
    regions.forEach(r => { counts[r.kind] = (counts[r.kind] || 0) + 1; });
    document.getElementById('kind-legend').replaceChildren(...Object.entries(KINDS).map(([key, k]) =>
      el('span', { className: 'legend-item', dataset: { kind: key } }, [
        swatch(k.color), k.label, el('span', { className: 'count', text: String(counts[key] || 0) })
      ])));
  }

  /**
   * Draws the regions into #region-map, #kind-legend and #region-count.
   *
   * @param options tileUrl, tileAttribution
   * @returns leaflet (the Leaflet map), draw(regions), choose(id) to mark and show one, onSelect(fn)
   */
  function regionsMap(options) {
    const mapEl = document.getElementById('region-map');
    const map = L.map(mapEl, { worldCopyJump: true, minZoom: 1, maxZoom: 16, zoomSnap: 0.5, fadeAnimation: false })
      .setView([25, 10], 2);
    map.attributionControl.setPrefix('Leaflet');
    Dash.traffic.addGrid(map);
    Dash.traffic.addTiles(map, options.tileUrl, options.tileAttribution, document.getElementById('map-notice'));

    const layer = L.layerGroup().addTo(map);
    const byId = new Map();
    let selectListener = () => {};
    let chosen = null;

    function style(r, on) {
      const k = kind(r.kind);
      return { color: k.color, weight: on ? 3 : 1.5, fillColor: k.color, fillOpacity: on ? 0.3 : 0.15 };
    }

    function draw(regions) {
      layer.clearLayers();
      byId.clear();
      for (const r of regions) {
        const group = L.featureGroup();
        const area = L.geoJSON(r.geometry, { style: style(r, r.id === chosen) }).addTo(group);
        if (r.gates) {
          ['a', 'b'].forEach(end => L.geoJSON(r.gates[end], {
            style: { color: kind(r.kind).color, weight: 3, dashArray: '6 4' }
          }).bindTooltip('gate ' + end).addTo(group));
        }
        group.bindPopup(() => popupContent(r), { maxWidth: 320 });
        group.on('click', () => selectListener(r.id));
        group.addTo(layer);
        byId.set(r.id, { group, area, region: r });
      }
      drawLegend(regions);
      document.getElementById('region-count').textContent = Dash.fmt.number(regions.length);
      mapEl.dataset.regions = String(byId.size);
      mapEl.dataset.state = regions.length ? 'ready' : 'empty';
    }

    /** Marks the region and brings it into view, unless it is in view already. */
    function choose(id) {
      chosen = id;
      byId.forEach(({ area, region }) => area.setStyle(style(region, region.id === id)));
      const entry = byId.get(id);
      if (entry && !map.getBounds().contains(entry.group.getBounds())) {
        map.fitBounds(entry.group.getBounds().pad(0.5), { maxZoom: 9 });
      }
    }

    return { leaflet: map, draw, choose, onSelect: fn => { selectListener = fn; } };
  }

  Dash.regions = Object.assign(Dash.regions || {}, { regionsMap, KINDS });
})();
