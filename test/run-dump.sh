#!/usr/bin/env bash
# The user's data survives pg_dump and pg_restore into a fresh database: every
# dashboard view reads the same afterwards.  Needs PGHOST/PGPORT/PGUSER of a
# server where the extension is installed (bin/test provides them).
set -euo pipefail
cd "$(dirname "$0")/.."

src=referat_dump_src
dst=referat_dump_dst
dump=$(mktemp)
trap 'rm -f "$dump"; dropdb --if-exists "$src"; dropdb --if-exists "$dst"' EXIT

psql_() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

# A digest of every dashboard view (and the stored documents), one line each.
views_digest() { psql_ -d "$1" -At -f test/tools/views_digest.sql; }

dropdb --if-exists "$src"
createdb "$src"
psql_ -d "$src" -c 'CREATE EXTENSION referat'
for f in test/corpus/*/*.txt; do
	psql_ -d "$src" -v f="$f" <<-'SQL'
		\set doc `cat :'f'`
		SELECT referat.ingest(:'doc', :'f');
	SQL
done >/dev/null

pg_dump -Fc -f "$dump" "$src"
dropdb --if-exists "$dst"
createdb "$dst"
pg_restore --exit-on-error -d "$dst" "$dump"

before=$(views_digest "$src")
after=$(views_digest "$dst")
echo "$before"
if [[ $(wc -l <<<"$before") -lt 10 || $before != "$after" ]]; then
	diff <(echo "$before") <(echo "$after") || true
	echo "dump and restore changed the views" >&2
	exit 1
fi
echo "pg_dump/pg_restore: $(wc -l <<<"$before") views and the documents identical"
