// Shared helpers of the report page. The page's scripts are concatenated into one function scope by
// HtmlTemplate, in the order it lists them. Everything the endpoint sent is inserted as text
// (textContent / createTextNode), never parsed as HTML, so a hostile response cannot run script here.

// Worst first: the order of sections, badges and sorting.
var KNOWN_OUTCOMES = ['fail', 'error', 'warn', 'accepted', 'skip', 'notRun', 'pass'];
var SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
var data = JSON.parse(document.getElementById('run-data').textContent);
var tests = data.tests || [];
var catalogue = data.catalogue || [];
var requirementById = {};
catalogue.forEach(function (r) { requirementById[r.id] = r; });

// Outcomes this run can show: the known ones, then any newer value the data carries.
var OUTCOMES = KNOWN_OUTCOMES.filter(function (o) { return (o !== 'accepted' && o !== 'notRun') || tests.some(function (t) { return t.outcome === o; }); });
tests.forEach(function (t) { if (OUTCOMES.indexOf(t.outcome) < 0) OUTCOMES.push(String(t.outcome)); });

// Terminal escape sequences, control characters (but newline, carriage return and tab) and bidi controls, which an
// endpoint could use to make the page show text in another order than it has ("Trojan Source"): every text node drops them.
var UNSAFE_TEXT = /\u001b\[[0-?]*[ -\/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function clean(value) { return String(value).replace(UNSAFE_TEXT, ''); }

function el(tag, className, text) {
  var node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = clean(text);
  return node;
}

function add(parent) {
  for (var i = 1; i < arguments.length; i++) {
    if (arguments[i]) parent.appendChild(arguments[i]);
  }
  return parent;
}

function text(value) { return document.createTextNode(clean(value)); }

function kv(pairs) {
  var dl = el('dl', 'kv');
  pairs.forEach(function (p) {
    if (p[1] === undefined || p[1] === null || p[1] === '') return;
    var dd = el('dd');
    if (p[1] instanceof Node) add(dd, p[1]); else dd.textContent = clean(p[1]);
    add(dl, el('dt', null, p[0]), dd);
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

// Ids become fragment identifiers; anything outside a safe alphabet is replaced, so a link built
// from an id can only ever point inside this page.
function anchorId(id) { return 'test-' + String(id).replace(/[^A-Za-z0-9_-]/g, '_'); }

function outcomeRank(o) { var i = OUTCOMES.indexOf(o); return i < 0 ? 99 : i; }
function severityRank(s) { var i = SEVERITIES.indexOf(s); return i < 0 ? 99 : i; }
function cssToken(value) { return String(value).replace(/[^a-z0-9-]/gi, ''); }

function badge(outcome) { return el('span', 'badge b-' + cssToken(outcome), outcome); }
function severityChip(severity) { return el('span', 'sev sev-' + cssToken(severity), severity); }

function pretty(body) {
  if (body === undefined || body === null || body === '') return '';
  try { return JSON.stringify(JSON.parse(body), null, 2); } catch (e) { return body; }
}

function plural(n, one, many) { return n + ' ' + (n === 1 ? one : (many || one + 's')); }

function testLink(t) {
  var link = el('a', 'test-link');
  link.href = '#' + anchorId(t.id);
  add(link, badge(t.outcome), el('span', 'tid', t.id));
  link.title = t.title;
  return link;
}

function isFailure(t) { return t.outcome === 'fail' || t.outcome === 'error'; }

function byWorstThenId(a, b) {
  var r = outcomeRank(a.outcome) - outcomeRank(b.outcome);
  if (r !== 0) return r;
  r = severityRank(a.severity) - severityRank(b.severity);
  return r !== 0 ? r : String(a.id).localeCompare(String(b.id));
}

// A link out of the page (the RFC section, OWASP or CWE page the report computed); only https URLs become links.
function outLink(url, child) {
  if (typeof url !== 'string' || url.indexOf('https://') !== 0) return child;
  var a = el('a', 'out-link');
  a.href = url;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return add(a, child);
}

function requirementLink(id) {
  var r = requirementById[id];
  var code = el('code', 'req-id', id);
  if (r && r.url) code.title = r.source + ' \u00a7' + r.section;
  return outLink(r && r.url, code);
}

function cweLink(cwe) { return outLink((data.weaknessLinks || {})[cwe], el('span', 'cwe', cwe)); }
