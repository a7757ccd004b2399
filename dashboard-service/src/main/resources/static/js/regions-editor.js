/*
 * Regions page, editor: Leaflet.draw's toolbar on the map draws the region's polygon (or several, a MultiPolygon) and,
 * for a chokepoint, its two gates as lines; its edit tool moves vertices and its delete tool removes shapes. The form
 * sends the region with the admin token, which stays in sessionStorage, and shows the API's refusal as it comes.
 */
(function () {
  'use strict';

  const TOKEN_KEY = 'alphaflow.adminToken';
  const $ = id => document.getElementById(id);

  /** The separate polygons of a Leaflet polygon layer, so that each is edited on its own. */
  function polygonsOf(layer) {
    const latlngs = layer.getLatLngs();
    const parts = L.LineUtil.isFlat(latlngs[0]) ? [latlngs] : latlngs;
    return parts.map(rings => L.polygon(rings));
  }

  /** The drawn polygons as one GeoJSON geometry: a Polygon, a MultiPolygon, or null when none is drawn. */
  function geometryOf(polygons) {
    const coordinates = polygons.flatMap(p => {
      const g = p.toGeoJSON().geometry;
      return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    });
    if (!coordinates.length) return null;
    return coordinates.length === 1
      ? { type: 'Polygon', coordinates: coordinates[0] }
      : { type: 'MultiPolygon', coordinates };
  }

  /**
   * @param options map (the Leaflet map), selected() (the chosen region or null), ports() (the port regions),
   *     saved(id) called after a save (with the region's id) or a delete (with null)
   */
  function regionEditor(options) {
    const map = options.map;
    const drawn = new L.FeatureGroup().addTo(map);
    const gates = { a: null, b: null };
    map.addControl(new L.Control.Draw({
      position: 'topright',
      draw: {
        polygon: { allowIntersection: false, showArea: false },
        rectangle: { showArea: false },
        polyline: { shapeOptions: { weight: 3, dashArray: '6 4' } },
        circle: false, circlemarker: false, marker: false
      },
      edit: { featureGroup: drawn }
    }));

    const form = $('region-form');
    const error = $('form-error');
    $('form-token').value = sessionStorage.getItem(TOKEN_KEY) || '';

    function polygons() {
      return drawn.getLayers().filter(l => l instanceof L.Polygon);
    }

    function setGate(end, layer) {
      if (gates[end]) drawn.removeLayer(gates[end]);
      gates[end] = layer;
      if (layer) drawn.addLayer(layer.bindTooltip('gate ' + end, { permanent: true, direction: 'center' }));
    }

    function describe() {
      const kind = $('form-kind').value;
      const parts = [`${polygons().length} polygon(s) drawn`];
      if (kind === 'chokepoint') parts.push(`gate a ${gates.a ? 'drawn' : 'missing'}`, `gate b ${gates.b ? 'drawn' : 'missing'}`);
      $('form-drawn').textContent = parts.join(', ') + '.';
      document.querySelectorAll('#region-form [data-for-kind]').forEach(label => {
        label.hidden = label.dataset.forKind !== kind;
      });
    }

    function showError(message) {
      error.textContent = message || '';
      error.hidden = !message;
    }

    function clear() {
      drawn.clearLayers();
      gates.a = null;
      gates.b = null;
      form.reset();
      $('form-id').value = '';
      $('form-token').value = sessionStorage.getItem(TOKEN_KEY) || '';
      $('form-delete').hidden = true;
      showError(null);
    }

    function fillPorts(selected) {
      const ports = options.ports().map(p => Dash.el('option', { value: String(p.id), text: p.name }));
      $('form-port').replaceChildren(Dash.el('option', { value: '', text: 'none' }), ...ports);
      $('form-port').value = selected ? String(selected) : '';
    }

    /** Puts a stored region into the editor: its shapes on the map, its fields in the form. */
    function edit(region) {
      clear();
      L.geoJSON(region.geometry).eachLayer(layer => polygonsOf(layer).forEach(p => drawn.addLayer(p)));
      if (region.gates) {
        ['a', 'b'].forEach(end => setGate(end, L.polyline(L.GeoJSON.coordsToLatLngs(region.gates[end].coordinates))));
      }
      $('form-id').value = String(region.id);
      $('form-name').value = region.name;
      $('form-kind').value = region.kind;
      $('form-ab').value = (region.directionNames && region.directionNames.ab) || '';
      $('form-ba').value = (region.directionNames && region.directionNames.ba) || '';
      $('form-note').value = region.note || '';
      fillPorts(region.portId);
      $('form-delete').hidden = false;
      describe();
      if (drawn.getLayers().length) map.fitBounds(drawn.getBounds().pad(0.3), { maxZoom: 11 });
    }

    map.on(L.Draw.Event.CREATED, e => {
      if (e.layerType === 'polyline') {
        setGate(!gates.a ? 'a' : 'b', e.layer);
      } else {
        drawn.addLayer(e.layer);
      }
      describe();
    });
    map.on(L.Draw.Event.DELETED, e => {
      e.layers.eachLayer(layer => ['a', 'b'].forEach(end => { if (gates[end] === layer) gates[end] = null; }));
      describe();
    });
    map.on(L.Draw.Event.EDITED, describe);

    function body() {
      const kind = $('form-kind').value;
      const chokepoint = kind === 'chokepoint';
      const gate = end => (gates[end] ? gates[end].toGeoJSON().geometry : null);
      return {
        name: $('form-name').value,
        kind,
        geometry: geometryOf(polygons()),
        gates: chokepoint ? { a: gate('a'), b: gate('b') } : null,
        directionNames: chokepoint ? { ab: $('form-ab').value, ba: $('form-ba').value } : null,
        portId: kind === 'anchorage' && $('form-port').value ? Number($('form-port').value) : null,
        note: $('form-note').value
      };
    }

    async function send(method, url, payload) {
      const token = $('form-token').value.trim();
      sessionStorage.setItem(TOKEN_KEY, token);
      showError(null);
      try {
        const response = await Dash.request(method, url, payload, undefined, { Authorization: 'Bearer ' + token });
        return response.status === 204 ? {} : await response.json();
      } catch (e) {
        showError(e.parameter ? `${e.parameter}: ${e.message}` : e.message);
        return null;
      }
    }

    form.addEventListener('submit', async event => {
      event.preventDefault();
      const id = $('form-id').value;
      const region = await send(id ? 'PUT' : 'POST', id ? '/api/regions/' + id : '/api/regions', body());
      if (region) {
        clear();
        options.saved(region.id);
      }
    });
    $('form-delete').addEventListener('click', async () => {
      const id = $('form-id').value;
      if (!id || !window.confirm(`Delete the region "${$('form-name').value}" with its events and series?`)) return;
      if (await send('DELETE', '/api/regions/' + id)) {
        clear();
        options.saved(null);
      }
    });
    $('form-kind').addEventListener('change', describe);
    $('new-region').addEventListener('click', () => {
      clear();
      fillPorts(null);
      describe();
      $('region-editor').open = true;
    });
    $('edit-selected').addEventListener('click', () => {
      const region = options.selected();
      if (region) edit(region);
    });
    describe();
    return { edit, clear };
  }

  Dash.regions = Object.assign(Dash.regions || {}, { regionEditor });
})();
