#!/usr/bin/env bash
# Opens any HTML file in headless Chromium, saves a full-width screenshot, and checks that the
# page ran without console errors and that its SVG charts are in the rendered DOM.
#
#   scripts/screenshot-html.sh REPORT.html OUT.png [WIDTH [HEIGHT]]
#
# Prints what it found: the console messages at warning level or above (from Chromium's log),
# the number of <svg> elements and of drawn shapes (rect, path, circle, line, polyline,
# polygon) in the DOM after scripts ran, and the screenshot's path. Exit status 0 when the
# screenshot was written and the console had no errors, 1 otherwise, 2 for usage errors.
# CHROMIUM overrides the browser (default: chromium, then chromium-browser, google-chrome).
# --no-sandbox is added when running as root (Chromium refuses to start otherwise).
set -uo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 REPORT.html OUT.png [WIDTH [HEIGHT]]" >&2
  exit 2
fi
html=$1
out=$2
width=${3:-1280}
height=${4:-2400}
if [ ! -f "$html" ]; then
  echo "screenshot-html: $html is not a file." >&2
  exit 2
fi
browser=${CHROMIUM:-}
if [ -z "$browser" ]; then
  for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" > /dev/null; then browser=$candidate; break; fi
  done
fi
if [ -z "$browser" ]; then
  echo "screenshot-html: no Chromium found (apt-get install chromium, or set CHROMIUM)." >&2
  exit 1
fi
url="file://$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"
out_abs="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
flags=(--headless --disable-gpu --hide-scrollbars --no-first-run --no-default-browser-check
       --virtual-time-budget=5000 --window-size="$width,$height")
[ "$(id -u)" -eq 0 ] && flags+=(--no-sandbox)
profile=$(mktemp -d /tmp/screenshot-html.XXXXXX)
trap 'rm -rf "$profile"' EXIT
flags+=(--user-data-dir="$profile")

rm -f "$out_abs"
# Screenshot, with the console routed to stderr (Chromium logs console messages as
# "CONSOLE(line)" or "Uncaught ..." lines at --v=0).
timeout 120 "$browser" "${flags[@]}" --enable-logging=stderr --v=0 --screenshot="$out_abs" "$url" \
  > "$profile/shot.out" 2> "$profile/shot.log"
# The DOM after scripts ran.
timeout 120 "$browser" "${flags[@]}" --dump-dom "$url" > "$profile/dom.html" 2> /dev/null

errors=$(grep -E 'Uncaught|CONSOLE\([0-9]+\)|:ERROR:CONSOLE|console.*(error|Error)' "$profile/shot.log" || true)
svgs=$(grep -o '<svg' "$profile/dom.html" | wc -l)
shapes=$(grep -oE '<(rect|path|circle|line|polyline|polygon)[ />]' "$profile/dom.html" | wc -l)
texts=$(grep -o '<text' "$profile/dom.html" | wc -l)
status=0
if [ -s "$out_abs" ]; then
  echo "screenshot-html: wrote $out ($(wc -c < "$out_abs") bytes, ${width}x${height})"
else
  echo "screenshot-html: no screenshot written; Chromium said:" >&2
  tail -20 "$profile/shot.log" >&2
  status=1
fi
if grep -qP '[\x{4E00}-\x{9FFF}]' "$html" 2>/dev/null && command -v fc-list > /dev/null && [ -z "$(fc-list :lang=zh)" ]; then
  echo "screenshot-html: warning: the page has Chinese text but no Chinese font is installed (fonts-noto-cjk); it shows as boxes." >&2
fi
echo "screenshot-html: DOM has $svgs <svg>, $shapes shapes, $texts <text> labels"
if [ -n "$errors" ]; then
  echo "screenshot-html: console errors:" >&2
  echo "$errors" >&2
  status=1
else
  echo "screenshot-html: no console errors"
fi
exit $status
