-- referat.search over the items the store test loaded: queries as people type them.
SET datestyle = 'ISO, YMD';

-- a topic word finds the compounds that hold it, best first, with a snippet
SELECT meeting_date, forum, item_no, title, case_no, outcome, round(rank::numeric, 3) AS rank, snippet
  FROM referat.search('sygefravær');
-- a compound part
SELECT meeting_date, item_no, title FROM referat.search('netværk');
-- a phrase in quotes, and a word left out with -
SELECT meeting_date, item_no, title, snippet FROM referat.search('"Havnens Perle"');
SELECT meeting_date, item_no, title FROM referat.search('"Havnens Perle" -Teknisk');
-- a case number finds its case and nothing else
SELECT meeting_date, forum, item_no, case_no, outcome FROM referat.search('EMN-2025-008468');
SELECT count(*) FROM referat.search('00.01.00-A00-3-17');
-- max limits the rows
SELECT count(*) FROM referat.search('godkendelse', 3);
-- nothing to find
SELECT count(*) FROM referat.search('');
SELECT count(*) FROM referat.search('qwertyuiop');

-- the GIN index serves the search
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT document_id FROM referat.items WHERE tsv @@ websearch_to_tsquery('referat.danish', 'budget');
RESET enable_seqscan;

-- The index's operator class (src/search_gin.c) orders lexemes as tsvector_ops does:
-- the sign of the comparison of every pair of these lexemes, and of every pair
-- of 500 stored ones, is gin_cmp_tslexeme's
WITH l(x) AS (VALUES (''), ('a'), ('ab'), ('abc'), ('b'), ('æ'), ('ø'), ('å'), ('æble'), ('z'),
                     ('00.01.00-a00-3-17'), ('2025'), ('20'), ('bevilling'), ('bevillingen'))
SELECT count(*) AS pairs,
       count(*) FILTER (WHERE sign(referat.gin_cmp_lexeme(a.x, b.x)) <> sign(gin_cmp_tslexeme(a.x, b.x))) AS differ
  FROM l AS a, l AS b;
WITH l AS (SELECT DISTINCT u.lexeme AS x FROM referat.items AS i, unnest(i.tsv) AS u ORDER BY 1 LIMIT 500)
SELECT count(*) > 100000 AS many_pairs,
       count(*) FILTER (WHERE sign(referat.gin_cmp_lexeme(a.x, b.x)) <> sign(gin_cmp_tslexeme(a.x, b.x))) AS differ
  FROM l AS a, l AS b;
SELECT c.relname, o.opcnamespace::regnamespace AS schema, o.opcname FROM pg_index AS x JOIN pg_class AS c ON c.oid = x.indexrelid
  JOIN pg_opclass AS o ON o.oid = x.indclass[0] WHERE c.relname = 'items_tsv';
-- through the index and without it the same items, for words, prefixes, phrases and negations
CREATE TEMP TABLE queries AS
SELECT q FROM (VALUES (websearch_to_tsquery('referat.danish', 'budget')), (to_tsquery('referat.danish', 'sygefravær:*')),
                      (to_tsquery('referat.danish', 'bev:*')), (to_tsquery('referat.danish', 'a:*')),
                      (websearch_to_tsquery('referat.danish', '"Havnens Perle" -Teknisk')),
                      (websearch_to_tsquery('referat.danish', 'godkendelse or netværk')),
                      (to_tsquery('referat.danish', '!orientering'))) AS v(q);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT document_id, seq FROM queries, referat.items WHERE tsv @@ q;
CREATE TEMP TABLE by_index AS SELECT q::text, array_agg(ROW(document_id, seq) ORDER BY document_id, seq)::text AS hits
  FROM queries, referat.items WHERE tsv @@ q GROUP BY q::text;
RESET enable_seqscan;
SET enable_bitmapscan = off;
SET enable_indexscan = off;
CREATE TEMP TABLE by_scan AS SELECT q::text, array_agg(ROW(document_id, seq) ORDER BY document_id, seq)::text AS hits
  FROM queries, referat.items WHERE tsv @@ q GROUP BY q::text;
RESET enable_bitmapscan;
RESET enable_indexscan;
SELECT (SELECT count(*) FROM by_scan) AS queries_with_hits,
       (SELECT count(*) FROM by_index FULL JOIN by_scan USING (q) WHERE by_index.hits IS DISTINCT FROM by_scan.hits) AS differ;
