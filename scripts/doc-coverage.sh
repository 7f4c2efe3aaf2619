#!/usr/bin/env bash
# Documentation coverage of the SummaryKit library: builds the module, extracts its public
# symbol graph, prints every public symbol that has no `///` doc comment of its own (kind, path
# and file:line; a declaration that only shows the doc of the protocol requirement it implements
# counts as undocumented, a compiler-synthesized one does not) and their count, then builds the DocC catalog against that graph and prints
# DocC's warnings (broken ``symbol links``, undocumented parameters) and their count.
#
# Usage: scripts/doc-coverage.sh [IGNORED_PREFIX ...]
#   Each IGNORED_PREFIX is a path relative to the package root (for example
#   `Sources/SummaryKit/Statistics/`); undocumented symbols and DocC warnings in files under
#   it are left out of the lists and counts.
#
# Exits 1 when an undocumented public symbol remains outside the ignored prefixes, 0 otherwise.
# DocC warnings are reported but do not change the exit status. Needs python3; DocC is skipped
# when `docc` is not found on PATH or beside `swift`.
# The symbol graph is left in $DOC_COVERAGE_SYMBOLS (default /tmp/sgdocs) and the DocC output
# in $DOC_COVERAGE_DOCC (default /tmp/docc-out).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

symbols_dir=${DOC_COVERAGE_SYMBOLS:-/tmp/sgdocs}
docc_out=${DOC_COVERAGE_DOCC:-/tmp/docc-out}

swift build --target SummaryKit >&2
bin=$(swift build --show-bin-path)
scratch=$(dirname "$(dirname "$bin")")

case "$(uname -s)" in
  Linux) target="$(uname -m)-unknown-linux-gnu" ;;
  Darwin) target="$(uname -m)-apple-macosx13.0" ;;
  *) echo "doc-coverage: unsupported system $(uname -s)" >&2; exit 2 ;;
esac

rm -rf "$symbols_dir"
mkdir -p "$symbols_dir"
swift-symbolgraph-extract -module-name SummaryKit \
  -I "$bin/Modules" \
  -Xcc -fmodule-map-file="$bin/CICU.build/module.modulemap" \
  -I Sources/CICU/include -I Sources/CICUSystem \
  -I "$scratch/checkouts/ZIPFoundation/Sources/CZLib" \
  -I "$scratch/checkouts/Yams/Sources/CYaml/include" \
  -target "$target" -minimum-access-level public -skip-synthesized-members \
  -output-dir "$symbols_dir"

undocumented_status=0
python3 - "$root" "$symbols_dir/SummaryKit.symbols.json" "$@" <<'PY' || undocumented_status=$?
import json, sys, urllib.parse
root, graph_path = sys.argv[1].rstrip("/") + "/", sys.argv[2]
ignored = [p.removeprefix("./") for p in sys.argv[3:]]
graph = json.load(open(graph_path, encoding="utf-8"))
rows = []
for symbol in graph["symbols"]:
    location = symbol.get("location")
    doc = symbol.get("docComment")
    # A declaration written in the source without `///` (a `description`, an `init(from:)`)
    # shows the doc comment of the protocol requirement it implements: that is not its own.
    inherited = doc is not None and doc.get("module", "SummaryKit") != "SummaryKit"
    if doc is not None and not (inherited and location):
        continue
    if location:
        path = urllib.parse.unquote(urllib.parse.urlparse(location["uri"]).path)
        if path.startswith(root):
            path = path[len(root):]
        line = location["position"]["line"] + 1  # the graph's lines are 0-based
    else:
        path, line = "<synthesized>", 0
    if any(path.startswith(prefix) for prefix in ignored):
        continue
    kind = symbol["kind"]["identifier"].removeprefix("swift.")
    rows.append((path, line, kind, "/".join(symbol["pathComponents"]), " (only the protocol's doc)" if inherited else ""))
for path, line, kind, name, note in sorted(rows):
    print(f"{path}:{line}: {kind} {name}{note}")
print(f"undocumented public symbols: {len(rows)}" + (f" (ignoring {' '.join(ignored)})" if ignored else ""))
sys.exit(1 if rows else 0)
PY

docc_bin=$(command -v docc || true)
if [ -z "$docc_bin" ] && [ -x "$(dirname "$(command -v swift)")/docc" ]; then
  docc_bin="$(dirname "$(command -v swift)")/docc"
fi
if [ -z "$docc_bin" ]; then
  echo "doc-coverage: docc not found; catalog not checked" >&2
else
  rm -rf "$docc_out"
  log=$(mktemp)
  "$docc_bin" convert Sources/SummaryKit/SummaryKit.docc \
    --additional-symbol-graph-dir "$symbols_dir" \
    --fallback-display-name SummaryKit \
    --fallback-bundle-identifier org.summarykit.SummaryKit \
    --output-path "$docc_out" >"$log" 2>&1 || { cat "$log" >&2; rm -f "$log"; echo "doc-coverage: docc convert failed" >&2; exit 2; }
  # DocC prints each diagnostic as a `warning:` line, then ` --> FILE:LINE:COL` (FILE relative
  # to the catalog) and an excerpt; keep the whole block of each warning outside the ignored files.
  python3 - "$log" Sources/SummaryKit/SummaryKit.docc "$@" <<'PY'
import os, re, sys
log, catalog = sys.argv[1], sys.argv[2]
ignored = [p.removeprefix("./") for p in sys.argv[3:]]
blocks, current = [], None
for line in open(log, encoding="utf-8", errors="replace"):
    if re.match(r"^(warning|error): ", line):
        current = [line]
        blocks.append(current)
    elif current is not None:
        current.append(line)
kept = []
for block in blocks:
    match = next((re.match(r"^\s*--> (.+?):\d+", l) for l in block if re.match(r"^\s*--> ", l)), None)
    path = os.path.normpath(os.path.join(catalog, match.group(1))) if match else ""
    if path and any(path.startswith(p) for p in ignored):
        continue
    kept.append(block)
for block in kept:
    sys.stdout.write("".join(block).rstrip("\n") + "\n\n")
print(f"docc warnings: {len(kept)}" + (f" (of {len(blocks)}; ignoring {' '.join(ignored)})" if ignored else ""))
PY
  rm -f "$log"
fi
exit "$undocumented_status"
