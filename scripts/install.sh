#!/usr/bin/env bash
# Installs summarykit: builds the release binary (installing libicu-dev first if missing), then
# puts it in PREFIX/bin and its built-in resources (every file of Sources/SummaryKit/Resources
# but the READMEs: lexicon, tagger model, default checklist, term, stop-word, page-chrome and
# other word lists) in PREFIX/share/summarykit, where the binary looks for
# them (../share/summarykit from its own folder, symbolic links resolved). PREFIX defaults to
# ~/.local; put PREFIX/bin on PATH.
#
#   bash scripts/install.sh                 # ~/.local/bin/summarykit
#   sudo bash scripts/install.sh /usr/local # /usr/local/bin/summarykit
#
# --from DIR installs an already built binary instead of building: DIR holds summarykit and its
# SummaryKit_SummaryKit.resources folder (a `swift build` output folder such as .build/debug;
# the tests install this way). A reinstall replaces the old binary and resources.
set -euo pipefail
usage() { echo "usage: scripts/install.sh [--from BUILD_DIR] [PREFIX]" >&2; exit 2; }
from=""
prefix=""
while [ $# -gt 0 ]; do
  case "$1" in
    --from) [ $# -ge 2 ] || usage; from="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) usage ;;
    *) [ -z "$prefix" ] || usage; prefix="$1"; shift ;;
  esac
done
prefix="${prefix:-$HOME/.local}"
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ -z "$from" ]; then
  cd "$root"
  bash scripts/bootstrap.sh
  swift build -c release --product summarykit
  from="$(swift build -c release --show-bin-path)"
fi
binary="$from/summarykit"
resources="$from/SummaryKit_SummaryKit.resources/Resources"
[ -x "$binary" ] || { echo "install.sh: no summarykit binary in $from" >&2; exit 1; }
[ -d "$resources" ] || { echo "install.sh: no resource folder $resources" >&2; exit 1; }

mkdir -p "$prefix/bin" "$prefix/share"
# Copy beside the targets, then rename over them: a running summarykit never sees half a copy.
share="$prefix/share/summarykit"
staging="$(mktemp -d "$prefix/share/.summarykit-install.XXXXXX")"
trap 'rm -rf "$staging" "$prefix/bin/.summarykit-install.$$"' EXIT
cp -R "$resources/." "$staging/"
rm -f "$staging/README.md" "$staging/Lexicon/README.md"
chmod -R a+rX "$staging"
cp "$binary" "$prefix/bin/.summarykit-install.$$"
chmod 755 "$prefix/bin/.summarykit-install.$$"
if [ -e "$share" ]; then rm -rf "$share.old.$$" && mv "$share" "$share.old.$$"; fi
mv "$staging" "$share"
rm -rf "$share.old.$$"
mv -f "$prefix/bin/.summarykit-install.$$" "$prefix/bin/summarykit"
echo "installed $prefix/bin/summarykit (resources in $share)"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "note: $prefix/bin is not on PATH; add it, e.g. export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
