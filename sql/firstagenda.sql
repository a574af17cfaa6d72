SET datestyle = 'ISO, YMD';
-- referat.from_firstagenda: Greve's meetings as FirstAgenda's publication portal serves them,
-- read by the same functions as the PDF text (the files are read by psql, client side)
\getenv abs_srcdir PG_ABS_SRCDIR
CREATE TABLE greve (name text PRIMARY KEY, doc jsonb NOT NULL);
\set f :abs_srcdir '/test/corpus/greve/2022-01-10_okonomiudvalget.json'
\set doc `cat :'f'`
INSERT INTO greve VALUES ('2022-01-10', :'doc');
\set f :abs_srcdir '/test/corpus/greve/2024-12-31__svar_til_byradet_2022-2025.json'
\set doc `cat :'f'`
INSERT INTO greve VALUES ('2024-12-31', :'doc');
\set f :abs_srcdir '/test/corpus/greve/2025-01-29_okonomiudvalget.json'
\set doc `cat :'f'`
INSERT INTO greve VALUES ('2025-01-29', :'doc');
\set f :abs_srcdir '/test/corpus/greve/2025-05-05_byrad_2022-2025.json'
\set doc `cat :'f'`
INSERT INTO greve VALUES ('2025-05-05', :'doc');

-- the header: forum from Udvalg.Navn, date and time from Moede.Dato, place from Moede.Sted,
-- referat when Moede.Afsluttet, else dagsorden
SELECT g.name, g.doc #>> '{Udvalg,Navn}' AS json_forum, g.doc #>> '{Moede,Dato}' AS json_date,
       g.doc #>> '{Moede,Afsluttet}' AS json_held, jsonb_array_length(g.doc -> 'Dagsordenpunkter') AS json_items, m.*
  FROM greve g, referat.meeting(referat.from_firstagenda(g.doc)) m ORDER BY g.name;

-- one item per Dagsordenpunkter entry, with its number, title and case number
WITH json_items AS (
	SELECT g.name, e.ord, e.it
	  FROM greve g, jsonb_array_elements(g.doc -> 'Dagsordenpunkter') WITH ORDINALITY e(it, ord)
), parsed AS (
	SELECT g.name, i.* FROM greve g, referat.items(referat.from_firstagenda(g.doc)) i
)
SELECT coalesce(j.name, p.name) AS name, j.ord, j.it ->> 'Punktnummer' AS json_no, p.item_no,
       j.it ->> 'Navn' = p.raw_title AS same_title, p.title, p.closed,
       j.it ->> 'SagsNummer' AS json_case, p.case_no
  FROM json_items j FULL JOIN parsed p ON p.name = j.name AND p.item_no = (j.it ->> 'Punktnummer')::int
 ORDER BY 1, coalesce(j.ord, p.item_no);

-- the sections of a meeting: the h3 and h4 headings of the HTML fields, the Bilag
SELECT s.item_no, s.ordinal, s.heading, s.kind, left(s.body, 60) AS body
  FROM greve g, referat.sections(referat.from_firstagenda(g.doc)) s
 WHERE g.name IN ('2025-01-29', '2024-12-31')
 ORDER BY g.name, s.item_no, s.ordinal;

-- attachments: one per Bilag entry
SELECT g.name, sum(jsonb_array_length(e.it -> 'Bilag')) AS json_bilag,
       (SELECT count(*) FROM referat.attachments(referat.from_firstagenda(g.doc))) AS attachments
  FROM greve g CROSS JOIN LATERAL jsonb_array_elements(g.doc -> 'Dagsordenpunkter') e(it)
 GROUP BY g.name ORDER BY g.name;

-- participants with ParticipationCancelled (afbud) or Absent (fraværende)
SELECT g.name, p ->> 'Name' AS json_name, p ->> 'ParticipationCancelled' AS cancelled, p ->> 'Absent' AS absent
  FROM greve g, jsonb_array_elements(g.doc #> '{Moede,Moededeltagere}') p
 WHERE (p ->> 'ParticipationCancelled')::boolean OR (p ->> 'Absent')::boolean ORDER BY 1, 2;
SELECT g.name, a.* FROM greve g, referat.absences(referat.from_firstagenda(g.doc)) a ORDER BY 1, 2;

-- the whole text of the smallest meeting
SELECT referat.from_firstagenda(doc) FROM greve WHERE name = '2025-01-29';

-- HTML made text, entities and JSON escapes decoded
SELECT referat.from_firstagenda('{"Dagsordenpunkter": [{"Punktnummer": "3", "Navn": "K\u00f8b",
  "Felter": [{"Html": "<h3>Beslutning</h3><p>Godkendt&nbsp;&amp; <b>vedtaget</b>.</p><ol><li>at &aelig;</li><li>at &#248;</li></ol>"}]}]}');

-- not a FirstAgenda meeting: SQLSTATE 22023 naming what is missing
\set VERBOSITY default
SELECT referat.from_firstagenda('{}');
SELECT referat.from_firstagenda('{"Dagsordenpunkter": null}');
SELECT referat.from_firstagenda('[{"Dagsordenpunkter": []}]');
SELECT referat.from_firstagenda('{"Dagsordenpunkter": ["Punkt 1"]}');
DO $$ BEGIN PERFORM referat.from_firstagenda('{"Moede": {}}'); EXCEPTION WHEN invalid_parameter_value THEN RAISE NOTICE 'SQLSTATE %', SQLSTATE; END $$;
-- nested deeper than the reader goes (jsonb goes deeper): SQLSTATE 54000
SELECT referat.from_firstagenda(('{"Dagsordenpunkter": [], "x": ' || repeat('[', 1100) || repeat(']', 1100) || '}')::jsonb);
DO $$ BEGIN PERFORM referat.from_firstagenda(('{"Dagsordenpunkter": [], "x": ' || repeat('[', 1100) || repeat(']', 1100) || '}')::jsonb); EXCEPTION WHEN program_limit_exceeded THEN RAISE NOTICE 'SQLSTATE %', SQLSTATE; END $$;
SELECT referat.from_firstagenda(NULL) IS NULL AS strict;
SELECT provolatile, proisstrict, proparallel FROM pg_proc WHERE oid = 'referat.from_firstagenda'::regproc;

DROP TABLE greve;
