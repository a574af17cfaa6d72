# Every appearance (referat.case_history_v) of the cases recurring-cases.json lists.
exec sh loaders/psql-json.sh <<'SQL'
SELECT h.case_no, h.meeting_date, h.forum, h.appearance, h.item_no, h.title, h.outcome,
       pg_catalog.left(h.text, 400) AS text
  FROM referat.case_history_v AS h
 WHERE h.case_no IN (SELECT r.case_no FROM referat.recurring_cases_v AS r
                      ORDER BY r.meetings DESC, r.items DESC, r.last_seen DESC NULLS LAST, r.case_no
                      LIMIT 50)
 ORDER BY h.case_no, h.meeting_date NULLS LAST, h.forum, h.appearance
SQL
