-- Attendance: referat.attendees and referat.absences on the web-page excerpts
-- of other municipalities and the eDoc minutes of Ballerup, and the store's
-- table and views.  attendees read the front matter of each document, given
-- here as text (everything before its table of contents or first item), so
-- that what the outline parser takes for items does not matter.
SET datestyle = 'ISO, YMD';
\getenv abs_srcdir PG_ABS_SRCDIR
CREATE TEMP TABLE att (name text PRIMARY KEY, doc text NOT NULL, marker text NOT NULL);
\set f :abs_srcdir '/test/corpus/excerpts/04_albertslund_oeu_2019-09-10_ekstraordinaer_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO att VALUES ('alb04', :'doc', 'Indholdsfortegnelse');
\set f :abs_srcdir '/test/corpus/excerpts/06_albertslund_oeu_2017-08-16_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO att VALUES ('alb06', :'doc', 'Indholdsfortegnelse');
\set f :abs_srcdir '/test/corpus/excerpts/09_albertslund_mbu_2021-03-23_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO att VALUES ('alb09', :'doc', 'Indholdsfortegnelse');
\set f :abs_srcdir '/test/corpus/excerpts/10_albertslund_midtby_17-4_2016-12-05_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO att VALUES ('alb10', :'doc', 'Indholdsfortegnelse');
\set f :abs_srcdir '/test/corpus/excerpts/12_holbaek_udvalget_aeldre_sundhed_2020-06-04_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO att VALUES ('holbaek12', :'doc', 'PUNKTER');
\set f :abs_srcdir '/test/corpus/excerpts/13_slagelse_oeu_2018-10-01_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO att VALUES ('slagelse13', :'doc', '1. Godkendelse');
\set f :abs_srcdir '/test/corpus/excerpts/15_roedovre_kb_2019-09-24_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO att VALUES ('roedovre15', :'doc', 'Sager 129');
\set f :abs_srcdir '/test/corpus/excerpts/17_stevns_kb_2020-01-22_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO att VALUES ('stevns17', :'doc', '301.');
\set f :abs_srcdir '/test/corpus/excerpts/19_kbh_oekonomiudvalget_2017-08-23_punkt4_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO att VALUES ('kbh19', :'doc', 'Første behandling');
\set f :abs_srcdir '/test/corpus/excerpts/22_region_midtjylland_hmu_psykiatri_social_2017-11-06_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO att VALUES ('rm22', :'doc', 'Sagnr.:');
\set f :abs_srcdir '/test/corpus/excerpts/24_egebjerg_kb_2002-05-15_docplayer_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO att VALUES ('egebjerg24', :'doc', '2 Indholdsfortegnelse');
\set f :abs_srcdir '/test/corpus/excerpts/28_albertslund_mbu_2020-09-15_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO att VALUES ('alb28', :'doc', 'Indholdsfortegnelse');
\set f :abs_srcdir '/test/corpus/excerpts/31_albertslund_kb_2021-03-09_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO att VALUES ('alb31', :'doc', 'Indholdsfortegnelse');
\set f :abs_srcdir '/test/corpus/excerpts/33_albertslund_kb_2018-12-11_dagsorden_excerpt.txt'
\set doc `cat :'f'`
INSERT INTO att VALUES ('alb33', :'doc', 'Indholdsfortegnelse');
\set f :abs_srcdir '/test/corpus/ballerup/sundheds_forebyggelsesudvalget_2012-12-04_pdftotext.txt'
\set doc `cat :'f'`
INSERT INTO att VALUES ('ballerup', :'doc', 'INDHOLDSFORTEGNELSE');
\set f :abs_srcdir '/test/corpus/ballerup/sundheds_forebyggelsesudvalget_2012-12-04_pdftotext-layout.txt'
\set doc `cat :'f'`
INSERT INTO att VALUES ('ballerup_layout', :'doc', 'INDHOLDSFORTEGNELSE');
\set f :abs_srcdir '/test/corpus/ballerup/sundheds_forebyggelsesudvalget_2012-12-04_punkt2_pdftotext.txt'
\set doc `cat :'f'`
INSERT INTO att VALUES ('ballerup_punkt2', :'doc', 'Sagsnr.:');
CREATE TEMP VIEW att_front AS
SELECT name, doc, left(doc, strpos(doc, marker) - 1) AS front FROM att;
-- every front matter ends where the table of contents or the first item starts
SELECT name, marker, strpos(doc, marker) AS front_ends FROM att ORDER BY name;

