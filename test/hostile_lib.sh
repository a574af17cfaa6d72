# test/hostile_lib.sh — what the hostile-input scripts share (source it, do not run it).
#
# Sourcing it moves to the repository root, creates the database
# referat_hostile with the extension and a table docs holding one corpus
# document ('minutes'), and drops the database again when the script exits.
# Connection from PGHOST/PGPORT/PGUSER; the role must be a superuser (it
# creates a database and reads /proc through pg_read_file).
#
# Checks print "ok: …" or "FAILED: …"; end a script with hostile_done, whose
# exit status is 0 when every check passed.

cd "$(dirname "${BASH_SOURCE[0]}")/.."

db=referat_hostile
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true' EXIT

failed=0
ok() { echo "ok: $*"; }
bad() {
	echo "FAILED: $*"
	failed=$((failed + 1))
}
# expect NAME EXPECTED ACTUAL
expect() {
	if [[ $3 == "$2" ]]; then ok "$1"; else bad "$1: expected '$2', got '$3'"; fi
}
q() { psql -X -q -A -t -F '|' -v ON_ERROR_STOP=1 -d "$db" "$@"; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

hostile_done() {
	if ((failed > 0)); then
		echo "$(basename "$0"): $failed checks failed"
		return 1
	fi
	echo "$(basename "$0"): every check passed"
}

psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "SET client_min_messages = warning" \
	-c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
q -c "CREATE EXTENSION referat" -c "CREATE TABLE docs (name text PRIMARY KEY, doc text NOT NULL)"
q -v doc="$(cat test/corpus/albertslund/000_29b8a9bb6d12761b.txt)" <<<"INSERT INTO docs VALUES ('minutes', :'doc')"

# The documents, as SQL expressions evaluated in the server.  100 MB = 104857600 bytes.
copies=$(q -c "SELECT ceil(104857600.0 / octet_length(doc)) FROM docs WHERE name = 'minutes'")
BIG="(SELECT repeat(doc, $copies) FROM docs WHERE name = 'minutes')"
LINE="repeat('Beslutning godkendt ', 5242880)"

# measured NAME DOC SQL EXPECTED [FACTOR]: run SQL (one row) in a fresh
# backend, check its result, and that the backend's peak memory (VmHWM) is at
# most FACTOR (default 5) bytes per byte of DOC plus 64 MB.
measured() {
	local name=$1 bytes sql=$3 want=$4 factor=${5:-5} out got hwm t0 t1
	bytes=$(q -c "SELECT octet_length($2)")
	t0=$(now_ms)
	if ! out=$(q -c "$sql" -c "SELECT substring(pg_read_file('/proc/' || pg_backend_pid() || '/status') from 'VmHWM:\s*(\d+) kB')" 2>&1); then
		bad "$name: $out"
		return
	fi
	t1=$(now_ms)
	got=${out%$'\n'*}
	hwm=${out##*$'\n'}
	expect "$name" "$want" "$got"
	if ((hwm * 1024 <= factor * bytes + 64 * 1024 * 1024)); then
		ok "$name: peak backend memory $((hwm / 1024)) MB for $((bytes / 1048576)) MB of input, $((t1 - t0)) ms"
	else
		bad "$name: peak backend memory $((hwm / 1024)) MB for $((bytes / 1048576)) MB of input"
	fi
}

# The statements that must stop read their document from a temporary table t
# that an earlier statement filled, so that the interrupt finds them in the
# extension's code and not in building the text.  $D reads it.
D="(SELECT doc FROM t)"

# stops DOC NAME SQL [NAME SQL …]: in one session that stored DOC in t, a
# statement_timeout of 100 ms stops each SQL within a second.  One that ends
# on its own before the timeout can fire (the core may read some values of
# 100 MB in less, 100 MB of blanks for one) held the server no longer than
# that and passes too; one that runs on past the timeout does not.
stops() {
	local doc=$1 i t err names=() sqls=() times=() errors=()
	shift
	while (($#)); do
		names+=("$1")
		sqls+=("$2")
		shift 2
	done
	# a marker before each statement on both streams: psql writes the times
	# to standard output and the errors to standard error
	{
		printf 'CREATE TEMP TABLE t AS SELECT %s AS doc;\n' "$doc"
		printf 'SET statement_timeout = 100;\n\\timing on\n'
		printf '\\echo @@\n\\warn @@\n%s;\n' "${sqls[@]}"
	} | q -v ON_ERROR_STOP=0 >"$tmp/stops.out" 2>"$tmp/stops.err" || true
	mapfile -t times < <(awk '/^@@$/ { if (n++) print t; t = "" } /^Time: / { t = $2 } END { if (n) print t }' "$tmp/stops.out")
	mapfile -t errors < <(awk '/^@@$/ { if (n++) print e; e = "" } !/^@@$/ && n { e = e $0 " " } END { if (n) print e }' "$tmp/stops.err")
	if ((${#times[@]} != ${#sqls[@]} || ${#errors[@]} != ${#sqls[@]})); then
		bad "${names[*]}: not every statement ran: $(cat "$tmp/stops.out" "$tmp/stops.err")"
		return
	fi
	for i in "${!sqls[@]}"; do
		t=${times[i]%.*}
		err=${errors[i]}
		if [[ -z $t ]]; then
			bad "${names[i]}: no time: $err"
		elif [[ $err == *"canceling statement due to statement timeout"* ]]; then
			if ((t > 1100)); then
				bad "${names[i]}: statement_timeout of 100 ms stopped it after $t ms"
			else
				ok "${names[i]}: statement_timeout of 100 ms stopped it after $t ms"
			fi
		elif [[ -n $err ]]; then
			bad "${names[i]}: $err"
		elif ((t < 200)); then
			ok "${names[i]}: done in $t ms, before the statement_timeout of 100 ms could stop it"
		else
			bad "${names[i]}: ran $t ms, past the statement_timeout of 100 ms"
		fi
	done
}

# cancels DOC NAME SQL: in a session that stored DOC in t, pg_cancel_backend,
# sent 0.05 s after SQL was seen running, stops it within a second.  Soon,
# so that it comes while the parser core works (it takes about 0.2 s over a
# value of 100 MB): what follows, PostgreSQL writing a row of 200 MB into the
# function's tuplestore and reading it back, looks for no interrupt, and a
# cancel then waits up to a second for it.
cancels() {
	local name=$2 err t0 t1 app="referat_hostile_$RANDOM" pid i
	printf 'CREATE TEMP TABLE t AS SELECT %s AS doc;\n/* hostile */ %s;\n' "$1" "$3" |
		PGAPPNAME=$app q >/dev/null 2>"$tmp/err" &
	pid=$!
	for ((i = 0; i < 400; i++)); do
		[[ $(q -c "SELECT count(*) FROM pg_stat_activity WHERE application_name = '$app' AND query LIKE '/* hostile */%'") == 1 ]] && break
		sleep 0.05
	done
	sleep 0.05
	t0=$(now_ms)
	q -c "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE application_name = '$app'" >/dev/null
	if wait "$pid"; then
		bad "$name: ran to its end before the cancel"
		return
	fi
	t1=$(now_ms)
	err=$(cat "$tmp/err")
	if [[ $err != *"canceling statement due to user request"* ]]; then
		bad "$name (cancel): $err"
	elif ((t1 - t0 > 1000)); then
		bad "$name: pg_cancel_backend stopped it after $((t1 - t0)) ms"
	else
		ok "$name: pg_cancel_backend stopped it after $((t1 - t0)) ms"
	fi
}
