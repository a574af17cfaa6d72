--
-- referat.sagsnr: the case-number type
--
-- Operators live in schema referat; put it on the path so that = < ^@ resolve.
SET search_path = public, referat;

--
-- Valid literals of each scheme, normalised, with their parts
--
WITH t(input) AS (VALUES
	('00.01.00-A00-3-17'),
	('00.01.00-A00-108-15'),
	('87.00.00-G00-3-15'),
	('81.28.00-P05-1-18'),
	('00.30.14-G01-4-17'),
	('00.30.14-000-4-70'),
	('  00.01.00-a00-0003-69 '),
	('00.01.00–A00–3–17'),
	('00.01'),
	('00.01.05'),
	('EMN-2025-3383'),
	('emn-2023-009832'),
	('EMN–1900–123456789'),
	('330-2018-3619'),
	('1-13-3-57-16'),
	('sag-2019-0042-a'),
	('A-B-1'),
	('330–2018–3619'),
	(E'\t0330-2018-03619\n')
)
-- (en dashes and control characters shown escaped, so that the table's
-- alignment does not depend on the database encoding)
SELECT replace(replace(replace(input, E'\t', '\t'), E'\n', '\n'), '–', '{ndash}') AS input,
	   s AS sagsnr,
	   referat.scheme(s) AS scheme,
	   referat.kle(s) AS kle,
	   referat.facet(s) AS facet,
	   referat.case_year(s) AS year,
	   referat.case_seq(s) AS seq
FROM (SELECT input, input::referat.sagsnr AS s FROM t) AS p;

-- a plain string literal is accepted wherever a sagsnr is expected
SELECT '00.01.00-A00-3-17'::referat.sagsnr AS kle, referat.scheme('EMN-2025-3383') AS scheme;

-- the longest accepted value is 64 characters
SELECT length(s::text), referat.scheme(s)
FROM (SELECT ('A1-' || repeat('B', 10) || repeat('-' || repeat('C', 10), 4) || '-DDDDDD')::referat.sagsnr AS s) AS p;

--
-- Malformed literals: 22P02 with a hint
--
SELECT ''::referat.sagsnr;
SELECT '   '::referat.sagsnr;
SELECT '00.01.00-A00-3'::referat.sagsnr;
SELECT '00.01.00-A00-0-17'::referat.sagsnr;
SELECT '00.01.00-A00-12345678-17'::referat.sagsnr;
SELECT '00.01.00-A00-3-2017'::referat.sagsnr;
SELECT '00.01.00-AA0-3-17'::referat.sagsnr;
SELECT '00.01.00-100-3-17'::referat.sagsnr;
SELECT '00.1.00-A00-3-17'::referat.sagsnr;
SELECT '00.01-A00-3-17'::referat.sagsnr;
SELECT '00'::referat.sagsnr;
SELECT '00.01.00.00'::referat.sagsnr;
SELECT 'EMN-25-1'::referat.sagsnr;
SELECT 'EMN-1899-1'::referat.sagsnr;
SELECT 'EMN-2025-1234567890'::referat.sagsnr;
SELECT 'EMN-2025-3383-1'::referat.sagsnr;
SELECT '330-2018'::referat.sagsnr;
SELECT '1-2-3-4-5-6-7-8-9'::referat.sagsnr;
SELECT 'SAG-ABC-DEF'::referat.sagsnr;
SELECT 'ABCDEFGHIJK-1-2'::referat.sagsnr;
SELECT '330--2018-3619'::referat.sagsnr;
SELECT '330-2018-3619-'::referat.sagsnr;
SELECT '330 2018 3619'::referat.sagsnr;
SELECT '00.01.00-A00-3-17 x'::referat.sagsnr;
SELECT '330/2018/3619'::referat.sagsnr;
SELECT 'Æ-2018-3619'::referat.sagsnr;
SELECT '330—2018—3619'::referat.sagsnr;
SELECT ('A1-' || repeat('B', 10) || repeat('-' || repeat('C', 10), 4) || '-DDDDDDD')::referat.sagsnr;

