-- The store: referat.ingest and ingest_batch, the parsed tables kept in step, reparse, views.
SET datestyle = 'ISO, YMD';

-- load every corpus document; loading one again is a no-op returning its id
-- (the -layout copy of the Byråd minutes is the same meeting: left out)
SELECT name, referat.ingest(doc, name || '.txt') AS id FROM corpus WHERE name <> 'byraad_layout' ORDER BY name;
SELECT referat.ingest(doc, 'again') = referat.document_id(doc) AS same_id FROM corpus WHERE name = 'a000';
SELECT count(*) AS documents, count(DISTINCT content_hash) AS hashes,
       bool_and(content_hash = sha256(convert_to(body, 'UTF8'))) AS hashed FROM referat.documents;
SELECT source FROM referat.documents WHERE source = 'again';
-- texts are compressed with lz4 (69_compression.sql)
SELECT pg_column_compression(body) AS compression, count(*) FROM referat.documents GROUP BY 1;
-- but not the items' tsvectors (57_search.sql): none of them is compressed
SELECT count(*) AS items, count(pg_column_compression(tsv)) AS compressed_tsv FROM referat.items;

-- the tables hold what the functions return (no document here lists its
-- members: sql/attendance.sql stores some that do)
SELECT (SELECT count(*) FROM referat.meetings) AS meetings,
       (SELECT count(*) FROM referat.items) AS items,
       (SELECT count(*) FROM corpus, referat.items(doc) WHERE name <> 'byraad_layout') AS items_parsed,
       (SELECT count(*) FROM referat.proposals) AS proposals,
       (SELECT count(*) FROM corpus, referat.proposals(doc) WHERE name <> 'byraad_layout') AS proposals_parsed,
       (SELECT count(*) FROM referat.attachments) AS attachments,
       (SELECT count(*) FROM corpus c, referat.attachments(c.doc) WHERE c.name <> 'byraad_layout') AS attachments_parsed,
       (SELECT count(*) FROM referat.history) AS history,
       (SELECT count(*) FROM corpus, referat.history(doc) WHERE name <> 'byraad_layout') AS history_parsed,
       (SELECT count(*) FROM referat.attendees) AS attendees,
       (SELECT count(*) FROM corpus, referat.attendees(doc) WHERE name <> 'byraad_layout') AS attendees_parsed;

-- a load that fails half-way leaves nothing behind
ALTER TABLE referat.items ADD CONSTRAINT no_evt CHECK (title <> 'Evt.') NOT VALID;
\set VERBOSITY terse
SELECT referat.ingest(doc || E'\n', 'broken') FROM corpus WHERE name = 'a000';
\set VERBOSITY default
ALTER TABLE referat.items DROP CONSTRAINT no_evt;
SELECT count(*) FROM referat.documents WHERE source = 'broken';
SELECT count(*) FROM referat.meetings m JOIN referat.documents d ON d.id = m.document_id;

-- an update of the text re-parses; a delete removes the parsed rows
UPDATE referat.documents SET body = replace(body, 'Punkt 8: CF - Evt.', 'Punkt 8: CF - Eventuelt')
 WHERE source = 'a000.txt';
SELECT item_no, title FROM referat.items_v WHERE title LIKE 'Even%' ORDER BY document_id, item_no;
SELECT id = referat.document_id(body) AS id_follows_text FROM referat.documents WHERE source = 'a000.txt';
CREATE TEMP VIEW parsed_rows AS
SELECT t, count(*) AS document_rows, count(*) FILTER (WHERE d.id IS NULL) AS without_document
  FROM (SELECT 'meetings' AS t, document_id FROM referat.meetings UNION ALL
        SELECT 'items', document_id FROM referat.items UNION ALL
        SELECT 'proposals', document_id FROM referat.proposals UNION ALL
        SELECT 'attachments', document_id FROM referat.attachments UNION ALL
        SELECT 'history', document_id FROM referat.history UNION ALL
        SELECT 'amounts', document_id FROM referat.amounts UNION ALL
        SELECT 'dates', document_id FROM referat.dates UNION ALL
        SELECT 'positions', document_id FROM referat.positions UNION ALL
        SELECT 'absences', document_id FROM referat.absences UNION ALL
        SELECT 'attendees', document_id FROM referat.attendees) AS p
  LEFT JOIN referat.documents AS d ON d.id = p.document_id
 WHERE p.document_id = (SELECT id FROM referat.documents WHERE source = 'a000.txt') OR d.id IS NULL
 GROUP BY t ORDER BY t;
