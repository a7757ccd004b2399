/*
 * Shared by the four pages: requests to the JSON API, UTC/local time formatting with a toggle, the refresh loop with
 * its "last updated" stamp, banners, and the vessel categories that the server renders into the page.
 */
(function () {
  'use strict';

  const TZ_KEY = 'alphaflow.timezone';
  const body = document.body;
  const refreshMs = Number(body.dataset.refreshMs) || 30000;
  const tzListeners = [];
  let zone = localStorage.getItem(TZ_KEY) === 'local' ? 'local' : 'utc';

  // common-model's VesselCategory in its order, with the label and colour the server gives each (key, label, color).
  const CATEGORIES = JSON.parse(body.dataset.vesselCategories || '[]');
  const TOTAL = { key: 'total', label: 'Total', color: '#1b2430' };
  const byKey = Object.fromEntries([TOTAL].concat(CATEGORIES).map(c => [c.key, c]));

  /** An answer other than 2xx: carries the API's message and parameter. */
  class ApiError extends Error {
    constructor(status, body) {
      super((body && body.message) || ('HTTP ' + status));
      this.status = status;
      this.parameter = body && body.parameter;
    }
  }

  /**
   * Sends a request to this server, with a body as JSON if given and any extra headers (the admin token of an edit);
   * an answer other than 2xx throws an ApiError.
   */
  async function request(method, url, body, accept, extraHeaders) {
    const headers = Object.assign({ Accept: accept || 'application/json' }, extraHeaders);
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(url, {
      method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body)
    });
    if (!response.ok) {
      let json = null;
      try { json = await response.json(); } catch (e) { /* not JSON: keep the status */ }
      throw new ApiError(response.status, json);
    }
    return response;
  }

  async function sendJson(method, url, body) {
    return (await request(method, url, body)).json();
  }

  const getJson = url => sendJson('GET', url);

  function parts(date, options) {
    const format = new Intl.DateTimeFormat('en-GB', Object.assign({
      timeZone: zone === 'utc' ? 'UTC' : undefined, hourCycle: 'h23'
    }, options));
    return Object.fromEntries(format.formatToParts(date).map(p => [p.type, p.value]));
  }

  function zoneName() {
    if (zone === 'utc') return 'UTC';
    const name = parts(new Date(), { timeZoneName: 'short' }).timeZoneName;
    return name || 'local';
  }

  /** "2026-11-22 12:05" (with seconds if asked), in the chosen zone; '–' for nothing. */
  function dateTime(value, withSeconds) {
    if (value === null || value === undefined) return '–';
    const p = parts(new Date(value), {
      year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
      second: withSeconds ? '2-digit' : undefined
    });
    return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}` + (withSeconds ? `:${p.second}` : '');
  }

  function time(value, withSeconds) {
    if (value === null || value === undefined) return '–';
    const p = parts(new Date(value), { hour: '2-digit', minute: '2-digit', second: withSeconds ? '2-digit' : undefined });
    return `${p.hour}:${p.minute}` + (withSeconds ? `:${p.second}` : '');
  }

  function date(value) {
    const p = parts(new Date(value), { year: 'numeric', month: '2-digit', day: '2-digit' });
    return `${p.year}-${p.month}-${p.day}`;
  }

  /** The UTC day of a time as a date input takes it, "2026-11-22", whichever zone is chosen. */
  function utcDay(value) {
    return new Date(value).toISOString().slice(0, 10);
  }

  function number(value, digits) {
    if (value === null || value === undefined || Number.isNaN(value)) return '–';
    const d = digits === undefined ? 0 : digits;
    return Number(value).toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
  }

  /** "4.5 s", "45 s", "12 min", "3 h 5 min", "2 d 4 h". */
  function duration(seconds) {
    if (seconds === null || seconds === undefined) return '–';
    const exact = Math.abs(seconds);
    // Lags of a few seconds are worth their tenth.
    if (exact < 10 && exact % 1) return `${exact.toFixed(1)} s`;
    const s = Math.round(exact);
    if (s < 60) return `${s} s`;
    const m = Math.floor(s / 60);
    if (m < 60) return `${m} min`;
    const h = Math.floor(m / 60);
    if (h < 24) return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
    const d = Math.floor(h / 24);
    return h % 24 ? `${d} d ${h % 24} h` : `${d} d`;
  }

  function ago(value) {
    if (!value) return '';
    const seconds = (Date.now() - new Date(value).getTime()) / 1000;
    return seconds < 5 ? 'just now' : duration(seconds) + ' ago';
  }

  /** Creates an element; text goes in as text, never as HTML (vessel names and destinations are radio input). */
  function el(tag, attributes, children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (value === null || value === undefined || value === false) return;
      if (name === 'text') node.textContent = value;
      else if (name === 'className') node.className = value;
      else if (name === 'dataset') Object.assign(node.dataset, value);
      else if (name === 'style') Object.assign(node.style, value);
      else node.setAttribute(name, value === true ? '' : value);
    });
    [].concat(children || []).forEach(child => {
      if (child === null || child === undefined) return;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    });
    return node;
  }

  /** A small square of a category's colour, as in legends, pickers and popups. */
  function swatch(color) {
    return el('span', { className: 'swatch', style: { background: color } });
  }

  /** An option for each vessel category, for a category select. */
  function categoryOptions() {
    return CATEGORIES.map(c => el('option', { value: c.key, text: c.label }));
  }

  /** Shows a friendly empty state (title and explanation) in a container, or hides it. */
  function emptyState(container, title, text) {
    container.replaceChildren();
    if (!title) {
      container.hidden = true;
      return;
    }
    container.append(el('strong', { text: title }), el('span', { text: text || '' }));
    container.hidden = false;
  }

  const updated = document.getElementById('last-updated');
  let lastSuccess = null;
  let lastError = null;

  function showUpdated() {
    if (!updated) return;
    if (lastError) {
      updated.textContent = `Update failed (${lastError}); last data ${lastSuccess ? time(lastSuccess, true) + ' ' + zoneName() : 'none'}`;
      updated.classList.add('stale');
    } else if (lastSuccess) {
      updated.textContent = `Updated ${time(lastSuccess, true)} ${zoneName()}`;
      updated.classList.remove('stale');
    }
    updated.dataset.updatedAt = lastSuccess ? lastSuccess.toISOString() : '';
  }

  /**
   * Runs the page's load function, with the banners, now and then every refresh interval, and at once when the page
   * comes back into view with data older than that; keeps the "last updated" stamp. A failed refresh keeps the data
   * shown and says so. Returns a function that refreshes now.
   */
  function every(load) {
    let timer = null;
    async function run() {
      clearTimeout(timer);
      try {
        await Promise.all([load(), loadBanners()]);
        lastSuccess = new Date();
        lastError = null;
      } catch (e) {
        lastError = e.message || String(e);
        console.warn('Refresh failed:', e);
      }
      showUpdated();
      timer = setTimeout(run, refreshMs);
    }
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible' && lastSuccess && Date.now() - lastSuccess.getTime() > refreshMs) run();
    });
    run();
    return run;
  }

  const banners = document.getElementById('banners');
  const BANNER_TITLES = { 'no-batches': 'No data yet', 'feed-silent': 'Feed silent', 'batch-failed': 'Batch failed', simulator: 'Simulated data' };

  async function loadBanners() {
    const list = await getJson('/api/pipeline/banners');
    banners.replaceChildren(...list.map(b => el('div', { className: 'banner ' + b.level, role: 'status', dataset: { code: b.code } }, [
      el('strong', { text: BANNER_TITLES[b.code] || 'Note' }), el('span', { text: b.message })
    ])));
  }

  function setZone(next) {
    zone = next;
    localStorage.setItem(TZ_KEY, zone);
    document.querySelectorAll('.tz-toggle button').forEach(b => b.classList.toggle('active', b.dataset.tz === zone));
    showUpdated();
    tzListeners.forEach(fn => fn());
  }

  document.querySelectorAll('.tz-toggle button').forEach(b => b.addEventListener('click', () => setZone(b.dataset.tz)));
  document.querySelectorAll('.tz-toggle button').forEach(b => b.classList.toggle('active', b.dataset.tz === zone));

  /**
   * The stored market series (symbol, interval, source, first and last bar), offered as symbols in #instrument-list;
   * #instrument-hint says when there are none or they could not be listed. The pages that trade or study them share it.
   */
  async function storedInstruments() {
    const hint = document.getElementById('instrument-hint');
    let instruments;
    try {
      instruments = await sendJson('GET', '/api/backtests/instruments');
    } catch (error) {
      hint.textContent = 'Could not list the stored instruments: ' + error.message;
      return [];
    }
    const symbols = [...new Set(instruments.map(i => i.symbol))];
    document.getElementById('instrument-list').replaceChildren(...symbols.map(symbol => el('option', { value: symbol })));
    if (!symbols.length) {
      hint.textContent = 'No market bars are stored yet: start a backfill (POST /api/backfills on the'
        + ' ingestion service) or import a CSV file, then come back.';
    }
    hint.dataset.state = 'ready';
    return instruments;
  }

  /** Says in #instrument-hint which stored series the symbol in #symbol has; those series, or null when none. */
  function describeStoredSeries(instruments) {
    const hint = document.getElementById('instrument-hint');
    const symbol = document.getElementById('symbol').value.trim();
    const series = instruments.filter(i => i.symbol === symbol);
    if (!series.length) {
      hint.textContent = symbol && instruments.length ? 'No bars of ' + symbol + ' are stored.' : '';
      return null;
    }
    hint.textContent = 'Stored: ' + series.map(i => i.interval + ' bars from ' + dateTime(i.firstBar)
      + ' to ' + dateTime(i.lastBar) + ' (' + i.source + (i.adjusted ? ', adjusted' : '') + ')').join('; ');
    return series;
  }

  /** Appends every region to a select, by name; without the list the select keeps its own options. */
  async function appendRegionOptions(select) {
    try {
      const regions = await sendJson('GET', '/api/regions');
      select.append(...regions
        .slice()
        .sort((a, b) => a.name.localeCompare(b.name))
        .map(r => el('option', { value: String(r.id), text: r.name + ' (' + r.kind + ')' })));
    } catch (error) {
      // the receiver's counts stay available
    }
  }

  window.Dash = {
    CATEGORIES, TOTAL, category: key => byKey[key] || { key, label: key, color: '#888' },
    request, getJson, sendJson, ApiError, el, swatch, categoryOptions, emptyState, every, utcDay,
    storedInstruments, describeStoredSeries, appendRegionOptions,
    fmt: { dateTime, time, date, number, duration, ago, zoneName },
    onZoneChange: fn => tzListeners.push(fn),
    zone: () => zone
  };
})();
