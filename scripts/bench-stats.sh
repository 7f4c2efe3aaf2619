#!/usr/bin/env bash
# Throughput and memory of `summarykit stats` over a generated corpus (issue 7's benchmark):
#
#   - generates a JSON Lines corpus of BIG MB (default 200) and one of SMALL MB (default 50) of
#     text from Corpus/texts with scripts/make-stats-corpus.py (varied copies; nothing committed),
#   - runs the release binary with --jobs 1 and --jobs 2 over the big corpus and --jobs 1 over the
#     small one, each under /usr/bin/time -f %M (peak RSS), and checks jobs 1 and 2 give the same
#     report byte for byte,
#   - segments the same text bytes with bare ICU (a C loop: u_strFromUTF8, ubrk_next, ranges
#     collected; icu_seg_bench.c from shared/peers, built in a temporary folder) in the same run,
#   - prints a table: MB/s (10^6 bytes of decoded text per wall-clock second, and per CPU
#     second: user + system, which is what to compare on a machine shared with other work),
#     speed-up, peak RSS for both sizes, the ratio of --jobs 1 throughput to bare ICU, and the
#     load average before and after.
#
#   scripts/bench-stats.sh                     # about 15 minutes on 2 shared cores
#   BIG=20 SMALL=5 scripts/bench-stats.sh      # a quick look
#
# WORK (default: a new folder under /tmp, removed afterwards unless KEEP=1) holds the corpora
# (about 2 × BIG + SMALL MB); with KEEP=1 and an existing WORK, corpora already there are
# reused. ICU_SEG_BENCH_SRC names icu_seg_bench.c when it is not in
# ../shared/peers or /work/shared/peers.
set -euo pipefail
cd "$(dirname "$0")/.."
BIG=${BIG:-200}
SMALL=${SMALL:-50}
BIN=.build/release/summarykit

swift build -c release --product summarykit 2>&1 | tail -1 >&2
for candidate in "${ICU_SEG_BENCH_SRC:-}" ../shared/peers/icu_seg_bench.c /work/shared/peers/icu_seg_bench.c; do
  if [ -n "$candidate" ] && [ -f "$candidate" ]; then source_c=$candidate; break; fi
done
if [ -z "${source_c:-}" ]; then
  echo "bench-stats: icu_seg_bench.c not found; set ICU_SEG_BENCH_SRC." >&2
  exit 1
fi

work=${WORK:-$(mktemp -d /tmp/bench-stats.XXXXXX)}
mkdir -p "$work"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
cp "$source_c" "$work/icu_seg_bench.c"
cc -O2 -o "$work/icu_seg_bench" "$work/icu_seg_bench.c" $(pkg-config --cflags --libs icu-uc)

[ -s "$work/big.txt" ] && [ "${KEEP:-0}" = 1 ] ||
  python3 scripts/make-stats-corpus.py --mb "$BIG" --jsonl "$work/big.jsonl" --text "$work/big.txt"
[ -s "$work/small.jsonl" ] && [ "${KEEP:-0}" = 1 ] ||
  python3 scripts/make-stats-corpus.py --mb "$SMALL" --jsonl "$work/small.jsonl" --seed 7
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# run NAME JOBS CORPUS: one stats run; leaves NAME.json (report) and NAME.time (seconds, KB).
run() {
  local name=$1 jobs=$2 corpus=$3 status=0
  echo "bench-stats: $name (--jobs $jobs, $(du -m "$corpus" | cut -f1) MB of JSON Lines)" >&2
  /usr/bin/time -f "%e %U %S %M" -o "$work/$name.time" \
    "$BIN" stats --jsonl --quiet --jobs "$jobs" -o "$work/$name.json" < "$corpus" || status=$?
  if [ "$status" -ne 0 ]; then echo "bench-stats: $name exited $status" >&2; exit 1; fi
}
run big-1 1 "$work/big.jsonl"
run big-2 2 "$work/big.jsonl"
run small-1 1 "$work/small.jsonl"
if cmp -s "$work/big-1.json" "$work/big-2.json"; then same=yes; else same=NO; fi