-- Inputs that are awkward to print: the error must be 22P02 (others propagate)
CREATE FUNCTION pg_temp.accepts(s text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
	PERFORM s::referat.sagsnr;
	RETURN true;
EXCEPTION WHEN invalid_text_representation THEN
	RETURN false;
END $$;
SELECT label, pg_temp.accepts(s) AS accepted
FROM (VALUES
	('control character', E'330-2018\x01-3619'),
	('DEL', E'330-2018-3619\x7f'),
	('inner tab', E'330-2018\t-3619'),
	('NBSP around', ' 330-2018-3619 '),
	('1000 characters', repeat('1-', 499) || '11'),
	('valid, for contrast', '330-2018-3619')
) AS t(label, s);

--
-- Casts: to text implicit (text functions and text columns take the normalised
-- case number), from text explicit only
--
SELECT '00.01.00-A00-3-17'::text::referat.sagsnr AS from_text,
	   CAST('emn-2025-3383'::referat.sagsnr AS text) AS to_text;
SELECT length('00.01.00-A00-3-17'::referat.sagsnr);
CREATE TABLE sagsnr_cast (t text, s referat.sagsnr);
INSERT INTO sagsnr_cast (t) VALUES ('00.01.00-A00-3-17'::referat.sagsnr);
INSERT INTO sagsnr_cast (s) VALUES ('00.01.00-A00-3-17'::text);
INSERT INTO sagsnr_cast (s) VALUES ('00.01.00-A00-3-17');
SELECT * FROM sagsnr_cast;
DROP TABLE sagsnr_cast;

--
-- Order: scheme (kle < emn < other), then digit runs by value
--
SELECT s, referat.scheme(s)
FROM (VALUES
	('330-2018-3619'), ('EMN-2025-12345'), ('00.02'), ('00.01.00-A00-108-15'),
	('1-13-3-57-16'), ('00.01.05-G01-1-18'), ('EMN-2025-3383'), ('00.01'),
	('0330-2018-3619'), ('00.01.00-A00-3-17'), ('00.01.00-000-9-17'),
	('EMN-2024-999999'), ('00.01.00'), ('99.99.99-Z99-9999999-99'),
	('A-B-10'), ('A-B-9'), ('AB-1-2'), ('ABC-1-2'), ('00.01.99-Z99-9999999-99'),
	('00.01.00-A00-3-18'), ('EMN-2025-1000000'), ('330-2018-03619')
) AS t(x), LATERAL (SELECT x::referat.sagsnr AS s) AS p
ORDER BY s;

-- the comparison operators and the btree support function agree
SELECT a, b, a < b AS lt, a <= b AS le, a = b AS eq, a <> b AS ne, a >= b AS ge, a > b AS gt,
	   referat.sagsnr_cmp(a, b) AS cmp
FROM (VALUES
	('00.01', '00.01.00-A00-3-17'),
	('00.02', '00.01.99-Z99-9999999-99'),
	('00.01.00-A00-3-17', '00.01.00-A00-108-15'),
	('00.01.00-a00-0003-17', '00.01.00-A00-3-17'),
	('emn-2025-3383', 'EMN-2025-003383'),
	('EMN-2099-999999999', '1-1-1'),
	('0330-2018-3619', '330-2018-3619'),
	('330-2018-3619', '330-2018-3619')
) AS t(x, y), LATERAL (SELECT x::referat.sagsnr AS a, y::referat.sagsnr AS b) AS p;

--
-- Hash functions: spelling-independent; extended with seed 0 agrees with the
-- 32-bit hash in its low bits, as hash opclasses require
--
SELECT referat.sagsnr_hash('emn-2025-3383') = referat.sagsnr_hash('EMN-2025-003383') AS same_hash,
	   referat.sagsnr_hash('EMN-2025-3383') <> referat.sagsnr_hash('EMN-2025-3384') AS differs,
	   referat.sagsnr_hash_extended('00.01.00-a00-03-17', 7)
		 = referat.sagsnr_hash_extended('00.01.00-A00-3-17', 7) AS same_extended,
	   referat.sagsnr_hash_extended('00.01.00-A00-3-17', 0)
		 <> referat.sagsnr_hash_extended('00.01.00-A00-3-17', 1) AS seed_matters;
SELECT bool_and((referat.sagsnr_hash_extended(s, 0) & 4294967295)
				= (referat.sagsnr_hash(s)::bigint & 4294967295)) AS low_bits_agree
FROM (VALUES ('00.01'), ('00.01.00-A00-3-17'), ('EMN-2025-3383'), ('330-2018-3619'),
			 ('1-13-3-57-16')) AS t(x), LATERAL (SELECT x::referat.sagsnr AS s) AS p;

-- the operator classes pass the access methods' validation
SELECT opc.opcname, am.amname, opc.opcdefault, amvalidate(opc.oid)
FROM pg_opclass opc JOIN pg_am am ON am.oid = opc.opcmethod
WHERE opc.opcintype = 'referat.sagsnr'::regtype
ORDER BY am.amname;

--
-- Binary I/O: send gives the scheme byte and the normalised text; recv
-- validates.  recv takes "internal", so it is reached through a C test hook
-- (not part of the install script) that feeds it a bytea.
--
SELECT x, referat.sagsnr_send(x::referat.sagsnr)
FROM (VALUES ('00.01.00-a00-3-17'), ('00.01'), ('emn-2025-3383'), ('330-2018-3619')) AS t(x);
CREATE FUNCTION pg_temp.sagsnr_recv_bytea(bytea) RETURNS referat.sagsnr
	AS '$libdir/referat', 'sagsnr_recv_bytea' LANGUAGE C IMMUTABLE STRICT;
SELECT s, pg_temp.sagsnr_recv_bytea(referat.sagsnr_send(s)) AS received,
	   pg_temp.sagsnr_recv_bytea(referat.sagsnr_send(s)) = s AS round_trip
FROM (VALUES ('00.01.00-A00-108-15'), ('00.01'), ('EMN-2025-3383'), ('330-2018-3619'),
			 ('0330-2018-03619')) AS t(x), LATERAL (SELECT x::referat.sagsnr AS s) AS p;
SELECT pg_temp.sagsnr_recv_bytea('\x02' || convert_to('0330-2018-3619', 'UTF8')) AS ok;
SELECT pg_temp.sagsnr_recv_bytea('\x'::bytea);
SELECT pg_temp.sagsnr_recv_bytea('\x02'::bytea);
SELECT pg_temp.sagsnr_recv_bytea('\x00' || convert_to('330-2018-3619', 'UTF8'));
SELECT pg_temp.sagsnr_recv_bytea('\x03' || convert_to('330-2018-3619', 'UTF8'));
SELECT pg_temp.sagsnr_recv_bytea('\x01' || convert_to('EMN-2025-3383', 'UTF8'));
SELECT pg_temp.sagsnr_recv_bytea('\x02' || convert_to('sag-2018-1', 'UTF8'));
SELECT pg_temp.sagsnr_recv_bytea('\x04' || convert_to('330-2018-3619', 'UTF8') || '\x00'::bytea);
SELECT pg_temp.sagsnr_recv_bytea('\x00' || convert_to('00.01.00-A00-3', 'UTF8'));

--
-- Catalog hygiene: every sagsnr function is IMMUTABLE STRICT PARALLEL SAFE
-- and commented; the type is commented
--
SELECT p.oid::regprocedure AS function, p.provolatile, p.proisstrict, p.proparallel,
	   obj_description(p.oid, 'pg_proc') IS NOT NULL AS commented
FROM pg_proc p
WHERE p.pronamespace = 'referat'::regnamespace
  AND ('referat.sagsnr'::regtype = ANY (p.proargtypes::oid[])
	   OR p.prorettype = 'referat.sagsnr'::regtype
	   OR p.proname = 'kle_under_support')
ORDER BY p.oid::regprocedure::text;
SELECT obj_description('referat.sagsnr'::regtype, 'pg_type') IS NOT NULL AS type_commented;

--
-- A table with a btree index
--
CREATE TABLE sagsnr_t (id serial, c referat.sagsnr);
-- filler: KLE numbers under subjects 10..89, never under 00 or 99
INSERT INTO sagsnr_t (c)
SELECT format('%s.%s.00-A00-%s-%s', 10 + i % 80, lpad((i / 80 % 100)::text, 2, '0'),
			  i, lpad((i % 30)::text, 2, '0'))::referat.sagsnr
FROM generate_series(1, 3000) AS i;
INSERT INTO sagsnr_t (c) VALUES
	('00.01.00-A00-3-17'), ('00.01.00-A00-108-15'), ('00.01.05-G01-1-18'), ('00.01'),
	('00.01.05'), ('00.00.00-A00-2-21'), ('00.02.00-A00-1-17'), ('00.02'), ('01.01.00-A00-1-17'),
	('00.30.14-G01-4-17'), ('99.00.00-A00-1-20'), ('99.99.99-Z99-7-99'),
	('EMN-2025-3383'), ('emn-2025-003383'), ('EMN-2023-9832'), ('330-2018-3619'),
	('00-01-00'), ('1-13-3-57-16');
CREATE INDEX sagsnr_t_c ON sagsnr_t (c);
VACUUM ANALYZE sagsnr_t;

-- min and max in the btree order, over all and per scheme
SELECT min(c), max(c) FROM sagsnr_t;
SELECT referat.scheme(c), min(c), max(c), count(*) FROM sagsnr_t GROUP BY 1 ORDER BY 1;
SELECT min(c) IS NULL AS no_min, max(c) IS NULL AS no_max FROM sagsnr_t WHERE false;

SET enable_seqscan = off;
SET enable_bitmapscan = off;

-- the planner reads min and max from the index
EXPLAIN (COSTS OFF) SELECT min(c), max(c) FROM sagsnr_t;

EXPLAIN (COSTS OFF) SELECT c FROM sagsnr_t WHERE c = 'emn-2025-3383';
SELECT c FROM sagsnr_t WHERE c = 'emn-2025-3383';
EXPLAIN (COSTS OFF) SELECT c FROM sagsnr_t WHERE c >= '00.01' AND c < '00.02' ORDER BY c;
SELECT c FROM sagsnr_t WHERE c >= '00.01' AND c < '00.02' ORDER BY c;

-- KLE prefix: function and operator both become index range conditions
EXPLAIN (COSTS OFF) SELECT c FROM sagsnr_t WHERE referat.kle_under(c, '00.01') ORDER BY c;
SELECT c FROM sagsnr_t WHERE referat.kle_under(c, '00.01') ORDER BY c;
EXPLAIN (COSTS OFF) SELECT c FROM sagsnr_t WHERE c ^@ '00.01' ORDER BY c;
SELECT c FROM sagsnr_t WHERE c ^@ '00.01' ORDER BY c;
EXPLAIN (COSTS OFF) SELECT c FROM sagsnr_t WHERE c ^@ '00' ORDER BY c;
SELECT c FROM sagsnr_t WHERE c ^@ '00' ORDER BY c;
EXPLAIN (COSTS OFF) SELECT c FROM sagsnr_t WHERE c ^@ '00.01.05' ORDER BY c;
SELECT c FROM sagsnr_t WHERE c ^@ '00.01.05' ORDER BY c;
-- all 99s: no upper bound, the recheck drops the EMN and other numbers
EXPLAIN (COSTS OFF) SELECT c FROM sagsnr_t WHERE c ^@ '99' ORDER BY c;
SELECT c FROM sagsnr_t WHERE c ^@ '99' ORDER BY c;
-- the operator spelled with its schema works without the search path
SET search_path = public;
EXPLAIN (COSTS OFF) SELECT c FROM sagsnr_t WHERE c OPERATOR(referat.^@) '00.30';
SELECT c FROM sagsnr_t WHERE c OPERATOR(referat.^@) '00.30';
SET search_path = public, referat;

-- Index scans (constant prefix, through the support function) agree with
-- sequential scans and with a text comparison, for many prefixes: all first
-- groups, all deeper prefixes under a few of them, and edge cases.
CREATE TABLE sagsnr_prefix AS
SELECT DISTINCT p
FROM sagsnr_t,
	 LATERAL (VALUES (left(c::text, 2)), (left(c::text, 5)), (left(c::text, 8))) AS v(p)
WHERE referat.scheme(c) = 'kle' AND p !~ '-'
  AND (length(p) = 2 OR left(p, 2) IN ('00', '01', '10', '47', '89', '99'))
UNION
VALUES ('98'), ('00.99'), ('00.01.99'), ('99.99'), ('99.99.99'), ('05.99.99'), ('89.99');
SELECT count(*) > 200 AS many_prefixes FROM sagsnr_prefix;
-- runs each query with the prefix as a literal; fails unless it is an index range scan
CREATE FUNCTION pg_temp.under_by_index(prefix text) RETURNS SETOF referat.sagsnr
LANGUAGE plpgsql AS $$
DECLARE
	q text := format('SELECT c FROM sagsnr_t WHERE c ^@ %L', prefix);
	plan text := '';
	line text;
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
		plan := plan || line || E'\n';
	END LOOP;
	IF plan !~ 'Index Cond: \(+c >= ' THEN
		RAISE EXCEPTION 'no index range condition for %: %', prefix, plan;
	END IF;
	RETURN QUERY EXECUTE q;
END $$;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
CREATE TABLE sagsnr_by_index AS
SELECT p, count(*) AS n, string_agg(c::text, ' ' ORDER BY c) AS cs
FROM sagsnr_prefix, LATERAL pg_temp.under_by_index(p) AS s(c) GROUP BY p;
RESET enable_seqscan;
RESET enable_bitmapscan;
SET enable_indexscan = off;
SET enable_indexonlyscan = off;
SET enable_bitmapscan = off;
CREATE TABLE sagsnr_by_seqscan AS
SELECT p, count(*) AS n, string_agg(c::text, ' ' ORDER BY c) AS cs
FROM sagsnr_prefix, sagsnr_t WHERE referat.kle_under(c, p) GROUP BY p;
CREATE TABLE sagsnr_by_text AS
SELECT p, count(*) AS n, string_agg(c::text, ' ' ORDER BY c) AS cs
FROM sagsnr_prefix, sagsnr_t
WHERE referat.scheme(c) = 'kle' AND referat.kle(c) || '.' LIKE p || '.%' GROUP BY p;
RESET enable_indexscan;
RESET enable_indexonlyscan;
RESET enable_bitmapscan;
SELECT (SELECT count(*) FROM sagsnr_by_index) AS matched_prefixes,
	   (SELECT sum(n) FROM sagsnr_by_index) AS rows_by_index,
	   (SELECT sum(n) FROM sagsnr_by_seqscan) AS rows_by_seqscan,
	   (SELECT sum(n) FROM sagsnr_by_text) AS rows_by_text,
	   NOT EXISTS (SELECT * FROM sagsnr_by_index EXCEPT SELECT * FROM sagsnr_by_seqscan)
	   AND NOT EXISTS (SELECT * FROM sagsnr_by_seqscan EXCEPT SELECT * FROM sagsnr_by_index)
	   AND NOT EXISTS (SELECT * FROM sagsnr_by_text EXCEPT SELECT * FROM sagsnr_by_index)
	   AND NOT EXISTS (SELECT * FROM sagsnr_by_index EXCEPT SELECT * FROM sagsnr_by_text)
	   AS same;
DROP TABLE sagsnr_prefix, sagsnr_by_index, sagsnr_by_seqscan, sagsnr_by_text;

-- a non-constant prefix works too (no index condition)
SELECT p, count(*)
FROM (VALUES ('00'), ('00.01'), ('00.02'), ('99.99')) AS t(p)
JOIN sagsnr_t ON referat.kle_under(c, p)
GROUP BY p ORDER BY p;

-- an invalid prefix is an error, with or without an index
SELECT referat.kle_under('00.01.00-A00-3-17', '0.01');
SELECT '00.01.00-A00-3-17'::referat.sagsnr ^@ '00.01.00-A00';
SELECT referat.kle_under('EMN-2025-3383', '00.1');
SELECT referat.kle_under('EMN-2025-3383', '');
SET enable_seqscan = off;
SELECT c FROM sagsnr_t WHERE c ^@ '00.001';
RESET enable_seqscan;
-- NULL in, NULL out
SELECT referat.kle_under(NULL, '00.01') IS NULL AS null_case, referat.kle_under('00.01', NULL) IS NULL AS null_prefix;

--
-- GROUP BY and DISTINCT (sort and hash), equal values spelled differently
--
SELECT c, count(*) FROM sagsnr_t WHERE referat.scheme(c) <> 'kle' GROUP BY c ORDER BY c;
SELECT DISTINCT c FROM sagsnr_t WHERE referat.scheme(c) = 'emn' ORDER BY c;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT c, count(*) FROM sagsnr_t GROUP BY c;
SELECT count(*) AS groups, sum(n) AS total FROM (SELECT c, count(*) AS n FROM sagsnr_t GROUP BY c) AS g;
EXPLAIN (COSTS OFF) SELECT DISTINCT c FROM sagsnr_t;
SELECT count(*) FROM (SELECT DISTINCT c FROM sagsnr_t) AS d;
RESET enable_sort;
SET enable_hashagg = off;
SELECT count(*) FROM (SELECT DISTINCT c FROM sagsnr_t) AS d;

--
-- Joins: hash join and merge join
--
CREATE TABLE sagsnr_u (c referat.sagsnr, note text);
INSERT INTO sagsnr_u VALUES
	('EMN-2025-003383', 'emn'), ('00.01.00-a00-0003-17', 'kle'), ('330–2018–3619', 'other'),
	('00.01', 'bare'), ('EMN-2025-3384', 'absent');
ANALYZE sagsnr_u;
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT u.note, t.c FROM sagsnr_u u JOIN sagsnr_t t ON t.c = u.c;
SELECT u.note, t.c FROM sagsnr_u u JOIN sagsnr_t t ON t.c = u.c ORDER BY t.c, u.note;
RESET enable_mergejoin;
SET enable_hashjoin = off;
EXPLAIN (COSTS OFF) SELECT u.note, t.c FROM sagsnr_u u JOIN sagsnr_t t ON t.c = u.c;
SELECT u.note, t.c FROM sagsnr_u u JOIN sagsnr_t t ON t.c = u.c ORDER BY t.c, u.note;
RESET enable_hashjoin;
RESET enable_nestloop;
RESET enable_hashagg;

--
-- Hash partitioning on a sagsnr column
--
CREATE TABLE sagsnr_p (c referat.sagsnr, n int) PARTITION BY HASH (c);
CREATE TABLE sagsnr_p0 PARTITION OF sagsnr_p FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE sagsnr_p1 PARTITION OF sagsnr_p FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO sagsnr_p SELECT c, id FROM sagsnr_t;
INSERT INTO sagsnr_p VALUES ('emn-2025-3383', -1), ('00.01.00-A00-0003-17', -2);
-- every row sits in the partition its hash selects, both are used, and
-- equal values spelled differently land together
SELECT count(*) AS total,
	   count(DISTINCT tableoid) AS partitions_used,
	   bool_and(satisfies_hash_partition('sagsnr_p'::regclass, 2,
				CASE WHEN tableoid = 'sagsnr_p0'::regclass THEN 0 ELSE 1 END, c)) AS placed_right
FROM sagsnr_p;
SELECT c, count(*), count(DISTINCT tableoid) AS partitions
FROM sagsnr_p WHERE c IN ('EMN-2025-3383', '00.01.00-A00-3-17') GROUP BY c ORDER BY c;
-- pruning: an equality scans one partition and finds the rows
CREATE FUNCTION pg_temp.partitions_scanned(query text) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
	line text;
	n integer := 0;
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
		IF line ~ 'Scan on sagsnr_p[01]' THEN
			n := n + 1;
		END IF;
	END LOOP;
	RETURN n;
END $$;
SELECT pg_temp.partitions_scanned($$SELECT * FROM sagsnr_p WHERE c = 'emn-2025-3383'$$) AS equality,
	   pg_temp.partitions_scanned($$SELECT * FROM sagsnr_p WHERE n > 0$$) AS no_key;
SELECT c, n FROM sagsnr_p WHERE c = 'EMN-2025-3383' ORDER BY n;

DROP TABLE sagsnr_p, sagsnr_u, sagsnr_t;

--
-- Schemes besides KLE and EMN: municipal (municipality code, year, sequence),
-- year_seq, yy_seq (two-digit year) and region, with their parts
--
SELECT input, s AS sagsnr, referat.scheme(s) AS scheme, referat.case_year(s) AS year,
	   referat.case_seq(s) AS seq, referat.municipality_code(s) AS municipality,
	   referat.kle(s) AS kle
FROM (VALUES
	('330-2018-3619'), ('306-2009-600'), ('101-1900-1'), ('860-2099-0042'),
	('2012-28504'), ('2010-3082'), ('2012-1999'), ('1900-100'),
	('25-008334'), ('12/27845'), ('26/1172'), ('20-072985k'), ('69/1234'), ('70/1234'),
	('99-123456'), ('00-12345'),
	('1-13-3-57-16'), ('1-51-71-3321-08'), ('1-2-3-4-5-6'),
	('100-2018-3619'), ('861-2018-3619'), ('1-2-3-4-5-6-7'), ('31-02-2017'), ('43-66-35')
) AS t(input), LATERAL (SELECT input::referat.sagsnr AS s) AS p;
SELECT referat.municipality_code('00.01.00-A00-3-17') AS kle, referat.municipality_code('EMN-2025-3383') AS emn,
	   referat.municipality_code(NULL) IS NULL AS null_in;

-- dates, year ranges, months, times, phone numbers, counts: 22P02 with the hint
SELECT '04-06-2020'::referat.sagsnr;
SELECT '2020-06-04'::referat.sagsnr;
SELECT '04-06-20'::referat.sagsnr;
SELECT '04.12.2012'::referat.sagsnr;
SELECT '2012-2013'::referat.sagsnr;
SELECT '2019-2022'::referat.sagsnr;
SELECT '12/2020'::referat.sagsnr;
SELECT '09:00:00'::referat.sagsnr;
SELECT '43-66-35-70'::referat.sagsnr;
SELECT '10-1000'::referat.sagsnr;
SELECT '12/34/5678'::referat.sagsnr;
SELECT label, s, pg_temp.accepts(s) AS accepted
FROM (VALUES
	('date D-M-YYYY', '4-6-2020'), ('date with en dashes', '04–06–2020'), ('leap day', '29-02-2016'),
	('date D-M-YY', '31-12-99'), ('date with slashes', '04/06/2020'), ('day and month', '04/06'),
	('year range', '2022-2025'), ('year and short year', '2019-22'), ('year and month', '2020-06'),
	('month and year', '06-2021'), ('month and year, slash', '06/2021'), ('time range', '13.00-15.00'),
	('hours', '10-12'), ('phone, pairs', '43-66-35-70'), ('count range', '50-1000'),
	('short year, 3 digits', '12/123'), ('short year, dash, 4 digits', '12-1234'),
	('short year, 9 digits', '25-123456789'), ('two letters after', '12/1234KK'),
	('slash and dash', '12/3456-7'), ('year too early', '1899-28504'), ('year too late', '2100-28504'),
	('no such day: other', '31-02-2017'), ('earlier year: year_seq', '2012-1999')
) AS t(label, s);

-- order: scheme code (kle, emn, other, region, municipal, year_seq, yy_seq), then
-- within yy_seq the year (1999 before 2000), then digit runs by value
SELECT s, referat.scheme(s), referat.case_year(s) AS year
FROM (VALUES
	('25-008334'), ('12/27845'), ('99-123456'), ('00-12345'), ('26/1172'), ('12-27845'),
	('2012-28504'), ('2011-29298'), ('2010-3082'), ('2012-3082'),
	('330-2018-3619'), ('306-2009-600'), ('330-2018-600'), ('330-2017-9999'),
	('1-51-71-3321-08'), ('1-13-3-57-16'), ('9-1-1-1'),
	('SAG-2018-X1'), ('EMN-2025-3383'), ('00.01.00-A00-3-17'), ('20-072985K'), ('20-072985')
) AS t(x), LATERAL (SELECT x::referat.sagsnr AS s) AS p
ORDER BY s;
SELECT a, b, a < b AS lt, a = b AS eq, a > b AS gt, referat.sagsnr_cmp(a, b) AS cmp,
	   referat.sagsnr_hash(a) = referat.sagsnr_hash(b) AS same_hash
FROM (VALUES
	('99-123456', '00-000001'),
	('12/27845', '12-27845'),
	('20-072985k', '20-072985K'),
	('330-2018-03619', '330-2018-3619'),
	('1-13-3-57-16', '330-2018-3619'),
	('2099-9999999999', '70-10000')
) AS t(x, y), LATERAL (SELECT x::referat.sagsnr AS a, y::referat.sagsnr AS b) AS p;

-- binary: the scheme byte of each, a round trip, and a wrong byte refused
SELECT s, referat.sagsnr_send(s), pg_temp.sagsnr_recv_bytea(referat.sagsnr_send(s)) = s AS round_trip
FROM (VALUES ('1-13-3-57-16'), ('330-2018-3619'), ('2012-28504'), ('12/27845'), ('20-072985K'))
	AS t(x), LATERAL (SELECT x::referat.sagsnr AS s) AS p;
SELECT pg_temp.sagsnr_recv_bytea('\x04' || convert_to('330-2018-3619', 'UTF8')) AS municipal;
SELECT pg_temp.sagsnr_recv_bytea('\x05' || convert_to('12/27845', 'UTF8'));
SELECT pg_temp.sagsnr_recv_bytea('\x06' || convert_to('20-072985k', 'UTF8'));
SELECT pg_temp.sagsnr_recv_bytea('\x07' || convert_to('12/27845', 'UTF8'));
SELECT pg_temp.sagsnr_recv_bytea('\x02' || convert_to('04-06-2020', 'UTF8'));

-- an index and a hash join over every scheme
CREATE TABLE sagsnr_schemes (c referat.sagsnr);
INSERT INTO sagsnr_schemes
SELECT format('%s-%s-%s', 101 + i % 760, 1990 + i % 30, i)::referat.sagsnr FROM generate_series(1, 500) AS i
UNION ALL SELECT format('%s-%s', 1990 + i % 30, 1000 + i)::referat.sagsnr FROM generate_series(1, 500) AS i
UNION ALL SELECT format('%s/%s', lpad((i % 100)::text, 2, '0'), 10000 + i)::referat.sagsnr FROM generate_series(1, 500) AS i
UNION ALL SELECT format('1-%s-%s-%s', i % 7, i % 13, i)::referat.sagsnr FROM generate_series(1, 500) AS i;
CREATE INDEX ON sagsnr_schemes (c);
ANALYZE sagsnr_schemes;
SELECT referat.scheme(c), count(*), min(c), max(c), min(referat.case_year(c)) AS first_year,
	   max(referat.case_year(c)) AS last_year
FROM sagsnr_schemes GROUP BY 1 ORDER BY min(c);
SET enable_seqscan = off;
SET enable_bitmapscan = off;
SELECT c FROM sagsnr_schemes WHERE c = '330-2009-229';
SELECT c FROM sagsnr_schemes WHERE c >= '99/10099' AND c <= '00/10100' ORDER BY c;
RESET enable_seqscan;
RESET enable_bitmapscan;
SET enable_mergejoin = off;
SET enable_nestloop = off;
SELECT count(*) AS joined FROM sagsnr_schemes a JOIN sagsnr_schemes b ON a.c = b.c;
RESET enable_mergejoin;
RESET enable_nestloop;
DROP TABLE sagsnr_schemes;
