#!/usr/bin/env bash
# ALTER EXTENSION referat UPDATE from every earlier release whose install script
# is kept in src/sql/versions/: install that version, load the corpus into the
# store, update, and then
#  - the stored documents are what they were, byte for byte;
#  - the extension's objects equal those of a fresh install of the current
#    version: the same members, and the same definitions in pg_dump (each
#    object that differs is named, with a diff of its definition);
#  - after referat.reparse() every table and view of schema referat holds the
#    rows a fresh install's store holds after loading the same corpus.
# Needs PGHOST/PGPORT/PGUSER of a server where the extension is installed (bin/test
# provides them).
set -euo pipefail
cd "$(dirname "$0")/.."

current=$(sed -n "s/^default_version = '\(.*\)'/\1/p" referat.control)
fresh=referat_upgrade_fresh
old=referat_upgrade_old
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; dropdb --if-exists "$old"; dropdb --if-exists "$fresh"' EXIT

psql_() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

# The corpus as one psql script: the text documents as they are, the FirstAgenda
# JSON through referat.from_firstagenda, as referat-load stores them (the
# loader itself may call what an older version lacks).
for f in test/corpus/*/*.txt; do
	printf '\\set doc `cat %s`\nSELECT referat.ingest(:'"'doc'"', %s);\n' "$f" "'$f'"
done >"$tmp/load.sql"
for f in test/corpus/*/*.json; do
	printf '\\set doc `cat %s`\nSELECT referat.ingest(referat.from_firstagenda(:'"'doc'"'), %s);\n' "$f" "'$f'"
done >>"$tmp/load.sql"

# One line per table and view of schema referat: name, rows, digest of the
# rows (loaded_at left out: it is the time of loading).
rows_digest() {
	psql_ -d "$1" -At -F ' ' <<-'SQL'
		SELECT format($q$SELECT %L, count(*), md5(coalesce(string_agg(r, E'\n' ORDER BY r), ''))
		                  FROM (SELECT (to_jsonb(t) - 'loaded_at')::text AS r FROM referat.%I AS t) AS s$q$,
		              c.relname, c.relname)
		  FROM pg_class c
		 WHERE c.relnamespace = 'referat'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')
		 ORDER BY c.relname
		\gexec
	SQL
}
rows_of() {
	psql_ -d "$1" -At -c "SELECT (to_jsonb(t) - 'loaded_at')::text AS r FROM referat.$2 AS t ORDER BY 1"
}

# The extension's members, and its configuration tables (pg_extension_config_dump).
members() {
	psql_ -d "$1" -At <<-'SQL'
		SELECT pg_describe_object(classid, objid, objsubid)
		  FROM pg_depend
		 WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
		   AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'referat')
		UNION ALL
		SELECT 'configuration table ' || c::regclass || coalesce(' WHERE ' || nullif(w, ''), '')
		  FROM pg_extension, unnest(extconfig, extcondition) AS t(c, w)
		 WHERE extname = 'referat'
		 ORDER BY 1;
	SQL
}

# pg_dump leaves out the members of an extension (CREATE EXTENSION makes them),
# so release them from it first: then the dump holds every one's definition,
# comment and privileges.  The database is of no use to the extension afterwards.
schema_dump() {
	psql_ -d "$1" <<-'SQL'
		DO $$
		DECLARE o record;
		BEGIN
			FOR o IN SELECT (pg_identify_object(classid, objid, 0)).*
			           FROM pg_depend
			          WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
			            AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'referat')
			LOOP
				EXECUTE format('ALTER EXTENSION referat DROP %s %s', o.type, o.identity);
			END LOOP;
		END $$;
	SQL
	pg_dump --schema-only -d "$1" -f "$2"
}

failed=0
differ() { echo "FAILED: $*" >&2; failed=1; }

