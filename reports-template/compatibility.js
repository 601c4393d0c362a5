// The identity-provider compatibility matrix: one row per provider, one column per replayed step, each
// cell the step's outcome as a word. The section stays hidden when no check replays a provider.

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
  add(card, add(el('div', 'compat-scroll'), table));
  add(section, card);
}
