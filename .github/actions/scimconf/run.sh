#!/usr/bin/env bash
# The scimconf action's run step (also usable on its own): installs the ScimConformance.Cli dotnet tool, runs it, and
# puts the result on the job summary whatever the exit code, so a failing (1), misconfigured (2) or unreachable (3) run
# still shows why. It always succeeds itself; the exit code goes to the step output exit-code.
# Reads SCIMCONF_COMMAND (run|merge), SCIMCONF_ARGS, SCIMCONF_OUT, SCIMCONF_VERSION, SCIMCONF_SOURCE; writes
# $GITHUB_OUTPUT and $GITHUB_STEP_SUMMARY (stdout when unset).
set -uo pipefail

out="${SCIMCONF_OUT:-scimconf-reports}"
command="${SCIMCONF_COMMAND:-run}"
tool_dir="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/scimconf-tool"
summary="${GITHUB_STEP_SUMMARY:-/dev/stdout}"
errors="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/scimconf-stderr.txt"

finish() {
  echo "exit-code=$1" >> "${GITHUB_OUTPUT:-/dev/null}"
  exit 0
}

not_run() { # exit code, headline: the reports were not written, so the summary says why from scimconf's own error line
  { echo "## SCIM conformance: $2 (exit $1)"; echo; echo '```'; cat "$errors" 2>/dev/null; echo '```'; } >> "$summary"
  finish "$1"
}

: > "$errors"
if [ ! -x "$tool_dir/scimconf" ]; then
  install=(dotnet tool install --tool-path "$tool_dir" ScimConformance.Cli)
  if [ -n "${SCIMCONF_VERSION:-}" ]; then install+=(--version "$SCIMCONF_VERSION"); fi
  if [ -n "${SCIMCONF_SOURCE:-}" ]; then install+=(--add-source "$SCIMCONF_SOURCE"); fi
  if ! "${install[@]}" >&2 2> "$errors"; then cat "$errors" >&2; not_run 2 "scimconf could not be installed"; fi
fi

# The arguments are the workflow author's own text, split as a shell would (quotes keep paths with spaces whole).
eval "args=(${SCIMCONF_ARGS:-})"
# A report left from an earlier run in the same folder must not pass for this run's.
rm -f "$out/report.html" "$out/junit.xml" "$out/results.json" "$out/results.sarif" "$out/summary.md"
"$tool_dir/scimconf" "$command" "${args[@]}" --out "$out" 2> "$errors"
code=$?
cat "$errors" >&2

case "$code" in
  2) not_run 2 "configuration error" ;;
  3) not_run 3 "endpoint unreachable or not SCIM" ;;
esac
if [ -f "$out/summary.md" ]; then cat "$out/summary.md" >> "$summary"; else not_run "$code" "no summary written"; fi
finish "$code"
