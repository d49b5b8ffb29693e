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
export MAVEN_OPTS="${MAVEN_OPTS:--Xmx2g}"
# shellcheck disable=SC2086
exec ./mvnw -B -ntp -q -pl shared-kernel test-compile exec:java \
  -Dexec.mainClass=vn.lamtheo.kernel.similarity.evaluation.CopyCheckEvaluationMain \
  -Dexec.classpathScope=test -Dexec.cleanupDaemonThreads=false \
  -Dexec.args="$corpus ${2:-both}" ${JAVA_OPTS:-}
