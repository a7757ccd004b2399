/*
 * Pairs page: the form that starts a cointegration screen (with the admin token, kept in sessionStorage as on the
 * regions page), the screens with their progress, and the selected screen's summary and pairs, sorted and paged by
 * the API.
 */
(function () {
  'use strict';

  const { el, fmt, request, getJson, emptyState } = Dash;
  const $ = id => document.getElementById(id);
  const TOKEN_KEY = 'alphaflow.adminToken';
  const PAGE_SIZE = 100;
  const FAST_POLL_MS = 1000;
  const ACTIVE = new Set(['queued', 'running']);

  let screens = [];
  let selectedId = null;
  let selectedStatus = null;
  let fastPoll = null;
  const table = { sort: null, order: 'asc', offset: 0, total: 0 };

  $('screen-token').value = sessionStorage.getItem(TOKEN_KEY) || '';

  // ---- number formats ----

  /** p-values: scientific below 0.001, where fixed digits would all read 0. */
  function pValue(v) {
    if (v === null || v === undefined) return '–';
    return v < 0.001 ? Number(v).toExponential(2) : Number(v).toFixed(4);
  }
  const fixed = (v, d) => (v === null || v === undefined ? '–' : Number(v).toFixed(d));
  /** An infinite half-life (the spread does not revert) is null in the JSON. */
  const halfLife = v => (v === null || v === undefined ? '∞' : Number(v).toFixed(1));
  const pct = v => (v === null || v === undefined ? '–' : (v * 100).toFixed(1) + '%');
  const tokenHeader = () => ({ Authorization: 'Bearer ' + $('screen-token').value.trim() });

  // ---- the start form ----

  function clearFieldErrors() {
    document.querySelectorAll('#screen-form .field-error').forEach(span => { span.textContent = ''; });
    document.querySelectorAll('#screen-form .invalid').forEach(input => input.classList.remove('invalid'));
    emptyState($('screen-form-error'), null);
  }

  /** Shows the API's refusal next to the field it names, the token's refusal next to the token, else above the form. */
  function showFormError(error) {
    if (error.status === 401 || error.status === 403) {
      $('screen-token').classList.add('invalid');
      document.querySelector('[data-error-for="token"]').textContent = error.status === 401
        ? 'No valid admin token given (401).' : 'This admin token is refused (403).';
      emptyState($('screen-form-error'), 'Not allowed', 'Starting a screen needs the admin token (ADMIN_TOKEN): '
        + error.message);
      return;
    }
    const span = error.parameter && document.querySelector('[data-error-for="' + CSS.escape(error.parameter) + '"]');
    if (span) {
      span.textContent = error.message;
      const input = document.querySelector('#screen-form [name="' + CSS.escape(error.parameter) + '"]');
      if (input) input.classList.add('invalid');
      return;
    }
    emptyState($('screen-form-error'), 'The screen was not started',
      (error.parameter ? error.parameter + ': ' : '') + error.message);
  }

  /** The request: only the fields filled in, so that the API's defaults apply to the rest. */
  function screenRequest() {
    const form = $('screen-form');
    const body = {};
    const text = name => form.elements[name].value.trim();
    for (const name of ['interval', 'source', 'trainingFrom', 'trainingTo', 'adjustment']) {
      if (text(name)) body[name] = text(name);
    }
    for (const name of ['minCoverage', 'minObservations', 'alpha', 'minHalfLife', 'maxHalfLife', 'maxHurst']) {
      if (text(name)) body[name] = Number(text(name));
    }
    body.clustering = form.elements.clustering.checked;
    return body;
  }

  $('screen-form').addEventListener('submit', async event => {
    event.preventDefault();
    clearFieldErrors();
    sessionStorage.setItem(TOKEN_KEY, $('screen-token').value.trim());
    $('start-screen-button').disabled = true;
    $('screen-form-note').textContent = 'Starting…';
    try {
      const response = await request('POST', '/api/pairs/screens', screenRequest(), undefined, tokenHeader());
      const screen = await response.json();
      $('screen-form-note').textContent = 'Screen #' + screen.id + ' started.';
      $('screen-form-note').dataset.screenId = String(screen.id);
      selectedId = screen.id;
      selectedStatus = null;
      await loadScreens();
    } catch (error) {
      $('screen-form-note').textContent = '';
      if (error instanceof Dash.ApiError) showFormError(error);
      else emptyState($('screen-form-error'), 'The screen was not started', error.message);
    } finally {
      $('start-screen-button').disabled = false;
    }
  });

  // ---- the screens ----

  function progressCell(s) {
    const total = s.pairsTotal || 0;
    const done = s.pairsDone || 0;
    const share = total ? Math.min(1, done / total) : (s.status === 'completed' ? 1 : 0);
    return el('td', { className: 'progress-cell' }, [
      el('div', { className: 'progress', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': String(total),
        'aria-valuenow': String(done) }, [el('span', { style: { width: (share * 100).toFixed(1) + '%' } })]),
      el('div', { className: 'cell-note', text: fmt.number(done) + ' of ' + fmt.number(total) + ' pairs' })]);
  }

  function screenRow(s) {
    const settings = s.settings || {};
    const actions = el('td', { className: 'pairs-actions' }, [
      el('button', { type: 'button', className: 'linkish', dataset: { action: 'view' }, text: 'View' })]);
    if (ACTIVE.has(s.status)) {
      actions.append(el('button', { type: 'button', className: 'linkish danger', dataset: { action: 'cancel' },
        text: 'Cancel' }));
    }
    const status = el('td', {}, [el('span', { className: 'badge ' + s.status, text: s.status })]);
    if (s.error) status.append(el('div', { className: 'error-text', text: s.error }));
    const row = el('tr', {
      className: s.id === selectedId ? 'selected' : '',
      dataset: { screenId: String(s.id), status: s.status }
    }, [
      el('td', { className: 'num', text: String(s.id) }), status, progressCell(s),
      el('td', { className: 'num', text: fmt.number(s.instruments) }),
      el('td', { className: 'num', text: fmt.number(s.eligible) }),
      el('td', { className: 'num', text: fmt.number(s.candidatePairs) }),
      el('td', { className: 'num', text: fmt.number(s.passing) }),
      el('td', { text: (settings.trainingFrom || '…') + ' to ' + (settings.trainingTo || '…') }),
      el('td', { text: fmt.dateTime(s.createdAt), title: fmt.ago(s.createdAt) }),
      el('td', { text: s.trigger || '' }), actions]);
    return row;
  }

  async function cancel(id) {
    sessionStorage.setItem(TOKEN_KEY, $('screen-token').value.trim());
    emptyState($('screens-error'), null);
    try {
      await request('DELETE', '/api/pairs/screens/' + id, undefined, undefined, tokenHeader());
    } catch (error) {
      const why = error.status === 401 || error.status === 403
        ? 'the admin token (in the form above) was refused' : error.message;
      emptyState($('screens-error'), 'Screen #' + id + ' was not cancelled', why);
    }
    await loadScreens();
  }

  $('screens-table').addEventListener('click', event => {
    const button = event.target.closest('button[data-action]');
    if (!button) return;
    const id = Number(button.closest('tr').dataset.screenId);
    if (button.dataset.action === 'cancel') cancel(id);
    else select(id);
  });

  /** Lists the screens; polls fast while one is queued or running, and shows the selected one. */
  async function loadScreens() {
    try {
      screens = await getJson('/api/pairs/screens?limit=20');
    } catch (error) {
      $('screens-table').dataset.state = 'error';
      throw error;
    }
    if (selectedId === null || !screens.some(s => s.id === selectedId)) {
      const completed = screens.find(s => s.status === 'completed');
      selectedId = completed ? completed.id : (screens.length ? screens[0].id : null);
      selectedStatus = null;
    }
    $('screens-table').tBodies[0].replaceChildren(...screens.map(screenRow));
    $('screens-table').dataset.state = screens.length ? 'ready' : 'empty';
    emptyState($('screens-empty'), screens.length ? null : 'No screens yet',
      'Start one with the form above; the screens also run on their schedule.');
    clearTimeout(fastPoll);
    if (screens.some(s => ACTIVE.has(s.status))) {
      fastPoll = setTimeout(() => loadScreens().catch(e => console.warn('Refresh failed:', e)), FAST_POLL_MS);
    }
    await showSelected();
  }

  // ---- the selected screen ----

  function select(id) {
    selectedId = id;
    selectedStatus = null;
    table.offset = 0;
    document.querySelectorAll('#screens-table tbody tr').forEach(tr =>
      tr.classList.toggle('selected', Number(tr.dataset.screenId) === id));
    showSelected().catch(e => console.warn('Could not show the screen:', e));
  }

  function summaryItem(label, value) {
    return el('span', {}, [el('b', { text: value }), ' ' + label]);
  }

  function describeSettings(s) {
    const c = s.settings || {};
    const parts = [
      (c.interval || '?') + ' bars' + (c.source ? ' from ' + c.source : '') + (c.adjusted ? ' (adjusted)' : ''),
      'training ' + (c.trainingFrom || '…') + ' to ' + (c.trainingTo || '…'),
      'coverage ≥ ' + pct(c.minCoverage) + ', ≥ ' + fmt.number(c.minObservations) + ' observations',
      (c.adjustment === 'holm' ? 'Holm' : 'Benjamini-Hochberg') + ' at α ' + c.alpha,
      'half-life ' + c.minHalfLife + '–' + c.maxHalfLife + ' bars', 'Hurst < ' + c.maxHurst,
      c.clustering ? 'clustered' : 'all pairs'];
    return parts.join(' · ');
  }

  function showSummary(s) {
    $('screen-section').hidden = false;
    $('screen-title').textContent = 'Screen #' + s.id;
    $('screen-settings').textContent = describeSettings(s);
    const clusters = s.clusters && s.clusters.clusters ? s.clusters.clusters.length : null;
    $('screen-summary').replaceChildren(
      el('span', {}, [el('span', { className: 'badge ' + s.status, text: s.status })]),
      summaryItem('instruments', fmt.number(s.instruments)),
      summaryItem('eligible', fmt.number(s.eligible)),
      summaryItem('dropped', fmt.number((s.dropped || []).length)),
      summaryItem('clusters', clusters === null ? '–' : fmt.number(clusters)),
      summaryItem('candidate pairs', fmt.number(s.candidatePairs)),
      summaryItem('tested', fmt.number(s.pairsTested)),
      summaryItem('skipped', fmt.number(s.skipped)),
      summaryItem('passing', fmt.number(s.passing)));
    $('screen-summary').dataset.state = 'ready';
    $('screen-summary').dataset.screenId = String(s.id);
    $('screen-error').hidden = !s.error;
    $('screen-error').textContent = s.error || '';

    const dropped = s.dropped || [];
    $('dropped-details').hidden = !dropped.length;
    $('dropped-title').textContent = dropped.length + ' instrument' + (dropped.length === 1 ? '' : 's')
      + ' dropped before testing';
    $('dropped-table').tBodies[0].replaceChildren(...dropped.map(d => el('tr', { dataset: { symbol: d.symbol } }, [
      el('td', { text: d.symbol }), el('td', { className: 'num', text: fmt.number(d.observations) }),
      el('td', { className: 'num', text: pct(d.coverage) }), el('td', { text: d.reason })])));

    const c = s.clusters;
    $('clusters-details').hidden = !c;
    if (c) {
      $('clusters-title').textContent = c.clusters.length + ' cluster' + (c.clusters.length === 1 ? '' : 's')
        + ', ' + (c.noise || []).length + ' unclustered';
      $('clusters-note').textContent = c.components + ' principal components explaining '
        + pct(c.explainedVariance) + ' of the returns\' variance; DBSCAN eps ' + fixed(c.eps, 4) + '.';
      $('clusters-list').replaceChildren(
        ...c.clusters.map((members, i) => el('li', {}, [el('b', { text: 'Cluster ' + i + ': ' }), members.join(', ')])),
        ...((c.noise || []).length ? [el('li', {}, [el('b', { text: 'Noise: ' }), c.noise.join(', ')])] : []));
    }
  }

  async function showSelected() {
    if (selectedId === null) {
      $('screen-section').hidden = true;
      return;
    }
    const screen = screens.find(s => s.id === selectedId) || await getJson('/api/pairs/screens/' + selectedId);
    showSummary(screen);
    if (!table.sort) table.sort = screen.settings && screen.settings.adjustment === 'holm' ? 'holmPValue' : 'bhPValue';
    // the pairs only change while the screen runs: reload them when it ends or another is chosen
    if (screen.status === selectedStatus) return;
    selectedStatus = screen.status;
    if (screen.status === 'completed') {
      await loadPairs();
    } else {
      delete $('pairs-table').dataset.screenId;
      $('pairs-table').tBodies[0].replaceChildren();
      $('pairs-table').dataset.state = ACTIVE.has(screen.status) ? 'loading' : 'empty';
      $('pairs-csv').hidden = true;
      $('pairs-range').textContent = '';
      emptyState($('pairs-empty'), ACTIVE.has(screen.status) ? 'The screen is ' + screen.status : 'No pairs',
        ACTIVE.has(screen.status) ? 'Its pairs appear here when it completes.'
          : 'The screen ended ' + screen.status + ' without a result.');
    }
  }

  // ---- the pairs table ----

  function pairsQuery() {
    const params = new URLSearchParams();
    params.set('passing', String($('passing-only').checked));
    const symbol = $('pair-symbol').value.trim();
    if (symbol) params.set('symbol', symbol);
    params.set('sort', table.sort);
    params.set('order', table.order);
    return params;
  }

  function pairRow(p, screenId) {
    const href = '/pairs/backtest?' + new URLSearchParams({ screen: String(screenId), y: p.dependent, x: p.independent });
    return el('tr', { className: p.passes ? 'passes' : '', dataset: { pair: p.dependent + '|' + p.independent,
      passes: String(p.passes) } }, [
      el('td', {}, [el('a', { href, text: p.dependent })]), el('td', { text: p.independent }),
      // −1: the screen did not cluster
      el('td', { className: 'num', text: p.cluster === null || p.cluster === undefined || p.cluster < 0 ? '–'
        : String(p.cluster) }),
      el('td', { className: 'num', text: fmt.number(p.observations),
        title: p.droppedDates ? p.droppedDates + ' dates without both prices' : null }),
      el('td', { className: 'num', text: fixed(p.hedgeRatio, 3), title: 'intercept ' + fixed(p.intercept, 4) }),
      el('td', { className: 'num', text: fixed(p.statistic, 3),
        title: 'other ordering ' + fixed(p.otherStatistic, 3) + ', ADF lag ' + p.adfLag }),
      el('td', { className: 'num', text: pValue(p.pValue) }),
      el('td', { className: 'num', text: pValue(p.bhPValue) }),
      el('td', { className: 'num', text: pValue(p.holmPValue) }),
      el('td', { className: 'num', text: halfLife(p.halfLife) }),
      el('td', { className: 'num', text: fixed(p.hurst, 3) }),
      el('td', { className: 'num', text: fmt.number(p.meanCrossings) }),
      el('td', { className: 'num', text: fixed(p.returnCorrelation, 3) }),
      el('td', {}, [el('span', { className: 'badge ' + (p.passes ? 'completed' : ''), text: p.passes ? 'yes' : 'no' })]),
      el('td', {}, [el('a', { href, className: 'pair-backtest-link', text: 'Backtest →' })])]);
  }

  function markSorted() {
    document.querySelectorAll('#pairs-table th[data-sort]').forEach(th => {
      th.classList.toggle('sorted-asc', th.dataset.sort === table.sort && table.order === 'asc');
      th.classList.toggle('sorted-desc', th.dataset.sort === table.sort && table.order === 'desc');
      th.setAttribute('aria-sort', th.dataset.sort !== table.sort ? 'none'
        : (table.order === 'asc' ? 'ascending' : 'descending'));
    });
  }

  let pairsRequest = 0;

  async function loadPairs() {
    const id = selectedId;
    const ticket = ++pairsRequest;
    const params = pairsQuery();
    $('pairs-table').dataset.state = 'loading';
    delete $('pairs-table').dataset.screenId;
    markSorted();
    $('pairs-csv').href = '/api/pairs/screens/' + id + '/pairs?' + params + '&format=csv';
    $('pairs-csv').setAttribute('download', 'pairs-screen-' + id + '.csv');
    $('pairs-csv').hidden = false;
    params.set('limit', String(PAGE_SIZE));
    params.set('offset', String(table.offset));
    let page;
    try {
      page = await getJson('/api/pairs/screens/' + id + '/pairs?' + params);
    } catch (error) {
      if (ticket !== pairsRequest) return;
      $('pairs-table').dataset.state = 'error';
      $('pairs-table').tBodies[0].replaceChildren();
      emptyState($('pairs-empty'), 'Could not load the pairs', error.message);
      return;
    }
    if (ticket !== pairsRequest) return;
    table.total = page.total;
    $('pairs-table').tBodies[0].replaceChildren(...page.pairs.map(p => pairRow(p, id)));
    $('pairs-table').dataset.state = page.pairs.length ? 'ready' : 'empty';
    $('pairs-table').dataset.screenId = String(id);
    $('pairs-table').dataset.total = String(page.total);
    emptyState($('pairs-empty'), page.pairs.length ? null : 'No pairs match',
      $('passing-only').checked ? 'No pair passed the screen\'s tests; untick "Passing only" to see them all.'
        : 'No pair of this screen matches the symbol.');
    const first = page.total ? page.offset + 1 : 0;
    $('pairs-range').textContent = fmt.number(first) + '–' + fmt.number(page.offset + page.pairs.length) + ' of '
      + fmt.number(page.total) + ' pairs';
    $('pairs-prev').disabled = page.offset === 0;
    $('pairs-next').disabled = page.offset + page.pairs.length >= page.total;
  }

  document.querySelectorAll('#pairs-table th[data-sort]').forEach(th => {
    th.tabIndex = 0;
    const sortBy = () => {
      if (table.sort === th.dataset.sort) table.order = table.order === 'asc' ? 'desc' : 'asc';
      else {
        table.sort = th.dataset.sort;
        table.order = 'asc';
      }
      table.offset = 0;
      loadPairs();
    };
    th.addEventListener('click', sortBy);
    th.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sortBy(); } });
  });

  $('passing-only').addEventListener('change', () => {
    table.offset = 0;
    loadPairs();
  });

  let typing = null;
  $('pair-symbol').addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      table.offset = 0;
      loadPairs();
    }, 300);
  });
  $('pairs-filters').addEventListener('submit', event => event.preventDefault());

  $('pairs-prev').addEventListener('click', () => {
    table.offset = Math.max(0, table.offset - PAGE_SIZE);
    loadPairs();
  });
  $('pairs-next').addEventListener('click', () => {
    table.offset += PAGE_SIZE;
    loadPairs();
  });

  Dash.onZoneChange(() => {
    if (screens.length) $('screens-table').tBodies[0].replaceChildren(...screens.map(screenRow));
  });

  Dash.every(loadScreens);
})();
