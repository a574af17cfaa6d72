-- referat 0.1.0 to 0.2.0 (ALTER EXTENSION referat UPDATE).  Every change to
-- src/sql/ between the two versions appears here as well; test/run-upgrade.sh
-- checks that an updated 0.1.0 has exactly the objects of a fresh 0.2.0.
\echo Use "ALTER EXTENSION referat UPDATE TO '0.2.0'" to load this file. \quit

-- Case numbers compare with text without schema referat on the search path
-- (10_sagsnr.sql): the cast to text becomes implicit and the type joins the
-- string category.  ALTER TYPE cannot change a type's category, so the
-- catalog row is updated (this script runs as a superuser); stored values and
-- indexes are not touched, only how operators and functions are chosen.
UPDATE pg_catalog.pg_type SET typcategory = 'S'
 WHERE oid OPERATOR(pg_catalog.=) 'referat.sagsnr'::pg_catalog.regtype;
DROP CAST (referat.sagsnr AS text);
CREATE CAST (referat.sagsnr AS text) WITH INOUT AS IMPLICIT;
COMMENT ON CAST (referat.sagsnr AS text) IS
	'the normalised case number as text; implicit, so that the text operators of pg_catalog apply where the operators of schema referat are not on the search_path';
COMMENT ON CAST (text AS referat.sagsnr) IS
	'parses and normalises a case number (referat.sagsnr_in); explicit';
