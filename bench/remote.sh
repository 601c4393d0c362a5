#!/usr/bin/env bash
# Prints figures, asserts nothing: the default run against an endpoint that is far away and, optionally, rate-limited.
# Starts the reference server (scimconf serve) and, in front of it on 127.0.0.1, a proxy (bench/remote/proxy) that
# delays every request by --delay-ms and, with --rate R, answers 429 + Retry-After beyond R requests per second. Runs
# the default checks through the proxy with default flags, then the same seed straight against the server, and prints
# wall time, requests sent, the longest chain of dependent requests (critical path), the lower bound it implies, and
# whether the two runs reached the same verdicts.
# With --rate R the harness is told the limit (--max-rps R), as a vendor who knows it would; --no-max-rps leaves it
# to learn from the 429s. Extra flags after -- go to `scimconf run`.
# BENCH_KEEP=DIR keeps the reports, consoles and the proxy log there.
# Usage: bench/remote.sh [--delay-ms 50] [--rate R] [--no-max-rps] [--no-build] [-- scimconf run flags]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
delay=50; rate=""; tell=1; build=1; extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --delay-ms) delay="$2"; shift 2 ;;
    --rate) rate="$2"; shift 2 ;;
    --no-max-rps) tell=0; shift ;;
    --no-build) build=0; shift ;;
    --) shift; extra=("$@"); break ;;
    *) echo "unknown option $1 (see the usage line at the top of $0)" >&2; exit 2 ;;
  esac
done
if [[ $build == 1 ]]; then
  dotnet build "$root/src/ScimConformance.Cli" -c Release -v q -nologo > /dev/null
  dotnet build "$root/bench/remote/proxy/RemoteProxy.csproj" -c Release -v q -nologo > /dev/null
fi
dll="$(dotnet msbuild "$root/src/ScimConformance.Cli/ScimConformance.Cli.csproj" -getProperty:TargetPath -p:Configuration=Release)"
proxy_dll="$(dotnet msbuild "$root/bench/remote/proxy/RemoteProxy.csproj" -getProperty:TargetPath -p:Configuration=Release)"
[[ -f "$dll" && -f "$proxy_dll" ]] || { echo "scimconf or the proxy is not built ($dll, $proxy_dll): drop --no-build" >&2; exit 2; }
out="$(mktemp -d)"
export BENCH_SCIM_TOKEN="bench-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
port=$(( 20000 + RANDOM % 20000 )); proxy_port=$(( port + 1 ))
dotnet "$dll" serve --port "$port" --token-env BENCH_SCIM_TOKEN > "$out/serve.log" 2>&1 &
server=$!
proxy_args=(--upstream "http://127.0.0.1:$port/" --port "$proxy_port" --delay-ms "$delay" --log "$out/proxy.log")
[[ -n "$rate" ]] && proxy_args+=(--rate "$rate")
dotnet "$proxy_dll" "${proxy_args[@]}" > "$out/proxy.console" 2>&1 &
proxy=$!
trap 'kill "$proxy" "$server" 2> /dev/null || true; wait 2> /dev/null; [[ -n "${BENCH_KEEP:-}" ]] && cp -r "$out"/. "$BENCH_KEEP"; rm -rf "$out"' EXIT
for _ in $(seq 1 120); do grep -q "listening" "$out/serve.log" && break; sleep 0.5; done
for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$proxy_port/" && break; sleep 0.5; done

run_flags=(--token-env BENCH_SCIM_TOKEN --seed 4242 "${extra[@]}")
[[ -n "$rate" && $tell == 1 ]] && run_flags+=(--max-rps "$rate")
echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ) =="
echo "== through the proxy: ${delay} ms per request${rate:+, at most $rate requests/s (429 + Retry-After beyond)}; scimconf run ${run_flags[*]} =="
begin=$(date +%s.%N)
dotnet "$dll" run --base-url "http://127.0.0.1:$proxy_port/scim/v2" "${run_flags[@]}" --out "$out/remote" > "$out/remote.console" 2>&1 || true
end=$(date +%s.%N)
kill -TERM "$proxy" 2> /dev/null || true; wait "$proxy" 2> /dev/null || true
wall=$(awk -v b="$begin" -v e="$end" 'BEGIN { printf "%.1f", e - b }')
echo "  wall time (process start to exit): $wall s"
[[ -f "$out/remote/results.json" ]] || { echo "  the run wrote no results.json:"; tail -20 "$out/remote.console"; exit 1; }
grep -E "^(PASSED|FAILED)" "$out/remote.console" | sed 's/^/  /' || true
python3 "$root/bench/remote/critical_path.py" "$out/remote/results.json" "$delay" "$out/proxy.log"
if [[ -n "$rate" ]]; then
  awk -v w="$wall" -v r="$rate" '{ if ($4 != 429) n++ } END { printf "  requests answered by the endpoint %d at %s/s: %.1f s at the limit; wall time / that = %.2f\n", n, r, n / r, w / (n / r) }' "$out/proxy.log"
fi

echo "== the same seed straight against the server (no proxy) =="
dotnet "$dll" run --base-url "http://127.0.0.1:$port/scim/v2" --token-env BENCH_SCIM_TOKEN --seed 4242 "${extra[@]}" --out "$out/local" > "$out/local.console" 2>&1 || true
python3 - "$out/remote/results.json" "$out/local/results.json" <<'PY'
import json, sys
remote, local = ({t["id"]: t["outcome"] for t in json.load(open(p))["tests"]} for p in sys.argv[1:3])
differ = sorted(i for i in remote.keys() | local.keys() if remote.get(i) != local.get(i))
errors = sorted(i for i, o in remote.items() if o == "error")
print(f"  verdicts: {len(remote)} checks through the proxy, {len(local)} locally; {'identical' if not differ else str(len(differ)) + ' differ: ' + ', '.join(f'{i} {remote.get(i)}/{local.get(i)}' for i in differ[:20])}")
print(f"  errors through the proxy: {len(errors)}{': ' + ', '.join(errors) if errors else ''}")
PY
