#!/usr/bin/env bash
# Runs every test of the harness itself, with coverage, and ends with "N passed, N failed, N skipped".
# Works on a fresh machine: it restores the local dotnet tools and NuGet packages it needs.
set -uo pipefail
cd "$(dirname "$0")"

results_dir="TestResults"
rm -rf "$results_dir" coverage
mkdir -p "$results_dir"

dotnet tool restore >/dev/null || { echo "dotnet tool restore failed"; exit 1; }

# The browser tests drive the distribution's Chromium through Playwright (never Playwright's own download).
command -v chromium >/dev/null || { apt-get update -qq >/dev/null && apt-get install -y -qq chromium >/dev/null; } \
  || { echo "installing chromium failed"; exit 1; }

dotnet build tests/ScimConformance.Tests -c Release -nologo -v quiet 2>&1 | tail -n 30
if [ "${PIPESTATUS[0]}" -ne 0 ]; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

# The defect and benign switch runs start with the first test, so they fill the cores while fixtures that must run
# alone hold one worker (tests/ScimConformance.Tests/RunHostsSetUp.cs).
SCIMCONF_SWITCH_RUNS_EARLY=1 dotnet test tests/ScimConformance.Tests -c Release --no-build -nologo \
  --results-directory "$results_dir" \
  --logger "trx;LogFileName=tests.trx" \
  --logger "junit;LogFilePath=$PWD/$results_dir/junit.xml" \
  --logger "console;verbosity=minimal" \
  --collect:"XPlat Code Coverage" \
  -- NUnit.NumberOfTestWorkers=2 \
  | tee "$results_dir/console.log"
test_status=${PIPESTATUS[0]}

scripts/coverage-summary.sh "$results_dir" coverage || echo "coverage report could not be rendered"
scripts/trx-summary.sh "$results_dir/tests.trx"
summary_status=$?

if [ "$test_status" -ne 0 ] || [ "$summary_status" -ne 0 ]; then exit 1; fi
exit 0
