#!/usr/bin/env bash
# Copy detection benchmark (issue 5): index N synthetic pledges (corpus sentences recombined) into the embedded
# MongoDB, time single checks (p50/p95/p99), indexing throughput, index size per pledge, and the naive baseline.
#   bench/copycheck-bench.sh [sizes=10000,100000,1000000] [checks=200] [indexBudgetMinutes=20] [corpusDir] [mongo|memory]
# Knobs: JAVA_OPTS="-Dcopycheck.indexBatch=5000 -Dcopycheck.cachedPostings=2000000" (cachedPostings=0: no postings cache)
#        -Dcopycheck.ownWriters=100 -Dcopycheck.ownShare=0.5: one pledge in 100 writes half its sentences itself; the
#        copy probes copy those (recombined corpus text alone is stock from ~100k pledges on and carries no evidence)
#        JAVA_GC_OPTS=-XX:+UseG1GC: another collector than the one run.sh starts the application with (ZGC)
#        -Dcopycheck.store=DIR keeps the index in DIR; a later run with the same DIR and size times the checks only
#        -Dcopycheck.warmup=20 untimed checks first; -Dcopycheck.jfr=FILE records the timed checks with JFR
#        -Dcopycheck.gcBeforeChecks=true: one full collection between the bulk load and the timed checks
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${4:-}"
if [ -z "$corpus" ]; then
  for c in ../shared/corpus ../../shared/corpus ../../../shared/corpus; do
    if [ -f "$c/dev-pledges.jsonl" ]; then corpus="$c"; break; fi
  done
fi
[ -n "$corpus" ] || { echo "corpus not found: pass its folder as the fourth argument" >&2; exit 1; }
# One reactor build of the similarity module and what its tests use (the embedded store); the last module built
# (similarity) writes the classpath file.
./mvnw -q -pl similarity -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/similarity/target/copycheck.classpath" >/dev/null
exec java -Xmx3g ${JAVA_GC_OPTS:--XX:+UseZGC} ${JAVA_OPTS:-} \
  -cp "similarity/target/test-classes:similarity/target/classes:$(cat similarity/target/copycheck.classpath)" \
  vn.lamtheo.similarity.bench.CopyCheckBenchmarkMain "$corpus" "${1:-10000,100000,1000000}" "${2:-200}" "${3:-20}" "${5:-mongo}"
