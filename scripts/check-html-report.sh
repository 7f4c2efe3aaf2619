#!/usr/bin/env bash
# Renders `summarykit audit --format html` of a few corpus files (zh and en, one and several
# summaries, placeholders and web chrome) in headless Chromium and fails when the page logs a
# console error, fails to load something, or lacks the chart, checklist table and text.
# Screenshots (1200x2000) and a printed PDF of the all-in-one page are left in the output
# folder for a person to look at.
#
#   scripts/check-html-report.sh [OUTDIR]        (default out/html-check; out/ is ignored by git)
#
# Needs: chromium (Debian package `chromium`), a built summarykit (.build/debug/summarykit, or
# set SUMMARYKIT=path). Without a CJK font (Debian: fonts-noto-cjk) Chinese text is drawn as
# boxes in the screenshots; the check still reads the text from the DOM.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-out/html-check}"
mkdir -p "$out"
chromium="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
[ -n "$chromium" ] || { echo "check-html-report: chromium is not installed (Debian: apt-get install chromium)" >&2; exit 2; }
summarykit="${SUMMARYKIT:-.build/debug/summarykit}"
if [ ! -x "$summarykit" ]; then swift build --product summarykit >&2; fi
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  echo "check-html-report: note: no CJK font installed; Chinese text will show as boxes in the screenshots" >&2
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

# Runs headless Chromium on PAGE with console logging to LOG; extra arguments follow.
run_chromium() {
  local page="$1" log="$2"; shift 2
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --hide-scrollbars --no-first-run --user-data-dir="$profile" \
    --enable-logging=stderr --v=0 "$@" "file://$(realpath "$page")" 2>"$log"
}

# Console errors, uncaught exceptions and failed loads, as Chromium logs them.
console_errors() {
  grep -E 'CONSOLE|Uncaught|net::ERR_|Failed to load resource|Refused to' "$1" || true
}

# The check is only worth something if it sees a broken page: render one first.
cat >"$out/broken.html" <<'EOF'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>broken</title></head>
<body><p>broken</p><script>notDefinedAnywhere();</script></body></html>
EOF
run_chromium "$out/broken.html" "$out/broken.log" --dump-dom >/dev/null
if [ -z "$(console_errors "$out/broken.log")" ]; then
  echo "check-html-report: a page with an uncaught error produced no console message; the check cannot be trusted" >&2
  exit 2
fi
rm -f "$out/broken.html" "$out/broken.log"

declare -A pages=(
  [zh-hospital]="Corpus/texts/zh-04-hospital.txt"
  [zh-multi]="Corpus/texts/zh-05-multi.txt"
  [en-multi]="Corpus/texts/en-03-multi.txt"
  [en-school]="Corpus/texts/en-01-school.txt"
  [all]="Corpus/texts/zh-04-hospital.txt Corpus/texts/zh-05-multi.txt Corpus/texts/en-03-multi.txt Corpus/texts/en-01-school.txt"
)
failed=0
for name in $(printf '%s\n' "${!pages[@]}" | sort); do
  page="$out/$name.html"
  # shellcheck disable=SC2086  # the file list is meant to split
  status=0; "$summarykit" audit --format html --output "$page" ${pages[$name]} || status=$?
  if [ "$status" -ge 2 ]; then echo "FAIL $name: summarykit audit exited $status" >&2; failed=1; continue; fi
  run_chromium "$page" "$out/$name.log" --window-size=1200,2000 --screenshot="$out/$name.png" >/dev/null
  run_chromium "$page" "$out/$name.dom.log" --dump-dom >"$out/$name.dom.html"
  problems=()
  errors="$(console_errors "$out/$name.log"; console_errors "$out/$name.dom.log")"
  [ -z "$errors" ] || problems+=("console: $errors")
  [ -s "$out/$name.png" ] || problems+=("no screenshot")
  dom="$out/$name.dom.html"
  grep -q '<svg' "$dom" || problems+=("no SVG chart in the rendered DOM")
  grep -q '<section class="overview" id="overview">' "$dom" || problems+=("no overview")
  grep -q '<th>section</th>' "$dom" || problems+=("no checklist table")
  units=$(grep -c '<p class="unit' "$dom" || true)
  [ "$units" -gt 0 ] || problems+=("no text paragraphs")
  summaries=$(grep -c '<h3>Summary ' "$dom" || true)
  if [ ${#problems[@]} -eq 0 ]; then
    echo "ok   $name: $summaries summaries, $units text units, no console errors -> $out/$name.png"
  else
    failed=1
    for problem in "${problems[@]}"; do echo "FAIL $name: $problem" >&2; done
  fi
done

# The printed form of the all-in-one page (what an auditor gets from Ctrl-P).
run_chromium "$out/all.html" "$out/all.print.log" --no-pdf-header-footer --print-to-pdf="$out/all.pdf" >/dev/null
if [ -s "$out/all.pdf" ]; then
  echo "ok   all: printed to $out/all.pdf"
  if command -v convert >/dev/null 2>&1 && command -v gs >/dev/null 2>&1; then
    convert -density 60 "$out/all.pdf[0-3]" "$out/all-print-%d.png" 2>/dev/null && echo "ok   all: first printed pages as $out/all-print-*.png"
  fi
else
  echo "FAIL all: no PDF printed" >&2
  failed=1
fi
exit "$failed"
