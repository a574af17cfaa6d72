# Decided items per forum, year, KLE main group (with its title once a KLE
# file is loaded) and outcome (referat.decisions_per_kle_v).
exec sh loaders/psql-json.sh <<'SQL'
SELECT forum, year, main_group, main_group_title, outcome, items
  FROM referat.decisions_per_kle_v
 ORDER BY main_group, year, forum, outcome
SQL
