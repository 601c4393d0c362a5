// The RFC coverage matrix: every catalogue requirement with the checks that cite it. Its numbers and each requirement's
// status come from the report (data.coverage, the same as results.json and summary.md): only testable rows count, and
// a requirement is verified only when a check citing it reached a verdict in this run.

var COVERAGE_LABEL = {
  verified: 'verified',
  failing: 'verified, failing',
  skipped: 'check skipped here',
  noCheck: 'no check',
  notTestable: 'not testable from outside'
};

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

function coverageRow(r, status, cited) {
  var row = el('tr', 'cov-row cov-' + cssToken(status).toLowerCase());
  row.setAttribute('data-status', String(status));
  var checks = el('td', 'cov-checks');
  cited.slice().sort(byWorstThenId).forEach(function (t) { add(checks, testLink(t)); });
  add(checks, el('span', 'cov-status muted small', (cited.length ? ' ' : '') + (COVERAGE_LABEL[status] || String(status))));
  add(row, add(el('td'), requirementLink(r.id)), el('td', 'nowrap', r.section),
    add(el('td'), el('span', 'level level-' + cssToken(r.level.split(' ')[0]), r.level)), el('td', 'req-summary', r.summary), checks);
  return row;
}

// Counts of a group of rows, by the same rule as the report's (CoverageSummary): not-testable rows are left out.
function tally(rows) {
  var t = { testable: 0, verified: 0, failing: 0, skipped: 0, noCheck: 0, notTestable: 0 };
  rows.forEach(function (x) {
    if (x.status === 'notTestable') { t.notTestable++; return; }
    t.testable++;
    if (x.status === 'verified' || x.status === 'failing') t.verified++;
    if (x.status === 'failing') t.failing++;
    if (x.status === 'skipped') t.skipped++;
    if (x.status === 'noCheck') t.noCheck++;
  });
  return t;
}

function tallyText(t) {
  return t.verified + ' of ' + t.testable + ' verified' + (t.failing ? ' (' + t.failing + ' failing)' : '') +
    (t.skipped ? ', ' + t.skipped + ' skipped here' : '') + (t.noCheck ? ', ' + t.noCheck + ' no check' : '');
}

function meter(t) {
  var m = el('span', 'meter');
  m.title = tallyText(t);
  var fill = el('span', 'meter-fill');
  fill.style.width = (100 * t.verified / Math.max(1, t.testable)) + '%';
  return add(m, fill);
}

function coverageHeadline(t) {
  return t.verified + ' of ' + t.testable + ' testable requirements verified in this run (' + t.failing + ' failing); ' +
    t.skipped + ' have a check that was skipped here; ' + t.noCheck + ' have no check. ' +
    t.notTestable + ' not observable from outside are not counted.';
}

function renderCoverage() {
  var coverage = data.coverage || { total: null, requirements: [] };
  var statusById = {};
  (coverage.requirements || []).forEach(function (x) { statusById[x.id] = x.status; });
  var cited = citingTests();
  var rows = catalogue.map(function (r) { return { r: r, status: statusById[r.id] || 'noCheck', cited: cited[r.id] || [] }; });
  var all = coverage.total || tally(rows);
  var card = el('div', 'card coverage-card');
  add(card, add(el('div', 'section-head'), el('h2', null, 'RFC requirement coverage'), meter(all)));
  add(card, el('p', 'cov-headline', coverageHeadline(all)));
  add(card, el('p', 'muted small', 'Each requirement of RFC 7643, RFC 7644 and the security practices, linked to its section, with the checks that cite it. ' +
    'Verified: a check citing it reached a verdict in this run. Skipped here: checks cite it but none reached a verdict ' +
    '(capability not advertised, error, not run). Not testable rows cannot be observed from outside and are not counted.'));

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
      inSection.forEach(function (x) { add(table, coverageRow(x.r, x.status, x.cited)); });
      add(sourceNode, add(sectionNode, table));
    });
    add(card, sourceNode);
  });
  add(document.getElementById('coverage'), card);
}
