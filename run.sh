#!/usr/bin/env bash
# Builds Lamtheo and starts the whole system (pledges + model registry) in one process.
# With no MONGODB_URI it runs on the embedded MongoDB-wire server with its data under ./data, in demo mode.
# Extra arguments go to the application, e.g. ./run.sh --server.port=9090
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -ntp -DskipTests package
exec java -Daxoniq.update-checker.disabled=true -Ddisable-axoniq-console-message=true -jar pledge-service/target/pledge-service-0.1.0-SNAPSHOT.jar "$@"
