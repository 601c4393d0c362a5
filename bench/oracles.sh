#!/usr/bin/env bash
# Prints (asserts nothing): BenchmarkDotNet figures for the filter and PATCH oracles (bench/oracles/).
# Usage: bench/oracles.sh [BenchmarkDotNet arguments]
#   no arguments      every benchmark with --job short (the default job takes far longer)
#   --job dry         one-invocation smoke run;  --job default  the full, slow measurement
#   --filter '*Patch*'  a subset;  --describe  print what each case does to the data instead of timing it
# Results land in bench/oracles/BenchmarkDotNet.Artifacts/ (git-ignored) unless --artifacts says otherwise.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

args=("$@")
[[ $# -eq 0 ]] && args=(--job short)
has() { local wanted; for wanted in "$@"; do for a in "${args[@]}"; do [[ "$a" == "$wanted" ]] && return 0; done; done; return 1; }
has --describe || {
  has --filter -f || args=(--filter '*' "${args[@]}")
  has --artifacts || args=(--artifacts "$root/bench/oracles/BenchmarkDotNet.Artifacts" "${args[@]}")
}

dotnet run -c Release --project "$root/bench/oracles/OracleBenchmarks.csproj" -- "${args[@]}"
