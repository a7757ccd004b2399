/* Pipeline page: ingestion batches, the live source, the stages after ingestion, and the AIS history imports. */
(function () {
  'use strict';

  const { el, fmt, getJson, emptyState } = Dash;
  const main = document.querySelector('main.pipeline');
  const intervalSeconds = Number(main.dataset.batchIntervalSeconds) || 300;
  const table = document.getElementById('batch-table');
  const tbody = table.querySelector('tbody');
  const batchEmpty = document.getElementById('batch-empty');
  const importTable = document.getElementById('import-table');
  const importBody = importTable.querySelector('tbody');
  const importEmpty = document.getElementById('import-empty');
  const attribution = document.getElementById('import-attribution');
  const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

  function reasons(map) {
    const entries = Object.entries(map || {}).sort((a, b) => b[1] - a[1]);
    if (!entries.length) return el('span', { className: 'muted', text: '–' });
    return el('div', { className: 'reasons' }, entries.map(([reason, n]) =>
      el('span', { className: 'reason', title: reason, text: `${reason.replaceAll('_', ' ')} ${fmt.number(n)}` })));
  }

  function batchRow(b) {
    const seconds = b.endedAt ? (Date.parse(b.endedAt) - Date.parse(b.startedAt)) / 1000 : null;
    const status = el('td', {}, [el('span', { className: 'badge ' + b.status, text: b.status })]);
    if (b.error) status.append(el('div', { className: 'error-text ' + b.status, text: b.error }));
    return el('tr', { className: b.status, dataset: { id: String(b.id), status: b.status } }, [
      el('td', { text: fmt.dateTime(b.startedAt, true) }),
      el('td', { text: b.kind === 'ais-batch' ? b.source : `${b.source} (${b.kind})` }),
      status,
      el('td', { className: 'num', text: seconds === null ? 'running' : fmt.duration(seconds) }),
      el('td', { className: 'num', text: fmt.number(b.messagesReceived) }),
      el('td', { className: 'num', text: fmt.number(b.positionsStored) }),
      el('td', { className: 'num', text: fmt.number(b.duplicates) }),
      el('td', { className: 'num', text: fmt.number(b.staticsStored) }),
      el('td', { className: 'num', text: fmt.number(b.rejected) }),
      el('td', {}, [reasons(b.rejectedReasons)])
    ]);
  }

  function definitions(pairs) {
    return el('dl', {}, pairs.flatMap(([name, value]) => [el('dt', { text: name }), el('dd', { text: value })]));
  }

  /** A column of another service's table, shown as it comes: times in the chosen zone, numbers grouped. */
  function value(v) {
    if (v === null || v === undefined) return '–';
    if (typeof v === 'number') return fmt.number(v, Number.isInteger(v) ? 0 : 2);
    if (typeof v === 'string' && ISO_TIME.test(v)) return `${fmt.dateTime(v, true)} ${fmt.zoneName()}`;
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  }

  function label(column) {
    const text = column.replaceAll('_', ' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  /** Fills a stage's card: its content, or an empty state saying why there is none. */
  function stage(id, state, content) {
    const section = document.getElementById(id);
    section.querySelector('.stage-body').replaceChildren(content);
    section.dataset.state = state;
  }

  function empty(available, note) {
    const box = el('div', { className: 'empty-state' });
    emptyState(box, available ? 'Nothing yet' : 'Not available yet', note);
    return box;
  }

  function drawAggregation(a) {
    const pairs = [
      ['Newest window', a.newestWindow ? `${fmt.dateTime(a.newestWindow)} ${fmt.zoneName()}` : 'none yet'],
      ['Counted at', a.newestWindowAggregatedAt ? `${fmt.dateTime(a.newestWindowAggregatedAt, true)} (${fmt.ago(a.newestWindowAggregatedAt)})` : '–']
    ];
    if (!a.available) {
      const box = el('div', { className: 'empty-state' });
      emptyState(box, 'Lag not available yet', a.note);
      stage('stage-aggregation', 'unavailable', el('div', {}, [definitions(pairs), el('div', { className: 'stage-note' }, [box])]));
      return;
    }
    pairs.push(['Median lag (24 h)', fmt.duration(a.medianLagSeconds)], ['Longest lag (24 h)', fmt.duration(a.maxLagSeconds)],
      ['Batches measured', fmt.number(a.batchesMeasured)], ['Waiting to be counted', fmt.number(a.pendingBatches)]);
    if (a.oldestPendingEndedAt) pairs.push(['Oldest waiting since', `${fmt.dateTime(a.oldestPendingEndedAt, true)} ${fmt.zoneName()}`]);
    stage('stage-aggregation', 'ready', definitions(pairs));
  }

  function drawCleanup(c) {
    if (!c.run) {
      stage('stage-cleanup', c.available ? 'empty' : 'unavailable', empty(c.available, c.note));
      return;
    }
    stage('stage-cleanup', 'ready', definitions(Object.entries(c.run).map(([k, v]) => [label(k), value(v)])));
  }

  function drawBackfills(b) {
    if (!b.jobs.length) {
      stage('stage-backfills', b.available ? 'empty' : 'unavailable', empty(b.available, b.note));
      return;
    }
    stage('stage-backfills', 'ready', el('div', {}, b.jobs.map(job => {
      const rest = Object.entries(job.fields).filter(([k]) => k !== 'status' && k !== 'id');
      const parts = [el('div', { className: 'job-head' }, [
        el('strong', { text: ['Job ' + value(job.fields.id), job.fields.source, job.fields.symbols].filter(Boolean).join(' · ') }),
        job.status ? el('span', { className: 'badge ' + job.status, text: job.status }) : null])];
      if (job.progress !== null && job.progress !== undefined) {
        parts.push(el('div', { className: 'progress', title: fmt.number(job.progress * 100, 0) + ' %' }, [
          el('span', { style: { width: (job.progress * 100) + '%' } })]));
      }
      parts.push(el('details', {}, [el('summary', { className: 'small muted', text: 'Details' }),
        definitions(rest.map(([k, v]) => [label(k), value(v)]))]));
      return el('div', { className: 'job' }, parts);
    })));
  }

  function bytes(n) {
    if (n >= 1e9) return fmt.number(n / 1e9, 2) + ' GB';
    if (n >= 1e6) return fmt.number(n / 1e6, 1) + ' MB';
    return fmt.number(n / 1e3, 0) + ' kB';
  }

  function counts(map) {
    return Object.entries(map || {}).map(([kind, n]) => `${kind.replaceAll('_', ' ')} ${fmt.number(n)}`).join(', ');
  }

  function filesCell(f) {
    const notes = [['missing', f.missing], ['failed', f.failed], ['cancelled', f.cancelled]]
      .filter(([, n]) => n > 0).map(([state, n]) => `${fmt.number(n)} ${state}`);
    return el('td', {}, [el('span', { className: 'files-done', text: `${fmt.number(f.done)} / ${fmt.number(f.total)}` }),
      notes.length ? el('div', { className: 'cell-note', text: notes.join(', ') }) : null]);
  }

  function progressCell(p) {
    if (p.fraction === null || p.fraction === undefined) return el('td', { className: 'muted-cell', text: '–' });
    const percent = fmt.number(p.fraction * 100, 0) + ' %';
    const of = p.basis === 'bytes' ? `${bytes(p.done)} of ${bytes(p.total)}` : `${fmt.number(p.done)} of ${fmt.number(p.total)} files`;
    return el('td', { className: 'progress-cell' }, [
      el('div', { className: 'progress', title: `${percent}, ${of}`, dataset: { basis: p.basis } }, [
        el('span', { style: { width: (p.fraction * 100) + '%' } })]),
      el('div', { className: 'cell-note', text: `${percent} by ${p.basis}` })]);
  }

  function skippedCell(rows) {
    return el('td', { className: 'num', title: counts(rows.skippedKinds) || null }, [fmt.number(rows.skipped),
      rows.thinned > 0 ? el('div', { className: 'cell-note', text: `thinned ${fmt.number(rows.thinned)}` }) : null]);
  }

  function daysCell(j) {
    if (!j.firstReportAt) return el('td', { className: 'muted-cell', text: '–' });
    const first = fmt.date(j.firstReportAt);
    const last = fmt.date(j.lastReportAt);
    return el('td', { className: 'days', title: `${fmt.dateTime(j.firstReportAt, true)} – ${fmt.dateTime(j.lastReportAt, true)} ${fmt.zoneName()}`,
      text: first === last ? first : `${first} – ${last}` });
  }

  /** Whether the aggregation service has counted the import's files into the vessel counts yet. */
  function countedCell(j) {
    if (!j.attempts) return el('td', { className: 'muted-cell', text: '–' });
    if (!j.awaitingAggregation) return el('td', {}, [el('span', { className: 'badge completed', text: 'counted' })]);
    return el('td', { text: `${fmt.number(j.awaitingAggregation)} of ${fmt.number(j.attempts)} waiting` });
  }

  function importRow(j) {
    const status = el('td', {}, [el('span', { className: 'badge ' + j.status, text: j.status })]);
    if (j.error) status.append(el('div', { className: 'error-text', text: j.error }));
    const rate = j.rowsPerSecond === null || j.rowsPerSecond === undefined ? '–'
      : `${fmt.number(j.rowsPerSecond, j.rowsPerSecond < 10 ? 1 : 0)} rows/s`;
    const eta = j.status === 'running' && j.etaSeconds !== null && j.etaSeconds !== undefined ? fmt.duration(j.etaSeconds) : '–';
    return el('tr', { dataset: { id: String(j.id), status: j.status, source: j.source } }, [
      el('td', {}, [el('strong', { text: '#' + j.id }), el('div', { className: 'cell-note', text: fmt.dateTime(j.createdAt) })]),
      el('td', { text: j.source }),
      status,
      filesCell(j.files),
      progressCell(j.progress),
      el('td', { className: 'num', text: fmt.number(j.rows.read) }),
      el('td', { className: 'num', text: fmt.number(j.rows.positionsStored) }),
      el('td', { className: 'num', text: fmt.number(j.rows.duplicates) }),
      el('td', { className: 'num', title: counts(j.rows.rejectedReasons) || null, text: fmt.number(j.rows.rejected) }),
      skippedCell(j.rows),
      el('td', { className: 'num', text: rate }),
      el('td', { className: 'num', text: eta }),
      daysCell(j),
      countedCell(j)
    ]);
  }

  function drawImports(list) {
    importBody.replaceChildren(...list.imports.map(importRow));
    importTable.dataset.rows = String(list.imports.length);
    if (!list.imports.length) {
      emptyState(importEmpty, 'No imports yet', 'Start one with POST /api/ais/imports on the ingestion service.');
      importTable.dataset.state = 'empty';
    } else {
      emptyState(importEmpty, null);
      importTable.dataset.state = 'ready';
    }
    attribution.textContent = list.attribution || '';
    attribution.hidden = !list.attribution;
  }

  async function load() {
    const [batches, status, imports] = await Promise.all([getJson('/api/pipeline/batches'),
      getJson('/api/pipeline/status'), getJson('/api/pipeline/imports')]);
    tbody.replaceChildren(...batches.map(batchRow));
    table.dataset.rows = String(batches.length);
    if (!batches.length) {
      emptyState(batchEmpty, 'No batches yet',
        `The ingestion service writes its first batch within ${fmt.duration(intervalSeconds)} of starting.`);
      table.dataset.state = 'empty';
    } else {
      emptyState(batchEmpty, null);
      table.dataset.state = 'ready';
    }
    document.getElementById('kpi-source').textContent = status.liveSource || 'none yet';
    const latest = status.latestBatch;
    document.getElementById('kpi-latest').textContent = latest ? fmt.dateTime(latest.startedAt) : '–';
    document.getElementById('kpi-latest-note').textContent = latest ? `${latest.status}, ${fmt.ago(latest.startedAt)}` : '';
    document.getElementById('kpi-positions').textContent = status.lastPositionsAt ? fmt.dateTime(status.lastPositionsAt) : '–';
    document.getElementById('kpi-positions-note').textContent = status.lastPositionsAt ? fmt.ago(status.lastPositionsAt) : 'no positions yet';
    document.getElementById('kpi-interval').textContent = fmt.duration(status.batchIntervalSeconds);
    const abandoned = document.getElementById('kpi-abandoned');
    abandoned.textContent = fmt.number(status.abandonedLastDay);
    abandoned.closest('.kpi').classList.toggle('attention', status.abandonedLastDay > 0);
    drawAggregation(status.aggregation);
    drawCleanup(status.lastCleanup);
    drawBackfills(status.backfills);
    drawImports(imports);
  }

  const refresh = Dash.every(load);
  Dash.onZoneChange(refresh);
})();
