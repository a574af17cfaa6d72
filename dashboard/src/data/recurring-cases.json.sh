# The 50 case numbers that came up at the most meetings (referat.recurring_cases_v),
# with the title and outcome of their latest item.
exec sh loaders/psql-json.sh <<'SQL'
SELECT r.case_no, r.meetings, r.items, r.first_seen, r.last_seen, r.forums,
       latest.title AS latest_title, latest.outcome AS latest_outcome
  FROM referat.recurring_cases_v AS r
  LEFT JOIN LATERAL (SELECT i.title, i.outcome FROM referat.items_v AS i
                      WHERE i.case_no = r.case_no
                      ORDER BY i.meeting_date DESC NULLS LAST, i.item_no LIMIT 1) AS latest ON true
 ORDER BY r.meetings DESC, r.items DESC, r.last_seen DESC NULLS LAST, r.case_no
 LIMIT 50
SQL
