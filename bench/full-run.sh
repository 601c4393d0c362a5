#!/usr/bin/env bash
# Prints figures, asserts nothing: the full default run against the in-process reference server (--demo), with its
# peak memory and the sizes of results.json and report.html,
# then the same with 100,000 seeded users, and the ratio. Seeding is measured on its own (discover --demo
# with and without --seed-users), so the ratio compares the runs, not the seeding.
# Note: with --demo the reference server runs inside the scimconf process, so CPU time and peak memory
# are harness + server together.
# Usage: bench/full-run.sh [seed-users] [--no-build]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seed_users="${1:-100000}"
[[ "${2:-}" == "--no-build" ]] || dotnet build "$root/src/ScimConformance.Cli" -c Release -v q -nologo > /dev/null
dll="$(dotnet msbuild "$root/src/ScimConformance.Cli/ScimConformance.Cli.csproj" -getProperty:TargetPath -p:Configuration=Release)"
[[ -f "$dll" ]] || { echo "scimconf is not built at $dll (set SCIMCONF_ARTIFACTS as for the build, or drop --no-build)" >&2; exit 2; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

have_time=0
[[ -x /usr/bin/time ]] && /usr/bin/time -v true > /dev/null 2>&1 && have_time=1

# measure NAME ARGS...: runs scimconf, prints wall, CPU and peak RSS; the wall time goes to $out/NAME.wall
measure() {
  local name="$1"; shift
  local begin end
  begin=$(date +%s.%N)
  if [[ $have_time == 1 ]]; then
    /usr/bin/time -v -o "$out/$name.time" dotnet "$dll" "$@" > "$out/$name.console" 2>&1 || true
  else
    dotnet "$dll" "$@" > "$out/$name.console" 2>&1 || true
  fi
  end=$(date +%s.%N)
  awk -v b="$begin" -v e="$end" 'BEGIN { printf "%.2f", e - b }' > "$out/$name.wall"
  printf '%-28s wall %8s s' "$name" "$(cat "$out/$name.wall")"
  if [[ $have_time == 1 ]]; then
    awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident/ { m = $2 }
      END { printf "   cpu %7.2f s (user %.2f + sys %.2f)   peak rss %6.0f MiB", u + s, u, s, m / 1024 }' "$out/$name.time"
  fi
  echo
}

requests() {
  python3 - "$1" "$2" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
c = d["counts"]
print(f"  checks {c['total']} (pass {c['pass']}, fail {c['fail']}, warn {c['warn']}, skip {c['skip']}, error {c['error']}); "
      f"requests made by checks {d['latency']['requests']}; run duration {d['duration']}")
h, m, sec = d["duration"].split(":")
open(sys.argv[2], "w").write(str(int(h.split(".")[-1]) * 3600 + int(m) * 60 + float(sec)))
PY
}

echo "== machine =="
echo "  $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"

echo "== seeding $seed_users users (discover --demo with and without --seed-users) =="
measure discover-empty discover --demo
measure discover-seeded discover --demo --seed-users "$seed_users"
awk -v a="$(cat "$out/discover-empty.wall")" -v b="$(cat "$out/discover-seeded.wall")" -v n="$seed_users" \
  'BEGIN { s = b - a; printf "  seeding took about %.1f s (%.0f users/s)\n", s, (s > 0 ? n / s : 0) }'

echo "== full default run, empty tenant, one fixture at a time (--parallel 1) =="
measure run-empty-serial run --demo --seed 4242 --parallel 1 --out "$out/serial"
requests "$out/serial/results.json" "$out/serial.duration"

echo "== full default run, empty tenant (default --parallel) =="
measure run-empty run --demo --seed 4242 --out "$out/empty"
requests "$out/empty/results.json" "$out/empty.duration"
# Report size budget of a passing run (issue 15): results.json <= 5 MB, report.html <= 3 MB.
awk -v j="$(stat -c %s "$out/empty/results.json")" -v h="$(stat -c %s "$out/empty/report.html")" \
  'BEGIN { printf "  report sizes: results.json %.2f MB, report.html %.2f MB (budget 5 MB and 3 MB)\n", j / 1e6, h / 1e6 }'

echo "== full default run, $seed_users seeded users =="
measure run-seeded run --demo --seed 4242 --seed-users "$seed_users" --out "$out/seeded"
requests "$out/seeded/results.json" "$out/seeded.duration"

awk -v e="$(cat "$out/empty.duration")" -v s="$(cat "$out/seeded.duration")" \
  'BEGIN { printf "== ratio ==\n  run duration from results.json (checks only: no process start, no seeding): seeded %.2f s / empty %.2f s = %.2f\n", s, e, s / e }'
awk -v p="$(cat "$out/run-empty.wall")" -v q="$(cat "$out/run-empty-serial.wall")" \
  'BEGIN { printf "  process wall time, empty tenant: parallel %.2f s / one at a time %.2f s = %.2f\n", p, q, p / q }'
