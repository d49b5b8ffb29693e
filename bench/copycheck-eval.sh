#!/usr/bin/env bash
# Copy detection evaluation on the shared corpus (issue 5): replays dev-pledges.jsonl in file order through
# check-then-index and compares with dev-labels.jsonl.
#   bench/copycheck-eval.sh [corpusDir] [memory|mongo|both]
# corpusDir defaults to ../shared/corpus (from the repository root; a parent folder's shared/corpus is also found).
# Knobs for studies (defaults are SimilarityConfig.defaults()): JAVA_OPTS="-Dcopycheck.flag=0.3
#   -Dcopycheck.order=reverse|shuffle:SEED -Dcopycheck.dump=/tmp/pairs.tsv" …
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-}"
if [ -z "$corpus" ]; then
  for c in ../shared/corpus ../../shared/corpus ../../../shared/corpus; do
    if [ -f "$c/dev-pledges.jsonl" ]; then corpus="$c"; break; fi
  done
fi
[ -n "$corpus" ] || { echo "corpus not found: pass its folder as the first argument" >&2; exit 1; }
# One reactor build of the similarity module and what its tests use (the embedded store); the last module built
# (similarity) writes the classpath file.
./mvnw -q -pl similarity -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/similarity/target/copycheck.classpath" >/dev/null
exec java -Xmx2g ${JAVA_OPTS:-} \
  -cp "similarity/target/test-classes:similarity/target/classes:$(cat similarity/target/copycheck.classpath)" \
  vn.lamtheo.similarity.evaluation.CopyCheckEvaluationMain "$corpus" "${2:-both}"
