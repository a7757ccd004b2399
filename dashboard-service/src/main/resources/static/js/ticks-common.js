/*
 * Shared by the tick pages: a breakout's table row, and the live stream of new breakouts (server-sent events) with
 * its state shown; when the stream cannot be used the pages' regular refresh keeps them current.
 */
(function () {
  'use strict';

  const { el, fmt } = Dash;
  const KIND_LABELS = { bullish: '▲ Bullish', bearish: '▼ Bearish' };

  function symbolLink(symbol) {
    return el('a', { href: '/ticks/' + encodeURIComponent(symbol), text: symbol });
  }

  /** A table row of a breakout; with the symbol column unless the page is the symbol's own. */
  function breakoutRow(b, withSymbol) {
    return el('tr', { dataset: { id: String(b.id), kind: b.kind } }, [
      el('td', { text: fmt.dateTime(b.windowEnd) }),
      withSymbol ? el('td', {}, symbolLink(b.symbol)) : null,
      el('td', {}, el('span', { className: 'kind ' + b.kind, text: KIND_LABELS[b.kind] || b.kind })),
      el('td', { className: 'num', text: fmt.number(b.close, 4) }),
      el('td', { className: 'num', text: fmt.number(b.ema38, 4) }),
      el('td', { className: 'num', text: fmt.number(b.ema100, 4) }),
      el('td', { text: fmt.dateTime(b.lastEventTime, true) })
    ]);
  }

  /**
   * Listens to /api/ticks/breakouts/stream (of one symbol if given) and calls onBreakout with each new breakout. The
   * browser reconnects by itself, resuming after the last event id; when the stream is refused or unsupported, the
   * state says the page is polling (its refresh loop goes on either way).
   */
  function live(symbol, onBreakout) {
    const state = document.getElementById('live-state');
    const show = (mode, text) => { state.dataset.mode = mode; state.textContent = text; };
    if (!window.EventSource) {
      show('polling', 'Live updates unavailable: refreshing every ' + fmt.duration(Number(document.body.dataset.refreshMs) / 1000));
      return;
    }
    const url = '/api/ticks/breakouts/stream' + (symbol ? '?symbol=' + encodeURIComponent(symbol) : '');
    const source = new EventSource(url);
    source.onopen = () => show('live', 'Live');
    source.addEventListener('breakout', event => {
      try {
        onBreakout(JSON.parse(event.data));
      } catch (e) {
        console.warn('Unreadable breakout event', e);
      }
    });
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) {
        show('polling', 'Live updates unavailable: refreshing every ' + fmt.duration(Number(document.body.dataset.refreshMs) / 1000));
      } else {
        show('connecting', 'Reconnecting…');
      }
    };
    Dash.ticks.source = source;
  }

  Dash.ticks = { breakoutRow, symbolLink, live, KIND_LABELS };
})();
