-- referat.sagsnr: case numbers (sagsnumre) of Danish municipal minutes.

CREATE TYPE referat.sagsnr;

CREATE FUNCTION referat.sagsnr_in(cstring) RETURNS referat.sagsnr
	AS 'MODULE_PATHNAME', 'sagsnr_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.sagsnr_in(cstring) IS
	'input function of referat.sagsnr: parses and normalises a case number';

CREATE FUNCTION referat.sagsnr_out(referat.sagsnr) RETURNS cstring
	AS 'MODULE_PATHNAME', 'sagsnr_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.sagsnr_out(referat.sagsnr) IS
	'output function of referat.sagsnr: the normalised case number';

CREATE FUNCTION referat.sagsnr_recv(internal) RETURNS referat.sagsnr
	AS 'MODULE_PATHNAME', 'sagsnr_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.sagsnr_recv(internal) IS
	'binary input of referat.sagsnr: a scheme byte (0 kle, 1 emn, 2 other, 3 region, 4 municipal, 5 year_seq, 6 yy_seq) and the normalised case number, validated';

CREATE FUNCTION referat.sagsnr_send(referat.sagsnr) RETURNS bytea
	AS 'MODULE_PATHNAME', 'sagsnr_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.sagsnr_send(referat.sagsnr) IS
	'binary output of referat.sagsnr: a scheme byte (0 kle, 1 emn, 2 other, 3 region, 4 municipal, 5 year_seq, 6 yy_seq) and the normalised case number';

CREATE TYPE referat.sagsnr (
	INPUT = referat.sagsnr_in,
	OUTPUT = referat.sagsnr_out,
	RECEIVE = referat.sagsnr_recv,
	SEND = referat.sagsnr_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = int4,
	STORAGE = extended,
	-- the string category, as citext: with the implicit cast to text below,
	-- text operators such as || then resolve to their text form unambiguously
	CATEGORY = 'S'
);
COMMENT ON TYPE referat.sagsnr IS
	'case number (sagsnummer): KLE journal number 00.01.00-A00-3-17 or bare KLE subject 00.01, EMN-2025-003383, municipal 330-2018-3619, year_seq 2012-28504, yy_seq 25-008334 or 12/27845, region 1-13-3-57-16, or another dash-separated number (other); stored normalised, ordered by scheme (kle, emn, other, region, municipal, year_seq, yy_seq) and then naturally (digit runs by value; yy_seq by year first)';

