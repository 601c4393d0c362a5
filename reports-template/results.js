// Failures first (with their evidence), then every check by area.

function headerTable(list) {
  if (!list || !list.length) return el('p', 'empty', '(no headers)');
  var table = el('table', 'headers');
  list.forEach(function (h) { add(table, add(el('tr'), el('th', null, h.key), el('td', null, h.value))); });
  return table;
}

function bodyBlock(title, body, cut, bytes, sha256) {
  var box = add(el('div', 'body-block'), el('h4', null, title));
  if (bytes) add(box, el('p', 'note', 'Body stored cut: showing its first ' + (body ? body.length : 0) + ' characters; the whole body had ' + bytes + ' bytes, SHA-256 ' + sha256 + '.'));
  else if (cut) add(box, el('p', 'note', 'Body truncated in this report: showing the first 64 KB of ' + cut + ' characters (results.json has it all).'));
  if (body === undefined || body === null || body === '') return add(box, el('p', 'empty', '(empty body)'));
  return add(box, el('pre', 'code', cut || bytes ? body : pretty(body)));
}

function statusClass(status) {
  if (status === null || status === undefined) return 'st-none';
  return status >= 500 ? 'st-5' : status >= 400 ? 'st-4' : status >= 300 ? 'st-3' : 'st-2';
}

function renderExchange(x, index, evidence) {
  var noResponse = x.status === null || x.status === undefined;
  var node = el('details', 'exchange' + (evidence ? ' evidence' : ''));
  var summary = el('summary');
  add(summary, el('span', 'x-index', '#' + (index + 1)), evidence ? el('span', 'evidence-tag', 'evidence') : null, el('span', 'method', x.method), el('span', 'url', x.url),
    el('span', 'status ' + statusClass(x.status), noResponse ? 'no response' : x.status),
    el('span', 'x-time', humanDuration(x.duration)));
  add(node, summary);
  if (noResponse && x.error) add(node, el('p', 'note', 'No response: ' + x.error));
  var columns = el('div', 'exchange-cols');
  add(columns, add(el('div', 'x-side'), el('h4', null, 'Request headers'), headerTable(x.requestHeaders),
    bodyBlock('Request body', x.requestBody, x.requestBodyCut, x.requestBodyBytes, x.requestBodySha256)));
  var response = add(el('div', 'x-side'), el('h4', null, 'Response headers'), headerTable(x.responseHeaders));
  if (x.responseTruncated) add(response, el('p', 'note', 'The harness stopped reading this response at its body size cap.'));
  add(columns, add(response, bodyBlock('Response body', x.responseBody, x.responseBodyCut, x.responseBodyBytes, x.responseBodySha256)));
  return add(node, columns);
}

function requirementList(ids) {
  var list = el('ul', 'req-list');
  (ids || []).forEach(function (id) {
    var r = requirementById[id];
    var item = add(el('li'), requirementLink(id));
    if (r) {
      add(item, el('span', 'level level-' + cssToken(r.level.split(' ')[0]), r.level),
        el('span', 'req-src', r.source + ' \u00a7' + r.section), el('span', 'req-summary', r.summary));
    } else {
      add(item, el('span', 'note', 'not in the catalogue'));
    }
    add(list, item);
  });
  return list;
}

