// Failures the baseline accepts: their own table right after the failures, with counts by severity, so a
// known critical failure never disappears from the page just because it no longer gates the run.

function renderAccepted() {
  var accepted = tests.filter(function (t) { return t.outcome === 'accepted'; }).sort(function (a, b) {
    var r = severityRank(a.severity) - severityRank(b.severity);
    return r !== 0 ? r : String(a.id).localeCompare(String(b.id));
  });
  var section = document.getElementById('accepted');
  section.hidden = !accepted.length;
  if (!accepted.length) return;
  var bySeverity = SEVERITIES.map(function (s) {
    var n = accepted.filter(function (t) { return t.severity === s; }).length;
    return n ? n + ' ' + s : null;
  }).filter(Boolean);
  var card = add(el('div', 'card accepted-card'), add(el('div', 'section-head'),
    el('h2', null, 'Accepted by the baseline'), el('span', 'muted', plural(accepted.length, 'known failure') + ': ' + bySeverity.join(', '))));
  add(card, el('p', 'muted small', 'These checks still fail; the baseline lists them, so they do not change the exit code. ' +
    'Each one\u2019s evidence is under its area below.'));
  var table = add(el('table', 'accepted-table'), add(el('tr'), el('th', null, 'Check'), el('th', null, 'Severity'),
    el('th', null, 'Title'), el('th', null, 'What happened')));
  accepted.forEach(function (t) {
    add(table, add(el('tr'), add(el('td'), testLink(t)), add(el('td'), severityChip(t.severity)),
      el('td', null, t.title), el('td', 'message-line', String(t.message || '').split('\n')[0])));
  });
  add(section, add(card, table));
}
