#!/usr/bin/env bash
# test/valgrind.sh — the pg_regress suite with the server under Valgrind's
# memcheck, every backend included.  Not part of bin/test: it takes half an
# hour.  Run it as root (like bin/test) after `make install`:
#
#   bash test/valgrind.sh             # every test of the REGRESS list
#   bash test/valgrind.sh sagsnr ...  # only these
#
# Debian's PostgreSQL is built without USE_VALGRIND, so memcheck sees palloc
# chunks only as parts of the blocks malloc gave the allocator: it reports
# reads of undefined bytes, bad frees, and accesses outside any malloc'd block
# (such as past a huge allocation, which has a block of its own), not an
# overrun into the next chunk of the same block.  test/valgrind.supp silences
# what PostgreSQL itself does on purpose.
#
# Prints every process's errors with their stacks and ends with
# "valgrind: N errors in M processes (T processes checked)"; exit status 0
# when there is none.  Test failures (diffs) are shown but do not count: this
# is about memory errors.
set -euo pipefail
source "$(dirname "$0")/../bin/lib.sh"

tests=("$@")
if ((${#tests[@]} == 0)); then
	read -ra tests <<<"$(make -s --no-print-directory regress-list)"
fi
logs=$WORK/valgrind
mkdir -m 777 "$logs"

PGTMP=$WORK/pg
mkdir -m 700 "$PGTMP"
if ((EUID == 0)); then chown postgres: "$PGTMP"; fi
port=$(free_port)
say "initdb"
as_owner "$PGBIN/initdb" -D "$PGTMP/data" -U postgres -A trust --encoding=UTF8 \
	--locale=C.UTF-8 --no-sync >"$PGTMP/initdb.log" 2>&1 || { cat "$PGTMP/initdb.log"; exit 1; }

say "starting PostgreSQL $PG_VERSION under valgrind (port $port)"
as_owner valgrind --tool=memcheck --trace-children=yes --leak-check=no --track-origins=yes \
	--read-var-info=no --num-callers=30 --error-limit=no \
	--suppressions="$PWD/test/valgrind.supp" --log-file="$logs/%p.log" \
	"$PGBIN/postgres" -D "$PGTMP/data" -p "$port" -c listen_addresses='' \
	-c unix_socket_directories="$PGTMP" -c fsync=off -c autovacuum=off -c jit=off \
	-c max_parallel_workers_per_gather=0 >"$PGTMP/server.log" 2>&1 &
export PGHOST=$PGTMP PGPORT=$port PGUSER=postgres PGDATABASE=postgres
for ((i = 0; i < 600; i++)); do
	"$PGBIN/pg_isready" -q && break
	sleep 1
done
"$PGBIN/pg_isready" || { cat "$PGTMP/server.log"; exit 1; }

say "make installcheck REGRESS=\"${tests[*]}\""
start=$SECONDS
make installcheck REGRESS="${tests[*]}" || true
[[ -s regression.diffs ]] && say "regression.diffs" && cat regression.diffs
echo "installcheck under valgrind: $((SECONDS - start)) s"
# give every process time to exit and write its error summary
as_owner "$PGBIN/pg_ctl" -D "$PGTMP/data" -m fast -w -t 600 stop
pg_stop

# A log whose ERROR SUMMARY is not 0 holds errors: print it without the preamble.
errors=0 processes=0 checked=0
for log in "$logs"/*.log; do
	summary=$(grep -h 'ERROR SUMMARY' "$log") || continue
	checked=$((checked + 1))
	n=$(sed -n 's/.*ERROR SUMMARY: \([0-9]*\) errors.*/\1/p' <<<"$summary")
	((n > 0)) || continue
	processes=$((processes + 1)) errors=$((errors + n))
	say "$(basename "$log" .log): $summary"
	sed -n '/^==[0-9]*== *$/,$p' "$log" | sed -e '/ERROR SUMMARY/,$d'
done
echo
echo "valgrind: $errors errors in $processes processes ($checked processes checked)"
((errors == 0))
