#!/usr/bin/env bash
# Runs the foundation benchmark (not part of ./mvnw verify): generates city-tier data into
# target/bench-pg on the first run (a few minutes), then prints each goal's measured value and ratio.
# Heap is capped at 1 GB to show the 100,000-row import does not need a large heap.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test -Dtest=FoundationBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="-Xmx1g" "$@"
