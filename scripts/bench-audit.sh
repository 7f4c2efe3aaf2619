#!/usr/bin/env bash
# Whole-process throughput of `summarykit audit --format json` and `summarykit tag --format jsonl`
# over ~5 MB of the corpus per language, beside the bare ICU word-break loop in C
# (../shared/peers/icu_seg_bench.c, `u16` mode) over the same bytes, interleaved in one run so
# that machine load hits all of them alike. Prints median seconds, MB/s and the ratio to bare ICU:
# by wall-clock time (the audit uses every core, the bare loop one thread) and by CPU time
# (user + system seconds of the whole process, start-up included).
#
# Usage: [BIN=path] scripts/bench-audit.sh [REPEATS]   (default 5; needs cc, pkg-config, libicu-dev)
# The audit/tag times include process start-up (~0.05 s: lexicon, checklist, model); the bare
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
# BIN=path measures another build (e.g. an older commit's, for a before/after in one sitting).
if [ -z "${BIN:-}" ]; then
  swift build -c release --product summarykit >/dev/null
  BIN=.build/release/summarykit
fi
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
TIMEFORMAT='%R %U %S'   # wall, user and system seconds
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
def rows(k):
    return [[float(x) for x in line.split()] for line in open(f"{work}/{k}") if line.strip()]
bare = statistics.median(r[0] for r in rows("bare"))
mb = size / 1e6
out = [f"{lang}: {mb:.2f} MB  bare ICU {bare:.3f} s ({mb/bare:.1f} MB/s, one thread)"]
for k, name in (("audit", "audit json"), ("tag", "tag jsonl")):
    wall = statistics.median(r[0] for r in rows(k))
    cpu = statistics.median(r[1] + r[2] for r in rows(k))
    out.append(f"{name} {wall:.3f} s wall ({mb/wall:.1f} MB/s, ratio {bare/wall:.2f}), "
               f"{cpu:.3f} s CPU (CPU ratio {bare/cpu:.2f})")
print("  ".join(out))
PY
done
