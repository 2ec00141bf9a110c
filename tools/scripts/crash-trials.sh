#!/usr/bin/env bash
# kill -9 trials of a real server during full loads and increments (issue 9, docs/reliability.md §2).
# Usage: tools/scripts/crash-trials.sh [--trials 50] [--seed N] [--scales 0.02,0.1]
# Builds the tools jar when missing; scratch files go to ${WORK:-/tmp/fest-crash-trials}; the per-trial CSV to
# ${REPORT:-$WORK/crash-trials.csv}. Exit code 0 when every trial restarted to exactly the old or the new dataset.
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK="${WORK:-/tmp/fest-crash-trials}"
REPORT="${REPORT:-$WORK/crash-trials.csv}"
[ -f tools/target/fest-tools.jar ] || mvn -B -q -pl tools -am package -DskipTests
mkdir -p "$WORK"
exec java -Xmx1g -jar tools/target/fest-tools.jar crash-trials --work-dir "$WORK" --report "$REPORT" "$@"
