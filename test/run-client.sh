#!/usr/bin/env bash
# The dashboard views through a real driver besides psql (psycopg2), as a role
# that has SELECT on the views and nothing else: every view is readable, every
# column arrives as a plain Python type, the documents stay out of reach.
set -euo pipefail
cd "$(dirname "$0")/.."

db=referat_client_test
trap 'dropdb --if-exists "$db"; psql -X -q -c "DROP ROLE IF EXISTS referat_dashboard" postgres' EXIT
dropdb --if-exists "$db"
createdb "$db"

# Debian's python3, where python3-psycopg2 is installed (not a python3 of the user's)
PGDATABASE=$db /usr/bin/python3 - <<'PY'
import datetime, decimal, glob, os
import psycopg2

admin = psycopg2.connect("")
admin.autocommit = True
cur = admin.cursor()
cur.execute("CREATE EXTENSION referat")
for path in sorted(glob.glob("test/corpus/*/*.txt")):
    with open(path, encoding="utf-8") as f:
        cur.execute("SELECT referat.ingest(%s, %s)", (f.read(), path))
# a made-up document with an absence, for referat.absences_v
cur.execute("SELECT referat.ingest(%s, 'absences.txt')",
            ("REFERAT Chefforum d. 01-02-2024\n\nAfbud: Bo Jensen\n\nPunkt 1: CF - Budget\n"
             "00.30.01-A00-1-24\nBeslutning\nGodkendt.\n",))
cur.execute("""SELECT string_agg(format('%I.%I', schemaname, viewname), ',')
                 FROM pg_views WHERE schemaname = 'referat'""")
views = cur.fetchone()[0].split(",")
cur.execute("DROP ROLE IF EXISTS referat_dashboard")
cur.execute("CREATE ROLE referat_dashboard LOGIN NOSUPERUSER")
cur.execute("GRANT USAGE ON SCHEMA referat TO referat_dashboard")
cur.execute("GRANT SELECT ON " + ", ".join(views) + " TO referat_dashboard")

reader = psycopg2.connect(user="referat_dashboard")
plain = (str, int, bool, decimal.Decimal, datetime.date, datetime.datetime, type(None))
# type OIDs: bool, int8, int2, int4, text, varchar, date, timestamptz, numeric
plain_oids = {16, 20, 21, 23, 25, 1043, 1082, 1184, 1700}
rows_seen = 0
with reader.cursor() as rc:
    for view in sorted(views):
        rc.execute(f"SELECT * FROM {view}")
        rows = rc.fetchall()
        assert rows, f"{view} is empty"
        odd = [c.name for c in rc.description if c.type_code not in plain_oids]
        assert not odd, f"{view}: columns of other types: {odd}"
        for row in rows:
            for column, value in zip(rc.description, row):
                assert isinstance(value, plain), f"{view}.{column.name}: {type(value).__name__}"
        rows_seen += len(rows)
        print(f"{view}: {len(rows)} rows, columns {', '.join(c.name for c in rc.description[:6])}, …")
    try:
        rc.execute("SELECT count(*) FROM referat.documents")
        raise SystemExit("the dashboard role can read referat.documents")
    except psycopg2.errors.InsufficientPrivilege:
        reader.rollback()
print(f"psycopg2: {len(views)} views, {rows_seen} rows, plain types only; documents refused")
PY
