// Builds the page, then keeps #test-ID links and printing working.

function openFromHash() {
  if (!location.hash) return;
  var id;
  try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { return; }
  var node = document.getElementById(id);
  if (!node || node.tagName !== 'DETAILS') return;
  if (node.classList.contains('hidden')) resetFilters();
  node.open = true;
  node.scrollIntoView();
}

// Paper holds the verdict, the findings and the failures (print.css hides the rest). Before printing, their checks
// open, with the exchanges marked as evidence; everything else stays as the reader left it and is restored after.
var openedForPrint = [];
function expandForPrint() {
  openedForPrint = [];
  document.querySelectorAll('#findings details, #failures details.test, #failures details.exchange.evidence').forEach(function (d) {
    if (!d.open) { d.open = true; openedForPrint.push(d); }
  });
}
function restoreAfterPrint() {
  openedForPrint.forEach(function (d) { d.open = false; });
  openedForPrint = [];
}

function renderSummaryAndResults() {
  // The static view is for viewers where this script cannot run; here the full page replaces it.
  var fallback = document.getElementById('static-report');
  if (fallback) fallback.parentNode.removeChild(fallback);
  renderCompatibility();
  renderSummary();
  renderFindings();
  renderControls();
  renderFailures();
  renderAccepted();
  renderTrend();
  renderTimeline();
  renderResults();
  renderCoverage();
  renderLatency();
  applyFilters();
  document.getElementById('footer').textContent = clean('scimconf ' + (data.harnessVersion || '') +
    ' \u00b7 report schema ' + (data.schemaVersion || '') + ' \u00b7 results.json beside this file holds the same data.');
}

renderSummaryAndResults();
window.addEventListener('hashchange', openFromHash);
window.addEventListener('beforeprint', expandForPrint);
window.addEventListener('afterprint', restoreAfterPrint);
openFromHash();
