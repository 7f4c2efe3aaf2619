#!/usr/bin/env bash
# The main job on the bundled corpus: installs what is missing, builds the release binary and
# runs it over Corpus/texts.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
swift build -c release --product summarykit
bin=.build/release/summarykit
for f in Corpus/texts/*.txt; do
  echo "== $f"
  "$bin" segment "$f" | head -n 5
done
