#!/usr/bin/env bash
# Builds Lamtheo and starts the whole system (pledges + model registry) in one process.
# With no MONGODB_URI it runs on the embedded MongoDB-wire server with its data under ./data, in demo mode.
# Extra arguments go to the application, e.g. ./run.sh --server.port=9090
# JAVA_GC_OPTS chooses the garbage collector (default ZGC: its pauses stay under a millisecond; with the JVM's default
# G1, young collections of 34-257 ms fell on copy checks at a million indexed pledges, see bench/RESULTS.md).
# JAVA_OPTS adds JVM options, e.g. JAVA_OPTS=-Xmx8g.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -ntp -DskipTests package
exec java ${JAVA_GC_OPTS:--XX:+UseZGC} ${JAVA_OPTS:-} -Daxoniq.update-checker.disabled=true -Ddisable-axoniq-console-message=true -jar pledge-service/target/pledge-service-0.1.0-SNAPSHOT.jar "$@"
