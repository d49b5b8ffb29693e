#!/usr/bin/env bash
# Repeats the probes of issue #23 (fuzzed bodies, header values and URLs, a chunked oversized body, oversized fields,
# parallel creates with and without an Idempotency-Key) against the application on the embedded store, at a larger
# scale than CI's, and prints the counts by status. Usage: bench/probe.sh [scale]   (CI runs scale 1; default here 20)
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE="${1:-20}"  # Maven passes -D properties on to the test JVM
./mvnw -B -ntp -o verify -pl pledge-service -am -Dtest=HttpProbeTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dlamtheo.probe.scale="$SCALE" | grep -E '^probe |Tests run:|FAIL' || true
