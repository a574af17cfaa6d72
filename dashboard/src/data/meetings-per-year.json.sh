# Meetings and their items per forum, kind and year (referat.meetings_per_year_v).
exec sh loaders/psql-json.sh <<'SQL'
SELECT forum, kind, year, meetings, items
  FROM referat.meetings_per_year_v
 ORDER BY year, forum, kind
SQL
