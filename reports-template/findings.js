// Findings: the run's failures grouped by cause, most severe first. Each names its checks (links to their rows below),
// the requirements it breaks, its cause and a copy-paste curl reproduction ($SCIM_TOKEN stands for the credential).

function findingReproduction(r) {
  var box = el('div', 'repro');
  var answered = r.status === null || r.status === undefined ? 'no answer' : 'answered ' + r.status;
  var from = el('p', 'repro-from');
  var link = el('a', null, r.check);
  link.href = '#' + anchorId(r.check);
  add(from, text('Reproduce (from '), link, text(', ' + answered + '):'));
  var command = el('pre', 'command curl', r.curl);
  var copy = el('button', 'copy', 'Copy');
  copy.type = 'button';
  copy.addEventListener('click', function () {
    if (navigator.clipboard) navigator.clipboard.writeText(r.curl).then(function () { copy.textContent = 'Copied'; }, function () { copy.textContent = 'Select and copy'; });
  });
  add(box, from, command, copy);
  if (r.expected || r.observed) add(box, kv([['Expected', r.expected || ''], ['Observed', r.observed || '']]));
  return box;
}

function renderFinding(f) {
  var node = el('article', 'finding sevb-' + cssToken(f.severity));
  node.id = 'finding-' + cssToken(f.id);
  add(node, add(el('h3'), el('span', 'fid', f.id), severityChip(f.severity), text(' ' + f.title)));
  add(node, add(el('p', 'cause'), el('strong', null, 'Cause: '), text(f.cause)));
  var checks = el('p', 'finding-checks');
  add(checks, el('strong', null, plural((f.checks || []).length, 'check') + ': '));
  (f.checks || []).forEach(function (id, i) {
    var link = el('a', null, id);
    link.href = '#' + anchorId(id);
    add(checks, i ? text(', ') : null, link);
  });
  add(node, checks);
  if ((f.requirements || []).length) add(node, add(el('details', 'finding-reqs'), el('summary', null, 'Breaks ' + plural(f.requirements.length, 'requirement')), requirementList(f.requirements)));
  if (f.reproduction) add(node, findingReproduction(f.reproduction));
  return node;
}

function renderFindings() {
  var findings = data.findings || [];
  var section = document.getElementById('findings');
  if (!section) return;
  section.hidden = findings.length === 0;
  if (!findings.length) return;
  var failed = findings.reduce(function (n, f) { return n + (f.checks || []).length; }, 0);
  var card = add(el('div', 'card'), el('h2', null, 'Findings (' + findings.length + ')'),
    el('p', 'note', plural(failed, 'failed check') + ' grouped by cause, most severe first. Each check links to its evidence below.'));
  findings.forEach(function (f) { add(card, renderFinding(f)); });
  add(section, card);
}