SELECT * FROM parsed_rows;
DELETE FROM referat.documents WHERE source = 'a000.txt';
SELECT (SELECT count(*) FROM referat.documents) AS documents, (SELECT count(*) FROM referat.items) AS items;
SELECT * FROM parsed_rows;
-- the id follows the text, whatever an UPDATE sets it to
UPDATE referat.documents SET id = 42 WHERE source = 'a001.txt';
SELECT id = referat.document_id(body) AS id_follows_text FROM referat.documents WHERE source = 'a001.txt';
-- TRUNCATE empties the parsed tables too
BEGIN;
TRUNCATE referat.documents;
SELECT (SELECT count(*) FROM referat.meetings) + (SELECT count(*) FROM referat.items) +
       (SELECT count(*) FROM referat.proposals) + (SELECT count(*) FROM referat.attachments) +
       (SELECT count(*) FROM referat.history) + (SELECT count(*) FROM referat.amounts) +
       (SELECT count(*) FROM referat.dates) + (SELECT count(*) FROM referat.positions) +
       (SELECT count(*) FROM referat.absences) + (SELECT count(*) FROM referat.attendees) AS parsed_rows_left;
ROLLBACK;
SELECT referat.ingest(doc, 'a000.txt') = referat.document_id(doc) AS reloaded FROM corpus WHERE name = 'a000';

-- reparse rebuilds everything
DELETE FROM referat.items;
SELECT referat.reparse();
SELECT count(*) FROM referat.items;

-- a batch: for each text its id and whether it was loaded now; a text stored
-- already is not loaded again, a text twice in the batch is loaded once
DELETE FROM referat.documents WHERE source IN ('a001.txt', 'a002.txt');
SELECT b.ord, c.name, b.loaded
  FROM referat.ingest_batch(
         ARRAY(SELECT doc FROM corpus WHERE name IN ('a000', 'a001', 'a002') ORDER BY name) ||
         (SELECT doc FROM corpus WHERE name = 'a001'),
         ARRAY['a000.txt', 'a001.txt', 'a002.txt', 'twice']) AS b
  JOIN corpus c ON referat.document_id(c.doc) = b.id AND c.name <> 'byraad_layout'
 ORDER BY b.ord;
SELECT source FROM referat.documents WHERE source IN ('a001.txt', 'a002.txt', 'twice') ORDER BY source;
SELECT (SELECT count(*) FROM referat.items) = (SELECT count(*) FROM corpus, referat.items(doc)
                                                WHERE name <> 'byraad_layout') AS items_in_step,
       (SELECT count(*) FROM referat.meetings) = (SELECT count(*) FROM referat.documents) AS meetings_in_step;

-- within a transaction the outline of each stored text is kept and shared by the later
-- calls (minutes_sql.c): read from the kept outline (twice: the second time every one
-- is kept) and from a computed text (never kept), every stored document gives the same items
BEGIN;
SELECT d.source,
       (SELECT array_agg((i.item_no, i.title, i.case_no, i.outcome)::text ORDER BY i.ordinality)
          FROM referat.items(d.body) WITH ORDINALITY AS i) =
       (SELECT array_agg((i.item_no, i.title, i.case_no, i.outcome)::text ORDER BY i.ordinality)
          FROM referat.items(d.body || '') WITH ORDINALITY AS i) AS same_items
  FROM referat.documents d ORDER BY d.source;
SELECT count(*) FILTER (WHERE (SELECT array_agg(i.decision ORDER BY i.ordinality)
                                 FROM referat.items(d.body) WITH ORDINALITY AS i) IS NOT DISTINCT FROM
                              (SELECT array_agg(i.decision ORDER BY i.ordinality)
                                 FROM referat.items(d.body || '') WITH ORDINALITY AS i)) AS same_decisions,
       count(*) AS documents
  FROM referat.documents d;
-- and the same facts, whose sentences are cut once and kept with the outline
-- (facts_fn.c): each function twice from the kept text, once from a copy
SELECT count(*) FILTER (WHERE k1 IS NOT DISTINCT FROM c AND k2 IS NOT DISTINCT FROM c) AS same_facts,
       count(*) AS documents, sum(cardinality(c)) AS facts
  FROM (SELECT (SELECT array_agg(f::text) FROM referat.amounts(d.body) AS f) ||
               (SELECT array_agg(f::text) FROM referat.dates(d.body) AS f) ||
               (SELECT array_agg(f::text) FROM referat.positions(d.body) AS f) AS k1,
               (SELECT array_agg(f::text) FROM referat.positions(d.body) AS f) AS p2,
               (SELECT array_agg(f::text) FROM referat.amounts(d.body) AS f) ||
               (SELECT array_agg(f::text) FROM referat.dates(d.body) AS f) AS ad2,
               (SELECT array_agg(f::text) FROM referat.amounts(d.body || '') AS f) ||
               (SELECT array_agg(f::text) FROM referat.dates(d.body || '') AS f) ||
               (SELECT array_agg(f::text) FROM referat.positions(d.body || '') AS f) AS c
          FROM referat.documents d) AS t, LATERAL (SELECT ad2 || p2 AS k2) AS k;
COMMIT;

-- a batch that fails loads none of its documents
\set VERBOSITY terse
SELECT * FROM referat.ingest_batch(ARRAY['Punkt 1: Budget', NULL]);
SELECT * FROM referat.ingest_batch(ARRAY['Punkt 1: Budget'], ARRAY['one.txt', 'two.txt']);
ALTER TABLE referat.items ADD CONSTRAINT no_evt CHECK (title <> 'Evt.') NOT VALID;
SELECT * FROM referat.ingest_batch(ARRAY[E'Punkt 1: Budget\n', E'Punkt 1: Evt.\n'], ARRAY['batch1', 'batch2']);
\set VERBOSITY default
ALTER TABLE referat.items DROP CONSTRAINT no_evt;
SELECT count(*) FROM referat.documents WHERE source LIKE 'batch%';

