#!/usr/bin/env bash
# referat-load when things go wrong, on 10 MB of generated minutes (bench/generate):
#  - a batch the server refuses stores none of its documents; the file that broke
#    it is named, the others of the batch load one by one;
#  - a load killed mid-batch (SIGKILL of referat-load) and a load whose connection
#    is ended (pg_terminate_backend) leave whole documents only: every stored
#    document parsed, no parsed row without its document; the same command run
#    again completes the load;
#  - -j 2 stores exactly what -j 1 stores;
#  - a role that may not make temporary tables (where batches go by COPY)
#    loads them as array literals.
# Waits for states of the server, never for a length of time.
set -euo pipefail
cd "$(dirname "$0")/.."

db=referat_loader_faults
dir=$(mktemp -d)
loader_pid=
trap '[[ -n $loader_pid ]] && kill -9 $loader_pid 2>/dev/null; rm -rf "$dir"; dropdb --if-exists "$db"; dropdb --if-exists "${db}_j2"; dropdb --if-exists "${db}_notemp"; dropuser --if-exists referat_notemp' EXIT
referat_load=$(pg_config --bindir)/referat-load
load() { "$referat_load" "$@"; }
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" -c "$1"; }

python3 bench/generate --size 10MB "$dir/gen" >/dev/null
total=$(ls "$dir"/gen/*.txt | wc -l)
for d in "$db" "${db}_j2"; do
	dropdb --if-exists "$d"
	createdb "$d"
	psql -X -q -d "$d" -c 'CREATE EXTENSION referat'
done

# Whole documents only: every stored document has its parsed rows, no parsed row lacks its document.
whole() {
	local half orphans
	half=$(q "SELECT count(*) FROM referat.documents d
	           WHERE NOT EXISTS (SELECT FROM referat.meetings m WHERE m.document_id = d.id)")
	orphans=$(q "SELECT (SELECT count(*) FROM referat.items i WHERE NOT EXISTS (SELECT FROM referat.documents d WHERE d.id = i.document_id))
	                  + (SELECT count(*) FROM referat.meetings m WHERE NOT EXISTS (SELECT FROM referat.documents d WHERE d.id = m.document_id))")
	[[ $half -eq 0 && $orphans -eq 0 ]] || { echo "$1: $half documents without parsed rows, $orphans parsed rows without document" >&2; exit 1; }
}
# Wait until the loader has stored a batch and its connection is inside the next one.
in_batch() {
	local before=$1
	until [[ $(q "SELECT count(*) FROM referat.documents") -gt $before &&
		$(q "SELECT count(*) FROM pg_stat_activity WHERE datname = '$db'
		      AND application_name = 'referat-load' AND state = 'active' AND query LIKE '%ingest_batch%'") -gt 0 ]]; do
		kill -0 "$loader_pid" 2>/dev/null || { echo "the load ended before a batch was caught" >&2; exit 1; }
		sleep 0.02
	done
}

# 1. A batch the server refuses.  A check the text of one document breaks stands in
# for any error of the server.
mkdir -p "$dir/broken"
cp "$dir"/gen/00000[0-3].txt "$dir/broken/"
printf 'Punkt 1: Til sletning\n' >"$dir/broken/000002b.txt"
q "ALTER TABLE referat.items ADD CONSTRAINT no_deletion CHECK (title <> 'Til sletning') NOT VALID"
status=0
out=$(load -d "$db" "$dir/broken") || status=$?
echo "$out"
[[ $status -eq 1 ]] || { echo "refused batch: exit $status, want 1" >&2; exit 1; }
grep -qx "failed: $dir/broken/000002b.txt: new row for relation \"items\" violates check constraint \"no_deletion\"" <<<"$out"
grep -qx '4 loaded, 0 already present, 1 failed' <<<"$out"
q "ALTER TABLE referat.items DROP CONSTRAINT no_deletion"
[[ $(q "SELECT count(*) FROM referat.documents WHERE source LIKE '%000002b.txt'") -eq 0 ]]
whole "refused batch"
q "DELETE FROM referat.documents"
echo "referat-load: a refused batch stores nothing of itself, names its file, the others load"

# 2. SIGKILL of referat-load while a batch is in the server.
"$referat_load" -d "$db" --batch-size 5 "$dir/gen" >/dev/null 2>&1 &
loader_pid=$!
in_batch 0
kill -9 "$loader_pid"
wait "$loader_pid" 2>/dev/null || true
loader_pid=
# the server ends the killed client's transaction when it finds the connection gone
until [[ $(q "SELECT count(*) FROM pg_stat_activity WHERE datname = '$db' AND application_name = 'referat-load'") -eq 0 ]]; do
	sleep 0.02
done
stored=$(q 'SELECT count(*) FROM referat.documents')
((stored < total)) || { echo "SIGKILL: all $total documents stored before the kill" >&2; exit 1; }
whole "after SIGKILL"
echo "SIGKILL mid-batch: $stored of $total documents stored, each whole"

# 3. pg_terminate_backend of its connection: referat-load reports and stops, exit 1.
"$referat_load" -d "$db" --batch-size 5 "$dir/gen" >"$dir/terminated.out" 2>&1 &
loader_pid=$!
in_batch "$stored"
q "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$db' AND application_name = 'referat-load'" >/dev/null
status=0
wait "$loader_pid" || status=$?
loader_pid=
cat "$dir/terminated.out"
[[ $status -eq 1 ]] || { echo "terminated: exit $status, want 1" >&2; exit 1; }
grep -q '^stopped: the connection was lost (.*); [0-9]* files not tried; run the same command again to load the rest$' "$dir/terminated.out"
whole "after pg_terminate_backend"
stored=$(q 'SELECT count(*) FROM referat.documents')
((stored < total)) || { echo "terminate: all $total documents stored" >&2; exit 1; }
echo "pg_terminate_backend mid-batch: $stored of $total documents stored, each whole"

# 4. The same command again completes the load.
out=$(load -d "$db" --batch-size 5 "$dir/gen")
echo "$out"
grep -q "^$((total - stored)) loaded, $stored already present, 0 failed" <<<"$out"
[[ $(q 'SELECT count(*) FROM referat.documents') -eq $total ]]
whole "after the rerun"
echo "the same command again: the rest loaded, each document whole"

# 5. -j 2 stores what -j 1 stored (the digest of every parsed table, documents keyed by text)
out=$(load -d "${db}_j2" -j 2 --batch-size 7 "$dir/gen")
echo "-j 2: $out"
grep -q "^$total loaded, 0 already present, 0 failed" <<<"$out"
digest() {
	psql -X -At -v ON_ERROR_STOP=1 -d "$1" -c "
	SELECT t, md5(string_agg(r, E'\n' ORDER BY r)) FROM (
	  SELECT 'meetings' t, m::text r FROM referat.meetings m UNION ALL
	  SELECT 'items', (i.document_id, i.seq, i.item_no, i.title, i.case_no, i.outcome, i.decision, i.tsv)::text FROM referat.items i UNION ALL
	  SELECT 'proposals', p::text FROM referat.proposals p UNION ALL
	  SELECT 'attachments', a::text FROM referat.attachments a UNION ALL
	  SELECT 'history', h::text FROM referat.history h UNION ALL
	  SELECT 'amounts', a::text FROM referat.amounts a UNION ALL
	  SELECT 'dates', d::text FROM referat.dates d UNION ALL
	  SELECT 'positions', p::text FROM referat.positions p UNION ALL
	  SELECT 'absences', a::text FROM referat.absences a UNION ALL
	  SELECT 'attendees', a::text FROM referat.attendees a UNION ALL
	  SELECT 'documents', (d.id, d.body)::text FROM referat.documents d) x GROUP BY t ORDER BY t"
}
diff <(digest "$db") <(digest "${db}_j2") || { echo "-j 2 stored other rows than -j 1" >&2; exit 1; }
echo "referat-load -j 2: the same rows in every table as one worker"

# 6. A role without the TEMPORARY privilege: the batches go as array literals.
dropdb --if-exists "${db}_notemp"
createdb "${db}_notemp"
dropuser --if-exists referat_notemp
createuser referat_notemp
psql -X -q -v ON_ERROR_STOP=1 -d "${db}_notemp" <<-'SQL'
	CREATE EXTENSION referat;
	REVOKE TEMPORARY ON DATABASE referat_loader_faults_notemp FROM PUBLIC;
	GRANT USAGE ON SCHEMA referat TO referat_notemp;
	GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA referat TO referat_notemp;
SQL
[[ $(psql -X -At -U referat_notemp -d "${db}_notemp" -c "SELECT has_database_privilege('${db}_notemp', 'TEMPORARY')") == f ]]
out=$(load -U referat_notemp -d "${db}_notemp" --batch-size 7 "$dir/gen")
grep -q "^$total loaded, 0 already present, 0 failed" <<<"$out"
diff <(digest "$db") <(digest "${db}_notemp") || { echo "without TEMPORARY: other rows than with it" >&2; exit 1; }
echo "referat-load without the TEMPORARY privilege: array literals, the same rows in every table"
