#!/usr/bin/env bash
# Event store benchmark on the embedded server: Lamtheo's engine vs the stock MongoEventStorageEngine vs raw
# driver insertOne, side by side, at the store sizes given (default 10k, 100k and 1M events).
# Prints a Markdown table at the end; bench/RESULTS.md records a run. Not a test: nothing here asserts.
#
#   bench/eventstore.sh                      # 10000,100000,1000000
#   bench/eventstore.sh 10000,100000         # other sizes
# Tuning (system properties, after the sizes; BENCH_HEAP=-Xmx8g sets the heap, default -Xmx3g): -Dbench.stockMaxSize=100000 (stock engine skipped above it),
# -Dbench.appends=2000 (appends per writer setting), -Dbench.streamCapSeconds=60 (replay measured at most this long),
# -Dbench.measureCapSeconds=30 (loads and polls: as many runs as fit, at least 3), -Dbench.batchSize=100 (Lamtheo poll size),
# -Dbench.rounds=3 (alternating append rounds beside raw), -Dbench.sizeRounds=9 (alternating load/poll rounds, smallest store
# beside each larger one, for the 1M ÷ 10k ratios)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES="${1:-10000,100000,1000000}"
shift || true
# One reactor build of the event store and the store below it (exec:java would run in every module of an -am build,
# so the benchmark runs in its own JVM); the last module built (platform-eventstore) writes the classpath file.
./mvnw -q -pl platform-eventstore -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/platform-eventstore/target/bench.classpath" >/dev/null
exec java ${BENCH_HEAP:--Xmx3g} \
  -Daxoniq.update-checker.disabled=true \
  -Ddisable-axoniq-console-message=true \
  "$@" \
  -cp "platform-eventstore/target/test-classes:platform-eventstore/target/classes:$(cat platform-eventstore/target/bench.classpath)" \
  vn.lamtheo.platform.eventstore.EventStoreBenchmark "$SIZES"
