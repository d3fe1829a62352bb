#!/usr/bin/env bash
# Proves that reorganising migrations keeps the schema: builds Folio at a base commit and as this
# tree stands, lets each migrate a fresh database, and compares the two schemas. When this tree
# has the pre-squash fixtures (tests/Folio.Tests/Data/PreSquash.*.generated.sql), it also makes a
# database from them, lets this tree upgrade it, and compares that schema with the fresh one.
#   scripts/compare-schema.sh <base-ref>        e.g. scripts/compare-schema.sh bea2ed5
# SQLite always; PostgreSQL too when FOLIO_TEST_POSTGRES holds a server's connection string in the
# tests' form ("Host=127.0.0.1;Port=55432;Username=postgres;Password=…"). Needs python3 and, for
# PostgreSQL, psql and a pg_dump at least as new as the server (PG_DUMP overrides which one).
# Rows are not compared (a schema-only view), except that each database's migration history is
# printed for the reader. Exits non-zero when any schema differs.
set -euo pipefail
base=${1:?usage: scripts/compare-schema.sh <base-ref>}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/folio-schema.XXXXXX)
pg_databases=()

cleanup() {
  for database in "${pg_databases[@]}"; do psql -q -d postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null || true; done
  git -C "$root" worktree remove --force "$work/base-tree" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

if [ -n "${FOLIO_TEST_POSTGRES:-}" ]; then
  IFS=';' read -ra pairs <<< "$FOLIO_TEST_POSTGRES"
  for pair in "${pairs[@]}"; do
    case "${pair%%=*}" in
      Host) export PGHOST=${pair#*=} ;;
      Port) export PGPORT=${pair#*=} ;;
      Username) export PGUSER=${pair#*=} ;;
      Password) export PGPASSWORD=${pair#*=} ;;
    esac
  done
  providers=(Sqlite Postgres)
else
  echo "FOLIO_TEST_POSTGRES is not set: comparing on SQLite only."
  providers=(Sqlite)
fi

echo "Building $base and this tree…"
git -C "$root" worktree add --detach --quiet "$work/base-tree" "$base"
dotnet build -v quiet --nologo "$work/base-tree/src/Folio" -o "$work/base-bin" >/dev/null
dotnet build -v quiet --nologo "$root/src/Folio" -o "$work/this-bin" >/dev/null

# A new empty database for one side: sets $settings (environment for Folio) and $dump_target.
new_database() {
  local provider=$1 name=$2
  mkdir -p "$work/$name"
  if [ "$provider" = Postgres ]; then
    local database="folio_schema_${name//-/_}_$$"
    database=${database,,}  # unquoted in CREATE DATABASE, so PostgreSQL folds it to lower case
    psql -q -d postgres -c "CREATE DATABASE $database" >/dev/null
    pg_databases+=("$database")
    settings=(Folio__DataDirectory="$work/$name" Folio__Database=Postgres
      ConnectionStrings__Folio="${FOLIO_TEST_POSTGRES%;};Database=$database")
    dump_target=$database
  else
    settings=(Folio__DataDirectory="$work/$name")
    dump_target="$work/$name/folio.db"
  fi
}

# Start-up migrates the database; `site list` is the shortest command that starts Folio.
migrate_with() {
  env "${settings[@]}" DOTNET_ENVIRONMENT=Production dotnet "$1/Folio.dll" site list >/dev/null
}

apply_sql() {
  local provider=$1 file=$2
  if [ "$provider" = Postgres ]; then
    psql -q -v ON_ERROR_STOP=1 -d "$dump_target" -f "$file" >/dev/null
  else
    # Write-ahead logging, as in every SQLite database that Folio made.
    python3 -c 'import sqlite3, sys; sqlite3.connect(sys.argv[1], isolation_level=None).executescript(open(sys.argv[2], encoding="utf-8-sig").read() + "PRAGMA journal_mode=WAL;")' "$dump_target" "$file"
  fi
}

# The schema as normalised text: names, types, constraints, indexes, triggers. Columns are sorted
# within their table, because a column added by a later migration comes last in that table and
# in its place in a squashed CREATE TABLE; nothing reads columns by position.
dump_schema() {
  local provider=$1
  if [ "$provider" = Postgres ]; then
    "${PG_DUMP:-pg_dump}" --schema-only --no-owner --no-privileges -d "$dump_target" | python3 "$root/scripts/normalise-schema.py" postgres
  else
    python3 "$root/scripts/normalise-schema.py" sqlite "$dump_target"
  fi
}

history_of() {
  local provider=$1
  if [ "$provider" = Postgres ]; then
    psql -qtA -d "$dump_target" -c 'SELECT migration_id FROM "__EFMigrationsHistory" ORDER BY 1'
  else
    python3 -c 'import sqlite3, sys; [print(r[0]) for r in sqlite3.connect(sys.argv[1]).execute("SELECT migration_id FROM __EFMigrationsHistory ORDER BY 1")]' "$dump_target"
  fi
}

status=0
compare() {
  local provider=$1 left=$2 right=$3
  if diff -u "$work/$left.schema" "$work/$right.schema" > "$work/$left-$right.diff"; then
    echo "$provider: $left and $right have the same schema ($(wc -l < "$work/$left.schema") lines)."
  else
    echo "$provider: $left and $right DIFFER:"
    cat "$work/$left-$right.diff"
    status=1
  fi
}

for provider in "${providers[@]}"; do
  fixture="$root/tests/Folio.Tests/Data/PreSquash.$provider.generated.sql"
  sides=("base-fresh:$work/base-bin" "this-fresh:$work/this-bin")
  [ -f "$fixture" ] && sides+=("this-upgraded:$work/this-bin")
  for side in "${sides[@]}"; do
    name=${side%%:*}
    new_database "$provider" "$provider-$name"
    [ "$name" = this-upgraded ] && apply_sql "$provider" "$fixture"
    migrate_with "${side#*:}"
    dump_schema "$provider" > "$work/$provider-$name.schema"
    echo "$provider $name history: $(history_of "$provider" | tr '\n' ' ')"
  done
  compare "$provider" "$provider-base-fresh" "$provider-this-fresh"
  [ -f "$fixture" ] && compare "$provider" "$provider-this-fresh" "$provider-this-upgraded"
done
exit $status
