#!/usr/bin/env bash
# The store on Citus: a coordinator and two workers on loopback in a temporary
# directory.  referat.distribute() turns a store holding part of the corpus into a
# distributed one; referat-load (its batch path, two workers), referat.ingest and
# referat.load_kle add the rest through the coordinator; the tables are distributed
# and co-located, the parsing runs on the workers; every view, the stored documents
# and referat.search give what a one-node store of the same documents gives, also
# after referat.reparse() and a delete.  Where Citus is not installed it says so and
# passes (bin/test needs no Citus).
set -euo pipefail
source "$(dirname "$0")/../bin/lib.sh"

if [[ ! -f $("$PG_CONFIG" --pkglibdir)/citus.so ]]; then
	echo "skipped: Citus is not installed for PostgreSQL $PG_VERSION ($("$PG_CONFIG" --pkglibdir)/citus.so not found)"
	exit 0
fi

# One node: a cluster with citus preloaded, listening on 127.0.0.1 (the workers
# are reached by TCP).  Sets port_<name>.
declare -A port
next_port=$((55000 + RANDOM % 500))
start_node() {
	local name=$1 dir=$WORK/$1 p
	PGTMP=$dir
	mkdir -m 700 "$dir"
	if ((EUID == 0)); then chown postgres: "$dir"; fi
	as_owner "$PGBIN/initdb" -D "$dir/data" -U postgres -A trust --encoding=UTF8 --locale=C.UTF-8 \
		--no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; return 1; }
	# a port that looks free may still not bind: then the next one
	for ((p = next_port; p < next_port + 20; p++)); do
		(exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && continue
		if as_owner "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o "-p $p -c listen_addresses=127.0.0.1 -c unix_socket_directories='$dir' -c fsync=off -c shared_preload_libraries=citus -c max_prepared_transactions=20" >/dev/null 2>&1; then
			port[$name]=$p
			next_port=$((p + 1))
			return 0
		fi
	done
	cat "$dir/server.log" >&2
	return 1
}
stop_nodes() {
	local name
	for name in coordinator worker1 worker2; do
		[[ -f $WORK/$name/data/postmaster.pid ]] &&
			PGTMP=$WORK/$name as_owner "$PGBIN/pg_ctl" -D "$WORK/$name/data" -m immediate -w stop >/dev/null 2>&1
	done
	PGTMP=
}
trap 'stop_nodes; rm -rf "$WORK"' EXIT

for name in coordinator worker1 worker2; do start_node "$name"; done
export PGHOST=127.0.0.1 PGUSER=postgres PGPORT=${port[coordinator]}
psql_() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }

# Citus 12.1 does not create databases on the workers: each gets its own, with citus.
for name in worker1 worker2; do
	createdb -p "${port[$name]}" referat_citus
	psql_ -p "${port[$name]}" -d referat_citus -c 'CREATE EXTENSION citus'
done
createdb referat_citus
createdb referat_one
psql_ -d referat_citus >/dev/null <<SQL
CREATE EXTENSION citus;
SELECT citus_set_coordinator_host('127.0.0.1', ${port[coordinator]});
SELECT citus_add_node('127.0.0.1', ${port[worker1]});
SELECT citus_add_node('127.0.0.1', ${port[worker2]});
SQL
for db in referat_citus referat_one; do
	psql_ -d "$db" -c 'CREATE EXTENSION referat'
done
echo "Citus $(psql_ -d referat_citus -c "SELECT extversion FROM pg_extension WHERE extname = 'citus'"):" \
	"coordinator and $(psql_ -d referat_citus -c 'SELECT count(*) FROM pg_dist_node WHERE noderole = $$primary$$ AND groupid > 0') workers"

# An existing store turns distributed: the Albertslund minutes first, distribute(), the rest after.
load() { "$(pg_config --bindir)/referat-load" "$@"; }
load -d referat_citus --batch-size 3 test/corpus/albertslund
psql_ -d referat_citus -c 'SELECT referat.distribute(shard_count => 8)'
load -d referat_citus -j 2 --batch-size 3 test/corpus | tail -n 1
load -d referat_one --batch-size 3 test/corpus | tail -n 1
for db in referat_citus referat_one; do
	psql_ -d "$db" -c "SELECT referat.ingest('Punkt 1: Budget 2026
00.30.01-A00-1-24

Beslutning

