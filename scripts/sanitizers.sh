#!/usr/bin/env bash
# Runs the whole test suite once under AddressSanitizer and once under ThreadSanitizer, each in a
# build folder of its own. Leak detection is off: the only leaks LeakSanitizer reports are
# XCTest's own runner objects at exit (a few hundred bytes), not the toolkit's.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
for sanitizer in address thread; do
  echo "== swift test --sanitize=$sanitizer"
  swift build --build-tests --sanitize="$sanitizer" --scratch-path ".build-$sanitizer"
  # SUMMARYKIT_SANITIZER: tests that cap the address space skip (the shadow memory needs terabytes).
  SUMMARYKIT_SANITIZER="$sanitizer" ASAN_OPTIONS=detect_leaks=0 TSAN_OPTIONS=halt_on_error=1 \
    swift test --skip-build --sanitize="$sanitizer" --scratch-path ".build-$sanitizer"
done