function renderTest(t) {
  var node = el('details', 'test o-' + cssToken(t.outcome));
  node.id = anchorId(t.id);
  node.scimTest = t;
  var summary = el('summary');
  var link = el('a', 'anchor', '\u00b6');
  link.href = '#' + anchorId(t.id);
  link.title = 'Link to this check';
  add(summary, badge(t.outcome), el('span', 'tid', t.id), el('span', 'title', t.title), severityChip(t.severity), el('span', 'area-tag', t.area), link);
  add(node, summary);

  var body = el('div', 'test-body');
  if (t.message) add(body, el('h4', null, 'What happened'), el('pre', 'message', t.message));
  if (t.expected || t.observed) add(body, kv([['Expected', t.expected || ''], ['Observed', t.observed || '']]));
  if ((t.cites || []).length) add(body, kv([['Verdict cites', t.cites.join(', ')]]));
  if (t.remediation) add(body, add(el('div', 'remediation'), el('strong', null, 'How to fix: '), text(t.remediation)));
  if ((t.requirements || []).length) add(body, el('h4', null, 'Requirements checked'), requirementList(t.requirements));
  add(body, kv([
    ['Severity', t.severity], ['Area', t.area], ['CWE', t.cwe ? cweLink(t.cwe) : ''], ['Needs', (t.needs || []).join(', ')],
    ['Duration', humanDuration(t.duration)], ['NUnit test', t.fullName]
  ]));
  var exchanges = t.exchanges || [];
  var omitted = t.exchangesOmitted || 0;
  add(body, el('h4', null, 'HTTP exchanges (' + (exchanges.length + omitted) + ', secrets redacted)'));
  if (!exchanges.length) add(body, el('p', 'empty', 'This check made no request.'));
  // The exchanges the verdict rests on are marked and open.
  var evidence = t.evidence || [];
  exchanges.forEach(function (x, i) {
    var marked = evidence.indexOf(i) >= 0;
    var node = renderExchange(x, i, marked);
    node.open = marked;
    add(body, node);
  });
  if (omitted) add(body, el('p', 'note', plural(omitted, 'more exchange') + ' of this check ' + (omitted === 1 ? 'is' : 'are') +
    ' not shown here; results.json keeps each one\'s request line, status, timing, and body sizes and SHA-256.'));
  return add(node, body);
}

// A failing check is shown in full under Failures; its area lists a row pointing there.
function renderReference(t) {
  var row = el('div', 'test-ref o-' + cssToken(t.outcome));
  row.scimTest = t;
  var link = el('a', 'ref-link', 'evidence under Failures \u2191');
  link.href = '#' + anchorId(t.id);
  add(row, badge(t.outcome), el('span', 'tid', t.id), el('span', 'title', t.title), severityChip(t.severity), link);
  return row;
}

function renderFailures() {
  var failures = tests.filter(isFailure).sort(function (a, b) {
    var r = (a.outcome === 'fail' ? 0 : 1) - (b.outcome === 'fail' ? 0 : 1);
    if (r !== 0) return r;
    r = severityRank(a.severity) - severityRank(b.severity);
    return r !== 0 ? r : String(a.id).localeCompare(String(b.id));
  });
  var section = document.getElementById('failures');
  var card = add(el('div', 'card failures-card'), add(el('div', 'section-head'),
    el('h2', null, 'Failures and errors'), el('span', 'muted', failures.length ? plural(failures.length, 'check') + ', most severe first' : '')));
  if (!failures.length) add(card, el('p', 'empty good', 'No check failed and every check could decide.'));
  failures.forEach(function (t) { add(card, renderTest(t)); });
  add(section, card);
}

function areas() {
  var seen = {};
  tests.forEach(function (t) { seen[t.area] = true; });
  return Object.keys(seen).sort(function (a, b) {
    var fa = worst(a), fb = worst(b);
    return fa !== fb ? fa - fb : a.localeCompare(b);
  });
}

function worst(area) {
  return tests.filter(function (t) { return t.area === area; })
    .reduce(function (m, t) { return Math.min(m, outcomeRank(t.outcome)); }, 99);
}

function renderResults() {
  var results = document.getElementById('results');
  add(results, add(el('div', 'section-title'), el('h2', null, 'Results by area')));
  if (!tests.length) add(results, add(el('div', 'card'), el('p', 'empty', 'No check ran.')));
  areas().forEach(function (area) {
    var inArea = tests.filter(function (t) { return t.area === area; }).sort(byWorstThenId);
    var section = el('section', 'card area');
    section.scimArea = area;
    var counts = el('div', 'counts');
    OUTCOMES.forEach(function (o) {
      var n = inArea.filter(function (t) { return t.outcome === o; }).length;
      if (n) add(counts, add(el('span', 'count'), el('strong', null, n), badge(o)));
    });
    add(section, add(el('div', 'section-head'), el('h3', 'area-name', area), counts));
    inArea.forEach(function (t) { add(section, isFailure(t) ? renderReference(t) : renderTest(t)); });
    add(results, section);
  });
}