-- ------------------------------------------------------------ attendees
-- how many members each front matter lists, and how many absences each whole
-- document records (in its front matter and in decisions)
SELECT a.name, count(m.*) AS attendees, count(m.*) FILTER (WHERE m.present) AS present,
       count(m.*) FILTER (WHERE NOT m.present) AS absent,
       (SELECT count(*) FROM referat.absences(a.doc)) AS absences
  FROM att_front a LEFT JOIN LATERAL referat.attendees(a.front) m ON true
 GROUP BY a.name, a.doc ORDER BY a.name;

-- every member, in the order listed
SELECT a.name, m.ordinality AS n, m.who, m.party, m.role, m.present
  FROM att_front a, referat.attendees(a.front) WITH ORDINALITY m
 WHERE a.name <> 'ballerup_layout'
 ORDER BY a.name, m.ordinality;

-- the whole document lists the same members as its front matter
SELECT a.name FROM att_front a
 WHERE EXISTS ((SELECT * FROM referat.attendees(a.doc)) EXCEPT ALL (SELECT * FROM referat.attendees(a.front)))
    OR EXISTS ((SELECT * FROM referat.attendees(a.front)) EXCEPT ALL (SELECT * FROM referat.attendees(a.doc)));

-- the -layout text of Ballerup's minutes lists the same
SELECT count(*) AS differences FROM (
  (SELECT m.* FROM att_front, referat.attendees(front) m WHERE name = 'ballerup'
   EXCEPT ALL
   SELECT m.* FROM att_front, referat.attendees(front) m WHERE name = 'ballerup_layout')
  UNION ALL
  (SELECT m.* FROM att_front, referat.attendees(front) m WHERE name = 'ballerup_layout'
   EXCEPT ALL
   SELECT m.* FROM att_front, referat.attendees(front) m WHERE name = 'ballerup')) d;

