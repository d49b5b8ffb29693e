#!/usr/bin/env bash
# Online backup of the embedded store while Lamtheo runs: asks the running service for a consistent copy of its
# data file (GET /api/admin/backup, ADMIN only) and saves it as a zip. Restore it with scripts/restore.sh.
# With a real MongoDB use mongodump instead (README, "Backup and restore").
#   LAMTHEO_URL    the service (default http://localhost:8080)
#   LAMTHEO_ADMIN  an ADMIN account as user:password (curl asks for the password when only the user is given)
# usage: scripts/backup.sh [file.zip]      (default: lamtheo-backup-<UTC time>.zip in the current folder)
set -euo pipefail
out="${1:-lamtheo-backup-$(date -u +%Y%m%d-%H%M%S).zip}"
: "${LAMTHEO_ADMIN:?set LAMTHEO_ADMIN=user:password of an ADMIN account}"
curl --fail-with-body -sS -u "$LAMTHEO_ADMIN" -o "$out.part" "${LAMTHEO_URL:-http://localhost:8080}/api/admin/backup"
mv "$out.part" "$out"
echo "Backup written to $out"
