// Renders the run data embedded in #run-data. Everything the endpoint sent is inserted as text
// (textContent / createTextNode), never parsed as HTML, so a hostile response cannot run script here.
(function () {
  'use strict';

  var OUTCOMES = ['fail', 'error', 'warn', 'skip', 'pass'];
  var SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
  var data = JSON.parse(document.getElementById('run-data').textContent);
  var tests = data.tests || [];

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function add(parent) {
    for (var i = 1; i < arguments.length; i++) {
      if (arguments[i]) parent.appendChild(arguments[i]);
    }
    return parent;
  }

  function kv(pairs) {
    var dl = el('dl', 'kv');
    pairs.forEach(function (p) {
      if (p[1] === undefined || p[1] === null || p[1] === '') return;
      add(dl, el('dt', null, p[0]), el('dd', null, p[1]));
    });
    return dl;
  }

  function seconds(span) {
    var m = /^(-)?(?:(\d+)\.)?(\d+):(\d+):(\d+)(?:\.(\d+))?$/.exec(span || '');
    if (!m) return 0;
    var s = (+(m[2] || 0)) * 86400 + (+m[3]) * 3600 + (+m[4]) * 60 + (+m[5]) + (m[6] ? +('0.' + m[6]) : 0);
    return m[1] ? -s : s;
  }

  function humanDuration(span) {
    var s = seconds(span);
    if (s < 1) return Math.round(s * 1000) + ' ms';
    if (s < 120) return s.toFixed(1) + ' s';
    return Math.floor(s / 60) + ' min ' + Math.round(s % 60) + ' s';
  }

  function anchorId(id) { return 'test-' + String(id).replace(/[^A-Za-z0-9_-]/g, '_'); }

  function outcomeRank(o) { var i = OUTCOMES.indexOf(o); return i < 0 ? 99 : i; }

  function badge(outcome) { return el('span', 'badge b-' + outcome, outcome); }

  function pretty(body) {
    if (body === undefined || body === null || body === '') return '';
    try { return JSON.stringify(JSON.parse(body), null, 2); } catch (e) { return body; }
  }

  // ---- summary ----
  function verdict() {
    if (data.interrupted) return { css: 'verdict-interrupted', text: 'INTERRUPTED' };
    var c = data.counts || {};
    return (c.fail || 0) + (c.error || 0) > 0 ? { css: 'verdict-fail', text: 'FAILED' } : { css: 'verdict-pass', text: 'PASSED' };
  }

  function renderSummary() {
    var target = data.target || {};
    document.title = 'SCIM conformance: ' + verdict().text + ' - ' + (target.baseUrl || '');
    document.getElementById('subtitle').textContent = (target.baseUrl || '') + '  ·  run ' + data.runId;

    var summary = document.getElementById('summary');
    var card = el('div', 'card');
    var v = verdict();
    var head = add(el('div', 'verdict'), el('span', 'verdict-badge ' + v.css, v.text));
    var counts = el('div', 'counts');
    var c = data.counts || {};
    add(counts, add(el('span', 'count'), el('strong', null, c.total || 0), document.createTextNode('checks')));
    OUTCOMES.forEach(function (o) {
      add(counts, add(el('span', 'count'), el('strong', null, c[o] || 0), badge(o)));
    });
    add(head, counts);
    add(card, head);

    var grid = el('div', 'grid2');
    add(grid, add(el('div'), el('h3', null, 'Run'), kv([
      ['Target', target.baseUrl], ['Authentication', target.authScheme], ['Run id', data.runId],
      ['Seed', data.seed], ['Started', data.startedAt], ['Duration', humanDuration(data.duration)],
      ['Harness version', data.harnessVersion], ['Report schema', data.schemaVersion],
      ['Interrupted', data.interrupted ? 'yes: not every selected check ran' : 'no']
    ])));

    var failures = tests.filter(function (t) { return t.outcome === 'fail'; });
    var sevTable = el('table');
    add(sevTable, add(el('tr'), el('th', null, 'Severity'), el('th', null, 'Failed checks')));
    SEVERITIES.forEach(function (s) {
      var n = failures.filter(function (t) { return t.severity === s; }).length;
      add(sevTable, add(el('tr'), el('td', null, s), el('td', null, n)));
    });
    add(grid, add(el('div'), el('h3', null, 'Failures by severity'), sevTable));
    add(card, grid);

    var caps = data.capabilities;
    var capBox = add(el('div'), el('h3', null, 'Capabilities the endpoint advertises'));
    if (caps) {
      var capTable = el('table');
      Object.keys(caps).forEach(function (k) {
        var value = caps[k];
        if (Array.isArray(value)) value = value.length ? value.join(', ') : '(none)';
        add(capTable, add(el('tr'), el('td', null, k), el('td', null, String(value))));
      });
      add(capBox, capTable);
    } else {
      add(capBox, el('p', 'empty', 'Discovery did not complete.'));
    }
    add(card, capBox);

    if (data.command) add(card, el('h3', null, 'Reproduce'), el('pre', null, data.command));

    var leftovers = data.leftovers || [];
    if (leftovers.length) {
      add(card, el('h3', null, 'Resources the run could not delete (remove them by hand)'));
      var lt = add(el('table'), add(el('tr'), el('th', null, 'Resource'), el('th', null, 'Error')));
      leftovers.forEach(function (l) { add(lt, add(el('tr'), el('td', null, l.relativePath), el('td', null, l.cleanupError || ''))); });
      add(card, lt);
    }
    add(summary, card);
  }

  // ---- filters ----
  var state = { text: '', outcomes: {}, area: '' };
  OUTCOMES.forEach(function (o) { state.outcomes[o] = true; });

  function renderControls() {
    var box = el('div', 'card controls');
    var search = el('input');
    search.type = 'search';
    search.placeholder = 'Search id, title, requirement, message...';
    search.setAttribute('aria-label', 'Search checks');
    search.addEventListener('input', function () { state.text = search.value.toLowerCase(); applyFilters(); });
    add(box, search);
    OUTCOMES.forEach(function (o) {
      var label = el('label');
      var box2 = el('input');
      box2.type = 'checkbox';
      box2.checked = true;
      box2.addEventListener('change', function () { state.outcomes[o] = box2.checked; applyFilters(); });
      add(box, add(label, box2, document.createTextNode(' '), badge(o)));
    });
    var select = el('select');
    select.setAttribute('aria-label', 'Area');
    var all = el('option', null, 'All areas');
    all.value = '';
    add(select, all);
    areas().forEach(function (a) { var opt = el('option', null, a); opt.value = a; add(select, opt); });
    select.addEventListener('change', function () { state.area = select.value; applyFilters(); });
    add(box, select);
    add(document.getElementById('controls'), box);
  }

  function searchable(t) {
    return [t.id, t.title, t.area, t.severity, t.outcome, t.message, t.remediation, (t.requirements || []).join(' ')].join(' ').toLowerCase();
  }

  function applyFilters() {
    document.querySelectorAll('details.test').forEach(function (node) {
      var t = node.scimTest;
      var visible = state.outcomes[t.outcome] && (!state.area || t.area === state.area) &&
        (!state.text || node.scimText.indexOf(state.text) >= 0);
      node.classList.toggle('hidden', !visible);
    });
    document.querySelectorAll('section.area').forEach(function (section) {
      section.classList.toggle('hidden', !section.querySelector('details.test:not(.hidden)'));
    });
  }

  // ---- results ----
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

  function headers(list) {
    var table = el('table');
    (list || []).forEach(function (h) { add(table, add(el('tr'), el('td', null, h.key), el('td', null, h.value))); });
    return table;
  }

  function bodyBlock(title, body, cut) {
    var box = add(el('div'), el('h3', null, title));
    if (cut) add(box, el('p', 'note', 'Body truncated in this report: showing the first 64 KB of ' + cut + ' characters (results.json has it all).'));
    if (body === undefined || body === null || body === '') return add(box, el('p', 'empty', '(empty body)'));
    return add(box, el('pre', null, cut ? body : pretty(body)));
  }

  function renderExchange(x) {
    var status = x.status === null || x.status === undefined ? (x.error ? 'no response: ' + x.error : 'no response') : x.status;
    var node = el('details', 'exchange');
    add(node, el('summary', null, x.method + ' ' + x.url + '  \u2192  ' + status + '  (' + humanDuration(x.duration) + ')'));
    add(node, el('h3', null, 'Request headers'), headers(x.requestHeaders));
    add(node, bodyBlock('Request body', x.requestBody, x.requestBodyCut));
    add(node, el('h3', null, 'Response headers'), headers(x.responseHeaders));
    if (x.responseTruncated) add(node, el('p', 'note', 'The harness stopped reading this response at its body size cap.'));
    add(node, bodyBlock('Response body', x.responseBody, x.responseBodyCut));
    return node;
  }

  function renderTest(t) {
    var node = el('details', 'test o-' + t.outcome);
    node.id = anchorId(t.id);
    node.scimTest = t;
    node.scimText = searchable(t);
    if (t.outcome === 'fail' || t.outcome === 'error') node.open = true;
    var summary = el('summary');
    var link = el('a', 'anchor', '#');
    link.href = '#' + anchorId(t.id);
    link.title = 'Link to this check';
    add(summary, badge(t.outcome), el('span', 'tid', t.id), el('span', null, t.title), el('span', 'sev', t.severity), link);
    add(node, summary);
    var body = el('div', 'body');
    if (t.message) add(body, el('h3', null, 'Message'), el('pre', 'message', t.message));
    add(body, kv([
      ['Requirements', (t.requirements || []).join(', ')], ['Severity', t.severity], ['Area', t.area],
      ['Needs', (t.needs || []).join(', ')], ['Remediation', t.remediation], ['Duration', humanDuration(t.duration)],
      ['NUnit test', t.fullName]
    ]));
    var exchanges = t.exchanges || [];
    add(body, el('h3', null, 'HTTP exchanges (' + exchanges.length + ')'));
    if (!exchanges.length) add(body, el('p', 'empty', 'This check made no request.'));
    exchanges.forEach(function (x) { add(body, renderExchange(x)); });
    return add(node, body);
  }

  function renderResults() {
    var results = document.getElementById('results');
    if (!tests.length) add(results, add(el('div', 'card'), el('p', 'empty', 'No check ran.')));
    areas().forEach(function (area) {
      var inArea = tests.filter(function (t) { return t.area === area; }).sort(function (a, b) {
        var r = outcomeRank(a.outcome) - outcomeRank(b.outcome);
        return r !== 0 ? r : String(a.id).localeCompare(String(b.id));
      });
      var section = el('section', 'card area');
      var head = add(el('div', 'area-head'), el('h2', null, area));
      var counts = el('div', 'counts');
      OUTCOMES.forEach(function (o) {
        var n = inArea.filter(function (t) { return t.outcome === o; }).length;
        if (n) add(counts, add(el('span', 'count'), el('strong', null, n), badge(o)));
      });
      add(section, add(head, counts));
      inArea.forEach(function (t) { add(section, renderTest(t)); });
      add(results, section);
    });
  }

  function openFromHash() {
    if (!location.hash) return;
    var node = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (node && node.tagName === 'DETAILS') { node.open = true; node.scrollIntoView(); }
  }

  renderSummary();
  renderControls();
  renderResults();
  document.getElementById('footer').textContent =
    'scimconf ' + (data.harnessVersion || '') + ' · results.json beside this file holds the same data.';
  window.addEventListener('hashchange', openFromHash);
  openFromHash();
})();
