#!/usr/bin/env bash
# Whole-process throughput of `summarykit audit --format json` and `summarykit tag --format jsonl`
# over ~5 MB of the corpus per language, beside the bare ICU word-break loop in C
# (../shared/peers/icu_seg_bench.c, `u16` mode) over the same bytes, interleaved in one run so
# that machine load hits all of them alike. Prints median seconds, MB/s and the ratio to bare ICU.
#
# Usage: scripts/bench-audit.sh [REPEATS]   (default 5; needs cc, pkg-config, libicu-dev)
# The audit/tag times include process start-up (~0.1 s: lexicon, checklist, model); the bare
# loop's time is its in-process timer. See also `cd Benchmarks && swift package benchmark
# --target Pipeline` for the in-process figures.
set -euo pipefail
cd "$(dirname "$0")/.."
REPEATS="${1:-5}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
PEERS="../shared/peers/icu_seg_bench.c"
[ -f "$PEERS" ] || { echo "bench-audit: $PEERS not found" >&2; exit 2; }
cc -O2 -o "$WORK/icu_seg_bench" "$PEERS" $(pkg-config --cflags --libs icu-uc)
swift build -c release --product summarykit >/dev/null
BIN=.build/release/summarykit
python3 - "$WORK" <<'PY'
import glob, sys
work = sys.argv[1]
for lang in ("zh", "en"):
    parts = []
    for f in sorted(glob.glob(f"Corpus/texts/{lang}-*.txt")):
        try:
            parts.append(open(f, encoding="utf-8").read())
        except UnicodeDecodeError:
            pass  # the GB18030/Big5/UTF-16 copies: the bare loop reads UTF-8 only
    text, out = "\n\n".join(parts), []
    while sum(len(p.encode()) for p in out) < 5_000_000:
        out.append(text)
    open(f"{work}/{lang}-5MB.txt", "w", encoding="utf-8").write("\n\n".join(out))
PY
TIMEFORMAT=%R
for lang in zh en; do
  file="$WORK/$lang-5MB.txt"
  bytes=$(stat -c %s "$file")
  : > "$WORK/bare" ; : > "$WORK/audit" ; : > "$WORK/tag"
  for _ in $(seq "$REPEATS"); do
    "$WORK/icu_seg_bench" u16 "$file" "$lang" 1 | python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["seconds"])' >> "$WORK/bare"
    { time "$BIN" audit --format json "$file" > "$WORK/out.json" || [ $? -eq 1 ]; } 2>> "$WORK/audit"
    { time "$BIN" tag --format jsonl "$file" > "$WORK/out.jsonl"; } 2>> "$WORK/tag"
  done
  python3 - "$lang" "$bytes" "$WORK" <<'PY'
import statistics, sys
lang, size, work = sys.argv[1], int(sys.argv[2]), sys.argv[3]
med = {k: statistics.median(float(x) for x in open(f"{work}/{k}")) for k in ("bare", "audit", "tag")}
mb = size / 1e6
print(f"{lang}: {mb:.2f} MB  bare ICU {med['bare']:.3f} s ({mb/med['bare']:.1f} MB/s)  "
      f"audit json {med['audit']:.3f} s ({mb/med['audit']:.1f} MB/s, ratio {med['bare']/med['audit']:.2f})  "
      f"tag jsonl {med['tag']:.3f} s ({mb/med['tag']:.1f} MB/s, ratio {med['bare']/med['tag']:.2f})")
PY
done