echo "bench-stats: bare ICU over the same text" >&2
/usr/bin/time -f "%e %U %S %M" -o "$work/icu.time" "$work/icu_seg_bench" u16 "$work/big.txt" zh 1 > "$work/icu.json"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$work" "$same" "$(nproc)" "$load_before" "$load_after" <<'EOF'
import json, sys
work, same, cores, load_before, load_after = sys.argv[1:6]

def run(name):
    seconds, user, system, kb = open(f"{work}/{name}.time").read().split()[-4:]
    report = json.load(open(f"{work}/{name}.json"))
    counts = report["counts"]
    return {"seconds": float(seconds), "cpu": float(user) + float(system), "rss": int(kb) / 1024,
            "bytes": counts["bytes"], "inputs": counts["inputs"], "summaries": counts["summaries"]}

big1, big2, small1 = run("big-1"), run("big-2"), run("small-1")
icu = json.loads(open(f"{work}/icu.json").read().splitlines()[-1])
mbs = lambda r: r["bytes"] / 1e6 / r["seconds"]
cpu_mbs = lambda r: r["bytes"] / 1e6 / r["cpu"]
icu_mbs = icu["bytes"] / 1e6 / icu["seconds"]
icu_time = open(f"{work}/icu.time").read().split()[-4:]
icu_cpu_mbs = icu["bytes"] / 1e6 / (float(icu_time[1]) + float(icu_time[2]))
print(f"corpus: {big1['bytes'] / 1e6:.1f} MB of text, {big1['inputs']} inputs, {big1['summaries']} summaries; "
      f"small: {small1['bytes'] / 1e6:.1f} MB, {small1['inputs']} inputs; {cores} cores; jobs 1 = jobs 2 report: {same}; "
      f"load average {load_before} before, {load_after} after")
print()
print("| measure | value |")
print("|---|---|")
print(f"| `--jobs 1`, {big1['bytes'] / 1e6:.0f} MB | {mbs(big1):.2f} MB/s wall ({big1['seconds']:.0f} s); {cpu_mbs(big1):.2f} MB per CPU second |")
print(f"| `--jobs 2`, {big2['bytes'] / 1e6:.0f} MB | {mbs(big2):.2f} MB/s wall ({big2['seconds']:.0f} s); {cpu_mbs(big2):.2f} MB per CPU second |")
print(f"| speed-up jobs 2 / jobs 1 | {big1['seconds'] / big2['seconds']:.2f}× |")
print(f"| peak RSS `--jobs 1`, {small1['bytes'] / 1e6:.0f} MB | {small1['rss']:.0f} MB |")
print(f"| peak RSS `--jobs 1`, {big1['bytes'] / 1e6:.0f} MB | {big1['rss']:.0f} MB |")
print(f"| peak RSS `--jobs 2`, {big2['bytes'] / 1e6:.0f} MB | {big2['rss']:.0f} MB |")
print(f"| bare ICU (u16, ranges), same text | {icu_mbs:.2f} MB/s wall ({icu['seconds']:.1f} s); {icu_cpu_mbs:.2f} MB per CPU second (whole process) |")
print(f"| `--jobs 1` / bare ICU, wall | 1 : {icu_mbs / mbs(big1):.0f} ({mbs(big1) / icu_mbs:.3f}) |")
print(f"| `--jobs 1` / bare ICU, CPU | 1 : {icu_cpu_mbs / cpu_mbs(big1):.0f} ({cpu_mbs(big1) / icu_cpu_mbs:.3f}) |")
print(f"| `--jobs 1`, {small1['bytes'] / 1e6:.0f} MB (throughput check) | {mbs(small1):.2f} MB/s |")
EOF
