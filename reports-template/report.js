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

// Print shows every detail: open them all before printing and restore what the reader had after.
var openedForPrint = [];
function expandForPrint() {
  openedForPrint = [];
  document.querySelectorAll('details').forEach(function (d) {
    if (!d.open) { d.open = true; openedForPrint.push(d); }
  });
}
function restoreAfterPrint() {
  openedForPrint.forEach(function (d) { d.open = false; });
  openedForPrint = [];
}

function renderSummaryAndResults() {
  renderCompatibility();
  renderSummary();
  renderFindings();
  renderControls();
  renderFailures();
  renderAccepted();
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
