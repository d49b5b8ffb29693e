#!/usr/bin/env bash
# Fuzzes the pledge endpoints (issue #22): the fixed bad requests of PledgeFuzz plus N random ones (malformed JSON,
# wrong types, huge and deeply nested bodies, invalid UTF-8, odd Unicode, huge years and ids, wrong methods and
# content types, bad If-Match and Idempotency-Key) against the application on the embedded store; fails on any 5xx
# or on a rejected request that changed the event store, and prints the answers counted by status and by kind.
# Usage: bench/fuzz-pledges.sh [random-cases] [seed]   (the test in CI: 200 random cases, seed 22)
set -euo pipefail
cd "$(dirname "$0")/.."
RANDOM_CASES="${1:-2000}"
SEED="${2:-22}"
./mvnw -B -ntp -o verify -pl pledge-service -am -Dtest=PledgeFuzzHttpTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dlamtheo.fuzz.random="$RANDOM_CASES" -Dlamtheo.fuzz.seed="$SEED" | grep -E '^FUZZ |Tests run:|FAIL' || true
