#!/usr/bin/env bash
# 30-minute soak of a real server with a dataset switch every 3 minutes (issue 9, docs/reliability.md §6).
# Usage: tools/scripts/soak.sh [--minutes 30] [--switch-every 180] [--rate 100] [--scale 0.2]
# Writes ${OUT:-docs/soak}.csv (one row per heap sample) and ${OUT}.png (heap after GC over time).
# Exit code 0 when no request failed and every switch went live.
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK="${WORK:-/tmp/fest-soak}"
OUT="${OUT:-docs/soak}"
[ -f tools/target/fest-tools.jar ] || mvn -B -q -pl tools -am package -DskipTests
mkdir -p "$WORK"
exec java -Xmx1g -jar tools/target/fest-tools.jar soak --work-dir "$WORK" --out "$OUT" "$@"
