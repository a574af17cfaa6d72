# One row per stored document with the figures of referat.parse_quality_v.
exec sh loaders/psql-json.sh <<'SQL'
SELECT document_id::text AS document_id, pg_catalog.regexp_replace(source, '^.*/', '') AS file,
       kind, forum, meeting_date, layout, items, toc_entries, toc_without_item,
       items_without_case, minutes_items_without_decision, untitled_share::float8 AS untitled_share
  FROM referat.parse_quality_v
 ORDER BY meeting_date NULLS LAST, forum
SQL
