-- Case numbers in a session without schema referat on its search_path (a
-- plain psql session, the SQL a BI tool generates): the cast of
-- referat.sagsnr to text is implicit, so the operators and functions of
-- pg_catalog take a case number as its normalised text.  What that gives,
-- what it costs (no index, text order), and that it opens no hole.
CREATE TABLE case_text AS
SELECT name, item_no, case_no FROM corpus, referat.items(doc) WHERE case_no IS NOT NULL;
CREATE INDEX case_text_case_no ON case_text (case_no);
ANALYZE case_text;
-- the store holds Aarhus' city council of 27 August 2025, for the views
SELECT referat.ingest(doc, 'search_path.sql') IS NOT NULL AS stored FROM corpus WHERE name = 'byraad';
SET enable_seqscan = off;

SET search_path = "$user", public;
-- Aarhus' city council of 27 August 2025, item 2: "EMN-2025-003383" under the
-- title, in both text versions of the minutes
SELECT name, item_no, case_no FROM case_text WHERE case_no = 'EMN-2025-003383' ORDER BY name;
SELECT count(*) AS in_list FROM case_text WHERE case_no IN ('EMN-2025-003383', '00.01.00-A00-3-17');
SELECT count(*) AS like_emn_2025 FROM case_text WHERE case_no LIKE 'EMN-2025-%';
SELECT case_no || ' (Aarhus)' AS concatenated, 'sag ' || case_no AS prefixed, length(case_no)
  FROM case_text WHERE case_no = 'EMN-2025-003383' AND name = 'byraad';
-- a text column of a view compares with the typed column
SELECT count(*) AS joined
  FROM case_text c JOIN referat.items_v v ON v.case_no = c.case_no
 WHERE c.name = 'byraad' AND v.document_id IN (SELECT referat.document_id(doc) FROM corpus WHERE name = 'byraad');
-- UNION with text gives text
SELECT pg_typeof(x) FROM (SELECT case_no FROM case_text UNION SELECT 'EMN-2025-003383'::text) AS u(x) LIMIT 1;

-- The text is compared as referat prints it: a number written otherwise
-- (lower case, EMN without its zero padding) finds nothing here, while the
-- operators of schema referat normalise it first.
SELECT count(*) AS unnormalised_as_text FROM case_text WHERE case_no = 'emn-2025-3383';
SELECT count(*) AS unnormalised_referat FROM case_text WHERE case_no OPERATOR(referat.=) 'emn-2025-3383';
-- The index on case_no serves referat's operators only: as text it is a
-- scan of every row (an index on case_no::text would serve it).
EXPLAIN (COSTS OFF) SELECT * FROM case_text WHERE case_no = 'EMN-2025-003383';
-- ORDER BY, GROUP BY and DISTINCT use the type's operator classes, found
-- without the search_path: digit runs by value (3 before 23; as text, 108
-- and 23 would come before 3)
SELECT DISTINCT case_no FROM case_text WHERE case_no LIKE '00.01.00-A00-%-1_' ORDER BY case_no LIMIT 4;
-- but < and min compare text here: '3-17' is after '23-17' and '108-15'
SELECT '00.01.00-A00-3-17'::referat.sagsnr < '00.01.00-A00-23-17' AS text_less,
       (SELECT min(case_no) FROM case_text WHERE case_no LIKE '00.01.00-A00-%') AS text_min;

SET search_path = public, referat;
-- With referat on the path its operators win, as before: normalised, indexed,
-- natural order; an unknown literal is read as a case number, not as text.
SELECT count(*) AS unnormalised FROM case_text WHERE case_no = 'emn-2025-3383';
EXPLAIN (COSTS OFF) SELECT * FROM case_text WHERE case_no = 'EMN-2025-003383';
SELECT '00.01.00-A00-3-17'::referat.sagsnr < '00.01.00-A00-23-17' AS natural_less,
       (SELECT min(case_no) FROM case_text WHERE case_no LIKE '00.01.00-A00-%') AS natural_min;
-- and concatenation, text functions and the comparison with a text column
-- resolve as without the path (no "operator is not unique": the type is in
-- the string category, where text is the preferred type)
SELECT case_no || ' (Aarhus)' AS concatenated, 'sag ' || case_no AS prefixed, length(case_no)
  FROM case_text WHERE case_no = 'EMN-2025-003383' AND name = 'byraad';
