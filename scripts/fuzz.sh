#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ with address sanitizer and runs one of them.
#   scripts/fuzz.sh TARGET [SECONDS]   TARGET: FuzzDecoder FuzzDocx FuzzHTML FuzzStructure FuzzLexicon FuzzChecklist
# Seeds come from Corpus/ and the test fixtures; the growing corpus is kept in Fuzz/corpus/TARGET
# and crashes in Fuzz/crashes/TARGET (both ignored by git). The last line libFuzzer prints
# ("Done N runs in S second(s)") gives the executions for the record.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?name a fuzz target}
seconds=${2:-600}
bash scripts/bootstrap.sh
touch Fuzz/Package.swift  # re-plan: files added to the library since the last fuzz build
(cd Fuzz && swift build -c debug --product "$target" -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld)
bin=Fuzz/.build/debug/$target
corpus=Fuzz/corpus/$target
crashes=Fuzz/crashes/$target
mkdir -p "$corpus" "$crashes"
if [ -z "$(ls -A "$corpus")" ]; then
  case "$target" in
    FuzzDecoder|FuzzStructure) cp Corpus/texts/*.txt Corpus/variants/*.txt "$corpus"/ ;;
    FuzzDocx) find Tests -name '*.docx' -exec cp {} "$corpus"/ \; ;;
    FuzzHTML) find Tests -name '*.htm*' -exec cp {} "$corpus"/ \; ; cp Corpus/texts/zh-03-school.txt "$corpus"/ ;;
    FuzzLexicon) cp Sources/SummaryKit/Resources/Lexicon/*.lex "$corpus"/ ;;
    FuzzChecklist) "$(swift build --show-bin-path)/summarykit" checklist show > "$corpus/default.yaml" 2>/dev/null || printf 'name: x\nsections:\n  - id: study\n    categories: [study]\n' > "$corpus/seed.yaml" ;;
  esac
fi
# Leak detection is off: LeakSanitizer reports one leak, ZIPFoundation 0.9.20's (58 bytes per archive
# opened, in Archive.makeBackingConfiguration), which would stop FuzzDocx at its first input.
ASAN_OPTIONS=detect_leaks=0 "$bin" "$corpus" -artifact_prefix="$crashes/" -max_total_time="$seconds" -timeout=20 -max_len=65536 -rss_limit_mb=4096 -print_final_stats=1 2>&1 \
  | grep -E "^(#[0-9]+ *(INITED|DONE)|Done|stat::|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)" || true
