// The summary at the top: the verdict in words, counts, failures by severity, run facts, capabilities.

function readableTime(iso) {
  var m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.\d+)?(Z|[+-]\d\d:\d\d)?$/.exec(iso || '');
  return m ? m[1] + ' ' + m[2] + ' ' + (m[3] === 'Z' || m[3] === '+00:00' ? 'UTC' : m[3] || '') : iso;
}

function countOf(outcome) { return tests.filter(function (t) { return t.outcome === outcome; }).length; }

// The verdict is the exit gate's when the run recorded one (so the pill says Passed only when the exit code was 0);
// a results.json from before the gate was recorded falls back to the counts.
function verdict() {
  var gate = data.gate;
  var failed = countOf('fail'), errors = countOf('error'), ran = tests.length - countOf('skip');
  if (data.interrupted || (gate && gate.verdict === 'interrupted')) {
    return { css: 'interrupted', word: 'Interrupted', text: 'The run was stopped before every selected check ran; ' +
      plural(failed, 'check') + ' failed among those that did.' };
  }
  // The deciding reason; the gate panel below lists them all.
  var reason = gate && (gate.reasons || [])[0];
  if (gate && gate.verdict !== 'passed') return { css: 'fail', word: 'Failed', text: reason || '' };
  if (gate && failed + errors > 0) return { css: 'pass', word: 'Passed', text: reason || '' };
  if (!gate && failed + errors > 0) {
    var parts = [];
    if (failed) parts.push(plural(failed, 'check') + ' found the endpoint deviating from a MUST-level requirement');
    if (errors) parts.push(plural(errors, 'check') + ' could not decide (harness or network problem, not blamed on the endpoint)');
    return { css: 'fail', word: 'Failed', text: parts.join('; ') + '.' };
  }
  var warn = countOf('warn');
  return { css: 'pass', word: 'Passed', text: 'All ' + plural(ran, 'check') + ' that ran passed' +
    (warn ? ', with ' + plural(warn, 'SHOULD-level warning') : '') + '.' };
}

// The exit gate: its settings, the exit code and why; a results.json from before the gate was recorded has none.
function gatePanel() {
  var gate = data.gate;
  var panel = add(el('div', 'gate'), el('h3', null, 'Exit gate'));
  if (!gate) return add(panel, el('p', 'empty', 'This results.json does not record the gate (written by an older scimconf).'));
  add(panel, kv([
    ['Fail on', gate.failOn + ' (failures of this severity or higher fail the run' + (gate.failOn === 'low' ? ', and so do errors)' : ')')],
    ['Baseline', gate.baseline ? gate.baseline + ' (' + plural(gate.accepted, 'failure') + ' accepted)' : 'none'],
    ['Exit code', gate.exitCode]
  ]));
  var list = el('ul', 'gate-reasons');
  (gate.reasons || []).forEach(function (r) { add(list, el('li', null, r)); });
  return add(panel, list);
}

function countTiles() {
  var tiles = el('div', 'tiles');
  add(tiles, add(el('div', 'tile tile-total'), el('span', 'tile-n', tests.length), el('span', 'tile-label', 'checks')));
  OUTCOMES.forEach(function (o) {
    add(tiles, add(el('div', 'tile tile-' + cssToken(o)), el('span', 'tile-n', countOf(o)), el('span', 'tile-label', o)));
  });
  var bar = el('div', 'stackbar');
  bar.setAttribute('role', 'img');
  bar.setAttribute('aria-label', 'Share of checks per outcome');
  OUTCOMES.forEach(function (o) {
    var n = countOf(o);
    if (!n) return;
    var part = el('span', 'seg b-' + cssToken(o));
    part.style.width = (100 * n / Math.max(1, tests.length)) + '%';
    part.title = o + ': ' + n;
    add(bar, part);
  });
  return add(el('div'), tiles, bar);
}

