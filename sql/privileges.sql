-- Least privilege and safe SQL: an ordinary role can use every function of
-- the extension, nothing is SECURITY DEFINER, and functions and operators an
-- intruder puts in schema public (the search_path attack of CVE-2018-1058)
-- change nothing the extension does.
SET client_min_messages = warning;
DROP ROLE IF EXISTS referat_reader;
DROP ROLE IF EXISTS referat_intruder;
RESET client_min_messages;
CREATE ROLE referat_reader;
CREATE ROLE referat_intruder;
SELECT rolname, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls
  FROM pg_roles WHERE rolname IN ('referat_reader', 'referat_intruder') ORDER BY 1;
GRANT SELECT ON corpus TO referat_reader;

-- The extension's functions: none is SECURITY DEFINER, every role may run
-- every one, and every function in SQL or PL/pgSQL either has its body parsed
-- at CREATE time (BEGIN ATOMIC, RETURN) or pins its search_path (the list
-- shows the exceptions, so it must be empty).
CREATE TEMP VIEW extension_functions AS
SELECT p.oid, p.oid::regprocedure AS function, p.prosecdef, l.lanname, p.prosqlbody, p.proconfig
  FROM pg_depend d
  JOIN pg_proc p ON p.oid = d.objid AND d.classid = 'pg_proc'::regclass
  JOIN pg_language l ON l.oid = p.prolang
 WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'referat');
SELECT count(*) FILTER (WHERE lanname = 'c') > 20 AS in_c,
       count(*) FILTER (WHERE lanname IN ('sql', 'plpgsql')) > 0 AS in_sql
  FROM extension_functions;
SELECT function, prosecdef AS security_definer,
       has_function_privilege('referat_reader', oid, 'EXECUTE') AS reader_may_execute
  FROM extension_functions
 WHERE prosecdef OR NOT has_function_privilege('referat_reader', oid, 'EXECUTE')
 ORDER BY 1::text;
SELECT function, lanname, proconfig
  FROM extension_functions
 WHERE lanname NOT IN ('c', 'internal') AND prosqlbody IS NULL
   AND NOT EXISTS (SELECT FROM unnest(proconfig) AS c WHERE c LIKE 'search\_path=%')
 ORDER BY 1::text;
-- and the reader may look up names in the schema and use its types
SELECT has_schema_privilege('referat_reader', 'referat', 'USAGE') AS schema_usage,
       bool_and(has_type_privilege('referat_reader', t.oid, 'USAGE')) AS type_usage
  FROM pg_type t WHERE t.typnamespace = 'referat'::regnamespace;

-- Every function, called by the ordinary role.
SET ROLE referat_reader;
SELECT current_user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user);
SELECT kind, forum, meeting_date, item_count FROM corpus, referat.meeting(doc) WHERE name = 'a000';
SELECT item_no, title, case_no, outcome FROM corpus, referat.items(doc) WHERE name = 'a000' AND item_no <= 2;
SELECT (SELECT count(*) FROM corpus c, referat.sections(doc) WHERE c.name = 'a000') AS sections,
       (SELECT count(*) FROM corpus c, referat.proposals(doc) WHERE c.name = 'a000') AS proposals,
       (SELECT count(*) FROM corpus c, referat.attachments(doc) WHERE c.name = 'a000') AS attachments,
       (SELECT count(*) FROM corpus c, referat.toc(doc) WHERE c.name = 'a000') AS toc,
       (SELECT count(*) FROM corpus c, referat.history(doc) WHERE c.name = 'byraad') AS history;
SELECT referat.classify_decision('Godkendt.') AS outcome,
       referat.document_id('Punkt 1: x') = referat.document_id('Punkt 1: x') AS document_id;
SELECT v AS case_no, referat.scheme(v), referat.kle(v), referat.facet(v), referat.case_year(v),
       referat.case_seq(v), referat.sagsnr_send(v), referat.sagsnr_hash(v) = referat.sagsnr_hash(v) AS hash,
       referat.sagsnr_hash_extended(v, 1) = referat.sagsnr_hash_extended(v, 1) AS hash_extended,
       referat.kle_under(v, '00.01') AS kle_under, v OPERATOR(referat.^@) '00' AS under_00
  FROM (VALUES ('00.01.00-a00-0003-17'::referat.sagsnr), ('emn-2025-3383')) AS t(v);
