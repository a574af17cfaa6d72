#!/usr/bin/env bash
# The benchmark's baselines (bench/baseline.sql: PostgreSQL regular expressions;
# bench/baseline.py: Python's re) give exactly the items referat.items gives on
# test/corpus: number, title, case number and decision text of every item.  The
# benchmark (bench/run) compares speeds only between programs that agree; when the
# parser changes what it returns, this fails and bench/check prints the difference
# (then change the baselines, or the parser).
set -euo pipefail
cd "$(dirname "$0")/.."

db=referat_baselines_test
trap 'dropdb --if-exists "$db"' EXIT
dropdb --if-exists "$db"
createdb "$db"
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c 'CREATE EXTENSION referat'
# The baselines read the FirstAgenda template (Albertslund, Aarhus) that bench/run measures;
# they know none of the other layouts test/corpus holds.
PGDATABASE=$db python3 bench/check test/corpus/albertslund test/corpus/aarhus
