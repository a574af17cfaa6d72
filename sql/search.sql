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