-- comparison, sorting, btree and hash indexes, the planner support function
CREATE TEMP TABLE cases AS
SELECT case_no FROM corpus, referat.items(doc) WHERE case_no IS NOT NULL;
CREATE INDEX ON cases (case_no);
CREATE INDEX ON cases USING hash (case_no);
ANALYZE cases;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM cases WHERE referat.kle_under(case_no, '00.01');
SELECT count(*) AS under_00_01 FROM cases WHERE referat.kle_under(case_no, '00.01');
SELECT count(*) AS equal FROM cases WHERE case_no OPERATOR(referat.=) '00.01.00-A00-3-17';
RESET enable_seqscan;
SELECT count(DISTINCT case_no) AS distinct_cases,
       (SELECT count(*) FROM (SELECT case_no FROM cases GROUP BY case_no) g) AS groups
  FROM cases;
-- the store needs the table privileges a DBA grants, and nothing more
\set VERBOSITY terse
SELECT referat.ingest('Punkt 1: Budget', 'privileges');
\set VERBOSITY default
RESET ROLE;
BEGIN;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA referat TO referat_reader;
SET ROLE referat_reader;
SELECT referat.ingest('Punkt 1: Budget', 'privileges') = referat.document_id('Punkt 1: Budget') AS ingested;
SELECT item_no, title FROM referat.items_v
 WHERE document_id = referat.document_id('Punkt 1: Budget');
SELECT referat.reparse() > 0 AS reparsed;
ROLLBACK;

-- What the extension gives, before an intruder moves in.
CREATE TEMP TABLE before AS
SELECT name, i.* FROM corpus, referat.items(doc) AS i;
CREATE TEMP TABLE before_other AS
SELECT (SELECT string_agg(case_no::text, ' ' ORDER BY case_no) FROM cases) AS cases,
       referat.document_id('Punkt 1: x') AS document_id;

-- The intruder may create objects in public (as every role could before
-- PostgreSQL 15) and shadows what the extension's SQL uses: operators on
-- referat.sagsnr and on text and bigint, and the functions of document_id,
-- ingest and the views.
GRANT CREATE ON SCHEMA public TO referat_intruder;
SET ROLE referat_intruder;
CREATE FUNCTION public.hostile_true(referat.sagsnr, referat.sagsnr) RETURNS boolean
	LANGUAGE sql IMMUTABLE AS 'SELECT true';
CREATE FUNCTION public.hostile_false(referat.sagsnr, referat.sagsnr) RETURNS boolean
	LANGUAGE sql IMMUTABLE AS 'SELECT false';
CREATE OPERATOR public.= (LEFTARG = referat.sagsnr, RIGHTARG = referat.sagsnr, FUNCTION = public.hostile_true);
CREATE OPERATOR public.<> (LEFTARG = referat.sagsnr, RIGHTARG = referat.sagsnr, FUNCTION = public.hostile_true);
CREATE OPERATOR public.< (LEFTARG = referat.sagsnr, RIGHTARG = referat.sagsnr, FUNCTION = public.hostile_false);
CREATE OPERATOR public.<= (LEFTARG = referat.sagsnr, RIGHTARG = referat.sagsnr, FUNCTION = public.hostile_false);
CREATE OPERATOR public.> (LEFTARG = referat.sagsnr, RIGHTARG = referat.sagsnr, FUNCTION = public.hostile_true);
CREATE OPERATOR public.>= (LEFTARG = referat.sagsnr, RIGHTARG = referat.sagsnr, FUNCTION = public.hostile_true);
CREATE FUNCTION public.hostile_under(referat.sagsnr, text) RETURNS boolean
	LANGUAGE sql IMMUTABLE AS 'SELECT true';