-- COPY into the documents (as pg_restore loads them) parses what it brought
COPY referat.documents (source, body) FROM stdin;
copied.txt	Punkt 1: Budget 2026\n00.30.01-A00-1-24\n\nBeslutning\n\nGodkendt.\n
\.
SELECT i.item_no, i.title, i.case_no, i.outcome
  FROM referat.items_v i JOIN referat.documents d ON d.id = i.document_id WHERE d.source = 'copied.txt';
DELETE FROM referat.documents WHERE source = 'copied.txt';

-- the views: plain column types only
SELECT table_name, count(*) AS columns,
       string_agg(DISTINCT data_type, ', ' ORDER BY data_type) AS types
  FROM information_schema.columns
 WHERE table_schema = 'referat' AND table_name LIKE '%\_v'
 GROUP BY table_name ORDER BY table_name;

SELECT source, kind, forum, meeting_date, starts_at, location, item_count, closed_item_count
  FROM referat.meetings_v ORDER BY meeting_date, source;
-- parse quality: the documents read badly first (the README's query); a document that is no
-- minutes gives no items and all its text untitled
SELECT referat.ingest(E'Kære dagbog\n\nI dag skete der ingenting.\n1. Købe mælk\n2. Ringe til mor\n', 'diary.txt') > 0 AS ingested;
SELECT source, layout, items, toc_entries, toc_without_item, items_without_case,
       minutes_items_without_decision, untitled_share
  FROM referat.parse_quality_v
 ORDER BY (items = 0) DESC, toc_without_item DESC, untitled_share DESC NULLS LAST, source;
DELETE FROM referat.documents WHERE source = 'diary.txt';

-- a web page of one item that does not give its number: stored with item_no NULL,
-- its proposals found under the same item
SELECT referat.ingest(E'Mødedato: 23.08.2017, kl. 11:00\nMødested: Rådhuset\n\nFørste behandling af budgetforslag 2018\n\nIndstilling\n\nØkonomiforvaltningen indstiller,\n\n1. at budgettet godkendes\n\nBeslutning\n\nGodkendt.\n', 'page.txt') > 0 AS ingested;
SELECT i.item_no, i.title, i.outcome, p.proposal, p.title = i.title AS proposal_under_item
  FROM referat.items_v i JOIN referat.documents d ON d.id = i.document_id
  LEFT JOIN referat.proposals_v p ON p.document_id = i.document_id
 WHERE d.source = 'page.txt';
DELETE FROM referat.documents WHERE source = 'page.txt';
SELECT forum, meeting_date, outcome, count(*) FROM referat.decisions_v
 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;

-- what happened to a case, in date order
SELECT meeting_date, forum, appearance, item_no, outcome, left(text, 60) AS text
  FROM referat.case_history_v WHERE case_no = 'EMN-2025-008468'
 ORDER BY meeting_date, appearance;

-- dashboard tiles
SELECT * FROM referat.outcomes_per_month_v WHERE forum = 'Chefforum' ORDER BY month, outcome;
SELECT case_no, meetings, items, first_seen, last_seen, forums
  FROM referat.recurring_cases_v WHERE meetings > 1 ORDER BY meetings DESC, case_no;
SELECT * FROM referat.meetings_per_year_v ORDER BY forum, kind, year;
SELECT count(*) AS proposals, count(DISTINCT proposer) AS proposers FROM referat.proposals_v;
SELECT file_ext, count(*) FROM referat.attachments_v GROUP BY 1 ORDER BY 1;

-- a role with only SELECT on the views reads every dashboard view, not the documents
CREATE ROLE referat_reader LOGIN;
GRANT USAGE ON SCHEMA referat TO referat_reader;
GRANT SELECT ON referat.meetings_v, referat.items_v, referat.decisions_v, referat.proposals_v,
  referat.attachments_v, referat.case_history_v, referat.outcomes_per_month_v,
  referat.recurring_cases_v, referat.meetings_per_year_v TO referat_reader;
SET ROLE referat_reader;
SELECT (SELECT count(*) FROM referat.meetings_v) AS meetings, (SELECT count(*) FROM referat.items_v) AS items,
       (SELECT count(*) FROM referat.decisions_v) AS decisions, (SELECT count(*) FROM referat.proposals_v) AS proposals,
       (SELECT count(*) FROM referat.attachments_v) AS attachments, (SELECT count(*) FROM referat.case_history_v) AS appearances,
       (SELECT count(*) FROM referat.outcomes_per_month_v) AS month_tiles,
       (SELECT count(*) FROM referat.recurring_cases_v) AS cases,
       (SELECT count(*) FROM referat.meetings_per_year_v) AS year_tiles;
SELECT count(*) FROM referat.documents;
RESET ROLE;
DROP OWNED BY referat_reader;
DROP ROLE referat_reader;
