#!/usr/bin/env bash
# Builds the example clients (separate packages under Examples/ that depend on SummaryKit by path
# and use only its public API) and runs each on the bundled corpus:
# - CoverageCSV audits a folder into a CSV, a row per summary;
# - TokenStream segments text and prints a token per line.
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

(cd Examples/TokenStream && swift build)
stream=$(printf '加强党风廉政建设，落实三会一课。\nThe branch held 12 study sessions.\n' | Examples/TokenStream/.build/debug/token-stream)
echo "$stream"
expected=$(printf -- '-\t1:3\tideographic\tterm\t党风廉政建设\n-\t2:17\tnumber\t-\t12')
while IFS= read -r line; do
  grep -qxF -- "$line" <<<"$stream" || { echo "token-stream: expected the line '$line'" >&2; exit 1; }
done <<<"$expected"
tokens=$(Examples/TokenStream/.build/debug/token-stream Corpus/texts/zh-01-village.txt | wc -l)
echo "token-stream: $tokens tokens in Corpus/texts/zh-01-village.txt"
[ "$tokens" -ge 500 ] || { echo "expected a token stream over the corpus text" >&2; exit 1; }
