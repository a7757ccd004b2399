/*
 * Ticks page: a search over the symbols, and the latest breakouts across all symbols, prepended live from the event
 * stream (new rows highlighted) and refreshed in place every refresh interval.
 */
(function () {
  'use strict';

  const { el, fmt, getJson, emptyState } = Dash;
  const $ = id => document.getElementById(id);
  const SHOWN = 50;
  const known = new Set();
  let loadedOnce = false;

  function symbolRow(s) {
    const breakout = s.lastBreakoutKind
      ? [el('span', { className: 'kind ' + s.lastBreakoutKind, text: Dash.ticks.KIND_LABELS[s.lastBreakoutKind] }), ' ' + fmt.dateTime(s.lastBreakoutWindow)]
      : ['–'];
    return el('tr', { dataset: { symbol: s.symbol } }, [
      el('td', {}, Dash.ticks.symbolLink(s.symbol)),
      el('td', { className: 'num', text: fmt.number(s.lastClose, 4) }),
      el('td', { className: 'num', text: fmt.number(s.ema38, 4) }),
      el('td', { className: 'num', text: fmt.number(s.ema100, 4) }),
      el('td', { className: 'num', text: fmt.number(s.windows) }),
      el('td', { text: fmt.dateTime(s.lastWindow) }),
      el('td', {}, breakout)
    ]);
  }

  let searchTimer = null;
  let searchSeq = 0;

  async function search() {
    const q = $('symbol-q').value.trim();
    const seq = ++searchSeq;
    const table = $('symbol-results');
    table.dataset.state = 'loading';
    let answer;
    try {
      answer = await getJson('/api/ticks/symbols?' + new URLSearchParams({ q }));
    } catch (e) {
      if (seq !== searchSeq) return;
      table.tBodies[0].replaceChildren();
      table.dataset.state = 'error';
      emptyState($('symbols-empty'), 'This search cannot be run', e.message);
      return;
    }
    if (seq !== searchSeq) return;
    table.tBodies[0].replaceChildren(...answer.symbols.map(symbolRow));
    table.dataset.rows = String(answer.symbols.length);
    table.dataset.query = q;
    table.dataset.state = answer.symbols.length ? 'ready' : 'empty';
    emptyState($('symbols-empty'), answer.symbols.length ? null : (q ? 'No symbol matches' : 'No tick data yet'),
      answer.symbols.length ? null : (q ? 'No symbol contains "' + q + '".'
        : 'Symbols appear once the aggregation service has stored windows of a tick replay or stream.'));
  }

  function markRows(table) {
    table.dataset.rows = String(table.tBodies[0].rows.length);
    table.dataset.state = table.tBodies[0].rows.length ? 'ready' : 'empty';
    emptyState($('breakouts-empty'), table.tBodies[0].rows.length ? null : 'No breakouts yet',
      table.tBodies[0].rows.length ? null : 'A breakout appears when a symbol\'s EMA38 crosses its EMA100.');
  }

  async function loadBreakouts() {
    const answer = await getJson('/api/ticks/breakouts?limit=' + SHOWN);
    const table = $('breakout-table');
    table.tBodies[0].replaceChildren(...answer.breakouts.map(b => {
      const row = Dash.ticks.breakoutRow(b, true);
      if (loadedOnce && !known.has(b.id)) row.classList.add('fresh');
      known.add(b.id);
      return row;
    }));
    loadedOnce = true;
    markRows(table);
  }

  function prepend(b) {
    if (known.has(b.id)) return;
    known.add(b.id);
    const body = $('breakout-table').tBodies[0];
    const row = Dash.ticks.breakoutRow(b, true);
    row.classList.add('fresh');
    body.prepend(row);
    while (body.rows.length > SHOWN) body.lastElementChild.remove();
    markRows($('breakout-table'));
  }

  $('symbol-q').addEventListener('input', () => { clearTimeout(searchTimer); searchTimer = setTimeout(search, 250); });
  $('symbol-search').addEventListener('submit', e => { e.preventDefault(); clearTimeout(searchTimer); search(); });
  Dash.onZoneChange(() => { loadBreakouts().catch(e => console.warn(e)); search(); });

  search();
  Dash.every(loadBreakouts);
  Dash.ticks.live(null, prepend);
})();
