/* Destinations page: distinct vessels per reported destination, filtered, sorted and downloadable as CSV. */
(function () {
  'use strict';

  const { el, fmt, getJson, emptyState, swatch, utcDay } = Dash;
  const main = document.querySelector('main.destinations');
  const form = document.getElementById('destination-filters');
  const since = document.getElementById('since');
  const category = document.getElementById('category');
  const q = document.getElementById('q');
  const csvLink = document.getElementById('csv-link');
  const table = document.getElementById('destination-table');
  const tbody = table.querySelector('tbody');
  const empty = document.getElementById('destination-empty');
  const summary = document.getElementById('destination-summary');
  const more = document.getElementById('destination-more');
  const ROWS = 500;

  let sort = 'vessels';
  let direction = 'desc';

  category.append(...Dash.categoryOptions());
  document.getElementById('destination-legend').replaceChildren(...Dash.CATEGORIES.map(c =>
    el('span', { className: 'legend-item' }, [swatch(c.color), c.label])));
  const days = Number(main.dataset.defaultSinceDays) || 7;
  since.value = utcDay(Date.now() - days * 86400e3);
  since.max = utcDay(Date.now());

  function params() {
    const p = new URLSearchParams();
    if (since.value) p.set('since', since.value);
    if (category.value) p.set('category', category.value);
    if (q.value.trim()) p.set('q', q.value.trim());
    p.set('sort', sort);
    p.set('direction', direction);
    return p;
  }

  /** A bar as long as the destination's share of the largest one, split by category. */
  function categoryBar(perCategory, vessels, largest) {
    const title = Dash.CATEGORIES.filter(c => perCategory[c.key]).map(c => `${c.label} ${perCategory[c.key]}`).join(' · ');
    return el('div', { className: 'bar-cell', title }, [
      el('div', { className: 'bar-track' }, [
        el('div', { className: 'bar', style: { width: Math.max(2, 100 * vessels / largest) + '%' } },
          Dash.CATEGORIES.filter(c => perCategory[c.key]).map(c =>
            el('span', { style: { width: (100 * perCategory[c.key] / vessels) + '%', background: c.color } })))]),
      el('span', { className: 'bar-note', text: title })
    ]);
  }

  function drawHeaders() {
    table.querySelectorAll('th.sortable').forEach(th => {
      th.classList.toggle('sorted-asc', th.dataset.sort === sort && direction === 'asc');
      th.classList.toggle('sorted-desc', th.dataset.sort === sort && direction === 'desc');
      th.setAttribute('aria-sort', th.dataset.sort === sort ? (direction === 'asc' ? 'ascending' : 'descending') : 'none');
    });
  }

  async function load() {
    const p = params();
    csvLink.href = '/api/destinations.csv?' + p;
    p.set('limit', String(ROWS));
    const data = await getJson('/api/destinations?' + p);
    const largest = Math.max(1, ...data.rows.map(r => r.vessels));
    tbody.replaceChildren(...data.rows.map(row => el('tr', {}, [
      el('td', { className: 'destination', text: row.destination }),
      el('td', { className: 'num', text: fmt.number(row.vessels) }),
      el('td', { className: 'num muted-cell', text: fmt.number(100 * row.vessels / data.vessels, 1) + ' %' }),
      el('td', { className: 'bar-column' }, [categoryBar(row.perCategory, row.vessels, largest)])
    ])));
    summary.replaceChildren(
      el('span', {}, [el('b', { text: fmt.number(data.destinations) }), ' destinations']),
      el('span', {}, [el('b', { text: fmt.number(data.vessels) }), ' vessels reporting one']),
      el('span', {}, [el('b', { text: fmt.number(data.withoutDestination) }), ' reporting none']),
      el('span', { text: `since ${fmt.dateTime(data.since)} ${fmt.zoneName()}` }));
    summary.dataset.destinations = String(data.destinations);
    summary.dataset.vessels = String(data.vessels);
    more.hidden = data.destinations <= data.rows.length;
    more.textContent = `Showing the first ${fmt.number(data.rows.length)} of ${fmt.number(data.destinations)}; the CSV has them all.`;
    drawHeaders();
    if (!data.rows.length) {
      const filtered = q.value.trim() || category.value;
      emptyState(empty, filtered ? 'No destination matches these filters' : 'No destinations reported in this period',
        filtered ? 'Clear the text or category filter, or choose an earlier date.'
          : 'Vessels report their destination in voyage messages every few minutes; choose an earlier date, or check the pipeline page.');
      table.dataset.state = 'empty';
    } else {
      emptyState(empty, null);
      table.dataset.state = 'ready';
    }
    table.dataset.rows = String(data.rows.length);
  }

  const refresh = Dash.every(load);
  let typing = null;
  q.addEventListener('input', () => { clearTimeout(typing); typing = setTimeout(refresh, 300); });
  since.addEventListener('change', refresh);
  category.addEventListener('change', refresh);
  form.addEventListener('submit', e => { e.preventDefault(); refresh(); });
  table.querySelectorAll('th.sortable').forEach(th => th.addEventListener('click', () => {
    if (sort === th.dataset.sort) direction = direction === 'asc' ? 'desc' : 'asc';
    else { sort = th.dataset.sort; direction = sort === 'vessels' ? 'desc' : 'asc'; }
    refresh();
  }));
  Dash.onZoneChange(refresh);
})();