Godkendt.', 'by hand')" >/dev/null
	psql_ -d "$db" -v emneplan="$(cat test/kle/emneplan.xml)" -v facetter="$(cat test/kle/handlingsfacetter.xml)" >/dev/null <<-'SQL'
		SELECT count(*) FROM referat.load_kle(:'emneplan');
		SELECT count(*) FROM referat.load_kle(:'facetter');
	SQL
done

# Where the rows are: every table distributed and co-located, or a reference table, on both workers.
psql_ -d referat_citus <<'SQL'
SELECT 'distributed: ' || string_agg(logicalrelid::text || ' ' || CASE partmethod WHEN 'h' THEN 'by ' || column_to_column_name(logicalrelid, partkey) ELSE 'reference' END, ', ' ORDER BY logicalrelid::text)
  FROM pg_dist_partition WHERE logicalrelid::text LIKE 'referat.%';
SELECT 'co-located with documents: ' || count(*) FROM pg_dist_partition
 WHERE colocationid = (SELECT colocationid FROM pg_dist_partition WHERE logicalrelid = 'referat.documents'::regclass);
SELECT 'items per worker: ' || string_agg(format('port %s: %s', nodeport, items), ', ' ORDER BY nodeport)
  FROM (SELECT n.nodeport, sum(r.result::integer) AS items
          FROM run_command_on_shards('referat.items', 'SELECT count(*) FROM %s') AS r
          JOIN pg_dist_placement AS p ON p.shardid = r.shardid
          JOIN pg_dist_node AS n ON n.groupid = p.groupid
         GROUP BY n.nodeport) AS w;
SQL

# Parsing a batch is pushed down: each worker parses its own shards (no rows through the coordinator).
plan=$(psql_ -d referat_citus -c "EXPLAIN INSERT INTO referat.items
	SELECT d.id, i.ordinality, i.item_no, i.title, i.raw_title, i.prefix, i.case_no, i.closed, i.item_type, i.slot_start,
	       i.slot_end, i.duration, i.toc_page, i.occasion, i.summary, i.presentation, i.recommendation, i.decision,
	       i.history, i.attachments, i.outcome, i.first_line, i.last_line
	  FROM referat.documents d, referat.items(d.body) WITH ORDINALITY i WHERE d.id = ANY ('{1,2,3}'::bigint[])")
grep -q 'Task Count: [0-9]' <<<"$plan" && grep -q -- '->  Insert on items_[0-9]' <<<"$plan" &&
	! grep -qi 'pull to coordinator\|repartition\|intermediate' <<<"$plan" ||
	{ echo "parsing is not pushed down to the workers:" >&2; echo "$plan" >&2; exit 1; }
echo "parsing: each worker inserts into its shards what it parses of its own ($(grep -m1 -o 'Task Count: [0-9]*' <<<"$plan"))"

# Every view, the documents and a search: the same on Citus as on one node (loaded_at,
# the time each store took a document in, set to one time in both first).
digest() {
	psql_ -d "$1" -f test/tools/views_digest.sql
	psql_ -d "$1" -c "SELECT 'search ' || md5(string_agg(s::text, E'\n' ORDER BY s::text)) FROM referat.search('budget', 50) s"
}
compare() {
	local db
	for db in referat_one referat_citus; do
		psql_ -d "$db" -c "UPDATE referat.documents SET loaded_at = '2026-01-01'"
	done
	diff <(digest referat_one) <(digest referat_citus) >"$WORK/diff" ||
		{ echo "$1: Citus and one node differ:" >&2; cat "$WORK/diff" >&2; exit 1; }
	echo "$1: $(digest referat_one | wc -l) views, the documents and a search as on one node"
}
compare "loaded"
titled=$(psql_ -d referat_citus -c "SELECT count(*) FROM referat.decisions_per_kle_v WHERE main_group_title IS NOT NULL")
((titled > 0)) || { echo "no KLE titles on Citus" >&2; exit 1; }
echo "KLE reference tables: $titled rows of decisions_per_kle_v with their main group's title"

# reparse() and a delete on the coordinator
for db in referat_citus referat_one; do
	psql_ -d "$db" -c "SELECT referat.reparse()" >/dev/null
	psql_ -d "$db" -c "DELETE FROM referat.documents WHERE source LIKE '%/albertslund/000_%'"
done
compare "after reparse() and a delete"
