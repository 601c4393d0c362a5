// Search and filters by outcome, area and severity; they hide rows, never re-render them.

var filterState = { text: '', outcomes: {}, area: '', severity: '' };
var filterInputs = {};
OUTCOMES.forEach(function (o) { filterState.outcomes[o] = true; });

function searchable(t) {
  return [t.id, t.title, t.area, t.severity, t.outcome, t.message, t.remediation, t.fullName,
    (t.requirements || []).join(' ')].join(' ').toLowerCase();
}

function select(label, allText, values, onChange) {
  var box = el('select');
  box.setAttribute('aria-label', label);
  var all = el('option', null, allText);
  all.value = '';
  add(box, all);
  values.forEach(function (v) { var opt = el('option', null, v); opt.value = v; add(box, opt); });
  box.addEventListener('change', function () { onChange(box.value); applyFilters(); });
  return box;
}

function renderControls() {
  var bar = el('div', 'card controls');
  var search = el('input');
  search.type = 'search';
  search.id = 'filter-text';
  search.placeholder = 'Search id, title, requirement, message\u2026';
  search.setAttribute('aria-label', 'Search checks');
  search.addEventListener('input', function () { filterState.text = search.value.toLowerCase(); applyFilters(); });
  filterInputs.text = search;
  add(bar, search);

  var outcomes = el('div', 'outcome-filters');
  outcomes.setAttribute('role', 'group');
  outcomes.setAttribute('aria-label', 'Outcomes');
  OUTCOMES.forEach(function (o) {
    var label = el('label', 'toggle');
    var box = el('input');
    box.type = 'checkbox';
    box.checked = true;
    box.value = o;
    box.name = 'outcome';
    box.addEventListener('change', function () { filterState.outcomes[o] = box.checked; applyFilters(); });
    filterInputs['outcome-' + o] = box;
    add(outcomes, add(label, box, badge(o)));
  });
  add(bar, outcomes);

  filterInputs.area = select('Area', 'All areas', areas(), function (v) { filterState.area = v; });
  var severities = SEVERITIES.filter(function (s) { return tests.some(function (t) { return t.severity === s; }); });
  filterInputs.severity = select('Severity', 'All severities', severities, function (v) { filterState.severity = v; });
  add(bar, filterInputs.area, filterInputs.severity, el('span', 'shown muted', ''));
  add(document.getElementById('controls'), bar);
}

function matches(t) {
  return filterState.outcomes[t.outcome] !== false &&
    (!filterState.area || t.area === filterState.area) &&
    (!filterState.severity || t.severity === filterState.severity) &&
    (!filterState.text || searchable(t).indexOf(filterState.text) >= 0);
}

function applyFilters() {
  var shown = 0;
  document.querySelectorAll('#failures details.test, #results details.test, #results .test-ref').forEach(function (node) {
    var visible = matches(node.scimTest);
    node.classList.toggle('hidden', !visible);
  });
  tests.forEach(function (t) { if (matches(t)) shown++; });
  document.querySelectorAll('#results section.area').forEach(function (section) {
    section.classList.toggle('hidden', !section.querySelector('details.test:not(.hidden), .test-ref:not(.hidden)'));
  });
  var label = document.querySelector('.controls .shown');
  if (label) label.textContent = shown === tests.length ? plural(tests.length, 'check') : shown + ' of ' + plural(tests.length, 'check') + ' shown';
}

function resetFilters() {
  filterState.text = '';
  filterState.area = '';
  filterState.severity = '';
  filterInputs.text.value = '';
  filterInputs.area.value = '';
  filterInputs.severity.value = '';
  OUTCOMES.forEach(function (o) { filterState.outcomes[o] = true; filterInputs['outcome-' + o].checked = true; });
  applyFilters();
}
