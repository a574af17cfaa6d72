# Prints the rows of the query on standard input as one JSON array (of
# objects named by the columns), for the data loaders in src/data/.
# psql connects as always: PGHOST, PGPORT, PGUSER, PGDATABASE, ~/.pgpass.
set -eu
query=$(cat)
exec psql -X -q -A -t -v ON_ERROR_STOP=1 \
	-c "SELECT COALESCE(pg_catalog.json_agg(r), '[]') FROM ($query) AS r"
