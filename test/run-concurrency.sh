#!/usr/bin/env bash
# Concurrent load: pgbench clients parse, search and load documents at the
# same time; afterwards no client saw an error, every load that committed is
# stored exactly once with all its parsed rows, and nothing else is.  Then one
# long-lived backend parses documents in batches and its memory must stay
# flat.  The short form runs under bin/test; CONCURRENCY_SECONDS=180
# CONCURRENCY_PARSES=10000 gives the long form.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${CONCURRENCY_SECONDS:-15}
parses=${CONCURRENCY_PARSES:-2000}
clients=8
db=referat_concurrency_test
dir=$(mktemp -d)
trap 'rm -rf "$dir"; dropdb --if-exists "$db"' EXIT
q() { psql -X -At -v ON_ERROR_STOP=1 -d "$db" "$@"; }

dropdb --if-exists "$db"
createdb "$db"
q -q -c 'CREATE EXTENSION referat' \
	-c 'CREATE TABLE bench_docs (id int PRIMARY KEY, body text NOT NULL)' \
	-c 'CREATE TABLE bench_log (n bigint, id bigint NOT NULL)'
n=0
for f in test/corpus/*/*.txt; do
	n=$((n + 1))
	q -q -v f="$f" -v n=$n <<-'SQL'
		\set doc `cat :'f'`
		INSERT INTO bench_docs VALUES (:n, :'doc');
	SQL
done

cat >"$dir/parse.sql" <<'SQL'
\set id random(1, 9)
SELECT count(*), max(title) FROM referat.items((SELECT body FROM bench_docs WHERE id = :id));
SQL
cat >"$dir/search.sql" <<'SQL'
\set w random(1, 4)
SELECT count(*) FROM referat.search((ARRAY['sygefravær', 'budget', '"Havnens Perle"', 'EMN-2025-008468'])[:w]);
SQL
# a load logs its id in the same transaction: what committed is in the log
cat >"$dir/load.sql" <<'SQL'
\set id random(1, 9)
\set n random(1, 400)
INSERT INTO bench_log SELECT :n, referat.ingest(body || E'\n' || :n, 'bench ' || :id || ' ' || :n)
  FROM bench_docs WHERE id = :id;
SQL

pgbench -n -c $clients -j 2 -T "$seconds" -d "$db" \
	-f "$dir/parse.sql@4" -f "$dir/search.sql@3" -f "$dir/load.sql@3" >"$dir/pgbench.log" 2>&1 ||
	{ cat "$dir/pgbench.log"; echo "pgbench failed" >&2; exit 1; }
grep -E '^(number of (transactions actually processed|failed transactions)|tps)' "$dir/pgbench.log"
grep -q '^number of failed transactions: 0 ' "$dir/pgbench.log" || { cat "$dir/pgbench.log"; exit 1; }

# every logged load is stored, once, with its parsed rows; nothing else is
check=$(q <<-'SQL'
	SELECT (SELECT count(*) FROM bench_log) AS loads,
	       (SELECT count(DISTINCT id) FROM bench_log) AS distinct_loaded,
	       (SELECT count(*) FROM referat.documents) AS documents,
	       (SELECT count(*) FROM bench_log l WHERE NOT EXISTS (SELECT FROM referat.documents d WHERE d.id = l.id)) AS lost,
	       (SELECT count(*) FROM referat.documents d WHERE NOT EXISTS (SELECT FROM bench_log l WHERE l.id = d.id)) AS unlogged,
	       (SELECT count(*) FROM referat.documents d WHERE NOT EXISTS (SELECT FROM referat.meetings m WHERE m.document_id = d.id)) AS unparsed,
	       (SELECT count(*) FROM referat.documents d
	         WHERE (SELECT count(*) FROM referat.items i WHERE i.document_id = d.id)
	               <> (SELECT count(*) FROM referat.items(d.body))) AS wrong_items
	SQL
)
IFS='|' read -r loads distinct documents lost unlogged unparsed wrong <<<"$check"
echo "loads $loads, distinct documents $distinct, stored $documents, lost $lost, unlogged $unlogged, unparsed $unparsed, wrong item counts $wrong"
[[ $loads -gt 0 && $documents -eq $distinct && $lost -eq 0 && $unlogged -eq 0 && $unparsed -eq 0 && $wrong -eq 0 ]]

# one backend parses $parses documents in ten batches; its resident memory
# after each batch (from /proc) must not grow
coproc PSQL { psql -X -At -v ON_ERROR_STOP=1 -d "$db" 2>&1; }
echo 'SELECT pg_backend_pid();' >&"${PSQL[1]}"
read -r pid <&"${PSQL[0]}"
rss=()
for batch in $(seq 10); do
	echo "SELECT count(*) FROM generate_series(1, $((parses / 10))) g,
	        LATERAL referat.items((SELECT body FROM bench_docs WHERE id = 1 + g % 9)) i;" >&"${PSQL[1]}"
	read -r rows <&"${PSQL[0]}"
	rss+=("$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")")
done
echo '\q' >&"${PSQL[1]}"
wait "$PSQL_PID" || true
echo "backend RSS (kB) after each of 10 batches of $((parses / 10)) parses: ${rss[*]}"
# flat: the last batches hold no more than 4 MB over the second (the first warms caches)
(( rss[9] <= rss[1] + 4096 )) || { echo "backend memory grows" >&2; exit 1; }
echo "concurrency: $clients clients for ${seconds}s without error, loads exact, backend memory flat"