-- Casts to and from text go through the I/O functions.  To text it is
-- implicit (as citext's), so that a session without schema referat on its
-- search_path can still write case_no = 'EMN-2025-003383', case_no LIKE …,
-- case_no || …: the operators of pg_catalog then compare the normalised text
-- (README: "Case numbers without referat on the search path").  From text it
-- is explicit: an implicit one would make case_no = a_text_column ambiguous.
CREATE CAST (text AS referat.sagsnr) WITH INOUT;
CREATE CAST (referat.sagsnr AS text) WITH INOUT AS IMPLICIT;
COMMENT ON CAST (referat.sagsnr AS text) IS
	'the normalised case number as text; implicit, so that the text operators of pg_catalog apply where the operators of schema referat are not on the search_path';
COMMENT ON CAST (text AS referat.sagsnr) IS
	'parses and normalises a case number (referat.sagsnr_in); explicit';

-- Comparison

CREATE FUNCTION referat.sagsnr_cmp(referat.sagsnr, referat.sagsnr) RETURNS integer
	AS 'MODULE_PATHNAME', 'sagsnr_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.sagsnr_cmp(referat.sagsnr, referat.sagsnr) IS
	'btree comparison of case numbers: -1, 0 or 1; by scheme (kle < emn < other < region < municipal < year_seq < yy_seq), then (yy_seq) by year, then natural order of the normalised text';

CREATE FUNCTION referat.sagsnr_eq(referat.sagsnr, referat.sagsnr) RETURNS boolean
	AS 'MODULE_PATHNAME', 'sagsnr_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.sagsnr_eq(referat.sagsnr, referat.sagsnr) IS
	'implementation of = for referat.sagsnr';

CREATE FUNCTION referat.sagsnr_ne(referat.sagsnr, referat.sagsnr) RETURNS boolean
	AS 'MODULE_PATHNAME', 'sagsnr_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.sagsnr_ne(referat.sagsnr, referat.sagsnr) IS
	'implementation of <> for referat.sagsnr';

CREATE FUNCTION referat.sagsnr_lt(referat.sagsnr, referat.sagsnr) RETURNS boolean
	AS 'MODULE_PATHNAME', 'sagsnr_lt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.sagsnr_lt(referat.sagsnr, referat.sagsnr) IS
	'implementation of < for referat.sagsnr';

CREATE FUNCTION referat.sagsnr_le(referat.sagsnr, referat.sagsnr) RETURNS boolean
	AS 'MODULE_PATHNAME', 'sagsnr_le'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.sagsnr_le(referat.sagsnr, referat.sagsnr) IS
	'implementation of <= for referat.sagsnr';

CREATE FUNCTION referat.sagsnr_gt(referat.sagsnr, referat.sagsnr) RETURNS boolean
	AS 'MODULE_PATHNAME', 'sagsnr_gt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.sagsnr_gt(referat.sagsnr, referat.sagsnr) IS
	'implementation of > for referat.sagsnr';

CREATE FUNCTION referat.sagsnr_ge(referat.sagsnr, referat.sagsnr) RETURNS boolean
	AS 'MODULE_PATHNAME', 'sagsnr_ge'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.sagsnr_ge(referat.sagsnr, referat.sagsnr) IS
	'implementation of >= for referat.sagsnr';

CREATE FUNCTION referat.sagsnr_hash(referat.sagsnr) RETURNS integer
	AS 'MODULE_PATHNAME', 'sagsnr_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.sagsnr_hash(referat.sagsnr) IS
	'hash of a case number (of its normalised text)';

CREATE FUNCTION referat.sagsnr_hash_extended(referat.sagsnr, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'sagsnr_hash_extended'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.sagsnr_hash_extended(referat.sagsnr, bigint) IS
	'64-bit seeded hash of a case number (of its normalised text), for hash partitioning';

CREATE OPERATOR referat.= (
	LEFTARG = referat.sagsnr, RIGHTARG = referat.sagsnr,
	FUNCTION = referat.sagsnr_eq,
	COMMUTATOR = OPERATOR(referat.=), NEGATOR = OPERATOR(referat.<>),
	RESTRICT = eqsel, JOIN = eqjoinsel,
	HASHES, MERGES
);
COMMENT ON OPERATOR referat.= (referat.sagsnr, referat.sagsnr) IS 'equal';

CREATE OPERATOR referat.<> (
	LEFTARG = referat.sagsnr, RIGHTARG = referat.sagsnr,
	FUNCTION = referat.sagsnr_ne,
	COMMUTATOR = OPERATOR(referat.<>), NEGATOR = OPERATOR(referat.=),
	RESTRICT = neqsel, JOIN = neqjoinsel
);
COMMENT ON OPERATOR referat.<> (referat.sagsnr, referat.sagsnr) IS 'not equal';

CREATE OPERATOR referat.< (
	LEFTARG = referat.sagsnr, RIGHTARG = referat.sagsnr,
	FUNCTION = referat.sagsnr_lt,
	COMMUTATOR = OPERATOR(referat.>), NEGATOR = OPERATOR(referat.>=),
	RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
COMMENT ON OPERATOR referat.< (referat.sagsnr, referat.sagsnr) IS 'less than';

CREATE OPERATOR referat.<= (
	LEFTARG = referat.sagsnr, RIGHTARG = referat.sagsnr,
	FUNCTION = referat.sagsnr_le,
	COMMUTATOR = OPERATOR(referat.>=), NEGATOR = OPERATOR(referat.>),
	RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
COMMENT ON OPERATOR referat.<= (referat.sagsnr, referat.sagsnr) IS 'less than or equal';

CREATE OPERATOR referat.> (
	LEFTARG = referat.sagsnr, RIGHTARG = referat.sagsnr,
	FUNCTION = referat.sagsnr_gt,
	COMMUTATOR = OPERATOR(referat.<), NEGATOR = OPERATOR(referat.<=),
	RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
COMMENT ON OPERATOR referat.> (referat.sagsnr, referat.sagsnr) IS 'greater than';

CREATE OPERATOR referat.>= (
	LEFTARG = referat.sagsnr, RIGHTARG = referat.sagsnr,
	FUNCTION = referat.sagsnr_ge,
	COMMUTATOR = OPERATOR(referat.<=), NEGATOR = OPERATOR(referat.<),
	RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR referat.>= (referat.sagsnr, referat.sagsnr) IS 'greater than or equal';

-- btequalimage: equal values have identical bytes, so btree deduplication is safe.
CREATE OPERATOR CLASS referat.sagsnr_ops
	DEFAULT FOR TYPE referat.sagsnr USING btree AS
		OPERATOR 1 referat.<,
		OPERATOR 2 referat.<=,
		OPERATOR 3 referat.=,
		OPERATOR 4 referat.>=,
		OPERATOR 5 referat.>,
		FUNCTION 1 referat.sagsnr_cmp(referat.sagsnr, referat.sagsnr),
		FUNCTION 4 btequalimage(oid);

CREATE OPERATOR CLASS referat.sagsnr_ops
	DEFAULT FOR TYPE referat.sagsnr USING hash AS
		OPERATOR 1 referat.=,
		FUNCTION 1 referat.sagsnr_hash(referat.sagsnr),
		FUNCTION 2 referat.sagsnr_hash_extended(referat.sagsnr, bigint);

-- min and max, in the btree order; the planner reads them from a btree index
-- (SORTOP), and parallel aggregation combines partial results.

CREATE FUNCTION referat.sagsnr_smaller(referat.sagsnr, referat.sagsnr) RETURNS referat.sagsnr
	AS 'MODULE_PATHNAME', 'sagsnr_smaller'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.sagsnr_smaller(referat.sagsnr, referat.sagsnr) IS
	'the smaller of two case numbers (transition function of referat.min)';

CREATE FUNCTION referat.sagsnr_larger(referat.sagsnr, referat.sagsnr) RETURNS referat.sagsnr
	AS 'MODULE_PATHNAME', 'sagsnr_larger'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.sagsnr_larger(referat.sagsnr, referat.sagsnr) IS
	'the larger of two case numbers (transition function of referat.max)';

CREATE AGGREGATE referat.min(referat.sagsnr) (
	SFUNC = referat.sagsnr_smaller, STYPE = referat.sagsnr,
	COMBINEFUNC = referat.sagsnr_smaller, SORTOP = OPERATOR(referat.<), PARALLEL = SAFE
);
COMMENT ON AGGREGATE referat.min(referat.sagsnr) IS
	'smallest case number, in the order of the btree operator class';

CREATE AGGREGATE referat.max(referat.sagsnr) (
	SFUNC = referat.sagsnr_larger, STYPE = referat.sagsnr,
	COMBINEFUNC = referat.sagsnr_larger, SORTOP = OPERATOR(referat.>), PARALLEL = SAFE
);
COMMENT ON AGGREGATE referat.max(referat.sagsnr) IS
	'largest case number, in the order of the btree operator class';

-- Accessors

CREATE FUNCTION referat.scheme(referat.sagsnr) RETURNS text
	AS 'MODULE_PATHNAME', 'sagsnr_scheme'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.scheme(referat.sagsnr) IS
	'numbering scheme of a case number: kle, emn, municipal, year_seq, yy_seq, region or other';

CREATE FUNCTION referat.kle(referat.sagsnr) RETURNS text
	AS 'MODULE_PATHNAME', 'sagsnr_kle'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.kle(referat.sagsnr) IS
	'KLE subject (emne) of a KLE case number, e.g. 00.01.00 (a bare subject such as 00.01 is returned whole); NULL for other schemes';

CREATE FUNCTION referat.facet(referat.sagsnr) RETURNS text
	AS 'MODULE_PATHNAME', 'sagsnr_facet'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.facet(referat.sagsnr) IS
	'KLE handlingsfacet of a KLE journal number, e.g. A00, or 000 for none; NULL for a bare subject and for other schemes';

-- Two-digit years (KLE, yy_seq): 00-69 are read as 2000-2069, 70-99 as 1970-1999.
CREATE FUNCTION referat.case_year(referat.sagsnr) RETURNS integer
	AS 'MODULE_PATHNAME', 'sagsnr_case_year'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.case_year(referat.sagsnr) IS
	'year of a case number. KLE and yy_seq: the two-digit year YY read as 2000+YY when YY <= 69, else 1900+YY (NULL for a bare KLE subject); EMN, municipal, year_seq: the four-digit year; region: NULL (no part is known to be a year); other: the first group of four digits in 1900-2099, else NULL';

CREATE FUNCTION referat.case_seq(referat.sagsnr) RETURNS bigint
	AS 'MODULE_PATHNAME', 'sagsnr_case_seq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.case_seq(referat.sagsnr) IS
	'running number of a case number. KLE: the sequence number (NULL for a bare subject); EMN, municipal, year_seq, yy_seq: the sequence (yy_seq without a letter after it); region: NULL; other: the group right after the year group when it is all digits, else NULL';

CREATE FUNCTION referat.municipality_code(referat.sagsnr) RETURNS integer
	AS 'MODULE_PATHNAME', 'sagsnr_municipality_code'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.municipality_code(referat.sagsnr) IS
	'municipality code (kommunekode, 101-860) of a municipal case number such as 330-2018-3619 (330, Slagelse); NULL for other schemes';

-- KLE prefix selection, indexable through the planner support function.

CREATE FUNCTION referat.kle_under_support(internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'sagsnr_kle_under_support'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.kle_under_support(internal) IS
	'planner support for referat.kle_under: turns a constant prefix into a range condition on a btree index over referat.sagsnr';

CREATE FUNCTION referat.kle_under(case_no referat.sagsnr, prefix text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'sagsnr_kle_under'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
	SUPPORT referat.kle_under_support;
COMMENT ON FUNCTION referat.kle_under(referat.sagsnr, text) IS
	'true when case_no is a KLE number or bare subject whose subject starts with the KLE prefix (NN, NN.NN or NN.NN.NN): 00.01 matches 00.01.00-A00-3-17, not 00.02.00-A00-1-17; an invalid prefix is an error';

CREATE OPERATOR referat.^@ (
	LEFTARG = referat.sagsnr, RIGHTARG = text,
	FUNCTION = referat.kle_under,
	RESTRICT = matchingsel, JOIN = matchingjoinsel
);
COMMENT ON OPERATOR referat.^@ (referat.sagsnr, text) IS
	'is under KLE prefix (same as referat.kle_under)';
