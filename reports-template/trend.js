// The trend of earlier runs (`scimconf history`): passed, failed and (when the runs record them) findings per run,
// oldest to newest, as a small inline SVG drawn here and a table with the same numbers. Failures and passes get a
// scale each, so five failures beside three hundred passes still show. Hidden unless the report was given history.

var SVG_NS = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, title) {
  var node = document.createElementNS(SVG_NS, tag);
  Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
  if (title !== undefined) { var t = document.createElementNS(SVG_NS, 'title'); t.textContent = clean(title); node.appendChild(t); }
  return node;
}

function svgText(x, y, value, anchor, cls) {
  var t = svg('text', { x: x, y: y, 'text-anchor': anchor || 'middle', 'class': cls || '' });
  t.textContent = clean(value);
  return t;
}

function runDate(iso) { return String(readableTime(iso) || '').replace(/:\d\d UTC$/, ' UTC'); }

function failedOf(p) { return (p.fail || 0) + (p.error || 0); }

function trendChart(points) {
  var col = 84, left = 44, width = left + points.length * col + 8, height = 214;
  var withFindings = points.some(function (p) { return typeof p.findings === 'number'; });
  var maxFailed = Math.max(1, Math.max.apply(null, points.map(function (p) { return Math.max(failedOf(p), p.findings || 0); })));
  var maxPassed = Math.max(1, Math.max.apply(null, points.map(function (p) { return p.pass || 0; })));
  var chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, width: width, height: height, role: 'img', 'class': 'trend-chart' });
  chart.setAttribute('aria-label', 'Failed, passed' + (withFindings ? ' and findings' : '') + ' per run, oldest to newest');
  // Failures (fail + error) from y 16 to 86, passes from 110 to 170, dates below.
  var panels = [{ top: 16, h: 70, label: 'failed', max: maxFailed, value: failedOf, fill: '#d1242f' },
                { top: 110, h: 60, label: 'passed', max: maxPassed, value: function (p) { return p.pass || 0; }, fill: '#1a7f37' }];
  panels.forEach(function (panel) {
    chart.appendChild(svg('line', { x1: left, x2: width - 4, y1: panel.top + panel.h, y2: panel.top + panel.h, stroke: '#bbb' }));
    chart.appendChild(svgText(left - 6, panel.top + panel.h / 2 + 4, panel.label, 'end'));
  });
  var every = Math.max(1, Math.ceil(points.length / 12));
  var findingLine = [];
  points.forEach(function (p, i) {
    var x = left + i * col + col / 2;
    panels.forEach(function (panel) {
      var v = panel.value(p), h = Math.round(panel.h * v / panel.max);
      chart.appendChild(svg('rect', { x: x - 14, y: panel.top + panel.h - h, width: 28, height: Math.max(h, v ? 1 : 0), fill: panel.fill,
        'class': 'trend-bar trend-' + panel.label, 'data-run': p.runId }, runDate(p.startedAt) + ' \u00b7 run ' + p.runId + ': ' + v + ' ' + panel.label));
      chart.appendChild(svgText(x, panel.top + panel.h - h - 3, v, 'middle', 'trend-value'));
    });
    if (typeof p.findings === 'number') {
      var y = panels[0].top + panels[0].h - Math.round(panels[0].h * p.findings / panels[0].max);
      findingLine.push(x + ',' + y);
      chart.appendChild(svg('circle', { cx: x, cy: y, r: 3.5, fill: '#8250df', 'class': 'trend-finding' }, runDate(p.startedAt) + ': ' + plural(p.findings, 'finding')));
    }
    if (i % every === 0 || i === points.length - 1) {
      var date = runDate(p.startedAt).split(' ');
      chart.appendChild(svgText(x, 188, date[0], 'middle', 'trend-date'));
      chart.appendChild(svgText(x, 201, date.slice(1).join(' '), 'middle', 'trend-time'));
    }
  });
  if (findingLine.length > 1) chart.insertBefore(svg('polyline', { points: findingLine.join(' '), fill: 'none', stroke: '#8250df', 'stroke-width': 2 }), chart.firstChild);
  return chart;
}

function trendTable(points) {
  var withFindings = points.some(function (p) { return typeof p.findings === 'number'; });
  var head = add(el('tr'), el('th', null, 'Run started'), el('th', null, 'Run'), el('th', null, 'Verdict'),
    el('th', 'num', 'Passed'), el('th', 'num', 'Failed'), el('th', 'num', 'Errors'), el('th', 'num', 'Warnings'), el('th', 'num', 'Accepted'));
  if (withFindings) add(head, el('th', 'num', 'Findings'));
  var table = add(el('table', 'trend-table'), head);
  points.forEach(function (p, i) {
    var row = add(el('tr', i === points.length - 1 ? 'trend-current' : null), el('td', 'nowrap', runDate(p.startedAt)),
      el('td', null, p.runId + (i === points.length - 1 ? ' (this run)' : '')), el('td', null, p.verdict),
      el('td', 'num', p.pass || 0), el('td', 'num', p.fail || 0), el('td', 'num', p.error || 0), el('td', 'num', p.warn || 0), el('td', 'num', p.accepted || 0));
    if (withFindings) add(row, el('td', 'num', typeof p.findings === 'number' ? p.findings : '\u2013'));
    add(table, row);
  });
  return table;
}

function renderTrend() {
  var points = (data.history || []).filter(function (p) { return p && p.runId; });
  var section = document.getElementById('trend');
  section.hidden = points.length < 2;
  if (section.hidden) return;
  var card = add(el('div', 'card trend-card'), add(el('div', 'section-head'), el('h2', null, 'Trend'),
    el('span', 'muted', plural(points.length, 'run') + ', oldest to newest; this run last')));
  add(card, el('p', 'muted small', 'Failed counts failures and errors. Hover a bar for its run; the table has the same numbers.'));
  add(card, trendChart(points), trendTable(points));
  add(section, card);
}