CREATE OPERATOR public.^@ (LEFTARG = referat.sagsnr, RIGHTARG = text, FUNCTION = public.hostile_under);
CREATE FUNCTION public.hostile_cat(text, text) RETURNS text LANGUAGE sql AS 'SELECT ''x''';
CREATE OPERATOR public.|| (LEFTARG = text, RIGHTARG = text, FUNCTION = public.hostile_cat);
CREATE FUNCTION public.hostile_and(bigint, bigint) RETURNS bigint LANGUAGE sql AS 'SELECT 42::bigint';
CREATE OPERATOR public.& (LEFTARG = bigint, RIGHTARG = bigint, FUNCTION = public.hostile_and);
CREATE FUNCTION public.hostile_eq(bigint, bigint) RETURNS boolean LANGUAGE sql AS 'SELECT true';
CREATE OPERATOR public.= (LEFTARG = bigint, RIGHTARG = bigint, FUNCTION = public.hostile_eq);
CREATE FUNCTION public.sha256(bytea) RETURNS bytea LANGUAGE sql AS 'SELECT ''\x00''::bytea';
CREATE FUNCTION public.convert_to(text, text) RETURNS bytea LANGUAGE sql AS 'SELECT ''\x00''::bytea';
CREATE FUNCTION public.substr(bytea, integer, integer) RETURNS bytea LANGUAGE sql AS 'SELECT ''\x00''::bytea';
CREATE FUNCTION public.encode(bytea, text) RETURNS text LANGUAGE sql AS 'SELECT ''00''';
CREATE FUNCTION public.lower(text) RETURNS text LANGUAGE sql AS 'SELECT ''hijacked''';
CREATE FUNCTION public.regexp_replace(text, text, text) RETURNS text LANGUAGE sql AS 'SELECT ''hijacked''';
CREATE FUNCTION public.now() RETURNS timestamptz LANGUAGE sql AS 'SELECT ''2000-01-01''::timestamptz';
CREATE FUNCTION public.to_char(time, text) RETURNS text LANGUAGE sql AS 'SELECT ''hijacked''';
RESET ROLE;

-- Public first, even before pg_catalog: the order an intruder hopes for.
SET search_path = public, pg_catalog, referat;
SET enable_seqscan = off;
-- the functions return what they returned before
SELECT count(*) AS items,
       (SELECT count(*) FROM (SELECT name, i.* FROM corpus, referat.items(doc) AS i
                              EXCEPT ALL SELECT * FROM before) AS d) AS changed
  FROM before;
SELECT referat.document_id('Punkt 1: x') OPERATOR(pg_catalog.=) document_id AS same_document_id,
       (SELECT string_agg(case_no::text, ' ' ORDER BY case_no) FROM cases) OPERATOR(pg_catalog.=) cases AS same_order
  FROM before_other;
-- ordering (above), grouping, hashing and the index use the operator class,
-- not names: the planner's index condition shows the operators it took
EXPLAIN (COSTS OFF) SELECT count(*) FROM cases WHERE referat.kle_under(case_no, '00.01');
SELECT count(*) AS under_00_01 FROM cases WHERE referat.kle_under(case_no, '00.01');
SELECT count(DISTINCT case_no) AS distinct_cases FROM cases;
-- the store and its views, loaded under this search_path
BEGIN;
SELECT referat.ingest('Punkt 1: Budget (kl. 9.00-9.15)', 'privileges') OPERATOR(pg_catalog.=) referat.document_id('Punkt 1: Budget (kl. 9.00-9.15)') AS ingested;
SELECT d.content_hash OPERATOR(pg_catalog.=) pg_catalog.sha256(pg_catalog.convert_to(d.body, 'UTF8')) AS hashed,
       d.loaded_at OPERATOR(pg_catalog.>) '2001-01-01'::timestamptz AS loaded_now,
       v.item_no, v.title, v.slot_start, v.slot_end, v.duration_minutes
  FROM referat.documents AS d JOIN referat.items_v AS v ON v.document_id OPERATOR(pg_catalog.=) d.id
 WHERE d.source OPERATOR(pg_catalog.=) 'privileges';
ROLLBACK;
-- A query of one's own is another matter: with public before referat in the
-- search path, "=" on case numbers finds the intruder's operator (2 rows are
-- equal, every one of the 123 "equals").  Put referat before public, or write
-- OPERATOR(referat.=).
SELECT count(*) FILTER (WHERE case_no OPERATOR(referat.=) '00.01.00-A00-3-17') AS referat_equal,
       count(*) FILTER (WHERE case_no = '00.01.00-A00-3-17') AS hijacked_equal
  FROM cases;
SET search_path = referat, public, pg_catalog;
SELECT count(*) FILTER (WHERE case_no = '00.01.00-A00-3-17') AS equal_with_referat_first FROM cases;
RESET search_path;
RESET enable_seqscan;

DROP OWNED BY referat_intruder;
DROP OWNED BY referat_reader;
DROP ROLE referat_intruder;
DROP ROLE referat_reader;
