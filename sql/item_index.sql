-- referat.item_index: the items of a document with number, title, case number,
-- closed, outcome and lines, without rendering the section bodies.
SET datestyle = 'ISO, YMD';

-- every document of test/corpus: the corpus table (extension.sql) and the rest
\getenv abs_srcdir PG_ABS_SRCDIR
CREATE TEMP TABLE docs AS SELECT name, doc FROM corpus;
\set f :abs_srcdir '/test/corpus/ballerup/sundheds_forebyggelsesudvalget_2012-12-04_pdftotext-layout.txt'
\set doc `cat :'f'`
INSERT INTO docs VALUES ('ballerup_layout', :'doc');
\set f :abs_srcdir '/test/corpus/ballerup/sundheds_forebyggelsesudvalget_2012-12-04_pdftotext.txt'
\set doc `cat :'f'`
INSERT INTO docs VALUES ('ballerup', :'doc');
\set f :abs_srcdir '/test/corpus/ballerup/sundheds_forebyggelsesudvalget_2012-12-04_punkt2_pdftotext.txt'
\set doc `cat :'f'`
INSERT INTO docs VALUES ('ballerup_punkt2', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/04_albertslund_oeu_2019-09-10_ekstraordinaer_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO docs VALUES ('x04', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/06_albertslund_oeu_2017-08-16_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO docs VALUES ('x06', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/09_albertslund_mbu_2021-03-23_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO docs VALUES ('x09', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/10_albertslund_midtby_17-4_2016-12-05_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO docs VALUES ('x10', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/12_holbaek_udvalget_aeldre_sundhed_2020-06-04_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO docs VALUES ('x12', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/13_slagelse_oeu_2018-10-01_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO docs VALUES ('x13', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/15_roedovre_kb_2019-09-24_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO docs VALUES ('x15', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/17_stevns_kb_2020-01-22_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO docs VALUES ('x17', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/19_kbh_oekonomiudvalget_2017-08-23_punkt4_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO docs VALUES ('x19', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/22_region_midtjylland_hmu_psykiatri_social_2017-11-06_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO docs VALUES ('x22', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/24_egebjerg_kb_2002-05-15_docplayer_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO docs VALUES ('x24', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/28_albertslund_mbu_2020-09-15_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO docs VALUES ('x28', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/31_albertslund_kb_2021-03-09_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO docs VALUES ('x31', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/33_albertslund_kb_2018-12-11_dagsorden_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO docs VALUES ('x33', :'doc');
SELECT count(*) AS documents FROM docs;

-- one document in full: the Aarhus Teknisk Udvalg web page
SELECT * FROM referat.item_index((SELECT doc FROM corpus WHERE name = 'teknisk'));

-- a closed item: outcome closed, whatever its text says
SELECT name, item_no, title, case_no, closed, outcome
  FROM docs, referat.item_index(doc) WHERE closed ORDER BY name, item_no;

-- the same values as referat.items on every document: items per document, then
-- the rows of either function that the other does not return (none)
SELECT name, (SELECT count(*) FROM referat.items(doc)) AS items,
       (SELECT count(*) FROM referat.item_index(doc)) AS index_rows
  FROM docs ORDER BY name;
CREATE TEMP VIEW from_items AS
  SELECT d.name, i.item_no, i.title, i.case_no, i.closed, i.outcome, i.first_line, i.last_line
    FROM docs d, referat.items(d.doc) i;
CREATE TEMP VIEW from_index AS SELECT d.name, x.* FROM docs d, referat.item_index(d.doc) x;
SELECT 'only in items' AS side, * FROM (TABLE from_items EXCEPT ALL TABLE from_index) a
UNION ALL
SELECT 'only in item_index', * FROM (TABLE from_index EXCEPT ALL TABLE from_items) b;
SELECT count(*) AS items, count(case_no) AS with_case_no, count(outcome) AS with_outcome FROM from_index;

-- text that is not minutes: no items; NULL: no rows (STRICT)
SELECT count(*) FROM referat.item_index('');
SELECT count(*) FROM referat.item_index('Hej med dig.' || chr(10) || 'Ingen punkter her.');
SELECT count(*) FROM referat.item_index(NULL);
