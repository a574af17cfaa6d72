-- What the minutes say: referat.amounts, dates, positions, absences on every
-- corpus document, the texts that must give nothing, and the store's views.
SET datestyle = 'ISO, YMD';

-- ---------------------------------------------------------------- money
-- how many amounts each document holds (a001, a004 and the Teknisk Udvalg
-- minutes mention none: their numbers are days, years, pages, case numbers)
SELECT c.name, count(a.*) AS amounts, count(a.per) AS with_per, sum(a.amount) AS total
  FROM corpus c LEFT JOIN LATERAL referat.amounts(c.doc) a ON true
 GROUP BY c.name ORDER BY c.name;

-- every amount, in document order
SELECT c.name, a.item_no, a.section_kind, a.amount, a.currency, a.per, a.raw
  FROM corpus c, referat.amounts(c.doc) WITH ORDINALITY a
 WHERE c.name <> 'byraad_layout'
 ORDER BY c.name, a.ordinality;

-- the sentence around an amount holds it, and no context is longer than 400 bytes
SELECT bool_and(strpos(a.context, a.raw) > 0) AS raw_in_context,
       max(octet_length(a.context)) <= 400 AS bounded
  FROM corpus c, referat.amounts(c.doc) a;
SELECT a.raw, a.context FROM corpus c, referat.amounts(c.doc) a
 WHERE c.name = 'a002' OR (c.name = 'a003' AND a.item_no = 6) OR (c.name = 'dagsorden' AND a.item_no IN (2, 14, 26))
 ORDER BY c.name, a.item_no, a.raw;

-- the -layout text of the Byråd minutes says the same
SELECT count(*) AS differences FROM (
  (SELECT item_no, section_kind, amount, per, raw FROM corpus, referat.amounts(doc) WHERE name = 'byraad'
   EXCEPT ALL
   SELECT item_no, section_kind, amount, per, raw FROM corpus, referat.amounts(doc) WHERE name = 'byraad_layout')
  UNION ALL
  (SELECT item_no, section_kind, amount, per, raw FROM corpus, referat.amounts(doc) WHERE name = 'byraad_layout'
   EXCEPT ALL
   SELECT item_no, section_kind, amount, per, raw FROM corpus, referat.amounts(doc) WHERE name = 'byraad')) d;

-- forms and non-forms in one text
SELECT amount, currency, per, raw FROM referat.amounts(E'Punkt 1: Test\n00.01.00-A00-1-17\nØkonomi\n'
  'Udgiften er 500 t.kr. og 250 tkr. pr. år, kr. 500,- i timen og 12 EUR per måned. '
  'Sygefraværet var 4,0 dage i 2024, jf. side 12 og sag 87.00.00-A26-2-17. 4 mio. indbyggere.');

-- ---------------------------------------------------------------- dates
SELECT c.name, count(d.*) AS dates, count(d.mentioned) AS resolved,
       count(*) FILTER (WHERE d.refers_to_meeting) AS meetings
  FROM corpus c LEFT JOIN LATERAL referat.dates(c.doc) d ON true
 GROUP BY c.name ORDER BY c.name;

