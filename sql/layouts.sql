-- Minutes of other agenda systems than the FirstAgenda template: eDoc PDFs
-- (Ballerup), municipal web pages (Albertslund, Holbæk, Slagelse, Rødovre,
-- Stevns, Copenhagen, Region Midtjylland) and a PDF transcript (Egebjerg).
-- test/corpus/SOURCES.md says where each comes from; the excerpts break off
-- after 2,000 bytes, so their last item may be cut short.
SET datestyle = 'ISO, YMD';
\getenv abs_srcdir PG_ABS_SRCDIR
CREATE TEMP TABLE layouts (name text PRIMARY KEY, doc text NOT NULL);
\set f :abs_srcdir '/test/corpus/ballerup/sundheds_forebyggelsesudvalget_2012-12-04_pdftotext.txt'
\set doc `cat :'f'`
INSERT INTO layouts VALUES ('ballerup', :'doc');
\set f :abs_srcdir '/test/corpus/ballerup/sundheds_forebyggelsesudvalget_2012-12-04_pdftotext-layout.txt'
\set doc `cat :'f'`
INSERT INTO layouts VALUES ('ballerup_layout', :'doc');
\set f :abs_srcdir '/test/corpus/ballerup/sundheds_forebyggelsesudvalget_2012-12-04_punkt2_pdftotext.txt'
\set doc `cat :'f'`
INSERT INTO layouts VALUES ('ballerup_punkt2', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/04_albertslund_oeu_2019-09-10_ekstraordinaer_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO layouts VALUES ('x04_albertslund', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/06_albertslund_oeu_2017-08-16_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO layouts VALUES ('x06_albertslund', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/09_albertslund_mbu_2021-03-23_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO layouts VALUES ('x09_albertslund', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/10_albertslund_midtby_17-4_2016-12-05_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO layouts VALUES ('x10_albertslund', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/12_holbaek_udvalget_aeldre_sundhed_2020-06-04_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO layouts VALUES ('x12_holbaek', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/13_slagelse_oeu_2018-10-01_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO layouts VALUES ('x13_slagelse', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/15_roedovre_kb_2019-09-24_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO layouts VALUES ('x15_roedovre', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/17_stevns_kb_2020-01-22_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO layouts VALUES ('x17_stevns', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/19_kbh_oekonomiudvalget_2017-08-23_punkt4_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO layouts VALUES ('x19_kbh', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/22_region_midtjylland_hmu_psykiatri_social_2017-11-06_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO layouts VALUES ('x22_region', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/24_egebjerg_kb_2002-05-15_docplayer_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO layouts VALUES ('x24_egebjerg', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/28_albertslund_mbu_2020-09-15_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO layouts VALUES ('x28_albertslund', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/31_albertslund_kb_2021-03-09_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO layouts VALUES ('x31_albertslund', :'doc');
\set f :abs_srcdir '/test/corpus/excerpts/33_albertslund_kb_2018-12-11_dagsorden_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO layouts VALUES ('x33_albertslund', :'doc');

-- the meeting: which form its items take, its table of contents
SELECT name, m.kind, m.forum, m.meeting_date, m.starts_at, m.layout, m.toc_count, m.item_count
  FROM layouts, referat.meeting(doc) AS m ORDER BY name;

-- every item: number, title, case number (never a "Dok.nr."), (B)/(O), how its decision starts
SELECT name, item_no, title, case_no, item_type, left(decision, 40) AS decision_starts, outcome
  FROM layouts, referat.items(doc) ORDER BY name, item_no;

-- headings that name who decided and when: dated decisions, earlier committees
SELECT name, item_no, kind, heading, forum, meeting_date
  FROM layouts, referat.sections(doc) WHERE forum IS NOT NULL ORDER BY name, item_no, ordinal;

-- an item's earlier treatment: earlier committees' decisions and all but the last dated decision
SELECT name, item_no, ordinal, committee, meeting_date, item_no_then, left(body, 40) AS body_starts
  FROM layouts, referat.history(doc) ORDER BY name, item_no, ordinal;

-- an item with each committee's dated decision (Acadre): the item's decision and outcome
-- are the last one's, the earlier ones are history
\set doc 'Punkt 1: Lokalplan 145\n00.01.00-A00-3-17\nBeslutning i Teknik- og Miljøudvalget den 10. september 2019:\nAnbefales.\nBeslutning i Økonomiudvalget den 18. september 2019:\nAnbefales.\nBeslutning i Kommunalbestyrelsen den 24. september 2019:\nGodkendt.\nTilbage til toppen\n'
SELECT item_no, decision, outcome FROM referat.items(E:'doc');
SELECT item_no, ordinal, committee, meeting_date, body FROM referat.history(E:'doc');
SELECT ordinal, kind, forum, meeting_date FROM referat.sections(E:'doc');

-- page furniture (Ballerup's running page header) is a section of its own; the text
-- it interrupts carries on after it in a section of the same kind without heading
SELECT item_no, ordinal, kind, heading, left(body, 50) AS body_starts
  FROM layouts, referat.sections(doc) WHERE name = 'ballerup' AND item_no = 2 ORDER BY ordinal;
SELECT item_no, left(presentation, 30) AS starts, right(presentation, 120) AS ends
  FROM layouts, referat.items(doc) WHERE name = 'ballerup' AND item_no = 2;

-- the item header printed twice (Slagelse) and the title printed again (Holbæk) are one header
SELECT name, item_no, ordinal, kind, heading
  FROM layouts, referat.sections(doc) WHERE name IN ('x12_holbaek', 'x13_slagelse') AND kind = 'item'
 ORDER BY name, item_no;

-- Lossless here too (lossless() in extension.sql)
SELECT name, lossless(doc) FROM layouts ORDER BY name;

-- Chefforum minutes with a no-break space (and a thin space) after "Punkt", as text
-- taken from PDFs has it: the same items as with plain blanks
\set f :abs_srcdir '/test/corpus/albertslund/001_f160a2713c056438.txt'
\set doc `cat :'f'`
SELECT count(*) AS items,
       count(*) FILTER (WHERE a IS NOT DISTINCT FROM b) AS same
  FROM referat.items(:'doc') AS a
  FULL JOIN referat.items(replace(replace(:'doc', E'Punkt 1', E'Punkt\u00a0 1'), 'Punkt ', E'Punkt\u2009')) AS b
       USING (item_no);
