-- bin/demo.sql — what bin/demo shows, from the store that referat-load filled.
-- The operators of referat.sagsnr live in schema referat, so put it on the path.
SET search_path = referat, public;
\pset border 2
\pset null '∅'

\echo '== The meetings (referat.meetings_v)'
SELECT forum, kind, meeting_date, starts_at, location, item_count AS items,
       closed_item_count AS closed, regexp_replace(source, '^.*/', '') AS file
  FROM referat.meetings_v ORDER BY meeting_date, forum;

\echo '== Each item with its case number and outcome (referat.items_v, minutes only)'
SELECT forum, meeting_date AS date, item_no AS no, left(title, 58) AS title, case_no, outcome
  FROM referat.items_v WHERE document_kind = 'referat'
 ORDER BY meeting_date, forum, item_no;

\echo '== What happened to case EMN-2025-008468? (referat.case_history_v)'
SELECT meeting_date AS date, forum, appearance, item_no AS no, outcome, left(text, 70) AS what
  FROM referat.case_history_v WHERE case_no = 'EMN-2025-008468' ORDER BY meeting_date, appearance;

\echo '== Cases that came up at more than one meeting (referat.recurring_cases_v)'
SELECT case_no, meetings, first_seen, last_seen, forums
  FROM referat.recurring_cases_v WHERE meetings > 1 ORDER BY meetings DESC, case_no;

\echo '== Outcomes per forum per month (referat.outcomes_per_month_v)'
SELECT forum, to_char(month, 'YYYY-MM') AS month, string_agg(outcome || ' ' || items, ', ' ORDER BY items DESC, outcome) AS outcomes
  FROM referat.outcomes_per_month_v GROUP BY forum, month ORDER BY month, forum;

\echo '== Sick-leave statistics over the years: every case filed under KLE 81.28'
SELECT m.meeting_date AS date, i.case_no, referat.facet(i.case_no) AS facet, left(i.title, 60) AS title, i.outcome
  FROM referat.items i JOIN referat.meetings m USING (document_id)
 WHERE i.case_no ^@ '81.28' ORDER BY 1;

\echo '== The proposals of one item (Chefforum 15 March 2023, item 3; referat.proposals_v)'
SELECT ordinal AS no, proposer, proposal
  FROM referat.proposals_v WHERE forum = 'Chefforum' AND meeting_date = '2023-03-15' AND item_no = 3
 ORDER BY ordinal;

\echo '== Search as people type (referat.search): sygefravær, and a case number'
SELECT meeting_date AS date, forum, item_no AS no, left(title, 45) AS title, round(rank::numeric, 2) AS rank,
       left(regexp_replace(snippet, '\s+', ' ', 'g'), 110) AS snippet
  FROM referat.search('sygefravær', 5);
SELECT meeting_date AS date, forum, item_no AS no, left(title, 45) AS title, case_no, outcome
  FROM referat.search('EMN-2025-008468');
