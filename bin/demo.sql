-- bin/demo.sql — what bin/demo shows; corpus(name, doc) holds test/corpus/**/*.txt.
-- The operators of referat.sagsnr live in schema referat, so put it on the path.
SET search_path = public, referat;
\pset border 2
\pset null '∅'

\echo '== The meetings'
SELECT c.name AS file, m.kind, m.forum, m.meeting_date, m.starts_at, m.location,
       m.item_count AS items, m.closed_item_count AS closed
  FROM corpus c, referat.meeting(c.doc) m
 ORDER BY m.meeting_date, m.forum, c.name;

\echo '== Each item with its case number and outcome (minutes only; the -layout copy left out)'
SELECT m.forum, m.meeting_date AS date, i.item_no AS no, left(i.title, 58) AS title,
       i.case_no, i.outcome
  FROM corpus c, referat.meeting(c.doc) m, referat.items(c.doc) i
 WHERE m.kind = 'referat' AND c.name NOT LIKE '%layout%'
 ORDER BY m.meeting_date, m.forum, i.item_no;

\echo '== What happened to case EMN-2025-008468? Every appearance, then its Sagsforløb'
SELECT m.meeting_date AS date, m.forum, m.kind, i.item_no AS no, left(i.title, 50) AS title,
       i.outcome, left(i.decision, 70) AS decision
  FROM corpus c, referat.meeting(c.doc) m, referat.items(c.doc) i
 WHERE i.case_no = 'EMN-2025-8468' AND c.name NOT LIKE '%layout%'
 ORDER BY m.meeting_date;
SELECT DISTINCT h.meeting_date AS date, h.committee, h.item_no_then AS no, left(h.body, 80) AS what
  FROM corpus c, referat.items(c.doc) i, referat.history(c.doc) h
 WHERE i.case_no = 'EMN-2025-008468' AND h.item_no = i.item_no
 ORDER BY 1;

\echo '== Sick-leave statistics over the years: every case filed under KLE 81.28'
SELECT m.meeting_date AS date, i.case_no, referat.facet(i.case_no) AS facet, left(i.title, 60) AS title, i.outcome
  FROM corpus c, referat.meeting(c.doc) m, referat.items(c.doc) i
 WHERE i.case_no ^@ '81.28'
 ORDER BY 1;

\echo '== The proposals of one item (Chefforum 15 March 2023, item 3)'
SELECT p.ordinal AS no, p.proposer, p.body
  FROM corpus c, referat.proposals(c.doc) p
 WHERE c.name LIKE '%003_%' AND p.item_no = 3;
