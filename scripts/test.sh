#!/usr/bin/env bash
# The test command: installs what is missing, then runs the whole test suite and prints how long
# each suite took, slowest first. Arguments go to `swift test`.
#
# SUMMARYKIT_TESTS=fast leaves out the suites tagged `.slow` (huge inputs, memory limits, killed
# processes); SUMMARYKIT_TESTS=slow runs only them; all (the default) runs everything. This
# toolchain's `swift test` cannot filter by tag, so the slow suites are named here by type
# (SlowSuiteListTests checks that this list is exactly the suites tagged `.slow`).
set -euo pipefail
cd "$(dirname "$0")/.."
slow_suites='InstallTests|InterruptionTests|MemoryLimitTests|StatsRobustnessTests|HostileOutputTests|HostileInputTests|LargeInputTests'
selection=()
case "${SUMMARYKIT_TESTS:-all}" in
  all) ;;
  fast) selection=(--skip "$slow_suites") ;;
  slow) selection=(--filter "$slow_suites") ;;
  *) echo "test.sh: SUMMARYKIT_TESTS is all, fast or slow, not '${SUMMARYKIT_TESTS}'" >&2; exit 2 ;;
esac
bash scripts/bootstrap.sh
swift build --build-tests
log=$(mktemp "${TMPDIR:-/tmp}/summarykit-test-log.XXXXXX")
trap 'rm -f "$log"' EXIT
status=0
swift test --skip-build ${selection[@]+"${selection[@]}"} "$@" 2>&1 | tee "$log" || status=$?
# Swift Testing reports `✔ Suite "NAME" passed after 12.345 seconds.` (or failed … with N issues).
# Suites run in parallel and all start with the run, so a suite's time is when its last test
# finished: the suites at the top are the ones the run waits for.
echo
echo "Suite times (seconds from the start of the run until the suite finished; suites run in parallel):"
sed -nE 's/^.*Suite "(.*)" (passed|failed) after ([0-9.]+) seconds.*$/\3\t\2\t\1/p' "$log" \
  | sort -t$'\t' -k1,1 -rn \
  | awk -F'\t' '{ printf "  %8.1f s  %-6s  %s\n", $1, $2, $3 }'
exit "$status"
