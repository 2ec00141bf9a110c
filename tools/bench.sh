#!/usr/bin/env bash
# Every performance target of issue 8 in one run (about 5 minutes on 2 cores): builds the tools jar, then
# `fest-tools bench-all` generates the scale-1.0 file, runs bench-ingest, starts the server on the dataset, loads it
# (floor, typeahead, pack, check, mix, floor) and prints one table. Extra arguments go to bench-all
# (e.g. --jfr, --duration 30s, --work-dir DIR). Run from anywhere; see docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl tools -am package -DskipTests
exec java -jar tools/target/fest-tools.jar bench-all "$@"