dropdb --if-exists "$fresh"
createdb "$fresh"
psql_ -d "$fresh" -c 'CREATE EXTENSION referat'
psql_ -d "$fresh" -f "$tmp/load.sql" >/dev/null
rows_digest "$fresh" >"$tmp/rows-fresh"
members "$fresh" >"$tmp/members-fresh"
echo "fresh $current: $(wc -l <"$tmp/members-fresh") members, $(awk '$1 == "documents" {print $2}' "$tmp/rows-fresh") documents stored"
schema_dump "$fresh" "$tmp/dump-fresh.sql"

versions=0
for script in src/sql/versions/referat--*.sql; do
	from=$(basename "$script" .sql)
	from=${from#referat--}
	[[ $from != *--* ]] || continue     # an upgrade script, not an install script
	versions=$((versions + 1))
	echo "--- from $from"

	dropdb --if-exists "$old"
	createdb "$old"
	psql_ -d "$old" -c "CREATE EXTENSION referat VERSION '$from'"
	psql_ -d "$old" -f "$tmp/load.sql" >/dev/null
	documents_before=$(psql_ -d "$old" -At -c 'SELECT md5(string_agg(d::text, E'"'\n'"' ORDER BY id)) FROM referat.documents AS d')

	psql_ -d "$old" -c 'ALTER EXTENSION referat UPDATE'
	got=$(psql_ -d "$old" -At -c "SELECT extversion FROM pg_extension WHERE extname = 'referat'")
	[[ $got == "$current" ]] || differ "$from: ALTER EXTENSION referat UPDATE went to $got, not $current"

	documents_after=$(psql_ -d "$old" -At -c 'SELECT md5(string_agg(d::text, E'"'\n'"' ORDER BY id)) FROM referat.documents AS d')
	if [[ $documents_after == "$documents_before" ]]; then
		echo "$from: the stored documents are intact"
	else
		differ "$from: the update changed referat.documents"
	fi

	members "$old" >"$tmp/members-old"
	if diff -U0 --label "$from updated to $current" --label "fresh $current" \
		"$tmp/members-old" "$tmp/members-fresh" >"$tmp/members.diff"; then
		echo "$from: the same $(wc -l <"$tmp/members-old") members as a fresh $current"
	else
		differ "$from: the extension's members differ (- only after the update, + only in a fresh install):"
		grep -v '^@@' "$tmp/members.diff" >&2
	fi

	psql_ -d "$old" -At -c 'SELECT referat.reparse()' >/dev/null
	rows_digest "$old" >"$tmp/rows-old"
	if [[ $(wc -l <"$tmp/rows-old") -ge 30 ]] && cmp -s "$tmp/rows-old" "$tmp/rows-fresh"; then
		echo "$from: after referat.reparse() the $(wc -l <"$tmp/rows-old") tables and views hold the rows of a fresh store"
	else
		differ "$from: after referat.reparse() tables or views differ from a fresh store (name, rows, digest):"
		diff --label "$from updated" --label "fresh $current" "$tmp/rows-old" "$tmp/rows-fresh" >&2 || true
		join <(sort "$tmp/rows-old") <(sort "$tmp/rows-fresh") | awk '$3 != $5 {print $1}' |
			while read -r rel; do
				echo "rows of referat.$rel:" >&2
				diff --label "$from updated" --label "fresh $current" \
					<(rows_of "$old" "$rel") <(rows_of "$fresh" "$rel") | head -n 20 >&2 || true
			done
	fi

	schema_dump "$old" "$tmp/dump-old.sql"
	if python3 test/tools/schema_diff.py "$from updated to $current" "$tmp/dump-old.sql" \
		"fresh $current" "$tmp/dump-fresh.sql" >"$tmp/schema.diff"; then
		echo "$from: $(tail -n 1 "$tmp/schema.diff") from a fresh $current in pg_dump"
	else
		differ "$from: definitions differ from a fresh install (pg_dump of both, object by object):"
		cat "$tmp/schema.diff" >&2
	fi
done

((versions > 0)) || differ "no earlier install script in src/sql/versions"
exit $failed
