#!/usr/bin/env bash
# Adds a migration with the same name to both databases' migration folders, so the SQLite and
# PostgreSQL schemas never drift: scripts/add-migration.sh AddComments
#
# Read docs/migrations.md first. SQLite caution: when a change makes EF rebuild the posts table,
# the full-text triggers (made by Initial) are dropped with it; re-create them in the new migration.
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" \
    --project src/Folio \
    --context "${provider}FolioDbContext" \
    --output-dir "Data/Migrations/${provider}"
done
