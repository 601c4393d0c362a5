// The Latency section: request counts and p50/p95/p99 per method and endpoint template, then the
// slowest requests with a link to the check that made each. Everything is inserted as text.

function ms(value) {
  var n = Number(value);
  if (!isFinite(n)) return '';
  return (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : Math.round(n)) + ' ms';
}

function latencyHeadRow(names) {
  var row = el('tr');
  names.forEach(function (n) { add(row, el('th', n.num ? 'num' : null, n.text || n)); });
  return row;
}

function renderLatency() {
  var section = document.getElementById('latency');
  if (!section) return;
  var latency = data.latency || {};
  var endpoints = (latency.endpoints || []).filter(function (e) { return e && e.endpoint; });
  var slowest = latency.slowest || [];
  section.hidden = !endpoints.length;
  if (!endpoints.length) return;

  var card = el('div', 'card latency-card');
  add(card, add(el('div', 'section-head'), el('h2', null, 'Latency'),
    el('span', 'muted', plural(latency.requests || 0, 'request') + ' made by checks')));
  add(card, el('p', 'muted small', 'Measured by the harness from sending each request to reading its answer ' +
    '(network and client included). Percentiles are nearest-rank; ids in paths are shown as {id} and query strings are left out.'));

  var table = el('table', 'latency-table');
  add(table, latencyHeadRow(['Method', 'Endpoint', { text: 'Requests', num: true }, { text: 'No response', num: true },
    { text: 'p50', num: true }, { text: 'p95', num: true }, { text: 'p99', num: true }, { text: 'max', num: true }]));
  endpoints.forEach(function (e) {
    var row = el('tr', 'latency-row');
    add(row, el('td', 'mono', e.method), el('td', 'mono latency-endpoint', e.endpoint), el('td', 'num', e.count),
      el('td', 'num', e.noResponse || 0), el('td', 'num', ms(e.p50Ms)), el('td', 'num', ms(e.p95Ms)),
      el('td', 'num', ms(e.p99Ms)), el('td', 'num', ms(e.maxMs)));
    add(table, row);
  });
  add(card, add(el('div', 'compat-scroll'), table));

  if (slowest.length) {
    add(card, el('h3', null, 'Slowest requests'));
    var slow = el('table', 'latency-slowest');
    add(slow, latencyHeadRow(['Method', 'Path', 'Status', { text: 'Time', num: true }, 'Check']));
    slowest.forEach(function (s) {
      var check = el('td');
      var link = el('a', 'test-link', s.testId);
      link.href = '#' + anchorId(s.testId);
      add(check, link);
      add(slow, add(el('tr', 'latency-slow-row'), el('td', 'mono', s.method), el('td', 'mono latency-path', s.path),
        el('td', null, s.status === null || s.status === undefined ? 'no response' : s.status), el('td', 'num', ms(s.ms)), check));
    });
    add(card, add(el('div', 'compat-scroll'), slow));
  }
  add(section, card);
}
