#!/usr/bin/env bash
# Copy detection end to end (issues 5, 17): starts the application on a fresh embedded store per corpus, imports its
# dev-pledges.jsonl through POST /api/admin/import/pledges, waits until the copy-check processor has checked every
# pledge, reads every GET /api/pledges/{id}/copy-report and prints the same figures as bench/copycheck-eval.sh
# (same scoring code), computed from what the reports show.
#   bench/copycheck-e2e.sh            # the shared corpus (shared/corpus above the repository), then bench/corpus2/data
#   bench/copycheck-e2e.sh DIR[,DIR]  # other corpora
set -euo pipefail
cd "$(dirname "$0")/.."
corpora="${1:-}"
if [ -z "$corpora" ]; then
  for c in ../shared/corpus ../../shared/corpus ../../../shared/corpus; do
    if [ -f "$c/dev-pledges.jsonl" ]; then corpora="$(cd "$c" && pwd)"; break; fi
  done
  [ -f bench/corpus2/data/dev-pledges.jsonl ] || python3 bench/corpus2/generate.py
  corpora="${corpora:+$corpora,}$PWD/bench/corpus2/data"
fi
# One reactor build (no install into ~/.m2): the modules it needs are built alongside, only this test runs.
exec ./mvnw -B -ntp -pl pledge-service -am verify -Dtest=CopyCheckEndToEndEvaluation -Dlamtheo.e2e=true \
  -Dlamtheo.e2e.corpora="$corpora" -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false "${@:2}"
