#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ with address sanitizer and runs one of them.
#   scripts/fuzz.sh TARGET [SECONDS]   TARGET: FuzzDecoder FuzzDocx FuzzHTML FuzzStructure FuzzLexicon FuzzChecklist FuzzPartial
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
    FuzzPartial)
      # Small partials (a short summary each, so that a run is fast): three parts of one run,
      # their set, a merged partial with the third, a tampered one and a part given twice.
      # The first byte of an input is the harness's mode (bit 0: re-stamp checksums; bit 1:
      # allow an incomplete set); the lines follow.
      sk="$(swift build --show-bin-path)/summarykit"
      seeds=$(mktemp -d)
      texts=('一、加强理论学习\n支部每月组织集中学习，党员参学率达到百分之九十八，全年开展主题党日活动十二次，发展党员两名。'
             '二、存在的问题\n理论学习不够深入，联系服务群众不够紧密。下一步将加强党员教育管理，严格落实三会一课制度。'
             'Plans for next year: the branch will strengthen the study of theory, tighten discipline and serve the masses better.')
      for k in 1 2 3; do
        printf '{"id":"doc-%s","text":"%s"}\n' "$k" "${texts[$((k - 1))]}" | "$sk" stats --jsonl --quiet --part "$k/3" --run-id fuzz-seed > "$seeds/$k" || true
      done
      "$sk" stats merge --partial "$seeds/1" "$seeds/2" > "$seeds/merged" || true
      { printf '\002'; cat "$seeds/1"; } > "$corpus/shard-1"
      { printf '\000'; cat "$seeds/1" "$seeds/2" "$seeds/3"; } > "$corpus/set"
      { printf '\000'; cat "$seeds/merged" "$seeds/3"; } > "$corpus/merged"
      { printf '\003'; sed 's/"summaries":[0-9]*/"summaries":-1/' "$seeds/1"; } > "$corpus/tampered"
      { printf '\003'; cat "$seeds/2" "$seeds/2"; } > "$corpus/twice"
      rm -rf "$seeds" ;;
  esac
fi
# Leak detection is off: LeakSanitizer reports one leak, ZIPFoundation 0.9.20's (58 bytes per archive
# opened, in Archive.makeBackingConfiguration), which would stop FuzzDocx at its first input.
ASAN_OPTIONS=detect_leaks=0 "$bin" "$corpus" -artifact_prefix="$crashes/" -max_total_time="$seconds" -timeout=20 -max_len=65536 -rss_limit_mb=4096 -print_final_stats=1 2>&1 \
  | grep -E "^(#[0-9]+ *(INITED|DONE)|Done|stat::|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)" || true
