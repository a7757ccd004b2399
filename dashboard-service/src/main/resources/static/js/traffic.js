/*
 * Traffic page: wires the map (traffic-map.js), the gauge (traffic-gauge.js) and the counts chart (traffic-counts.js)
 * to the page's settings, the refresh loop and the time-zone toggle.
 */
(function () {
  'use strict';

  const main = document.querySelector('main.traffic');
  const { vesselMap, gauge, countsChart } = Dash.traffic;

  const map = vesselMap({
    windowMinutes: Number(main.dataset.windowMinutes) || 60,
    tileUrl: main.dataset.tileUrl,
    tileAttribution: main.dataset.tileAttribution
  });
  const latest = gauge();
  const counts = countsChart({ defaultSeries: main.dataset.defaultSeries.split(',') });

  Dash.onZoneChange(() => {
    counts.redraw();
    latest.redraw();
    map.closePopup();
  });
  // The Leaflet map, for scripts run in the page (and the browser test, which clicks a vessel on the canvas).
  Dash.traffic.map = map.leaflet;
  Dash.every(() => Promise.all([map.load(), latest.load(), counts.load()]));
})();
