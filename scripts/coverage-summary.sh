#!/usr/bin/env bash
# Renders the coverlet results of a test run into an HTML folder with ReportGenerator and prints
# the line and branch coverage of the harness's own code.
set -uo pipefail
results_dir="$1"; out_dir="$2"
reports=$(find "$results_dir" -name 'coverage.cobertura.xml' | paste -sd ';' -)
[ -n "$reports" ] || { echo "no coverage data collected"; exit 1; }
dotnet tool run reportgenerator "-reports:$reports" "-targetdir:$out_dir" \
  "-reporttypes:Html;TextSummary" "-assemblyfilters:+ScimConformance.*;-ScimConformance.Tests" >/dev/null || exit 1
grep -E '^\s*(Line coverage|Branch coverage):' "$out_dir/Summary.txt" | sed 's/^ */coverage: /'