-- Chefforum: every date, with the sentence (a date without a year gets the
-- meeting's year, or the one before or after when that is nearer)
SELECT c.name, d.item_no, d.section_kind, d.mentioned, d.raw, d.refers_to_meeting AS meeting, d.context
  FROM corpus c, referat.dates(c.doc) WITH ORDINALITY d
 WHERE c.name LIKE 'a0%'
 ORDER BY c.name, d.ordinality;

-- Aarhus: every date but the Sagsforløb entries' "Dato:" and the attachments (below)
SELECT c.name, d.item_no, d.section_kind, d.mentioned, d.raw, d.refers_to_meeting AS meeting
  FROM corpus c, referat.dates(c.doc) WITH ORDINALITY d
 WHERE c.name IN ('byraad', 'teknisk', 'dagsorden')
   AND d.section_kind <> 'attachments' AND NOT (d.section_kind = 'history' AND d.context LIKE 'Dato:%')
 ORDER BY c.name, d.ordinality;

-- each Sagsforløb entry's "Dato:" is one meeting: the same as referat.history says
SELECT c.name,
       (SELECT count(*) FROM referat.dates(c.doc) d
         WHERE d.section_kind = 'history' AND d.context LIKE 'Dato:%' AND d.refers_to_meeting) AS dato_rows,
       (SELECT count(*) FROM referat.history(c.doc) h WHERE h.meeting_date IS NOT NULL) AS history_rows,
       (SELECT count(*) FROM (
          SELECT d.item_no, d.mentioned FROM referat.dates(c.doc) d
           WHERE d.section_kind = 'history' AND d.context LIKE 'Dato:%'
          EXCEPT ALL
          SELECT h.item_no, h.meeting_date FROM referat.history(c.doc) h) x) AS not_in_history
  FROM corpus c WHERE c.name IN ('byraad', 'teknisk', 'dagsorden') ORDER BY c.name;

-- dates in attachment names: each stands in an attachment of its item; only
-- debates, meetings and minutes refer to a meeting, not "(påført 10.09.2025)"
SELECT c.name, count(*) AS dates, bool_and(EXISTS (
         SELECT FROM referat.attachments(c.doc) a WHERE a.item_no = d.item_no AND strpos(a.name, d.raw) > 0)) AS in_attachment,
       count(*) FILTER (WHERE d.refers_to_meeting) AS meetings
  FROM corpus c, referat.dates(c.doc) d
 WHERE d.section_kind = 'attachments'
 GROUP BY c.name ORDER BY c.name;
SELECT c.name, d.item_no, d.raw, d.context
  FROM corpus c, referat.dates(c.doc) WITH ORDINALITY d
 WHERE d.section_kind = 'attachments' AND d.refers_to_meeting AND c.name <> 'byraad_layout'
 ORDER BY c.name, d.ordinality;

SELECT count(*) AS differences FROM (
  (SELECT item_no, mentioned, raw, refers_to_meeting, section_kind FROM corpus, referat.dates(doc) WHERE name = 'byraad'
   EXCEPT ALL
   SELECT item_no, mentioned, raw, refers_to_meeting, section_kind FROM corpus, referat.dates(doc) WHERE name = 'byraad_layout')
  UNION ALL
  (SELECT item_no, mentioned, raw, refers_to_meeting, section_kind FROM corpus, referat.dates(doc) WHERE name = 'byraad_layout'
   EXCEPT ALL
   SELECT item_no, mentioned, raw, refers_to_meeting, section_kind FROM corpus, referat.dates(doc) WHERE name = 'byraad')) d;

-- not dates: case numbers, clock times, slots, section numbers, years, days
SELECT count(*) FROM referat.dates(E'Punkt 1: Test (9.15-10.45)\n27.12.10-A00-3-17\nSagsfremstilling\n'
  'Kl. 10.00-12.00 jf. afsnit 5.2 og SKI 50.90. I 2025 og budget 2024-2027, 1. halvår 2016, 4,0 dage, '
  '31. februar 2017, EMN-2025-003383 og 330-2018-3619. Kl. 10 Jan Hansen.');
-- without a meeting date a date without a year stays unresolved
SELECT mentioned, raw FROM referat.dates(E'Punkt 1: Test\nSagsfremstilling\nSvar inden 15. august og 1. september 2025.');

-- ------------------------------------------------------------ positions
SELECT c.name, count(p.*) AS positions
  FROM corpus c LEFT JOIN LATERAL referat.positions(c.doc) p ON true
 GROUP BY c.name ORDER BY c.name;

-- every position, in document order (the agenda quotes earlier committees' Sagsforløb)
SELECT c.name, p.item_no, p.section_kind, p.who, p.stance, p.votes, p.raw
  FROM corpus c, referat.positions(c.doc) WITH ORDINALITY p
 WHERE c.name IN ('byraad', 'teknisk', 'dagsorden')
 ORDER BY c.name, p.ordinality;

SELECT count(*) AS differences FROM (
  (SELECT item_no, who, stance, raw FROM corpus, referat.positions(doc) WHERE name = 'byraad'
   EXCEPT ALL
   SELECT item_no, who, stance, raw FROM corpus, referat.positions(doc) WHERE name = 'byraad_layout')
  UNION ALL
  (SELECT item_no, who, stance, raw FROM corpus, referat.positions(doc) WHERE name = 'byraad_layout'
   EXCEPT ALL
   SELECT item_no, who, stance, raw FROM corpus, referat.positions(doc) WHERE name = 'byraad')) d;

-- votes, as Danish minutes write them (none in the corpus)
SELECT item_no, who, stance, votes FROM referat.positions(E'Punkt 4: Budget\n00.30.01-A00-1-25\nBeslutning\n' ||
  E'Indstillingen blev vedtaget med 15 stemmer (A, F, Ø) mod 6 (V, C).\n' ||
  E'For stemte: A, B og F\nImod stemte: V og C (6).\nUndlod at stemme: I\n' ||
  E'Forslaget blev godkendt med 20 stemmer for og 9 imod, 2 undlod at stemme.\n' ||
  E'Enhedslisten – De Rød-Grønne stemte imod, og Anne Hansen (V) undlod at stemme.\n' ||
  E'Borgmester Jacob Bundsgaard var inhabil.\n');
-- "uden forbehold", "med forbehold for", "deltog i" are no positions
SELECT count(*) FROM referat.positions(E'Punkt 1: Test\nBeslutning\n' ||
  E'Beretningen er afgivet uden forbehold. Godkendt med forbehold for finansiering.\n' ||
  E'Alle deltog i drøftelsen, og ingen stemte for at udsætte den. For stemte:\n');

-- ------------------------------------------------------------- absences
-- no corpus header names absent members
SELECT c.name, count(a.*) AS absences
  FROM corpus c LEFT JOIN LATERAL referat.absences(c.doc) a ON true
 GROUP BY c.name ORDER BY c.name;
-- the header's lists, and an absence recorded in a decision (Erik Holm)
SELECT * FROM referat.absences(E'REFERAT Chefforum d. 28-06-2017\n\nMødedato Onsdag d. 28. juni 2017 kl. 10:00\n\n' ||
  E'Mødested Mødelokale 1\n\nAfbud fra: Rådmand Anne Hansen (A), Bo Jensen og Carl Olsen.\n\n' ||
  E'Fraværende:\nDitte Ø. Nielsen\n\nIndholdsfortegnelse\n\nCF - Godkendelse.....\t3\n\n' ||
  E'Punkt 1: CF - Godkendelse\n\n00.01.00-A00-3-17\n\nBeslutning\n\nGodkendt. Fraværende: Erik Holm\n');
SELECT count(*) FROM referat.absences(E'Udvalg: Teknisk Udvalg\nAfbud: Ingen\nFraværende: -\nAfbudsliste\n');

-- ------------------------------------------------------------ odd input
SELECT (SELECT count(*) FROM referat.amounts(t)) AS amounts, (SELECT count(*) FROM referat.dates(t)) AS dates,
       (SELECT count(*) FROM referat.positions(t)) AS positions, (SELECT count(*) FROM referat.absences(t)) AS absences
  FROM (VALUES (''), ('kr.'), (E'\n\n\n'), (repeat('tog forbehold ', 1000)), (E'\uFEFF\u00AD\r\n')) v(t);
-- one line of 3 MB: a bounded context for each of its 100,000 amounts
SELECT count(*), max(octet_length(context)) <= 400 AS bounded, sum(amount)
  FROM referat.amounts('Punkt 1: Test' || E'\nØkonomi\n' || repeat('Der er afsat 2 mio. kr. og ', 100000));
SELECT count(*), count(DISTINCT mentioned)
  FROM referat.dates(E'Punkt 1: Test\nSagsfremstilling\n' || repeat('mødet den 1. juni 2020 og ', 50000));

-- ------------------------------------------------------------- the store
-- the store keeps each function's rows; loading is idempotent
CREATE TEMP TABLE facts_docs AS
SELECT name, doc, referat.document_id(doc) AS id,
       EXISTS (SELECT FROM referat.documents WHERE id = referat.document_id(doc)) AS was_stored
  FROM corpus WHERE name <> 'byraad_layout';
SELECT count(*) FROM (SELECT referat.ingest(doc, name) FROM facts_docs) i;
SELECT f.name,
       (SELECT count(*) FROM referat.amounts_v v WHERE v.document_id = f.id) AS amounts_v,
       (SELECT count(*) FROM referat.amounts(f.doc)) AS amounts,
       (SELECT count(*) FROM referat.dates_v v WHERE v.document_id = f.id) AS dates_v,
       (SELECT count(*) FROM referat.dates(f.doc)) AS dates,
       (SELECT count(*) FROM referat.positions_v v WHERE v.document_id = f.id) AS positions_v,
       (SELECT count(*) FROM referat.positions(f.doc)) AS positions,
       (SELECT count(*) FROM referat.absences_v v WHERE v.document_id = f.id) AS absences_v
  FROM facts_docs f ORDER BY f.name;
-- a view row carries its item's title, case number and outcome
SELECT forum, meeting_date, item_no, title, case_no, outcome, section_kind, amount, per, raw
  FROM referat.amounts_v WHERE document_id = (SELECT id FROM facts_docs WHERE name = 'a002')
 ORDER BY item_no, amount;
SELECT forum, meeting_date, item_no, case_no, who, stance, votes
  FROM referat.positions_v WHERE document_id = (SELECT id FROM facts_docs WHERE name = 'teknisk')
 ORDER BY item_no, who;
SELECT item_no, title, mentioned, raw, refers_to_meeting
  FROM referat.dates_v WHERE document_id = (SELECT id FROM facts_docs WHERE name = 'a002')
 ORDER BY item_no, mentioned;
-- the totals a dashboard shows
SELECT forum, date_part('year', meeting_date) AS year, section_kind, count(*) AS amounts, sum(amount) AS kroner
  FROM referat.amounts_v WHERE document_id IN (SELECT id FROM facts_docs)
 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;
SELECT who, stance, count(*) FROM referat.positions_v
 WHERE document_id IN (SELECT id FROM facts_docs) AND section_kind = 'decision'
 GROUP BY 1, 2 ORDER BY 1, 2;

-- an absence in a stored header; update and delete follow the document
SELECT referat.ingest(E'REFERAT Chefforum d. 01-02-2024\n\nAfbud: Bo Jensen\n\nPunkt 1: CF - Budget\n00.30.01-A00-1-24\n' ||
                      E'Beslutning\nGodkendt med 2,5 mio. kr. Venstre tog forbehold.\n', 'facts-test') > 0 AS stored;
SELECT forum, meeting_date, who, reason FROM referat.absences_v
 WHERE document_id = (SELECT id FROM referat.documents WHERE source = 'facts-test');
UPDATE referat.documents SET body = replace(body, '2,5 mio.', '3,5 mio.') WHERE source = 'facts-test';
SELECT v.amount, v.raw, v.document_id = d.id AS follows FROM referat.amounts_v v
  JOIN referat.documents d ON d.id = v.document_id WHERE d.source = 'facts-test';
SELECT v.who, v.stance, v.title FROM referat.positions_v v
  JOIN referat.documents d ON d.id = v.document_id WHERE d.source = 'facts-test';
SELECT id AS test_id FROM referat.documents WHERE source = 'facts-test' \gset
DELETE FROM referat.documents WHERE source = 'facts-test';
SELECT (SELECT count(*) FROM referat.amounts WHERE document_id = :test_id) AS amounts,
       (SELECT count(*) FROM referat.dates WHERE document_id = :test_id) AS dates,
       (SELECT count(*) FROM referat.positions WHERE document_id = :test_id) AS positions,
       (SELECT count(*) FROM referat.absences WHERE document_id = :test_id) AS absences;
-- reparse rebuilds them
DELETE FROM referat.amounts;
SELECT referat.reparse() > 0 AS reparsed;
SELECT count(*) AS amounts FROM referat.amounts WHERE document_id IN (SELECT id FROM facts_docs);

-- leave the store as the test found it
DELETE FROM referat.documents WHERE id IN (SELECT id FROM facts_docs WHERE NOT was_stored);
DROP TABLE facts_docs;
