# Items and their outcomes per forum per month (referat.outcomes_per_month_v).
exec sh loaders/psql-json.sh <<'SQL'
SELECT forum, month, outcome, items
  FROM referat.outcomes_per_month_v
 ORDER BY month, forum, outcome
SQL
