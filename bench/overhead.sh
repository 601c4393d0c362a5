#!/usr/bin/env bash
# Prints figures, asserts nothing: the harness's own cost per request. Starts the reference server
# (scimconf serve, its own process), runs the default checks against it (--parallel 1, so requests go one at
# a time), then replays the requests the checks recorded in results.json against the same server, alternately
# through a bare HttpClient and through the harness's own client (bench/replay), after a warm-up of both.
# Both replays see the same server state (requests naming ids of the run answer 404 to both), so the
# difference of their times per request is the harness's client stack. Usage: bench/overhead.sh [--no-build]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
[[ "${1:-}" == "--no-build" ]] || {
  dotnet build "$root/src/ScimConformance.Cli" -c Release -v q -nologo > /dev/null
  dotnet build "$root/bench/replay/ReplayBench.csproj" -c Release -v q -nologo > /dev/null
}
dll="$(dotnet msbuild "$root/src/ScimConformance.Cli/ScimConformance.Cli.csproj" -getProperty:TargetPath -p:Configuration=Release)"
replay="$(dotnet msbuild "$root/bench/replay/ReplayBench.csproj" -getProperty:TargetPath -p:Configuration=Release)"
out="$(mktemp -d)"
export BENCH_SCIM_TOKEN="bench-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
port=$(( 20000 + RANDOM % 20000 ))
dotnet "$dll" serve --port "$port" --token-env BENCH_SCIM_TOKEN > "$out/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2> /dev/null || true; rm -rf "$out"' EXIT
for _ in $(seq 1 120); do grep -q "listening" "$out/serve.log" && break; sleep 0.5; done
base="http://127.0.0.1:$port/scim/v2"
echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) =="
begin=$(date +%s.%N)
dotnet "$dll" run --base-url "$base" --token-env BENCH_SCIM_TOKEN --seed 4242 --parallel 1 --out "$out/run" > "$out/run.console" 2>&1 || true
end=$(date +%s.%N)
awk -v b="$begin" -v e="$end" 'BEGIN { printf "scimconf run wall time (process start to exit): %.2f s\n", e - b }'
dotnet "$replay" "$out/run/results.json" BENCH_SCIM_TOKEN
