#!/usr/bin/env bash
# Mutation score of the harness: runs `scimconf run --demo --defect NAME` once per reference-server switch
# (every real defect and every benign variation), then `scimconf mutation-score` judges the runs and prints
#   defects: N, caught: M (P%), benign: K, false failures: F
# A defect is caught when exactly its named checks fail; a benign variation must make nothing fail or error.
# Usage: scripts/mutation-score.sh [RUNS_DIR]   (default: a temporary folder; mutation-score.json is written there)
# Set SCIMCONF to a command that runs the CLI (default: dotnet <Release build>/scimconf.dll, built if missing).
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-$(mktemp -d -t scimconf-mutation-XXXXXX)}"
mkdir -p "$runs"
if [ -z "${SCIMCONF:-}" ]; then
  dll=$(find "${SCIMCONF_ARTIFACTS:-$root/artifacts}/bin/ScimConformance.Cli" "$root/src/ScimConformance.Cli/bin" -ipath '*release*' -name scimconf.dll -not -path '*/ref/*' 2>/dev/null | head -n 1)
  if [ -z "$dll" ]; then
    dotnet build -c Release "$root/src/ScimConformance.Cli" >/dev/null || { echo "build failed"; exit 2; }
    dll=$(find "${SCIMCONF_ARTIFACTS:-$root/artifacts}/bin/ScimConformance.Cli" "$root/src/ScimConformance.Cli/bin" -ipath '*release*' -name scimconf.dll -not -path '*/ref/*' 2>/dev/null | head -n 1)
  fi
  SCIMCONF="dotnet $dll"
fi
start=$(date +%s)
names=$($SCIMCONF mutation-score --list) || { echo "cannot list the switches"; exit 2; }
for name in $names; do
  # Exit code 1 (checks failed) is the expected outcome for a defect; the score reads results.json, not the code.
  NO_COLOR=1 $SCIMCONF run --demo --defect "$name" --seed 4242 --out "$runs/$name" >"$runs/$name.log" 2>&1
  printf '%-45s exit %s\n' "$name" "$?"
done
NO_COLOR=1 $SCIMCONF mutation-score --runs "$runs"
status=$?
echo "runs in $runs ($(( $(date +%s) - start )) s)"
exit $status
