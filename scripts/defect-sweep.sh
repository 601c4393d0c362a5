#!/usr/bin/env bash
# The full defect sweep: every defect switch of the reference server against every check of the harness, as the
# end-to-end DefectSwitchTests ran before ./test.sh narrowed each switch to the checks it can reach (see
# docs/defects.md, "How the end-to-end tests run the switches"). Slower (about one full run per switch); run it
# before a release or after changing how checks share state. Prints "N passed, N failed" like ./test.sh.
set -uo pipefail
cd "$(dirname "$0")/.."
results_dir="TestResults/defect-sweep"
rm -rf "$results_dir"
mkdir -p "$results_dir"
dotnet build tests/ScimConformance.Tests -c Release -nologo -v quiet 2>&1 | tail -n 30
if [ "${PIPESTATUS[0]}" -ne 0 ]; then echo "build failed"; echo "0 passed, 1 failed"; exit 1; fi
SCIMCONF_DEFECT_SWEEP=full dotnet test tests/ScimConformance.Tests -c Release --no-build -nologo \
  --filter "FullyQualifiedName~EndToEnd.DefectSwitchTests" \
  --results-directory "$results_dir" --logger "trx;LogFileName=tests.trx" --logger "console;verbosity=minimal" \
  -- NUnit.NumberOfTestWorkers=2
test_status=$?
scripts/trx-summary.sh "$results_dir/tests.trx"
summary_status=$?
if [ "$test_status" -ne 0 ] || [ "$summary_status" -ne 0 ]; then exit 1; fi
exit 0
