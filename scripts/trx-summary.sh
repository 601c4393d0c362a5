#!/usr/bin/env bash
# Prints the closing "N passed, N failed, N skipped" line from a TRX file; exits 1 when a test failed or none ran.
set -uo pipefail
trx="$1"
if [ ! -f "$trx" ]; then
  echo "no test results at $trx"
  echo "0 passed, 1 failed"
  exit 1
fi
counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
total=$(get total); passed=$(get passed); failed=$(get failed); errors=$(get error)
timeouts=$(get timeout); aborted=$(get aborted)
failed=$((failed + errors + timeouts + aborted))
skipped=$((total - passed - failed))
[ "$skipped" -lt 0 ] && skipped=0
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
