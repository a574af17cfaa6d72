-- The KLE plan from the user's own XML files: referat.load_kle, its tables
-- and the views that join items to the titles.  test/kle/ holds files of
-- KL's structure written for this test, with placeholder titles.
SET datestyle = 'ISO, YMD';
\getenv abs_srcdir PG_ABS_SRCDIR
\set f :abs_srcdir '/test/kle/emneplan.xml'
\set emneplan `cat :'f'`
\set f :abs_srcdir '/test/kle/handlingsfacetter.xml'
\set facetter `cat :'f'`
\set f :abs_srcdir '/test/kle/emneplan-ny-udgave.xml'
\set ny_udgave `cat :'f'`
\set f :abs_srcdir '/test/kle/afbrudt.xml'
\set afbrudt `cat :'f'`

-- the extension ships no titles
SELECT (SELECT count(*) FROM referat.kle_main_groups) + (SELECT count(*) FROM referat.kle_groups)
     + (SELECT count(*) FROM referat.kle_subjects) + (SELECT count(*) FROM referat.kle_facet_categories)
     + (SELECT count(*) FROM referat.kle_facets) AS shipped_titles;

-- the Emneplan (in a namespace) and the Handlingsfacetter (after a byte-order mark)
SELECT * FROM referat.load_kle(:'emneplan');
SELECT * FROM referat.load_kle(:'facetter');
SELECT * FROM referat.kle_main_groups ORDER BY main_group;
SELECT * FROM referat.kle_groups ORDER BY kle_group;
SELECT * FROM referat.kle_subjects ORDER BY subject;
SELECT * FROM referat.kle_facet_categories ORDER BY category;
SELECT * FROM referat.kle_facets ORDER BY facet;

-- items of stored minutes with the titles at every level (NULL where the plan
-- has no such number: 85, 88, 15 and 00.30.08 are not in the test file; 000
-- is no facet; Aarhus' EMN numbers are not KLE)
CREATE TEMP TABLE kle_docs AS
SELECT name, doc, referat.document_id(doc) AS id,
       EXISTS (SELECT FROM referat.documents WHERE id = referat.document_id(doc)) AS was_stored
  FROM corpus WHERE name IN ('a000', 'a002', 'a003', 'teknisk');
SELECT count(*) FROM (SELECT referat.ingest(doc, name) FROM kle_docs) i;
SELECT d.name, v.item_no, v.case_no, v.main_group, v.main_group_title, v.kle_group, v.group_title,
       v.subject, v.subject_title, v.facet, v.facet_title, v.facet_category, v.facet_category_title
  FROM referat.items_kle_v v JOIN kle_docs d ON d.id = v.document_id
 WHERE d.name IN ('a000', 'a003')
 ORDER BY d.name, v.item_no;
SELECT d.name, count(v.*) AS items_with_kle, (SELECT count(*) FROM referat.items(d.doc)) AS items
  FROM kle_docs d LEFT JOIN referat.items_kle_v v ON v.document_id = d.id
 GROUP BY d.name, d.doc ORDER BY d.name;

-- a dashboard groups the decisions by KLE main group
SELECT forum, year, main_group, main_group_title, outcome, items
  FROM referat.decisions_per_kle_v
 WHERE forum = 'Chefforum' AND year IN (2017, 2018, 2023)
 ORDER BY year, main_group, outcome;

-- a later edition: loaded numbers get its titles, numbers it leaves out stay
SELECT * FROM referat.load_kle(:'ny_udgave');
SELECT main_group, title FROM referat.kle_main_groups ORDER BY main_group;
SELECT subject, kle_group, title FROM referat.kle_subjects ORDER BY subject;
SELECT item_no, subject, subject_title, main_group_title FROM referat.items_kle_v
 WHERE document_id = (SELECT id FROM kle_docs WHERE name = 'a002') AND subject LIKE '00.%'
 ORDER BY item_no;

-- a number that occurs twice in a file: the first counts
SELECT * FROM referat.load_kle('<KLE-Emneplan><Hovedgruppe><HovedgruppeNr>98</HovedgruppeNr><HovedgruppeTitel>Første</HovedgruppeTitel></Hovedgruppe>'
                               '<Hovedgruppe><HovedgruppeNr>98</HovedgruppeNr><HovedgruppeTitel>Anden</HovedgruppeTitel></Hovedgruppe></KLE-Emneplan>')
 WHERE loaded > 0;
SELECT main_group, title FROM referat.kle_main_groups WHERE main_group = '98';

-- the loaded plan is the user's data: pg_dump saves it with the documents
SELECT c.relname FROM pg_extension e, unnest(e.extconfig) AS t(oid) JOIN pg_class c ON c.oid = t.oid
 WHERE e.extname = 'referat' ORDER BY c.relname;

-- what is no KLE file is an error that says so, and loads nothing
\set VERBOSITY terse
SELECT * FROM referat.load_kle(:'afbrudt');
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM referat.load_kle('<Hovedgruppe><HovedgruppeNr>99</HovedgruppeNr>');
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM referat.load_kle('Hovedgruppe 99: ikke XML');
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM referat.load_kle('');
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM referat.load_kle('<?xml version="1.0"?><html><body>Emneplan</body></html>');
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM referat.load_kle('<KLE-Emneplan><Hovedgruppe><HovedgruppeNr> </HovedgruppeNr></Hovedgruppe></KLE-Emneplan>');
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM referat.load_kle(NULL);
\echo :LAST_ERROR_SQLSTATE
\set VERBOSITY default
SELECT count(*) FROM referat.kle_main_groups WHERE main_group = '99';

-- leave the store and the plan as the test found them
DELETE FROM referat.documents WHERE id IN (SELECT id FROM kle_docs WHERE NOT was_stored);
DROP TABLE kle_docs;
TRUNCATE referat.kle_main_groups, referat.kle_groups, referat.kle_subjects,
         referat.kle_facet_categories, referat.kle_facets;
