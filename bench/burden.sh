#!/usr/bin/env bash
# Runs the burden benchmark (not part of ./mvnw verify): generates the district demo into a fresh test database,
# then, as the demo branch secretary in headless Chromium, records a 支委会 and a 支部党员大会 and prints the page
# loads, clicks, selections, typed fields and typed characters each took, before issue 11 and now.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test -Dtest=BurdenBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false "$@"
