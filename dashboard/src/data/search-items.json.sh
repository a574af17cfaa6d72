# The text of every item that referat.search looks in (see 57_search.sql:
# title, decision, the other sections, the case number), for the search page,
# which filters it in the browser.
exec sh loaders/psql-json.sh <<'SQL'
SELECT forum, meeting_date, item_no, title, case_no, outcome, decision,
       pg_catalog.concat_ws(E'\n', occasion, summary, presentation, recommendation, history) AS body
  FROM referat.items_v
 ORDER BY meeting_date DESC NULLS LAST, forum, item_no
SQL
