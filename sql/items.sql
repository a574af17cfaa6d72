SET datestyle = 'ISO, YMD';
-- referat.items on every corpus document
SELECT name, item_no, title, prefix, case_no, closed, toc_page, outcome, first_line, last_line
  FROM corpus, referat.items(doc)
 ORDER BY name, item_no;

-- time annotations in titles, next to titles whose parentheses are not times
SELECT name, item_no, raw_title, slot_start, slot_end, duration
  FROM corpus, referat.items(doc)
 WHERE raw_title LIKE '%(%'
 ORDER BY name, item_no;

-- which sections each item has, how its decision starts, how many attachments
SELECT name, item_no,
       concat_ws(' ',
                 CASE WHEN occasion IS NOT NULL THEN 'occ' END,
                 CASE WHEN summary IS NOT NULL THEN 'sum' END,
                 CASE WHEN presentation IS NOT NULL THEN 'pres' END,
                 CASE WHEN recommendation IS NOT NULL THEN 'rec' END,
                 CASE WHEN decision IS NOT NULL THEN 'dec' END,
                 CASE WHEN history IS NOT NULL THEN 'hist' END) AS sections,
       left(decision, 45) AS decision_starts, cardinality(attachments) AS n_att
  FROM corpus, referat.items(doc)
 ORDER BY name, item_no;

-- whole rows of a few items
\x on
SELECT i.* FROM corpus, referat.items(doc) i WHERE name = 'a000' AND item_no IN (1, 7);
SELECT i.* FROM corpus, referat.items(doc) i WHERE name = 'a001' AND item_no IN (5, 9);
SELECT i.* FROM corpus, referat.items(doc) i WHERE name = 'byraad' AND item_no IN (1, 21);
SELECT i.* FROM corpus, referat.items(doc) i WHERE name = 'teknisk' AND item_no = 5;
\x off

-- the two pdftotext extractions of the same PDF give the same items, but for
-- one title: plain pdftotext lost the hyphen of "2030-fremskrivning" where
-- -layout wrapped the title after it
SELECT a.item_no, a.title, b.title AS layout_title
  FROM (SELECT i.* FROM corpus, referat.items(doc) i WHERE name = 'byraad') a
  FULL JOIN (SELECT i.* FROM corpus, referat.items(doc) i WHERE name = 'byraad_layout') b
       USING (item_no)
 WHERE (a.title, a.case_no, a.closed, a.toc_page, a.outcome, a.attachments)
       IS DISTINCT FROM (b.title, b.case_no, b.closed, b.toc_page, b.outcome, b.attachments);

-- an agenda has no decisions
SELECT count(*) AS items, count(decision) AS decisions, count(outcome) AS outcomes
  FROM corpus, referat.items(doc) WHERE name = 'dagsorden';

-- cases that recur across meetings (GROUP BY a case number)
SELECT case_no, string_agg(name || ' ' || item_no, ', ' ORDER BY name, item_no) AS seen_in
  FROM corpus, referat.items(doc)
 WHERE name <> 'byraad_layout' AND case_no IS NOT NULL
 GROUP BY case_no HAVING count(DISTINCT name) > 1
 ORDER BY case_no;

-- odd input
SELECT count(*) FROM referat.items('');
SELECT count(*) FROM referat.items(E'Dear diary,\nnothing happened today.\n');
SELECT item_no, title, case_no, outcome FROM referat.items(E'Punkt 1: Evt.\r\n\r\nBeslutning\r\n\r\nIntet\r\n');
