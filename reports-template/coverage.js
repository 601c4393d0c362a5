// The RFC coverage matrix: every catalogue requirement with the checks that cite it and their outcomes.

function citingTests() {
  var map = {};
  tests.forEach(function (t) {
    (t.requirements || []).forEach(function (id) { (map[id] = map[id] || []).push(t); });
  });
  return map;
}

function naturalSection(a, b) {
  var pa = String(a).split(/[.\s/]+/), pb = String(b).split(/[.\s/]+/);
  for (var i = 0; i < Math.max(pa.length, pb.length); i++) {
    var x = pa[i] || '', y = pb[i] || '';
    var nx = parseInt(x, 10), ny = parseInt(y, 10);
    if (!isNaN(nx) && !isNaN(ny) && nx !== ny) return nx - ny;
    if (x !== y) return x.localeCompare(y);
  }
  return 0;
}

function topSection(section) { return String(section).split(/[.\s/]/)[0]; }

function coverageStatus(cited) {
  if (!cited.length) return 'uncovered';
  var worstOutcome = cited.slice().sort(byWorstThenId)[0].outcome;
  return isFailure({ outcome: worstOutcome }) ? 'failing' : 'covered';
}

function coverageRow(r, cited) {
  var status = coverageStatus(cited);
  var row = el('tr', 'cov-row cov-' + status);
  row.setAttribute('data-status', status);
  var checks = el('td', 'cov-checks');
  if (cited.length) {
    cited.slice().sort(byWorstThenId).forEach(function (t) { add(checks, testLink(t)); });
  } else {
    add(checks, el('span', 'not-covered', 'not covered'));
    if (r.testable === 'no') add(checks, el('span', 'muted small', ' (not observable from outside)'));
  }
  add(row, add(el('td'), el('code', 'req-id', r.id)), el('td', 'nowrap', r.section),
    add(el('td'), el('span', 'level level-' + cssToken(r.level.split(' ')[0]), r.level)), el('td', 'req-summary', r.summary), checks);
  return row;
}

function tally(rows) {
  var covered = rows.filter(function (x) { return x.cited.length; }).length;
  var failing = rows.filter(function (x) { return coverageStatus(x.cited) === 'failing'; }).length;
  return { total: rows.length, covered: covered, failing: failing };
}

function tallyText(t) {
  return t.covered + ' of ' + t.total + ' covered' + (t.failing ? ', ' + t.failing + ' failing' : '');
}

function meter(t) {
  var m = el('span', 'meter');
  var fill = el('span', 'meter-fill');
  fill.style.width = (100 * t.covered / Math.max(1, t.total)) + '%';
  return add(m, fill);
}

function renderCoverage() {
  var cited = citingTests();
  var rows = catalogue.map(function (r) { return { r: r, cited: cited[r.id] || [] }; });
  var all = tally(rows);
  var card = el('div', 'card coverage-card');
  add(card, add(el('div', 'section-head'), el('h2', null, 'RFC requirement coverage'),
    add(el('span', 'muted'), text(tallyText(all) + ' requirements of the catalogue'), meter(all))));
  add(card, el('p', 'muted small', 'Each requirement of RFC 7643, RFC 7644 and the security practices, with the checks that cite it. ' +
    'A requirement no check cites is listed as not covered.'));

  var sources = {};
  rows.forEach(function (x) { (sources[x.r.source] = sources[x.r.source] || []).push(x); });
  Object.keys(sources).sort().forEach(function (source) {
    var inSource = sources[source];
    var sourceNode = el('details', 'cov-source');
    sourceNode.open = true;
    var t = tally(inSource);
    add(sourceNode, add(el('summary'), el('strong', null, source), el('span', 'muted', tallyText(t)), meter(t)));
    var sections = {};
    inSource.forEach(function (x) { (sections[topSection(x.r.section)] = sections[topSection(x.r.section)] || []).push(x); });
    Object.keys(sections).sort(naturalSection).forEach(function (top) {
      var inSection = sections[top].sort(function (a, b) { return naturalSection(a.r.section, b.r.section) || a.r.id.localeCompare(b.r.id); });
      var st = tally(inSection);
      var sectionNode = el('details', 'cov-section' + (st.failing ? ' has-failing' : ''));
      add(sectionNode, add(el('summary'), el('span', 'sec-name', 'Section ' + top), el('span', 'muted', tallyText(st)), meter(st)));
      var table = add(el('table', 'cov-table'), add(el('tr'), el('th', null, 'Id'), el('th', null, '\u00a7'),
        el('th', null, 'Level'), el('th', null, 'Requirement'), el('th', null, 'Checks')));
      inSection.forEach(function (x) { add(table, coverageRow(x.r, x.cited)); });
      add(sourceNode, add(sectionNode, table));
    });
    add(card, sourceNode);
  });
  add(document.getElementById('coverage'), card);
}