-- FirstAgenda's portal JSON (Greve), rendered by referat.from_firstagenda
-- ("Mødedeltagere: …", "Afbud: …", "Fraværende: …"), read back: every
-- participant of the JSON once, present unless cancelled or absent
CREATE TEMP TABLE att_greve (name text PRIMARY KEY, doc jsonb NOT NULL);
\set f :abs_srcdir '/test/corpus/greve/2022-01-10_okonomiudvalget.json'
\set doc `cat :'f'`
INSERT INTO att_greve VALUES ('2022-01-10', :'doc');
\set f :abs_srcdir '/test/corpus/greve/2024-12-31__svar_til_byradet_2022-2025.json'
\set doc `cat :'f'`
INSERT INTO att_greve VALUES ('2024-12-31', :'doc');
\set f :abs_srcdir '/test/corpus/greve/2025-01-29_okonomiudvalget.json'
\set doc `cat :'f'`
INSERT INTO att_greve VALUES ('2025-01-29', :'doc');
\set f :abs_srcdir '/test/corpus/greve/2025-05-05_byrad_2022-2025.json'
\set doc `cat :'f'`
INSERT INTO att_greve VALUES ('2025-05-05', :'doc');
CREATE TEMP VIEW att_greve_json AS
SELECT g.name, p ->> 'Name' AS who,
       NOT (coalesce((p ->> 'ParticipationCancelled')::boolean, false) OR coalesce((p ->> 'Absent')::boolean, false)) AS present
  FROM att_greve g, jsonb_array_elements(g.doc #> '{Moede,Moededeltagere}') p;
SELECT g.name, (SELECT count(*) FROM att_greve_json j WHERE j.name = g.name) AS in_json,
       count(a.*) AS attendees, count(a.*) FILTER (WHERE NOT a.present) AS absent,
       (SELECT count(*) FROM ((SELECT who, present FROM att_greve_json j WHERE j.name = g.name)
                              EXCEPT ALL
                              SELECT a.who, a.present FROM referat.attendees(referat.from_firstagenda(g.doc)) a) d) AS missing,
       (SELECT count(*) FROM (SELECT a.who, a.present FROM referat.attendees(referat.from_firstagenda(g.doc)) a
                              EXCEPT ALL
                              SELECT who, present FROM att_greve_json j WHERE j.name = g.name) d) AS extra
  FROM att_greve g LEFT JOIN LATERAL referat.attendees(referat.from_firstagenda(g.doc)) a ON true
 GROUP BY g.name, g.doc ORDER BY g.name;

-- ------------------------------------------------------------- absences
-- every absence of the whole documents: "Afbud fra" in the front matter,
-- "Fraværende" lists, "Afbud fra:" and "Ikke til stede:" in a decision (not
-- the one quoted from an earlier committee's meeting, Stevns item 302)
SELECT a.name, x.ordinality AS n, x.who, x.reason, x.item_no
  FROM att a, referat.absences(a.doc) WITH ORDINALITY x
 ORDER BY a.name, x.ordinality;
-- the absences of the front matter are the members attendees marks absent
SELECT a.name, x.who, m.who IS NOT NULL AS listed_absent
  FROM att_front a CROSS JOIN LATERAL referat.absences(a.front) x
  LEFT JOIN LATERAL (SELECT m.who FROM referat.attendees(a.front) m
                      WHERE NOT m.present AND x.who LIKE m.who || '%') m ON true
 ORDER BY a.name, x.who;

-- ------------------------------------------------------------ odd input
SELECT (SELECT count(*) FROM referat.attendees(t)) AS attendees, (SELECT count(*) FROM referat.absences(t)) AS absences
  FROM (VALUES (''), (E'\n\n'), ('Tilstede'), (E'Tilstede\n\n\n'), ('Afbud fra:'), (E'Medlemmer\nIngen'),
               (E'Fraværende: \u00a0\nGodkendt.'), (E'Indkaldelse :\n \u2022 \u2022'),
               ('Afbud: ' || repeat('Anne Hansen, ', 1000)), (E'\uFEFF\u00AD\r\n')) v(t);
SELECT count(*) FROM referat.attendees(NULL);

-- ------------------------------------------------------------- the store
-- loading keeps each document's members; a view per member and per forum
CREATE TEMP TABLE att_docs AS
SELECT name, front, referat.ingest(front, 'attendance:' || name) AS id
  FROM att_front WHERE name IN ('alb06', 'roedovre15', 'egebjerg24', 'ballerup');
SELECT d.name,
       (SELECT count(*) FROM referat.attendees t WHERE t.document_id = d.id) AS stored,
       (SELECT count(*) FROM referat.attendees(d.front)) AS parsed,
       (SELECT count(*) FROM referat.attendees_v v WHERE v.document_id = d.id) AS in_view
  FROM att_docs d ORDER BY d.name;
SELECT count(*) AS differences FROM (
  (SELECT d.id, m.n, m.who, m.party, m.role, m.present
     FROM att_docs d, referat.attendees(d.front) WITH ORDINALITY m(who, party, role, present, n)
   EXCEPT ALL
   SELECT document_id, seq, who, party, role, present FROM referat.attendees
    WHERE document_id IN (SELECT id FROM att_docs))
  UNION ALL
  (SELECT document_id, seq, who, party, role, present FROM referat.attendees
    WHERE document_id IN (SELECT id FROM att_docs)
   EXCEPT ALL
   SELECT d.id, m.n, m.who, m.party, m.role, m.present
     FROM att_docs d, referat.attendees(d.front) WITH ORDINALITY m(who, party, role, present, n))) d;
SELECT forum, meeting_date, who, party, role, present
  FROM referat.attendees_v WHERE document_id = (SELECT id FROM att_docs WHERE name = 'ballerup')
 ORDER BY seq;
SELECT forum, who, party, meetings, present, absent
  FROM referat.attendance_v WHERE who IN ('Jens Mikkelsen', 'Leif Pedersen', 'Britt Jensen', 'Arne Ebsen')
 ORDER BY forum, who;
-- an update re-parses, a delete removes, reparse rebuilds
UPDATE referat.documents SET body = replace(body, 'Afbud fra Jens Mikkelsen (A) og', 'Afbud fra')
 WHERE source = 'attendance:alb06';
SELECT who, present FROM referat.attendees_v
 WHERE document_id = (SELECT id FROM referat.documents WHERE source = 'attendance:alb06') AND NOT present
 ORDER BY seq;
DELETE FROM referat.attendees;
SELECT referat.reparse() > 0 AS reparsed;
SELECT count(*) FROM referat.attendees a JOIN referat.documents d ON d.id = a.document_id
 WHERE d.source LIKE 'attendance:%';
-- deleting the documents deletes their members (the others stored list none)
DELETE FROM referat.documents WHERE source LIKE 'attendance:%';
SELECT count(*) FROM referat.attendees;
