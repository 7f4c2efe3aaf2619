#!/usr/bin/env bash
# Builds the example client (Examples/CoverageCSV, a separate package that depends on SummaryKit
# by path) and runs it on the bundled corpus; checks that it wrote a row per summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
(cd Examples/CoverageCSV && swift build)
out=$(mktemp -d)/coverage.csv
Examples/CoverageCSV/.build/debug/coverage-csv Corpus/texts "$out"
rows=$(($(wc -l < "$out") - 1))
echo "example client: $rows summaries written to $out"
head -3 "$out"
[ "$rows" -ge 30 ] || { echo "expected a row per corpus summary" >&2; exit 1; }
