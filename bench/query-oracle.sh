#!/usr/bin/env bash
# Prints (asserts nothing): the filter oracle's evaluation rate, and the wall time of the whole Query suite
# against the local reference server (scimconf run --demo --include area:Query).
# Usage: bench/query-oracle.sh [filters] [resources] [generated filters for QRY-001]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
filters="${1:-1000}"
resources="${2:-500}"
generated="${3:-200}"

echo "== filter oracle =="
dotnet run --project "$root/bench/query-oracle/QueryOracleBench.csproj" -c Release -- "$root" "$filters" "$resources"

echo "== Query suite against the reference server (--generated $generated) =="
dotnet build "$root/src/ScimConformance.Cli" -c Release -v q -nologo > /dev/null
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
begin=$(date +%s.%N)
dotnet run --project "$root/src/ScimConformance.Cli" -c Release --no-build -- \
  run --demo --include area:Query --generated "$generated" --seed 4242 --out "$out" > "$out/console.txt" || true
end=$(date +%s.%N)
grep -E "^(PASSED|FAILED)" "$out/console.txt" || tail -3 "$out/console.txt"
awk -v b="$begin" -v e="$end" 'BEGIN { printf "query suite wall time: %.1f s (including server start and discovery)\n", e - b }'
