#!/usr/bin/env bash
# Copy detection evaluation (issues 5, 17): replays dev-pledges.jsonl in file order through check-then-index and
# compares with dev-labels.jsonl.
#   bench/copycheck-eval.sh [corpusDir[,corpusDir2...]] [memory|mongo|both]
# corpusDir defaults to ../shared/corpus (from the repository root; a parent folder's shared/corpus is also found);
# "all" evaluates that corpus and the second corpus bench/corpus2/data (python3 bench/corpus2/generate.py makes it).
# Knobs for studies (defaults are SimilarityConfig.defaults()): JAVA_OPTS="-Dcopycheck.flag=0.3
#   -Dcopycheck.evidenceFalsePairs=0.001 -Dcopycheck.order=reverse|shuffle:SEED -Dcopycheck.dump=/tmp/pairs-{n}.tsv" …
# Runs inside Maven (exec:java, test classpath): MAVEN_OPTS sets the heap (default -Xmx2g).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-}"
shared=""
for c in ../shared/corpus ../../shared/corpus ../../../shared/corpus; do
  if [ -f "$c/dev-pledges.jsonl" ]; then shared="$c"; break; fi
done
case "$corpus" in
  "") corpus="$shared" ;;
  all) [ -f bench/corpus2/data/dev-pledges.jsonl ] || python3 bench/corpus2/generate.py
       corpus="$shared,bench/corpus2/data" ;;
esac
[ -n "$corpus" ] || { echo "corpus not found: pass its folder as the first argument" >&2; exit 1; }
# One reactor build of the similarity module and what its tests use (the embedded store); the last module built
# (similarity) writes the classpath file.
./mvnw -q -pl similarity -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/similarity/target/copycheck.classpath" >/dev/null
exec java -Xmx2g ${JAVA_OPTS:-} \
  -cp "similarity/target/test-classes:similarity/target/classes:$(cat similarity/target/copycheck.classpath)" \
  vn.lamtheo.similarity.evaluation.CopyCheckEvaluationMain "$corpus" "${2:-both}"
