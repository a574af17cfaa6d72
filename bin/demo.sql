-- bin/demo.sql — the queries bin/demo runs; corpus(name, doc) holds test/corpus/**/*.txt.
\pset border 2
\pset null '∅'

\echo '== the meetings'
SELECT c.name, m.* FROM corpus c, referat.meeting(c.doc) m ORDER BY m.meeting_date;

\echo '== each item with its case number and outcome'
SELECT m.forum, m.meeting_date, i.item_no, left(i.title, 60) AS title, i.case_no, i.outcome
  FROM corpus c, referat.meeting(c.doc) m, referat.items(c.doc) i ORDER BY m.meeting_date, i.item_no;

\echo '== the history of one case that recurs across meetings'
SELECT m.meeting_date, m.forum, i.item_no, i.title, i.outcome FROM corpus c, referat.meeting(c.doc) m, referat.items(c.doc) i WHERE i.case_no = '00.01.00-A00-3-17' ORDER BY 1;

\echo '== the proposals of one item'
SELECT p.* FROM corpus c, referat.proposals(c.doc) p WHERE c.name LIKE '%000_%' AND p.item_no = 1;
