// Identity-provider compatibility: one row per provider with its verdict and the steps that failed or warned (what a
// reader acts on); the full matrix (one column per replayed step, each cell the step's outcome as a word) is behind a
// toggle, since with many providers it is wide and mostly "not replayed". Hidden when no check replays a provider.

var VERDICT_TEXT = {
  compatible: 'Compatible',
  incompatible: 'Incompatible',
  unconfirmed: 'Unconfirmed'
};

function compatibilityProviders() {
  return ((data.compatibility || {}).providers || []).filter(function (p) { return p && p.provider; });
}

function stepCell(step) {
  var cell = el('td', 'compat-cell o-' + cssToken(step.outcome));
  cell.setAttribute('data-outcome', String(step.outcome));
  add(cell, badge(step.outcome));
  if (step.confidence && step.confidence !== 'high') add(cell, el('span', 'muted small compat-confidence', ' ' + step.confidence + ' confidence'));
  cell.title = (step.testIds || []).join(', ');
  return cell;
}

function renderCompatibility() {
  var section = document.getElementById('compatibility');
  var providers = compatibilityProviders();
  section.hidden = !providers.length;
  if (!providers.length) return;

  var stepNames = [];
  providers.forEach(function (p) {
    (p.steps || []).forEach(function (s) { if (stepNames.indexOf(s.step) < 0) stepNames.push(s.step); });
  });
  stepNames.sort();

  var card = el('div', 'card compat-card');
  add(card, add(el('div', 'section-head'), el('h2', null, 'Identity-provider compatibility'),
    el('span', 'muted', plural(providers.length, 'provider'))));
  add(card, el('p', 'muted small', 'Each identity provider\u2019s provisioning steps replayed against the endpoint. ' +
    'A provider is incompatible when a high-confidence step fails; a failing medium- or low-confidence step, ' +
    'or a step the harness could not decide, leaves it unconfirmed.'));

  add(card, providerSummary(providers));
  var full = add(el('details', 'compat-full'), el('summary', null, 'Full step matrix (' + plural(stepNames.length, 'step') + ')'));
  add(full, add(el('div', 'compat-scroll'), stepMatrix(providers, stepNames)));
  add(card, full);
  add(section, card);
}

// A step cell of the summary: its outcome, name and confidence below high, linked to the first check replaying it.
function stepEntry(step) {
  var entry = el('a', 'test-link compat-step-link');
  if ((step.testIds || []).length) entry.href = '#' + anchorId(step.testIds[0]);
  entry.title = (step.testIds || []).join(', ');
  add(entry, badge(step.outcome), el('span', 'tid', step.step + (step.confidence && step.confidence !== 'high' ? ' (' + step.confidence + ' confidence)' : '')));
  return entry;
}

function providerSummary(providers) {
  var table = add(el('table', 'compat-summary'), add(el('tr'), el('th', null, 'Provider'), el('th', null, 'Verdict'),
    el('th', null, 'Failing steps'), el('th', null, 'Warning steps'), el('th', null, 'Other steps')));
  providers.forEach(function (p) {
    var steps = p.steps || [];
    function cell(filter) {
      var td = el('td', 'compat-steps');
      var matching = steps.filter(filter);
      if (!matching.length) return add(td, el('span', 'muted', 'none'));
      matching.forEach(function (s) { add(td, stepEntry(s)); });
      return td;
    }
    var others = steps.filter(function (s) { return !isFailure(s) && s.outcome !== 'warn'; });
    var counts = {};
    others.forEach(function (s) { counts[s.outcome] = (counts[s.outcome] || 0) + 1; });
    var row = el('tr', 'compat-summary-row');
    row.setAttribute('data-provider', String(p.provider));
    add(row, el('th', 'compat-provider', p.provider), el('td', 'compat-verdict v-' + cssToken(p.verdict), VERDICT_TEXT[p.verdict] || String(p.verdict)),
      cell(isFailure), cell(function (s) { return s.outcome === 'warn'; }),
      el('td', 'muted', Object.keys(counts).sort().map(function (o) { return counts[o] + ' ' + o; }).join(', ') || 'none'));
    add(table, row);
  });
  return table;
}

function stepMatrix(providers, stepNames) {
  var table = el('table', 'compat-table');
  var head = add(el('tr'), el('th', null, 'Provider'), el('th', null, 'Verdict'));
  stepNames.forEach(function (name) { add(head, el('th', 'compat-step', name)); });
  add(table, head);
  providers.forEach(function (p) {
    var row = el('tr', 'compat-row');
    row.setAttribute('data-provider', String(p.provider));
    var verdict = el('td', 'compat-verdict v-' + cssToken(p.verdict), VERDICT_TEXT[p.verdict] || String(p.verdict));
    add(row, el('th', 'compat-provider', p.provider), verdict);
    var byStep = {};
    (p.steps || []).forEach(function (s) { byStep[s.step] = s; });
    stepNames.forEach(function (name) {
      add(row, byStep[name] ? stepCell(byStep[name]) : el('td', 'compat-cell compat-none muted', 'not replayed'));
    });
    add(table, row);
  });
  return table;
}
