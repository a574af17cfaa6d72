# The headline figures of the store (referat.meetings_v, referat.decisions_v).
exec sh loaders/psql-json.sh <<'SQL'
SELECT pg_catalog.count(*)::integer AS documents,
       (pg_catalog.count(*) FILTER (WHERE kind = 'referat'))::integer AS minutes,
       (pg_catalog.count(*) FILTER (WHERE kind = 'dagsorden'))::integer AS agendas,
       COALESCE(pg_catalog.sum(item_count), 0)::integer AS items,
       (SELECT pg_catalog.count(*) FROM referat.decisions_v)::integer AS decided_items,
       pg_catalog.count(DISTINCT forum)::integer AS forums,
       pg_catalog.min(meeting_date) AS first_meeting, pg_catalog.max(meeting_date) AS last_meeting
  FROM referat.meetings_v
SQL
