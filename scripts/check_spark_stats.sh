#!/usr/bin/env bash
# Checks that scripts/spark_stats.py (summarykit as a Spark mapper, `stats merge` as the reducer)
# gives exactly the report of one local `summarykit stats --jsonl` run over the same records.
# Not part of the default test run: it needs pyspark and Java 17 and takes a minute or more.
#
#   scripts/check_spark_stats.sh                  # Corpus/texts as JSON Lines, local[4]
#   PYTHON=/path/to/venv/bin/python SPARK_MASTER=spark://head:7077 COPIES=200 scripts/check_spark_stats.sh
#
# PYTHON: an interpreter with pyspark (default: python3). SPARK_MASTER: default local[4] (four
# tasks at once, whatever the cores). PARTITIONS: input partitions (default 6). COPIES: varied
# copies of the corpus texts to add (scripts/make-stats-corpus.py; default 100), besides the
# texts themselves. Exit status 0 when the two JSON reports (and the two HTML reports) are
# identical byte for byte, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
SPARK_MASTER=${SPARK_MASTER:-local[4]}
PARTITIONS=${PARTITIONS:-6}
COPIES=${COPIES:-100}
BIN=${SUMMARYKIT:-.build/release/summarykit}

if [ ! -x "$BIN" ]; then
  swift build -c release --product summarykit
fi
"$PYTHON" -c 'import pyspark' 2>/dev/null || { echo "check_spark_stats: $PYTHON has no pyspark (pip install pyspark)" >&2; exit 1; }

work=$(mktemp -d /tmp/check-spark-stats.XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 scripts/make-stats-corpus.py --count 0 --jsonl "$work/texts.jsonl"
python3 scripts/make-stats-corpus.py --count "$COPIES" --jsonl "$work/copies.jsonl"
cat "$work/texts.jsonl" "$work/copies.jsonl" > "$work/corpus.jsonl"
records=$(wc -l < "$work/corpus.jsonl")

status=0
"$BIN" stats --jsonl --quiet --format json -o "$work/local.json" < "$work/corpus.jsonl" || status=$?
"$BIN" stats --jsonl --quiet --format html -o "$work/local.html" < "$work/corpus.jsonl" || true
[ "$status" -eq 0 ] || [ "$status" -eq 3 ] || { echo "check_spark_stats: the local run failed ($status)" >&2; exit 1; }

start=$(date +%s)
spark=0
"$PYTHON" scripts/spark_stats.py "$work/corpus.jsonl" --master "$SPARK_MASTER" --partitions "$PARTITIONS" \
  --binary "$BIN" --partials "$work/partials.jsonl" -o "$work/spark.json" 2> "$work/spark.log" || spark=$?
seconds=$(( $(date +%s) - start ))
if [ "$spark" -ne "$status" ]; then
  tail -30 "$work/spark.log" >&2
  echo "check_spark_stats: the Spark job exited $spark, the local run $status" >&2
  exit 1
fi
"$BIN" stats merge "$work/partials.jsonl" --format html -o "$work/spark.html"

partials=$(wc -l < "$work/partials.jsonl")
ok=1
for format in json html; do
  if cmp -s "$work/local.$format" "$work/spark.$format"; then
    echo "check_spark_stats: $format reports identical ($(wc -c < "$work/local.$format") bytes)"
  else
    ok=0
    echo "check_spark_stats: $format reports DIFFER" >&2
    diff <(head -c 200000 "$work/local.$format") <(head -c 200000 "$work/spark.$format") | head -20 >&2 || true
  fi
done
echo "check_spark_stats: $records records, master $SPARK_MASTER, $partials partitions, Spark job ${seconds} s"
[ "$ok" -eq 1 ] && echo "check_spark_stats: PASS" || { echo "check_spark_stats: FAIL"; exit 1; }
