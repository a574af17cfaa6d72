-- Install the extension and load the test corpus (read by psql, client side).
CREATE EXTENSION referat;
SELECT extname, extversion, nspname AS schema, extrelocatable
  FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
 WHERE extname = 'referat';

-- the operators of referat.sagsnr live in schema referat: put it on the search path,
-- as the README tells analysts to
DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET search_path = public, referat', current_database()); END $$;

\getenv abs_srcdir PG_ABS_SRCDIR
CREATE TABLE corpus (name text PRIMARY KEY, doc text NOT NULL);
\set f :abs_srcdir '/test/corpus/albertslund/000_29b8a9bb6d12761b.txt'
\set doc `cat :'f'`
INSERT INTO corpus VALUES ('a000', :'doc');
\set f :abs_srcdir '/test/corpus/albertslund/001_f160a2713c056438.txt'
\set doc `cat :'f'`
INSERT INTO corpus VALUES ('a001', :'doc');
\set f :abs_srcdir '/test/corpus/albertslund/002_74521ca785f1df23.txt'
\set doc `cat :'f'`
INSERT INTO corpus VALUES ('a002', :'doc');
\set f :abs_srcdir '/test/corpus/albertslund/003_65119b95b52dd9a8.txt'
\set doc `cat :'f'`
INSERT INTO corpus VALUES ('a003', :'doc');
\set f :abs_srcdir '/test/corpus/albertslund/004_5da69337d8b4a5ec.txt'
\set doc `cat :'f'`
INSERT INTO corpus VALUES ('a004', :'doc');
\set f :abs_srcdir '/test/corpus/aarhus/byraad_referat_2025-08-27_pdftotext.txt'
\set doc `cat :'f'`
INSERT INTO corpus VALUES ('byraad', :'doc');
\set f :abs_srcdir '/test/corpus/aarhus/byraad_referat_2025-08-27_pdftotext-layout.txt'
\set doc `cat :'f'`
INSERT INTO corpus VALUES ('byraad_layout', :'doc');
\set f :abs_srcdir '/test/corpus/aarhus/teknisk_udvalg_referat_2025-10-01_html.txt'
\set doc `cat :'f'`
INSERT INTO corpus VALUES ('teknisk', :'doc');
\set f :abs_srcdir '/test/corpus/aarhus/byraad_dagsorden_2025-10-08_html.txt'
\set doc `cat :'f'`
INSERT INTO corpus VALUES ('dagsorden', :'doc');
-- what psql read is what is on disk (sizes in bytes, less the final newline psql drops)
SELECT name, octet_length(doc) FROM corpus ORDER BY name;

-- For the tests of referat.sections (sections, layouts): lossless means the non-blank
-- lines of a document, in order, are exactly the lines of the headings and bodies of its
-- sections, in order (compared as rendered: blanks collapsed, Markdown marks, soft
-- hyphens and control characters gone).
CREATE FUNCTION lines_of(t text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(array_agg(n ORDER BY o), '{}')
    FROM regexp_split_to_table(t, '\n') WITH ORDINALITY AS l(line, o),
         nullif(btrim(regexp_replace(regexp_replace(regexp_replace(
           regexp_replace(replace(replace(line, '**', ''), chr(173), ''),
                          '[\t' || chr(160) || ']', ' ', 'g'),
           '[\x01-\x1f]', '', 'g'),
           '^\s*#+\s', ''), '\s+', ' ', 'g')), '') AS n
   WHERE n IS NOT NULL
$$;
CREATE FUNCTION lossless(doc text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT lines_of(doc) = (SELECT array_agg(x ORDER BY s, part, k)
                            FROM referat.sections(doc) WITH ORDINALITY
                                 AS sec(item_no, ordinal, heading, kind, body, first_line, forum, meeting_date, s),
                                 LATERAL (VALUES (1, heading), (2, body)) AS p(part, t),
                                 unnest(lines_of(t)) WITH ORDINALITY AS u(x, k))
$$;

-- every function of the extension is labelled as it should be
SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS args,
       p.provolatile, p.proisstrict, p.proparallel
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE n.nspname = 'referat'
 ORDER BY 1, 2;
