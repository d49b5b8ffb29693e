#!/usr/bin/env bash
# Copy detection end to end (issue 5): starts the application on a fresh embedded store, imports
# ../shared/corpus/dev-pledges.jsonl through POST /api/admin/import/pledges, waits until the copy-check processor
# has checked every pledge, reads every GET /api/pledges/{id}/copy-report and prints the same figures as
# bench/copycheck-eval.sh (same scoring code), computed from what the reports show.
#   bench/copycheck-e2e.sh
# The corpus is found in shared/corpus above the repository (LAMTHEO_CORPUS is not needed).
set -euo pipefail
cd "$(dirname "$0")/.."
# One reactor build (no install into ~/.m2): the modules it needs are built alongside, only this test runs.
exec ./mvnw -B -ntp -pl pledge-service -am verify -Dtest=CopyCheckEndToEndEvaluation -Dlamtheo.e2e=true \
  -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false
