# lib.sh — shell functions shared by bin/demo and bin/test (source it, do not run it).
#
# Sourcing it moves to the repository root, sets PG_CONFIG to PostgreSQL 15 and
# makes a scratch directory $WORK that is removed when the script exits, also
# on failure or Ctrl-C, together with the cluster pg_start may have started.
# pg_start runs a throwaway cluster as the postgres user in $WORK/pg and exports
# PGHOST/PGPORT/PGUSER/PGDATABASE for clients, which run as the caller.

PG_VERSION=15
PACKAGES=(postgresql-$PG_VERSION postgresql-server-dev-$PG_VERSION libicu-dev
	build-essential clang libclang-rt-14-dev
	python3 poppler-utils python3-psycopg2)
# hunspell-da: the word list the compound splitter's lexicon is built from
PACKAGES+=(hunspell-da)
# referat-load --ocr: scanned PDFs read by tesseract's Danish model
PACKAGES+=(tesseract-ocr tesseract-ocr-dan)
# the Debian package (bin/test-package) and its version check (test/run-dist.sh)
PACKAGES+=(dpkg-dev debhelper postgresql-server-dev-all)

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# PG_CONFIG names another installation of PostgreSQL $PG_VERSION (a copy in a scratch
# directory, say) to build, install and run the tests against.
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/$PG_VERSION/bin/pg_config}
PGBIN=$("$PG_CONFIG" --bindir)
PGTMP=

# /tmp rather than $TMPDIR: the postgres user must be able to reach it.
WORK=$(mktemp -d /tmp/referat.XXXXXX)
chmod 755 "$WORK"
cleanup() {
	pg_stop
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say() { printf '\n=== %s\n' "$*"; }

# Install the Debian packages that are missing (apt-get update only then).
ensure_packages() {
	local p missing=()
	for p in "${PACKAGES[@]}"; do
		dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' ||
			missing+=("$p")
	done
	((${#missing[@]})) || return 0
	say "installing ${missing[*]}"
	if ((EUID != 0)); then
		echo "missing packages and not root: apt-get install ${missing[*]}" >&2
		return 1
	fi
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -q
	apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# make + make install of the extension, output in $WORK/build.log (printed on failure).
build_install() {
	say "make && make install"
	if ! { make -j"$(nproc)" && make install; } >"$WORK/build.log" 2>&1; then
		cat "$WORK/build.log"
		echo "build failed" >&2
		return 1
	fi
}

# Run a command as the cluster owner, from a directory it can read (the
# repository may be root-only, and PostgreSQL programs complain about a cwd they
# cannot enter).
as_owner() {
	if ((EUID == 0)); then
		(cd "$PGTMP" && runuser -u postgres -- "$@")
	else
		(cd "$PGTMP" && "$@")
	fi
}

# The server listens only on a Unix socket in its private directory, so no
# other server can collide with it; the port only names the socket.  Still pick
# one nobody uses on TCP, for whoever turns TCP on later.
free_port() {
	local port
	for ((port = 54320; port < 54420; port++)); do
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			echo "$port"
			return 0
		fi
	done
	echo "no free port in 54320..54419" >&2
	return 1
}

# Returns non-zero (with the log on stderr) when the cluster does not come up.
pg_start() {
	local port
	PGTMP=$WORK/pg
	mkdir -m 700 "$PGTMP" || return 1
	if ((EUID == 0)); then chown postgres: "$PGTMP" || return 1; fi
	port=$(free_port) || return 1
	say "starting a throwaway PostgreSQL $PG_VERSION in $PGTMP (port $port)"
	as_owner "$PGBIN/initdb" -D "$PGTMP/data" -U postgres -A trust \
		--encoding=UTF8 --locale=C.UTF-8 --no-sync >"$PGTMP/initdb.log" 2>&1 ||
		{ cat "$PGTMP/initdb.log" >&2; return 1; }
	# Unix socket only (listen_addresses empty); no durability needed.
	as_owner "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/server.log" -w -t 60 start \
		-o "-p $port -c listen_addresses='' -c unix_socket_directories='$PGTMP' -c fsync=off" \
		>/dev/null || { cat "$PGTMP/server.log" >&2; return 1; }
	export PGHOST=$PGTMP PGPORT=$port PGUSER=postgres PGDATABASE=postgres
}

# Stop the server and remove its directory; safe to call more than once.
pg_stop() {
	[[ -n $PGTMP && -d $PGTMP ]] || return 0
	if [[ -f $PGTMP/data/postmaster.pid ]]; then
		as_owner "$PGBIN/pg_ctl" -D "$PGTMP/data" -m fast -w stop >/dev/null 2>&1 ||
			{ [[ ! -f $PGTMP/data/postmaster.pid ]] ||
				kill -KILL "$(head -n 1 "$PGTMP/data/postmaster.pid")" 2>/dev/null || true; }
	fi
	rm -rf "$PGTMP"
	PGTMP=
}

psql_() { "$PGBIN/psql" -X -v ON_ERROR_STOP=1 -P pager=off "$@"; }

# Load the bundled corpus (test/corpus) into the database psql would connect
# to: the text files and the FirstAgenda JSON, one of each meeting (the
# -layout extractions are the same meetings as the plain ones).
load_corpus() {
	find test/corpus \( -name '*.txt' -o -name '*.json' \) ! -name '*layout*' -print0 | sort -z |
		xargs -0 "$("$PG_CONFIG" --bindir)/referat-load"
}
