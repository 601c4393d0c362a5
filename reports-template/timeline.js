// The lifecycle timeline: for each check that recorded one (the leaver checks), its steps in order, with
// the time since the first step, the request, the status, what the step showed and any measured delay.
// The section stays hidden when no check recorded a timeline.

function timelineTests() {
  return tests.filter(function (t) { return (t.timeline || []).length > 0; }).sort(byWorstThenId);
}

function millis(value) {
  if (value === null || value === undefined || value === '') return '';
  var n = Number(value);
  if (!isFinite(n)) return '';
  return n < 1000 ? Math.round(n) + ' ms' : (n / 1000).toFixed(2) + ' s';
}

function offsetText(step, first) {
  var a = Date.parse(step.at), b = Date.parse(first.at);
  if (isNaN(a) || isNaN(b)) return '';
  return '+' + millis(Math.max(0, a - b));
}

function timelineStep(step, first) {
  var item = el('li', 'tl-step ' + (step.expected === false ? 'tl-bad' : 'tl-ok'));
  item.setAttribute('data-expected', String(step.expected !== false));
  var head = el('div', 'tl-head');
  add(head, el('span', 'tl-offset', offsetText(step, first)), el('span', 'tl-action', step.action),
    el('span', 'tl-outcome', step.outcome));
  if (step.status !== null && step.status !== undefined) add(head, el('span', 'status ' + statusClass(step.status), step.status));
  add(item, head);
  var request = [step.method, step.path].filter(function (p) { return p; }).join(' ');
  var facts = [];
  if (step.count !== null && step.count !== undefined) {
    var rate = step.durationMs > 0 ? Math.round(step.count / (step.durationMs / 1000)) : null;
    facts.push(step.count + ' resources in ' + millis(step.durationMs) + (rate ? ' (' + rate + '/s)' : ''));
  } else if (step.durationMs !== null && step.durationMs !== undefined) {
    facts.push('took ' + millis(step.durationMs));
  }
  if (step.delayMs !== null && step.delayMs !== undefined) {
    facts.push(Number(step.delayMs) > 0 ? 'visible after ' + millis(step.delayMs) : 'visible at once');
  }
  add(item, add(el('div', 'tl-detail'), request ? el('code', 'tl-request', request) : null,
    facts.length ? el('span', 'muted small', facts.join(' \u00b7 ')) : null));
  if (step.note) add(item, el('div', 'tl-note muted small', step.note));
  if (step.subject) item.title = clean(step.subject) + (step.at ? ' \u00b7 ' + step.at : '');
  return item;
}

function renderTimeline() {
  var section = document.getElementById('timeline');
  var withTimeline = timelineTests();
  section.hidden = !withTimeline.length;
  if (!withTimeline.length) return;
  var card = el('div', 'card timeline-card');
  add(card, add(el('div', 'section-head'), el('h2', null, 'Lifecycle timeline'),
    el('span', 'muted', plural(withTimeline.length, 'check'))));
  add(card, el('p', 'muted small', 'What the leaver checks did, step by step: created, deactivated, deleted, confirmed gone. ' +
    'Red steps showed what the check did not want; a delay means the effect was not visible to the next request.'));
  withTimeline.forEach(function (t) {
    var block = el('div', 'timeline o-' + cssToken(t.outcome));
    block.setAttribute('data-test', String(t.id));
    add(block, add(el('div', 'tl-title'), testLink(t), el('span', 'title', t.title)));
    var list = el('ol', 'tl-steps');
    var first = t.timeline[0];
    t.timeline.forEach(function (step) { add(list, timelineStep(step, first)); });
    add(block, list);
    add(card, block);
  });
  add(section, card);
}