SELECT count(*) AS joined
  FROM case_text c JOIN referat.items_v v ON v.case_no = c.case_no
 WHERE c.name = 'byraad' AND v.document_id IN (SELECT referat.document_id(doc) FROM corpus WHERE name = 'byraad');
SELECT case_no ^@ '00.01' AS kle_under FROM case_text WHERE name = 'a000' AND item_no = 1;

-- No hole: the cast calls no function anyone could replace (it is the type's
-- output function, in C, in schema referat) and only the extension owns it.
SELECT castcontext, castmethod, castfunc, pg_describe_object(d.refclassid, d.refobjid, 0) AS member_of
  FROM pg_cast c JOIN pg_depend d ON d.classid = 'pg_cast'::regclass AND d.objid = c.oid AND d.deptype = 'e'
 WHERE castsource = 'referat.sagsnr'::regtype AND casttarget = 'text'::regtype;
SELECT typoutput, l.lanname, typcategory
  FROM pg_type t JOIN pg_proc p ON p.oid = t.typoutput JOIN pg_language l ON l.oid = p.prolang
 WHERE t.oid = 'referat.sagsnr'::regtype;
-- An intruder who may create objects in public shadows text's operators and
-- functions: a session with the default search_path still gets pg_catalog's,
-- which is searched first.
SET client_min_messages = warning;
DROP ROLE IF EXISTS referat_text_intruder;
RESET client_min_messages;
CREATE ROLE referat_text_intruder;
GRANT CREATE ON SCHEMA public TO referat_text_intruder;
SET ROLE referat_text_intruder;
CREATE FUNCTION public.hostile_texteq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT true';
CREATE OPERATOR public.= (LEFTARG = text, RIGHTARG = text, FUNCTION = public.hostile_texteq);
CREATE OPERATOR public.~~ (LEFTARG = text, RIGHTARG = text, FUNCTION = public.hostile_texteq);
CREATE FUNCTION public.length(text) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 42';
CREATE FUNCTION public.hostile_cat(text, text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT ''hijacked''';
CREATE OPERATOR public.|| (LEFTARG = text, RIGHTARG = text, FUNCTION = public.hostile_cat);
RESET ROLE;
SET search_path = "$user", public;
SELECT count(*) AS equal, count(*) FILTER (WHERE case_no LIKE 'EMN-2025-%') AS like_emn_2025,
       max(length(case_no)) AS longest, min(case_no || '') AS concatenated
  FROM case_text WHERE case_no = 'EMN-2025-003383';
SET search_path = public, referat;
SELECT count(*) AS equal, max(length(case_no)) AS longest, min(case_no || '') AS concatenated
  FROM case_text WHERE case_no = 'EMN-2025-003383';
-- The extension's own SQL names pg_catalog's objects or pins its search_path
-- (privileges.sql): the dashboard views read as before.
SELECT count(*) AS items_v_rows, count(DISTINCT case_no) AS items_v_cases
  FROM referat.items_v WHERE case_no LIKE 'EMN-2025-%'
   AND document_id IN (SELECT referat.document_id(doc) FROM corpus WHERE name = 'byraad');
-- An operator on the type itself in public is another matter: a session
-- without referat on the path takes it, as it took it before this cast
-- existed (then as the only "=" there was).  PostgreSQL 15 lets no one
-- create in public unless granted; put referat on the path, or write
-- OPERATOR(referat.=), where untrusted roles may.
SET ROLE referat_text_intruder;
CREATE FUNCTION public.hostile_caseeq(referat.sagsnr, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT true';
CREATE OPERATOR public.= (LEFTARG = referat.sagsnr, RIGHTARG = text, FUNCTION = public.hostile_caseeq);
RESET ROLE;
SET search_path = "$user", public;
SELECT count(*) AS hijacked_equal FROM case_text WHERE case_no = 'EMN-2025-003383';
SET search_path = referat, public;
SELECT count(*) AS equal_with_referat FROM case_text WHERE case_no = 'EMN-2025-003383';

RESET search_path;
RESET enable_seqscan;
DROP OWNED BY referat_text_intruder;
DROP ROLE referat_text_intruder;
DROP TABLE case_text;
DELETE FROM referat.documents WHERE source = 'search_path.sql';
