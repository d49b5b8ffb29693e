#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into the embedded store's data folder. Stop Lamtheo first: a running
# Lamtheo holds a lock on its data file, and the restore then refuses and changes nothing. The backup is checked
# before anything is replaced; the data file it replaces is kept as lamtheo.mv.db.before-restore-<UTC time>.
# usage: scripts/restore.sh <backup.zip> [data folder]     (default ./data, or LAMTHEO_DATA_DIR)
# An encrypted store's backup is restored with its key in LAMTHEO_STORE_ENCRYPTION_KEY, as Lamtheo runs with it.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: scripts/restore.sh <backup.zip> [data folder]" >&2; exit 2; }
backup="$(realpath "$1")"
data="${2:-${LAMTHEO_DATA_DIR:-./data}}"
jar=pledge-service/target/pledge-service-0.1.0-SNAPSHOT.jar
[ -f "$jar" ] || ./mvnw -q -B -ntp -DskipTests package
exec java -cp "$jar" -Dloader.main=vn.lamtheo.platform.store.StoreBackup \
  org.springframework.boot.loader.launch.PropertiesLauncher "$backup" "$data"