function severityTable() {
  var failures = tests.filter(isFailure);
  var table = el('table', 'sev-table');
  // Accepted failures keep a column: "critical: 0 failed" must not hide four accepted critical failures.
  add(table, add(el('tr'), el('th', null, 'Severity'), el('th', 'num', 'Failed'), el('th', 'num', 'Errors'), el('th', 'num', 'Accepted')));
  SEVERITIES.forEach(function (s) {
    var f = failures.filter(function (t) { return t.severity === s && t.outcome === 'fail'; }).length;
    var e = failures.filter(function (t) { return t.severity === s && t.outcome === 'error'; }).length;
    var a = tests.filter(function (t) { return t.severity === s && t.outcome === 'accepted'; }).length;
    var row = add(el('tr', f + e + a ? 'has-failures' : 'none'), add(el('td'), severityChip(s)), el('td', 'num', f), el('td', 'num', e), el('td', 'num', a));
    add(table, row);
  });
  return table;
}

function capabilityChips(caps) {
  var box = el('div', 'chips');
  if (!caps) return add(box, el('p', 'empty', 'Discovery did not complete, so no capability is known.'));
  Object.keys(caps).forEach(function (k) {
    var value = caps[k];
    var chip;
    if (typeof value === 'boolean') {
      chip = el('span', 'chip ' + (value ? 'chip-on' : 'chip-off'), (value ? '\u2713 ' : '\u2717 ') + k);
    } else if (Array.isArray(value)) {
      chip = el('span', 'chip', k + ': ' + (value.length ? value.join(', ') : 'none'));
    } else {
      chip = el('span', 'chip', k + ': ' + value);
    }
    add(box, chip);
  });
  return box;
}

function renderSummary() {
  var target = data.target || {};
  var v = verdict();
  document.title = clean('SCIM conformance: ' + v.word + ' \u2013 ' + (target.baseUrl || ''));
  document.getElementById('subtitle').textContent = clean((target.baseUrl || '') + '  \u00b7  run ' + data.runId);
  add(document.getElementById('header-verdict'), el('span', 'verdict-pill v-' + v.css, v.word));

  var card = el('div', 'card summary-card');
  add(card, add(el('div', 'verdict v-' + v.css), el('strong', 'verdict-word', v.word), el('span', 'verdict-text', v.text)));
  add(card, gatePanel());

  var grid = el('div', 'summary-grid');
  add(grid, add(el('div', 'panel'), el('h3', null, 'Outcomes'), countTiles()));
  add(grid, add(el('div', 'panel'), el('h3', null, 'Failures by severity'), severityTable()));
  add(grid, add(el('div', 'panel'), el('h3', null, 'Run'), kv([
    ['Target', target.baseUrl], ['Authentication', target.authScheme], ['Run id', data.runId],
    ['Seed', data.seed], ['Started', readableTime(data.startedAt)], ['Duration', humanDuration(data.duration)],
    ['Harness version', data.harnessVersion], ['Report schema', data.schemaVersion]
  ])));
  add(card, grid);

  // Folded, so that the findings start on the first screen (issue 15): what the endpoint advertised and how to rerun.
  var details = add(el('details', 'run-details'), el('summary', null, 'Capabilities the endpoint advertises' + (data.command ? ', and the command that reproduces this run' : '')));
  add(details, el('h3', 'capabilities-title', 'Capabilities the endpoint advertises'), capabilityChips(data.capabilities));
  if (data.command) add(details, el('h3', null, 'Reproduce this run'), el('pre', 'command', data.command));
  add(card, details);

  var leftovers = data.leftovers || [];
  if (leftovers.length) {
    add(card, el('h3', 'alert', 'Resources the run could not delete (remove them by hand)'));
    var lt = add(el('table'), add(el('tr'), el('th', null, 'Resource'), el('th', null, 'Error')));
    leftovers.forEach(function (l) { add(lt, add(el('tr'), el('td', null, l.relativePath), el('td', null, l.cleanupError || ''))); });
    add(card, lt);
  }
  add(document.getElementById('summary'), card);
}
