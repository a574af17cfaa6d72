-- referat 0.1.0, frozen: the install script the Makefile assembled from src/sql/*.sql at commit
-- 9c1a637. Kept so that CREATE EXTENSION referat VERSION '0.1.0' works with a newer library
-- and ALTER EXTENSION referat UPDATE starts from it. Never edit it.
\echo Use "CREATE EXTENSION referat" to load this file. \quit
-- CREATE EXTENSION makes schema referat (schema = referat in the control file)
-- with privileges for its owner only.  Every function is for every role and
-- none is SECURITY DEFINER, so every role may look up names in the schema.
-- The store's tables get no privileges here: the DBA grants them.
GRANT USAGE ON SCHEMA referat TO PUBLIC;
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
	STORAGE = extended
);
COMMENT ON TYPE referat.sagsnr IS
	'case number (sagsnummer): KLE journal number 00.01.00-A00-3-17 or bare KLE subject 00.01, EMN-2025-003383, municipal 330-2018-3619, year_seq 2012-28504, yy_seq 25-008334 or 12/27845, region 1-13-3-57-16, or another dash-separated number (other); stored normalised, ordered by scheme (kle, emn, other, region, municipal, year_seq, yy_seq) and then naturally (digit runs by value; yy_seq by year first)';

-- Casts to and from text go through the I/O functions and are explicit only.
CREATE CAST (text AS referat.sagsnr) WITH INOUT;
CREATE CAST (referat.sagsnr AS text) WITH INOUT;

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
-- referat.outcome: what became of an agenda item, read from its decision text.

CREATE TYPE referat.outcome AS ENUM (
	'approved', 'rejected', 'postponed', 'referred', 'decided',
	'noted', 'discussed', 'informed', 'none', 'closed'
);
COMMENT ON TYPE referat.outcome IS
	'outcome of an agenda item: approved (godkendt, tiltrådt, vedtaget), rejected (afvist, forkastet, ikke godkendt), postponed (udsat), referred (fremsendes/oversendes/tilbagesendes til another body), decided (besluttede, aftalt), noted (taget til efterretning), discussed (drøftede, behandlede), informed (orienterede, blev orienteret), none (no outcome recorded: empty, ".", "Intet", "Ingen bemærkninger"), closed (a closed item, "Lukket", whose decision is not published); ordered as listed';

CREATE FUNCTION referat.classify_decision(text) RETURNS referat.outcome
	AS 'MODULE_PATHNAME'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.classify_decision(text) IS
	'outcome of a decision text (Beslutning): the first of postponed, rejected, approved, referred, decided, noted, discussed, informed that the text states, else none; a negated approval ("ikke godkendt", "kunne ikke tiltræde") is a rejection; sentences stating the position of a party or member ("Enhedslisten kunne ikke tiltræde …", "… tog forbehold", "… deltog ikke") do not count unless their subject is the forum ("Udvalget", "Et flertal"); text after a "BESLUTNINGSFORSLAG …" or "INDSTILLING FRA …" line is not read; never returns closed';
-- Reading a minutes document: its header, items, sections and their parts.
-- Every function parses the text it is given; none reads tables or settings.

CREATE TYPE referat.meeting AS (
	kind text,					-- 'referat' (minutes), 'dagsorden' (agenda) or NULL
	forum text,					-- 'Chefforum', 'Aarhus Byråd', 'Teknisk Udvalg'
	meeting_date date,
	starts_at time,
	location text,
	item_count integer,
	closed_item_count integer,
	layout text,				-- how items are headed: 'punkt' ("Punkt 3: …"), 'numbered' ("3. …"),
								-- 'number_above' ("3" above the title), 'sag_nr' ("Sag nr. 130" below it),
								-- 'single' (a page of one item without its number); NULL: no item
	toc_count integer			-- entries of the table of contents
);
COMMENT ON TYPE referat.meeting IS 'the header of a meeting document';

CREATE FUNCTION referat.meeting(doc text) RETURNS referat.meeting
	AS 'MODULE_PATHNAME', 'referat_meeting'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100;
COMMENT ON FUNCTION referat.meeting(text) IS 'kind, forum, date, time and place of the meeting, and how many items (closed ones too) it has';

CREATE TYPE referat.item AS (
	item_no integer,			-- NULL on a page of one item that does not give its number
	title text,					-- without routing prefix, "Lukket:" and time annotation
	raw_title text,				-- as written, wrapped lines joined
	prefix text,				-- routing prefix: 'CF', 'ØU/KB'
	case_no referat.sagsnr,
	closed boolean,
	item_type text,				-- 'decision' for "(B)", 'orientation' for "(O)" after the title
	slot_start time,			-- from "(kl.11.55-12.05)"
	slot_end time,
	duration interval,			-- from "(45 min)" or start and end
	toc_page integer,
	occasion text,				-- Anledning
	summary text,				-- Resume
	presentation text,			-- Sagsfremstilling
	recommendation text,		-- Indstilling, Beslutningspunkter
	decision text,				-- Beslutning, Beslutninger
	history text,				-- Sagsforløb
	attachments text[],			-- Bilag
	outcome referat.outcome,
	first_line integer,			-- lines of the input, 1-based
	last_line integer
);
COMMENT ON TYPE referat.item IS 'an agenda item of a meeting document';

CREATE FUNCTION referat.items(doc text) RETURNS SETOF referat.item
	AS 'MODULE_PATHNAME', 'referat_items'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 10;
COMMENT ON FUNCTION referat.items(text) IS 'the agenda items of a meeting document, one row each';

CREATE FUNCTION referat.sections(doc text,
	OUT item_no integer, OUT ordinal integer, OUT heading text, OUT kind text,
	OUT body text, OUT first_line integer, OUT forum text, OUT meeting_date date)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'referat_sections'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 50;
COMMENT ON FUNCTION referat.sections(text) IS 'every section of a meeting document in order (item_no 0: meeting header and table of contents); every non-blank line is in exactly one heading or body; forum and meeting_date of headings that name them ("Beslutning i Økonomiudvalget den 1. oktober 2018")';

CREATE FUNCTION referat.proposals(doc text,
	OUT item_no integer, OUT ordinal integer, OUT proposer text, OUT body text)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'referat_proposals'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 20;
COMMENT ON FUNCTION referat.proposals(text) IS 'the numbered proposals of each recommendation, with who made them and without the leading "at"';

CREATE FUNCTION referat.attachments(doc text,
	OUT item_no integer, OUT ordinal integer, OUT name text, OUT file_ext text)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'referat_attachments'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 20;
COMMENT ON FUNCTION referat.attachments(text) IS 'the attachments (Bilag) of each item';

CREATE FUNCTION referat.toc(doc text,
	OUT ordinal integer, OUT title text, OUT page integer)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'referat_toc'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 10;
COMMENT ON FUNCTION referat.toc(text) IS 'the table of contents (Indholdsfortegnelse): titles and pages';

CREATE FUNCTION referat.history(doc text,
	OUT item_no integer, OUT ordinal integer, OUT committee text,
	OUT meeting_date date, OUT item_no_then integer, OUT body text)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'referat_history'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 10;
COMMENT ON FUNCTION referat.history(text) IS 'the earlier treatment of each item (Sagsforløb): committee, date, item number then and what was decided';
-- FirstAgenda's publication portal serves a meeting as JSON: turned into the
-- text of FirstAgenda's own PDF, it is read by every function of 30_minutes.sql.

CREATE FUNCTION referat.from_firstagenda(doc jsonb) RETURNS text
	AS 'MODULE_PATHNAME', 'referat_from_firstagenda'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100;
COMMENT ON FUNCTION referat.from_firstagenda(jsonb) IS 'one meeting as FirstAgenda''s publication portal serves it (JSON), written as the text of FirstAgenda''s PDF: title line with forum and date, Mødedato, Mødested, absences, then per item "Punkt N: title", "Sagsnr.:", each field''s text (HTML made text) and Bilag';
-- Danish compounds for full-text search: the dictionary template
-- referat.compound and the dictionary referat.danish_compound.
--
-- Like PostgreSQL's own dictionary functions (dsimple_lexize,
-- dispell_init, …) the support functions take and return internal values,
-- so they cannot be called from SQL; they are immutable, strict and
-- parallel safe.

CREATE FUNCTION referat.compound_init(internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'referat_compound_init'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.compound_init(internal) IS
	'init function of the text-search template referat.compound: reads the options, loads the lexicon (once per backend) and the stop words';

CREATE FUNCTION referat.compound_lexize(internal, internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'referat_compound_lexize'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.compound_lexize(internal, internal, internal, internal) IS
	'lexize function of the text-search template referat.compound: the readings of a word and the parts of a compound, stemmed; nothing for a stop word';

CREATE TEXT SEARCH TEMPLATE referat.compound (
	INIT = referat.compound_init,
	LEXIZE = referat.compound_lexize
);
COMMENT ON TEXT SEARCH TEMPLATE referat.compound IS
	'Danish compounds: a word is read as its lemmas, a compound also as its parts (linking -s- and -e- and the inflection of the last part allowed: anlægsbevillingen reads anlægsbevilling, anlæg, bevilling), all stemmed; options Lexicon (a .lex file in tsearch_data, default referat_danish), StopWords (a .stop file) and Stemmer (a dictionary, default pg_catalog.danish_stem); every word gets lexemes, so it belongs last in a mapping';

CREATE TEXT SEARCH DICTIONARY referat.danish_compound (
	TEMPLATE = referat.compound,
	Lexicon = referat_danish,
	StopWords = danish,
	Stemmer = 'pg_catalog.danish_stem'
);
COMMENT ON TEXT SEARCH DICTIONARY referat.danish_compound IS
	'Danish words and compounds, stemmed, with Danish stop words dropped: the lexicon referat_danish (hunspell-da and a list of municipal words); a query for a part finds the compound: sygefravær finds Sygefraværsstatistikken, budget finds budgetkatalogforslagene';
-- Full-text search of Danish minutes: the parser referat.parser, dictionaries
-- for abbreviations, case numbers, dates and numbers, and the configuration
-- referat.danish that wires them to the compound splitter.
--
-- The support functions take and return internal values, so they cannot be
-- called from SQL; like PostgreSQL's own (prsd_start, dsynonym_lexize, …)
-- they are immutable, strict and parallel safe.

-- The parser

CREATE FUNCTION referat.parser_start(internal, integer) RETURNS internal
	AS 'MODULE_PATHNAME', 'referat_parser_start'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.parser_start(internal, integer) IS
	'start function of the text-search parser referat.parser';

CREATE FUNCTION referat.parser_gettoken(internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'referat_parser_gettoken'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.parser_gettoken(internal, internal, internal) IS
	'gettoken function of the text-search parser referat.parser: the next token and its type';

CREATE FUNCTION referat.parser_end(internal) RETURNS void
	AS 'MODULE_PATHNAME', 'referat_parser_end'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.parser_end(internal) IS
	'end function of the text-search parser referat.parser';

CREATE FUNCTION referat.parser_lextype(internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'referat_parser_lextype'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.parser_lextype(internal) IS
	'lextypes function of the text-search parser referat.parser: its token types';

CREATE FUNCTION referat.parser_headline(internal, internal, tsquery) RETURNS internal
	AS 'MODULE_PATHNAME', 'referat_parser_headline'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.parser_headline(internal, internal, tsquery) IS
	'headline function of the text-search parser referat.parser: ts_headline with PostgreSQL''s fragment selection and options';

CREATE TEXT SEARCH PARSER referat.parser (
	START = referat.parser_start,
	GETTOKEN = referat.parser_gettoken,
	END = referat.parser_end,
	LEXTYPES = referat.parser_lextype,
	HEADLINE = referat.parser_headline
);
COMMENT ON TEXT SEARCH PARSER referat.parser IS
	'tokenizer for Danish minutes: words of any letters in NFKC with their case kept (soft hyphens dropped, words hyphenated at a line break joined), case numbers of every referat.sagsnr scheme as one token (sagsnr), KLE subjects (kle), dates, numbers; token types keep their numbers once released';

-- Abbreviations

CREATE FUNCTION referat.abbreviations_init(internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'referat_abbreviations_init'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.abbreviations_init(internal) IS
	'init function of the text-search template referat.abbreviations: reads DictFile and makes the lexemes of every long form with Dictionary';

CREATE FUNCTION referat.abbreviations_lexize(internal, internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'referat_abbreviations_lexize'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.abbreviations_lexize(internal, internal, internal, internal) IS
	'lexize function of the text-search template referat.abbreviations: the lexemes of the long form of an abbreviation, NULL for any other word';

CREATE TEXT SEARCH TEMPLATE referat.abbreviations (
	INIT = referat.abbreviations_init,
	LEXIZE = referat.abbreviations_lexize
);
COMMENT ON TEXT SEARCH TEMPLATE referat.abbreviations IS
	'abbreviations read as their long form: DictFile (a .syn file in tsearch_data: abbreviation as written, then the words it stands for) and Dictionary (makes the lexemes of those words); letter case must match';

-- Case numbers, dates and numbers

CREATE FUNCTION referat.case_number_lexize(internal, internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'referat_case_number_lexize'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.case_number_lexize(internal, internal, internal, internal) IS
	'lexize function of the text-search template referat.case_number';

CREATE TEXT SEARCH TEMPLATE referat.case_number (
	LEXIZE = referat.case_number_lexize
);
COMMENT ON TEXT SEARCH TEMPLATE referat.case_number IS
	'case numbers as referat.sagsnr normalises them, in lower case, plus the KLE subject of a KLE journal number; anything else is not recognised';

CREATE FUNCTION referat.number_lexize(internal, internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'referat_number_lexize'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.number_lexize(internal, internal, internal, internal) IS
	'lexize function of the text-search template referat.number';

CREATE TEXT SEARCH TEMPLATE referat.number (
	LEXIZE = referat.number_lexize
);
COMMENT ON TEXT SEARCH TEMPLATE referat.number IS
	'dates in ISO form (28-06-2017, 28.06.2017 and 19.6 2017 read 2017-06-28), numbers without Danish thousands separators (1.500.000 reads 1500000)';

CREATE TEXT SEARCH DICTIONARY referat.case_numbers (TEMPLATE = referat.case_number);
COMMENT ON TEXT SEARCH DICTIONARY referat.case_numbers IS
	'case numbers and KLE subjects: 81.28.00-P05-1-18 reads 81.28.00-p05-1-18 and 81.28.00, so that to_tsquery(''referat.danish'', ''81.28:*'') finds every case under KLE 81.28';

CREATE TEXT SEARCH DICTIONARY referat.numbers (TEMPLATE = referat.number);
COMMENT ON TEXT SEARCH DICTIONARY referat.numbers IS
	'dates in ISO form and numbers without thousands separators';

-- The configuration.  Words go to the abbreviations first, then to the
-- compound splitter, which stems and drops Danish stop words; the
-- abbreviations dictionary makes the lexemes of a long form with that same
-- dictionary.

CREATE TEXT SEARCH DICTIONARY referat.danish_abbreviations (
	TEMPLATE = referat.abbreviations,
	DictFile = referat_abbreviations,
	Dictionary = 'referat.danish_compound'
);
COMMENT ON TEXT SEARCH DICTIONARY referat.danish_abbreviations IS
	'municipal abbreviations (ØU, KB, CF, MED, APV, …) from tsearch_data/referat_abbreviations.syn, read as the lexemes of their long form';

CREATE TEXT SEARCH CONFIGURATION referat.danish (PARSER = referat.parser);
COMMENT ON TEXT SEARCH CONFIGURATION referat.danish IS
	'Danish minutes: compounds split into their parts, abbreviations read as their long form, case numbers kept whole with their KLE subject, dates in ISO form';
ALTER TEXT SEARCH CONFIGURATION referat.danish
	ADD MAPPING FOR word WITH referat.danish_abbreviations, referat.danish_compound;
ALTER TEXT SEARCH CONFIGURATION referat.danish
	ADD MAPPING FOR numword WITH referat.danish_abbreviations, pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION referat.danish
	ADD MAPPING FOR sagsnr, kle WITH referat.case_numbers;
ALTER TEXT SEARCH CONFIGURATION referat.danish
	ADD MAPPING FOR date, number WITH referat.numbers;
-- The store: documents loaded once, their parsed rows kept in tables in step
-- with them by triggers (in the same transaction), registered for pg_dump.
--
-- Every table is keyed by document_id first, so that an installation that
-- outgrows one machine can distribute all of them by document with Citus and
-- keep each document's rows on one node (see the README).  A document's id
-- is taken from the SHA-256 of its text: loading the same text twice finds
-- the same id, and no unique index outside the distribution column is needed.

CREATE TABLE referat.documents (
	id bigint PRIMARY KEY,
	source text,
	content_hash bytea NOT NULL,
	body text NOT NULL,
	loaded_at timestamptz NOT NULL DEFAULT pg_catalog.now()
);
COMMENT ON TABLE referat.documents IS 'loaded minutes and agendas, one row per distinct text; load with referat.ingest';

CREATE TABLE referat.meetings (
	document_id bigint PRIMARY KEY REFERENCES referat.documents ON DELETE CASCADE ON UPDATE CASCADE,
	kind text,
	forum text,
	meeting_date date,
	starts_at time,
	location text,
	item_count integer NOT NULL,
	closed_item_count integer NOT NULL,
	layout text,
	toc_count integer NOT NULL
);
COMMENT ON TABLE referat.meetings IS 'referat.meeting of every stored document (kept by triggers)';

CREATE TABLE referat.items (
	document_id bigint NOT NULL REFERENCES referat.documents ON DELETE CASCADE ON UPDATE CASCADE,
	seq integer NOT NULL,
	item_no integer,			-- NULL: a page of one item that does not give its number
	title text,
	raw_title text,
	prefix text,
	case_no referat.sagsnr,
	closed boolean NOT NULL,
	item_type text,
	slot_start time,
	slot_end time,
	duration interval,
	toc_page integer,
	occasion text,
	summary text,
	presentation text,
	recommendation text,
	decision text,
	history text,
	attachments text[],
	outcome referat.outcome,
	first_line integer NOT NULL,
	last_line integer NOT NULL,
	PRIMARY KEY (document_id, seq)
);
COMMENT ON TABLE referat.items IS 'referat.items of every stored document (kept by triggers); seq is the position in the document';
CREATE INDEX ON referat.items (case_no);

CREATE TABLE referat.proposals (
	document_id bigint NOT NULL REFERENCES referat.documents ON DELETE CASCADE ON UPDATE CASCADE,
	seq integer NOT NULL,
	item_no integer,			-- NULL: a page of one item that does not give its number
	ordinal integer NOT NULL,
	proposer text,
	body text NOT NULL,
	PRIMARY KEY (document_id, seq)
);
COMMENT ON TABLE referat.proposals IS 'referat.proposals of every stored document (kept by triggers)';

CREATE TABLE referat.attachments (
	document_id bigint NOT NULL REFERENCES referat.documents ON DELETE CASCADE ON UPDATE CASCADE,
	seq integer NOT NULL,
	item_no integer,			-- NULL: a page of one item that does not give its number
	ordinal integer NOT NULL,
	name text NOT NULL,
	file_ext text,
	PRIMARY KEY (document_id, seq)
);
COMMENT ON TABLE referat.attachments IS 'referat.attachments of every stored document (kept by triggers)';

CREATE TABLE referat.history (
	document_id bigint NOT NULL REFERENCES referat.documents ON DELETE CASCADE ON UPDATE CASCADE,
	seq integer NOT NULL,
	item_no integer,			-- NULL: a page of one item that does not give its number
	ordinal integer NOT NULL,
	committee text,
	meeting_date date,
	item_no_then integer,
	body text,
	PRIMARY KEY (document_id, seq)
);
COMMENT ON TABLE referat.history IS 'referat.history (Sagsforløb entries) of every stored document (kept by triggers)';

-- Only the documents are the user's data; the parsed rows are rebuilt from
-- them by the triggers when pg_restore loads the documents.
SELECT pg_catalog.pg_extension_config_dump('referat.documents', '');

CREATE FUNCTION referat.document_id(body text) RETURNS bigint
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN ('x' OPERATOR(pg_catalog.||) pg_catalog.encode(pg_catalog.substr(
			pg_catalog.sha256(pg_catalog.convert_to(body, 'UTF8')), 1, 8), 'hex'))::bit(64)::bigint
		OPERATOR(pg_catalog.&) 9223372036854775807;
COMMENT ON FUNCTION referat.document_id(text) IS 'the id a text gets in referat.documents: the first 63 bits of its SHA-256';

-- Parse one document into the tables.
CREATE FUNCTION referat.store_parse(id bigint, body text) RETURNS void
	LANGUAGE sql VOLATILE STRICT PARALLEL UNSAFE
	SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
	INSERT INTO referat.meetings
		SELECT id, m.kind, m.forum, m.meeting_date, m.starts_at, m.location, m.item_count, m.closed_item_count,
			   m.layout, m.toc_count
		  FROM referat.meeting(body) AS m;
	INSERT INTO referat.items
		SELECT id, i.ordinality, i.item_no, i.title, i.raw_title, i.prefix, i.case_no, i.closed, i.item_type, i.slot_start,
			   i.slot_end, i.duration, i.toc_page, i.occasion, i.summary, i.presentation,
			   i.recommendation, i.decision, i.history, i.attachments, i.outcome, i.first_line, i.last_line
		  FROM referat.items(body) WITH ORDINALITY AS i;
	INSERT INTO referat.proposals
		SELECT id, p.n, p.item_no, p.ordinal, p.proposer, p.body
		  FROM referat.proposals(body) WITH ORDINALITY AS p(item_no, ordinal, proposer, body, n);
	INSERT INTO referat.attachments
		SELECT id, a.n, a.item_no, a.ordinal, a.name, a.file_ext
		  FROM referat.attachments(body) WITH ORDINALITY AS a(item_no, ordinal, name, file_ext, n);
	INSERT INTO referat.history
		SELECT id, h.n, h.item_no, h.ordinal, h.committee, h.meeting_date, h.item_no_then, h.body
		  FROM referat.history(body) WITH ORDINALITY AS h(item_no, ordinal, committee, meeting_date, item_no_then, body, n);
END;
COMMENT ON FUNCTION referat.store_parse(bigint, text) IS 'internal: parse a document into referat.meetings, items, proposals, attachments and history';

CREATE FUNCTION referat.store_forget(id bigint) RETURNS void
	LANGUAGE sql VOLATILE STRICT PARALLEL UNSAFE
	SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
	DELETE FROM referat.meetings WHERE document_id OPERATOR(pg_catalog.=) id;
	DELETE FROM referat.items WHERE document_id OPERATOR(pg_catalog.=) id;
	DELETE FROM referat.proposals WHERE document_id OPERATOR(pg_catalog.=) id;
	DELETE FROM referat.attachments WHERE document_id OPERATOR(pg_catalog.=) id;
	DELETE FROM referat.history WHERE document_id OPERATOR(pg_catalog.=) id;
END;
COMMENT ON FUNCTION referat.store_forget(bigint) IS 'internal: remove the parsed rows of a document';

-- Before a row is stored: its hash and id follow from its text.
CREATE FUNCTION referat.documents_identify() RETURNS trigger
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	NEW.content_hash := pg_catalog.sha256(pg_catalog.convert_to(NEW.body, 'UTF8'));
	NEW.id := referat.document_id(NEW.body);
	RETURN NEW;
END
$$;
COMMENT ON FUNCTION referat.documents_identify() IS 'internal: trigger that sets a document''s content_hash and id from its body';

-- After a row changed: its parsed rows follow (the row triggers of the foreign
-- keys have already moved or removed the old ones).
CREATE FUNCTION referat.documents_parse() RETURNS trigger
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF TG_OP = 'UPDATE' THEN
		-- the new text has a new id: the foreign keys moved the old rows to it
		PERFORM referat.store_forget(NEW.id);
	END IF;
	PERFORM referat.store_parse(NEW.id, NEW.body);
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION referat.documents_parse() IS 'internal: trigger that keeps the parsed tables in step with referat.documents';

CREATE TRIGGER identify BEFORE INSERT OR UPDATE OF body ON referat.documents
	FOR EACH ROW EXECUTE FUNCTION referat.documents_identify();
CREATE TRIGGER parse AFTER INSERT OR UPDATE OF body ON referat.documents
	FOR EACH ROW EXECUTE FUNCTION referat.documents_parse();

CREATE FUNCTION referat.ingest(body text, source text) RETURNS bigint
	LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	doc_id bigint := referat.document_id(body);
	stored bytea;
BEGIN
	IF body IS NULL THEN
		RAISE EXCEPTION 'cannot load a NULL document'
			USING ERRCODE = 'null_value_not_allowed',
				  HINT = 'Pass the text of a minutes document; source may be NULL.';
	END IF;
	INSERT INTO referat.documents (id, source, content_hash, body)
		VALUES (doc_id, source, ''::bytea, body)
		ON CONFLICT (id) DO NOTHING;
	SELECT d.content_hash INTO stored FROM referat.documents AS d WHERE d.id OPERATOR(pg_catalog.=) doc_id;
	IF stored OPERATOR(pg_catalog.<>) pg_catalog.sha256(pg_catalog.convert_to(body, 'UTF8')) THEN
		RAISE EXCEPTION 'document id % is taken by a different text', doc_id
			USING ERRCODE = 'unique_violation',
				  HINT = 'Two texts share the first 63 bits of their SHA-256; report this.';
	END IF;
	RETURN doc_id;
END
$$;
COMMENT ON FUNCTION referat.ingest(text, text) IS 'load a document once: returns its id, the existing one when the same text is already loaded';

CREATE FUNCTION referat.reparse() RETURNS bigint
	LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	n bigint;
BEGIN
	DELETE FROM referat.meetings;
	DELETE FROM referat.items;
	DELETE FROM referat.proposals;
	DELETE FROM referat.attachments;
	DELETE FROM referat.history;
	SELECT pg_catalog.count(*) INTO n
	  FROM referat.documents AS d, LATERAL referat.store_parse(d.id, d.body) AS parsed;
	RETURN n;
END
$$;
COMMENT ON FUNCTION referat.reparse() IS 'rebuild the parsed tables from referat.documents (after an upgrade of the parser); returns the number of documents';
-- Views for dashboards: plain column types only (text, date, integer,
-- numeric, timestamptz, boolean), so any SQL client or BI tool reads them.
-- Every item-level view has document_id, forum, meeting_date, item_no,
-- title, case_no (text) and outcome (text), with these names.

CREATE VIEW referat.meetings_v AS
SELECT d.id AS document_id, d.source, m.kind, m.forum, m.meeting_date,
	   pg_catalog.to_char(m.starts_at, 'HH24:MI') AS starts_at, m.location,
	   m.item_count, m.closed_item_count, d.loaded_at
  FROM referat.documents AS d
  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) d.id;
COMMENT ON VIEW referat.meetings_v IS 'one row per stored meeting document';

CREATE VIEW referat.items_v AS
SELECT i.document_id, m.forum, m.meeting_date, i.item_no, i.title,
	   i.case_no::text AS case_no, i.outcome::text AS outcome, i.closed, i.prefix,
	   referat.kle(i.case_no) AS kle, referat.case_year(i.case_no) AS case_year,
	   pg_catalog.to_char(i.slot_start, 'HH24:MI') AS slot_start,
	   pg_catalog.to_char(i.slot_end, 'HH24:MI') AS slot_end,
	   (pg_catalog.date_part('epoch', i.duration) OPERATOR(pg_catalog./) 60)::integer AS duration_minutes,
	   i.toc_page, i.occasion, i.summary, i.presentation, i.recommendation, i.decision,
	   i.history, pg_catalog.array_to_string(i.attachments, E'\n') AS attachments,
	   pg_catalog.cardinality(i.attachments) AS attachment_count,
	   m.kind AS document_kind, i.first_line, i.last_line
  FROM referat.items AS i
  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) i.document_id;
COMMENT ON VIEW referat.items_v IS 'one row per agenda item of every stored document';

CREATE VIEW referat.decisions_v AS
SELECT document_id, forum, meeting_date, item_no, title, case_no, outcome, decision
  FROM referat.items_v
 WHERE outcome IS NOT NULL AND outcome OPERATOR(pg_catalog.<>) 'closed';
COMMENT ON VIEW referat.decisions_v IS 'one row per decided item (closed items and agendas left out), with its outcome';

CREATE VIEW referat.proposals_v AS
SELECT p.document_id, m.forum, m.meeting_date, p.item_no, i.title, i.case_no::text AS case_no,
	   i.outcome::text AS outcome, p.ordinal, p.proposer, p.body AS proposal
  FROM referat.proposals AS p
  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) p.document_id
  LEFT JOIN LATERAL (SELECT i.title, i.case_no, i.outcome FROM referat.items AS i
					  WHERE i.document_id OPERATOR(pg_catalog.=) p.document_id
						AND i.item_no IS NOT DISTINCT FROM p.item_no
					  ORDER BY i.seq LIMIT 1) AS i ON true;
COMMENT ON VIEW referat.proposals_v IS 'one row per proposal ("1. at …") of every stored item';

CREATE VIEW referat.attachments_v AS
SELECT a.document_id, m.forum, m.meeting_date, a.item_no, i.title, i.case_no::text AS case_no,
	   i.outcome::text AS outcome, a.ordinal, a.name AS attachment, a.file_ext
  FROM referat.attachments AS a
  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) a.document_id
  LEFT JOIN LATERAL (SELECT i.title, i.case_no, i.outcome FROM referat.items AS i
					  WHERE i.document_id OPERATOR(pg_catalog.=) a.document_id
						AND i.item_no IS NOT DISTINCT FROM a.item_no
					  ORDER BY i.seq LIMIT 1) AS i ON true;
COMMENT ON VIEW referat.attachments_v IS 'one row per attachment (Bilag) of every stored item';

-- "What happened to this case?": every item that carries the case number,
-- and the earlier treatments its Sagsforløb lists that no stored item
-- already shows (each once, though several documents may list it).
CREATE VIEW referat.case_history_v AS
SELECT i.case_no, i.meeting_date, i.forum, 'item' AS appearance, i.document_id, i.item_no,
	   i.title, i.outcome, i.decision AS text
  FROM referat.items_v AS i
 WHERE i.case_no IS NOT NULL
UNION ALL
(SELECT DISTINCT ON (i.case_no, h.meeting_date, h.committee, h.item_no_then)
	   i.case_no::text, h.meeting_date, h.committee, 'sagsforløb', h.document_id, h.item_no_then,
	   i.title, NULL, h.body
  FROM referat.history AS h
  JOIN referat.items AS i ON i.document_id OPERATOR(pg_catalog.=) h.document_id
						 AND i.item_no IS NOT DISTINCT FROM h.item_no
 WHERE i.case_no IS NOT NULL
   AND NOT EXISTS (SELECT FROM referat.items_v AS seen
					WHERE seen.case_no OPERATOR(pg_catalog.=) i.case_no::text
					  AND seen.meeting_date OPERATOR(pg_catalog.=) h.meeting_date
					  AND seen.forum OPERATOR(pg_catalog.=) h.committee)
 ORDER BY i.case_no, h.meeting_date, h.committee, h.item_no_then, h.document_id);
COMMENT ON VIEW referat.case_history_v IS 'every appearance of a case number: the items that carry it and the earlier treatments their Sagsforløb lists; order by meeting_date';

CREATE VIEW referat.outcomes_per_month_v AS
SELECT forum, pg_catalog.date_trunc('month', meeting_date)::date AS month, outcome,
	   pg_catalog.count(*)::integer AS items
  FROM referat.items_v
 GROUP BY forum, pg_catalog.date_trunc('month', meeting_date)::date, outcome;
COMMENT ON VIEW referat.outcomes_per_month_v IS 'dashboard tile: items and their outcomes per forum per month';

CREATE VIEW referat.recurring_cases_v AS
SELECT case_no, pg_catalog.count(DISTINCT (forum, meeting_date))::integer AS meetings,
	   pg_catalog.count(*)::integer AS items,
	   pg_catalog.min(meeting_date) AS first_seen, pg_catalog.max(meeting_date) AS last_seen,
	   pg_catalog.string_agg(DISTINCT forum, ', ') AS forums
  FROM referat.items_v
 WHERE case_no IS NOT NULL
 GROUP BY case_no;
COMMENT ON VIEW referat.recurring_cases_v IS 'dashboard tile: case numbers by how many meetings they came up in';

CREATE VIEW referat.meetings_per_year_v AS
SELECT forum, kind, pg_catalog.date_part('year', meeting_date)::integer AS year,
	   pg_catalog.count(*)::integer AS meetings, pg_catalog.sum(item_count)::integer AS items
  FROM referat.meetings
 GROUP BY forum, kind, pg_catalog.date_part('year', meeting_date)::integer;
COMMENT ON VIEW referat.meetings_per_year_v IS 'dashboard tile: meetings (and their items) per forum per year';

-- Parse quality: which stored documents were read badly.  Each figure is
-- one a person checks first: items found, the table of contents against
-- them, items without case number, minutes items without decision, and how
-- much of the text sits in untitled sections (text no heading explained).
-- It parses each document's sections again: select from it with a WHERE.
CREATE VIEW referat.parse_quality_v AS
SELECT d.id AS document_id, d.source, m.kind, m.forum, m.meeting_date, m.layout,
	   m.item_count AS items, m.toc_count AS toc_entries,
	   -- a ToC may cut a title short or lose its last full stop to the dot leaders: one title
	   -- starting with the other is a match
	   (SELECT pg_catalog.count(*)::integer
		  FROM referat.toc(d.body) AS t,
			   LATERAL (SELECT pg_catalog.lower(pg_catalog.btrim(t.title)) AS title) AS tt
		 WHERE NOT EXISTS (SELECT FROM referat.items AS i,
									   LATERAL (SELECT pg_catalog.lower(pg_catalog.btrim(i.raw_title)) AS title) AS it
							WHERE i.document_id OPERATOR(pg_catalog.=) d.id
							  AND (pg_catalog.starts_with(it.title, tt.title) OR
								   pg_catalog.starts_with(tt.title, it.title)))) AS toc_without_item,
	   (SELECT pg_catalog.count(*)::integer FROM referat.items AS i
		 WHERE i.document_id OPERATOR(pg_catalog.=) d.id AND NOT i.closed AND i.case_no IS NULL) AS items_without_case,
	   (SELECT pg_catalog.count(*)::integer FROM referat.items AS i
		 WHERE i.document_id OPERATOR(pg_catalog.=) d.id AND NOT i.closed AND i.decision IS NULL
		   AND m.kind IS DISTINCT FROM 'dagsorden') AS minutes_items_without_decision,
	   -- of the body lines of the items (NULL without items)
	   (SELECT pg_catalog.round(COALESCE(pg_catalog.sum(l.n) FILTER (WHERE s.kind OPERATOR(pg_catalog.=) 'untitled'), 0)
								OPERATOR(pg_catalog./) NULLIF(pg_catalog.sum(l.n), 0), 3)
		  FROM referat.sections(d.body) AS s,
			   LATERAL (SELECT pg_catalog.count(*)::numeric AS n
						  FROM pg_catalog.regexp_split_to_table(s.body, E'\n') AS line
						 WHERE line OPERATOR(pg_catalog.<>) '') AS l
		 WHERE s.item_no OPERATOR(pg_catalog.<>) 0 AND s.kind OPERATOR(pg_catalog.<>) 'furniture') AS untitled_share
  FROM referat.documents AS d
  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) d.id;
COMMENT ON VIEW referat.parse_quality_v IS 'one row per stored document: items, table-of-contents entries and those no item matches, items without case number, minutes items without decision, share of body lines in untitled sections';
-- Full-text search over the stored items: a weighted tsvector (title above
-- decision above the rest) kept as a generated column with a GIN index, and
-- referat.search for queries written as people type them.

ALTER TABLE referat.items ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
	pg_catalog.setweight(pg_catalog.to_tsvector('referat.danish'::regconfig,
		COALESCE(title, '')), 'A') OPERATOR(pg_catalog.||)
	pg_catalog.setweight(pg_catalog.to_tsvector('referat.danish'::regconfig,
		COALESCE(decision, '')), 'B') OPERATOR(pg_catalog.||)
	pg_catalog.setweight(pg_catalog.to_tsvector('referat.danish'::regconfig,
		COALESCE(occasion, '') OPERATOR(pg_catalog.||) E'\n' OPERATOR(pg_catalog.||)
		COALESCE(summary, '') OPERATOR(pg_catalog.||) E'\n' OPERATOR(pg_catalog.||)
		COALESCE(presentation, '') OPERATOR(pg_catalog.||) E'\n' OPERATOR(pg_catalog.||)
		COALESCE(recommendation, '') OPERATOR(pg_catalog.||) E'\n' OPERATOR(pg_catalog.||)
		COALESCE(history, '') OPERATOR(pg_catalog.||) E'\n' OPERATOR(pg_catalog.||)
		COALESCE(case_no::text, '')), 'C')) STORED;
COMMENT ON COLUMN referat.items.tsv IS 'what referat.search looks in: title (weight A), decision (B), the other sections and the case number (C), with referat.danish';
CREATE INDEX items_tsv ON referat.items USING gin (tsv);

CREATE FUNCTION referat.search(query text, max integer DEFAULT 20)
	RETURNS TABLE (meeting_date date, forum text, item_no integer, title text, case_no text,
				   outcome text, rank real, snippet text)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
	SELECT hit.meeting_date, hit.forum, hit.item_no, hit.title, hit.case_no::text, hit.outcome::text,
		   hit.rank,
		   pg_catalog.ts_headline('referat.danish'::regconfig,
			   COALESCE(hit.decision, '') OPERATOR(pg_catalog.||) E'\n' OPERATOR(pg_catalog.||)
			   COALESCE(hit.presentation, hit.summary, hit.recommendation, ''),
			   hit.q, 'MaxFragments=2, MaxWords=18, MinWords=6, StartSel=«, StopSel=»')
	  FROM (SELECT m.meeting_date, m.forum, i.item_no, i.title, i.case_no, i.outcome, i.decision,
				   i.presentation, i.summary, i.recommendation, q,
				   pg_catalog.ts_rank_cd(i.tsv, q) AS rank
			  FROM pg_catalog.websearch_to_tsquery('referat.danish'::regconfig, query) AS q,
				   referat.items AS i
			  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) i.document_id
			 WHERE i.tsv OPERATOR(pg_catalog.@@) q
			 ORDER BY rank DESC, m.meeting_date DESC, i.item_no
			 LIMIT max) AS hit
	 ORDER BY hit.rank DESC, hit.meeting_date DESC, hit.item_no;
END;
COMMENT ON FUNCTION referat.search(text, integer) IS 'search the stored items as people type: words, "quoted phrases", -word, a case number; best first, with a highlighted snippet';
-- What the sentences of minutes say: amounts of money, dates and the
-- meetings they refer to, positions members took, who was absent (read by
-- the attendance reader, see 62_attendance.sql).  The
-- functions parse the text they are given; the tables below keep their rows
-- for every stored document, and the views show them with plain types.

CREATE TYPE referat.stance AS ENUM ('forbehold', 'deltog_ikke', 'for', 'imod', 'undlod');
COMMENT ON TYPE referat.stance IS 'a position taken on an item: a reservation (forbehold), not taking part (deltog_ikke), a vote for, against (imod) or an abstention (undlod)';

CREATE FUNCTION referat.amounts(doc text,
	OUT item_no integer, OUT section_kind text, OUT amount numeric, OUT currency text,
	OUT per text, OUT raw text, OUT context text)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'referat_amounts'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 20;
COMMENT ON FUNCTION referat.amounts(text) IS 'every amount of money the items mention ("23 mio. kr.", "kr. 166,54 i timen"), in kroner, with what it is per, the text as written and the sentence around it';

CREATE FUNCTION referat.dates(doc text,
	OUT item_no integer, OUT mentioned date, OUT raw text, OUT refers_to_meeting boolean,
	OUT context text, OUT section_kind text)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'referat_dates'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 20;
COMMENT ON FUNCTION referat.dates(text) IS 'every date the items mention ("14. juni 2017", "03.04.17", "9. februar" resolved against the meeting date), and whether it is the date of a meeting';

CREATE FUNCTION referat.positions(doc text,
	OUT item_no integer, OUT who text, OUT stance referat.stance, OUT raw text,
	OUT votes integer, OUT section_kind text)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'referat_positions'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 10;
COMMENT ON FUNCTION referat.positions(text) IS 'reservations ("tog forbehold"), non-participation ("deltog ikke i sagens behandling") and votes, one row per party or person named (or count of votes)';

CREATE FUNCTION referat.absences(doc text, OUT who text, OUT reason text, OUT item_no integer)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'referat_absences'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 5;
COMMENT ON FUNCTION referat.absences(text) IS 'who the minutes say was absent ("Afbud fra …", "Afbud/Fraværende": afbud; "Fraværende: …", "Ikke til stede: …": fraværende), and where: item_no 0 for the front matter, else the item whose decision records it (NULL on a page of one item that does not give its number)';

-- The rows of every stored document.  The store inserts a document's row of
-- referat.meetings whenever it parses the document (on load, on update, on
-- reparse, after pg_restore): a trigger there replaces the document's rows
-- here, and the foreign keys move and remove them with the document.

CREATE TABLE referat.amounts (
	document_id bigint NOT NULL REFERENCES referat.documents ON DELETE CASCADE ON UPDATE CASCADE,
	seq integer NOT NULL,
	item_no integer,			-- NULL: a page of one item that does not give its number
	section_kind text NOT NULL,
	amount numeric NOT NULL,
	currency text NOT NULL,
	per text,
	raw text NOT NULL,
	context text NOT NULL,
	PRIMARY KEY (document_id, seq)
);
COMMENT ON TABLE referat.amounts IS 'referat.amounts of every stored document (kept by triggers)';

CREATE TABLE referat.dates (
	document_id bigint NOT NULL REFERENCES referat.documents ON DELETE CASCADE ON UPDATE CASCADE,
	seq integer NOT NULL,
	item_no integer,			-- NULL: a page of one item that does not give its number
	mentioned date,
	raw text NOT NULL,
	refers_to_meeting boolean NOT NULL,
	context text NOT NULL,
	section_kind text NOT NULL,
	PRIMARY KEY (document_id, seq)
);
COMMENT ON TABLE referat.dates IS 'referat.dates of every stored document (kept by triggers)';

CREATE TABLE referat.positions (
	document_id bigint NOT NULL REFERENCES referat.documents ON DELETE CASCADE ON UPDATE CASCADE,
	seq integer NOT NULL,
	item_no integer,			-- NULL: a page of one item that does not give its number
	who text,
	stance referat.stance NOT NULL,
	raw text NOT NULL,
	votes integer,
	section_kind text NOT NULL,
	PRIMARY KEY (document_id, seq)
);
COMMENT ON TABLE referat.positions IS 'referat.positions of every stored document (kept by triggers)';

CREATE TABLE referat.absences (
	document_id bigint NOT NULL REFERENCES referat.documents ON DELETE CASCADE ON UPDATE CASCADE,
	seq integer NOT NULL,
	who text NOT NULL,
	reason text NOT NULL,
	item_no integer,			-- NULL: a page of one item that does not give its number
	PRIMARY KEY (document_id, seq)
);
COMMENT ON TABLE referat.absences IS 'referat.absences of every stored document (kept by triggers)';

CREATE FUNCTION referat.facts_parse() RETURNS trigger
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	doc text;
BEGIN
	SELECT d.body INTO doc FROM referat.documents AS d WHERE d.id OPERATOR(pg_catalog.=) NEW.document_id;
	DELETE FROM referat.amounts WHERE document_id OPERATOR(pg_catalog.=) NEW.document_id;
	DELETE FROM referat.dates WHERE document_id OPERATOR(pg_catalog.=) NEW.document_id;
	DELETE FROM referat.positions WHERE document_id OPERATOR(pg_catalog.=) NEW.document_id;
	DELETE FROM referat.absences WHERE document_id OPERATOR(pg_catalog.=) NEW.document_id;
	INSERT INTO referat.amounts
		SELECT NEW.document_id, a.n, a.item_no, a.section_kind, a.amount, a.currency, a.per, a.raw, a.context
		  FROM referat.amounts(doc) WITH ORDINALITY
			   AS a(item_no, section_kind, amount, currency, per, raw, context, n);
	INSERT INTO referat.dates
		SELECT NEW.document_id, d.n, d.item_no, d.mentioned, d.raw, d.refers_to_meeting, d.context, d.section_kind
		  FROM referat.dates(doc) WITH ORDINALITY
			   AS d(item_no, mentioned, raw, refers_to_meeting, context, section_kind, n);
	INSERT INTO referat.positions
		SELECT NEW.document_id, p.n, p.item_no, p.who, p.stance, p.raw, p.votes, p.section_kind
		  FROM referat.positions(doc) WITH ORDINALITY
			   AS p(item_no, who, stance, raw, votes, section_kind, n);
	INSERT INTO referat.absences
		SELECT NEW.document_id, a.n, a.who, a.reason, a.item_no
		  FROM referat.absences(doc) WITH ORDINALITY AS a(who, reason, item_no, n);
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION referat.facts_parse() IS 'internal: trigger that replaces a document''s rows of referat.amounts, dates, positions and absences when the store parses it';

CREATE TRIGGER facts AFTER INSERT ON referat.meetings
	FOR EACH ROW EXECUTE FUNCTION referat.facts_parse();

-- Views with plain types, item-level columns as in 55_views.sql.

CREATE VIEW referat.amounts_v AS
SELECT a.document_id, m.forum, m.meeting_date, a.item_no, i.title, i.case_no::text AS case_no,
	   i.outcome::text AS outcome, a.section_kind, a.amount, a.currency, a.per, a.raw, a.context
  FROM referat.amounts AS a
  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) a.document_id
  LEFT JOIN LATERAL (SELECT i.title, i.case_no, i.outcome FROM referat.items AS i
					  WHERE i.document_id OPERATOR(pg_catalog.=) a.document_id
						AND i.item_no IS NOT DISTINCT FROM a.item_no
					  ORDER BY i.seq LIMIT 1) AS i ON true;
COMMENT ON VIEW referat.amounts_v IS 'one row per amount of money an item of a stored document mentions';

CREATE VIEW referat.dates_v AS
SELECT d.document_id, m.forum, m.meeting_date, d.item_no, i.title, i.case_no::text AS case_no,
	   i.outcome::text AS outcome, d.section_kind, d.mentioned, d.raw, d.refers_to_meeting, d.context
  FROM referat.dates AS d
  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) d.document_id
  LEFT JOIN LATERAL (SELECT i.title, i.case_no, i.outcome FROM referat.items AS i
					  WHERE i.document_id OPERATOR(pg_catalog.=) d.document_id
						AND i.item_no IS NOT DISTINCT FROM d.item_no
					  ORDER BY i.seq LIMIT 1) AS i ON true;
COMMENT ON VIEW referat.dates_v IS 'one row per date an item of a stored document mentions; refers_to_meeting marks earlier (or later) meetings';

CREATE VIEW referat.positions_v AS
SELECT p.document_id, m.forum, m.meeting_date, p.item_no, i.title, i.case_no::text AS case_no,
	   i.outcome::text AS outcome, p.section_kind, p.who, p.stance::text AS stance, p.votes, p.raw
  FROM referat.positions AS p
  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) p.document_id
  LEFT JOIN LATERAL (SELECT i.title, i.case_no, i.outcome FROM referat.items AS i
					  WHERE i.document_id OPERATOR(pg_catalog.=) p.document_id
						AND i.item_no IS NOT DISTINCT FROM p.item_no
					  ORDER BY i.seq LIMIT 1) AS i ON true;
COMMENT ON VIEW referat.positions_v IS 'one row per reservation, non-participation or vote of a party or person on an item of a stored document';

CREATE VIEW referat.absences_v AS
SELECT a.document_id, m.forum, m.meeting_date, a.item_no, a.who, a.reason
  FROM referat.absences AS a
  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) a.document_id;
COMMENT ON VIEW referat.absences_v IS 'one row per absence a stored meeting document records: item_no 0 in the front matter, else in that item''s decision';
-- ===================================================================
-- Attendance: who the minutes list as present and as absent.
-- The function, its table in the store (filled by a trigger, as the
-- facts of 60_facts.sql are) and its views, all in this one file.
-- referat.absences (60_facts.sql) reads the same lists.
-- ===================================================================

CREATE FUNCTION referat.attendees(doc text,
	OUT who text, OUT party text, OUT role text, OUT present boolean)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'referat_attendees'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 20;
COMMENT ON FUNCTION referat.attendees(text) IS 'the members the front matter of minutes lists ("Tilstede", "Indkaldelse", "Medlemmer", "Deltagere", "Mødedeltagere", "Afbud/Fraværende", "Afbud fra …"), with party, role and whether they were present';

-- The rows of every stored document, replaced whenever the store parses it
-- (a row of referat.meetings is inserted: on load, update, reparse, restore).
CREATE TABLE referat.attendees (
	document_id bigint NOT NULL REFERENCES referat.documents ON DELETE CASCADE ON UPDATE CASCADE,
	seq integer NOT NULL,
	who text NOT NULL,
	party text,
	role text,
	present boolean NOT NULL,
	PRIMARY KEY (document_id, seq)
);
COMMENT ON TABLE referat.attendees IS 'referat.attendees of every stored document (kept by triggers)';

CREATE FUNCTION referat.attendance_parse() RETURNS trigger
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	DELETE FROM referat.attendees WHERE document_id OPERATOR(pg_catalog.=) NEW.document_id;
	INSERT INTO referat.attendees
		SELECT NEW.document_id, a.n, a.who, a.party, a.role, a.present
		  FROM referat.documents AS d,
			   referat.attendees(d.body) WITH ORDINALITY AS a(who, party, role, present, n)
		 WHERE d.id OPERATOR(pg_catalog.=) NEW.document_id;
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION referat.attendance_parse() IS 'internal: trigger that replaces a document''s rows of referat.attendees when the store parses it';

CREATE TRIGGER attendance AFTER INSERT ON referat.meetings
	FOR EACH ROW EXECUTE FUNCTION referat.attendance_parse();

CREATE VIEW referat.attendees_v AS
SELECT a.document_id, m.forum, m.meeting_date, a.seq, a.who, a.party, a.role, a.present
  FROM referat.attendees AS a
  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) a.document_id;
COMMENT ON VIEW referat.attendees_v IS 'one row per member a stored meeting document lists, present or not';

CREATE VIEW referat.attendance_v AS
SELECT m.forum, a.who, pg_catalog.max(a.party) AS party,
	   pg_catalog.count(DISTINCT a.document_id)::integer AS meetings,
	   pg_catalog.count(*) FILTER (WHERE a.present)::integer AS present,
	   pg_catalog.count(*) FILTER (WHERE NOT a.present)::integer AS absent,
	   pg_catalog.min(m.meeting_date) AS first_seen, pg_catalog.max(m.meeting_date) AS last_seen
  FROM referat.attendees AS a
  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) a.document_id
 GROUP BY m.forum, a.who;
COMMENT ON VIEW referat.attendance_v IS 'dashboard tile: per forum and member, the meetings listed, present and absent';
-- The KLE plan: titles of the subjects (emner) and action facets
-- (handlingsfacetter) that case numbers carry.  KL licenses the plan, so the
-- extension ships no titles: referat.load_kle reads the XML files the user
-- holds into these tables, and the views join items to the titles.

CREATE TABLE referat.kle_main_groups (
	main_group text PRIMARY KEY,	-- HovedgruppeNr: '00'
	title text						-- HovedgruppeTitel
);
COMMENT ON TABLE referat.kle_main_groups IS 'KLE main groups (hovedgrupper) from the user''s KLE-Emneplan file; load with referat.load_kle';

CREATE TABLE referat.kle_groups (
	kle_group text PRIMARY KEY,		-- GruppeNr: '00.01'
	main_group text,				-- the Hovedgruppe it stands in
	title text						-- GruppeTitel
);
COMMENT ON TABLE referat.kle_groups IS 'KLE groups (grupper) from the user''s KLE-Emneplan file; load with referat.load_kle';

CREATE TABLE referat.kle_subjects (
	subject text PRIMARY KEY,		-- EmneNr: '00.01.00'
	kle_group text,					-- the Gruppe it stands in
	title text						-- EmneTitel
);
COMMENT ON TABLE referat.kle_subjects IS 'KLE subjects (emner) from the user''s KLE-Emneplan file; load with referat.load_kle';

CREATE TABLE referat.kle_facet_categories (
	category text PRIMARY KEY,		-- HandlingsfacetKategoriNr
	title text						-- HandlingsfacetKategoriTitel
);
COMMENT ON TABLE referat.kle_facet_categories IS 'KLE action facet categories (handlingsfacetkategorier) from the user''s KLE-Handlingsfacetter file; load with referat.load_kle';

CREATE TABLE referat.kle_facets (
	facet text PRIMARY KEY,			-- HandlingsfacetNr: 'A00'
	category text,					-- the HandlingsfacetKategori it stands in
	title text						-- HandlingsfacetTitel
);
COMMENT ON TABLE referat.kle_facets IS 'KLE action facets (handlingsfacetter) from the user''s KLE-Handlingsfacetter file; load with referat.load_kle';

-- The user's data: pg_dump saves it.
SELECT pg_catalog.pg_extension_config_dump('referat.kle_main_groups', '');
SELECT pg_catalog.pg_extension_config_dump('referat.kle_groups', '');
SELECT pg_catalog.pg_extension_config_dump('referat.kle_subjects', '');
SELECT pg_catalog.pg_extension_config_dump('referat.kle_facet_categories', '');
SELECT pg_catalog.pg_extension_config_dump('referat.kle_facets', '');

-- The number, parent number and title of every element of one level of a
-- KLE file: <Emne> holds <EmneNr> and <EmneTitel>, its parent <Gruppe> holds
-- <GruppeNr>.  Elements are found by local name, so the files' namespace
-- (whichever KL uses in an edition) does not matter; in numbers and titles
-- white space (line breaks of a pretty-printed file) becomes one blank, none
-- at the ends.  The first of a number that occurs twice counts.
CREATE FUNCTION referat.kle_elements(doc xml, element text, parent text,
	OUT no text, OUT parent_no text, OUT title text)
	RETURNS SETOF record
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
	SELECT DISTINCT ON (x.no) x.no, x.parent_no, x.title
	  FROM (SELECT pg_catalog.btrim(pg_catalog.regexp_replace(r.no, '\s+', ' ', 'g')) AS no,
				   pg_catalog.btrim(pg_catalog.regexp_replace(r.parent_no, '\s+', ' ', 'g')) AS parent_no,
				   pg_catalog.btrim(pg_catalog.regexp_replace(r.title, '\s+', ' ', 'g')) AS title,
				   r.n
			  FROM XMLTABLE(('//*[local-name()="' OPERATOR(pg_catalog.||) element OPERATOR(pg_catalog.||) '"]') PASSING doc
					COLUMNS n FOR ORDINALITY,
							no text PATH ('*[local-name()="' OPERATOR(pg_catalog.||) element OPERATOR(pg_catalog.||) 'Nr"][1]'),
							parent_no text PATH ('../*[local-name()="' OPERATOR(pg_catalog.||) parent OPERATOR(pg_catalog.||) 'Nr"][1]'),
							title text PATH ('*[local-name()="' OPERATOR(pg_catalog.||) element OPERATOR(pg_catalog.||) 'Titel"][1]')) AS r) AS x
	 WHERE x.no OPERATOR(pg_catalog.<>) ''
	 ORDER BY x.no, x.n;
END;
COMMENT ON FUNCTION referat.kle_elements(xml, text, text) IS 'internal: number, parent number and title of each element of one level of a KLE XML file, for referat.load_kle';

-- A number loaded again gets the new title; numbers not in the file stay
-- (old case numbers keep their titles).
CREATE FUNCTION referat.load_kle(xml_text text) RETURNS TABLE (level text, loaded integer)
	LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	doc xml;
	detail text;
	opening text;
	n_main integer;
	n_group integer;
	n_subject integer;
	n_category integer;
	n_facet integer;
BEGIN
	IF xml_text IS NULL THEN
		RAISE EXCEPTION 'cannot load a NULL KLE file'
			USING ERRCODE = 'null_value_not_allowed',
				  HINT = 'Pass the text of KL''s KLE-Emneplan or KLE-Handlingsfacetter XML file.';
	END IF;
	-- a byte-order mark may stand before the XML declaration
	xml_text := pg_catalog.ltrim(xml_text, U&'\FEFF');
	opening := pg_catalog.quote_literal(pg_catalog.regexp_replace(pg_catalog.left(xml_text, 40), '\s+', ' ', 'g'));
	BEGIN
		doc := XMLPARSE(DOCUMENT xml_text);
	EXCEPTION WHEN invalid_xml_document OR invalid_xml_content OR invalid_xml_comment
				   OR invalid_xml_processing_instruction THEN
		GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
		RAISE EXCEPTION 'malformed XML in KLE file starting %', opening
			USING ERRCODE = 'invalid_xml_document', DETAIL = detail,
				  HINT = 'Pass the whole text of KL''s KLE-Emneplan or KLE-Handlingsfacetter XML file, e.g. referat.load_kle(pg_read_file(''/path/KLE-Emneplan.xml'')).';
	END;

	INSERT INTO referat.kle_main_groups AS t (main_group, title)
	SELECT e.no, e.title FROM referat.kle_elements(doc, 'Hovedgruppe', '') AS e
	ON CONFLICT (main_group) DO UPDATE SET title = EXCLUDED.title;
	GET DIAGNOSTICS n_main = ROW_COUNT;
	INSERT INTO referat.kle_groups AS t (kle_group, main_group, title)
	SELECT e.no, e.parent_no, e.title FROM referat.kle_elements(doc, 'Gruppe', 'Hovedgruppe') AS e
	ON CONFLICT (kle_group) DO UPDATE SET main_group = EXCLUDED.main_group, title = EXCLUDED.title;
	GET DIAGNOSTICS n_group = ROW_COUNT;
	INSERT INTO referat.kle_subjects AS t (subject, kle_group, title)
	SELECT e.no, e.parent_no, e.title FROM referat.kle_elements(doc, 'Emne', 'Gruppe') AS e
	ON CONFLICT (subject) DO UPDATE SET kle_group = EXCLUDED.kle_group, title = EXCLUDED.title;
	GET DIAGNOSTICS n_subject = ROW_COUNT;
	INSERT INTO referat.kle_facet_categories AS t (category, title)
	SELECT e.no, e.title FROM referat.kle_elements(doc, 'HandlingsfacetKategori', '') AS e
	ON CONFLICT (category) DO UPDATE SET title = EXCLUDED.title;
	GET DIAGNOSTICS n_category = ROW_COUNT;
	INSERT INTO referat.kle_facets AS t (facet, category, title)
	SELECT e.no, e.parent_no, e.title FROM referat.kle_elements(doc, 'Handlingsfacet', 'HandlingsfacetKategori') AS e
	ON CONFLICT (facet) DO UPDATE SET category = EXCLUDED.category, title = EXCLUDED.title;
	GET DIAGNOSTICS n_facet = ROW_COUNT;

	IF n_main OPERATOR(pg_catalog.+) n_group OPERATOR(pg_catalog.+) n_subject
	   OPERATOR(pg_catalog.+) n_category OPERATOR(pg_catalog.+) n_facet OPERATOR(pg_catalog.=) 0 THEN
		RAISE EXCEPTION 'no KLE numbers in XML file starting %', opening
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'load_kle reads elements Hovedgruppe/HovedgruppeNr/HovedgruppeTitel, Gruppe, Emne (KLE-Emneplan) and HandlingsfacetKategori, Handlingsfacet (KLE-Handlingsfacetter).';
	END IF;
	RETURN QUERY VALUES ('hovedgruppe', n_main), ('gruppe', n_group), ('emne', n_subject),
						('handlingsfacetkategori', n_category), ('handlingsfacet', n_facet);
END
$$;
COMMENT ON FUNCTION referat.load_kle(text) IS 'load the titles of a KLE-Emneplan or KLE-Handlingsfacetter XML file the user holds (KL''s licence): returns how many numbers of each level it loaded';

-- Every item with a KLE case number, its titles at every level (NULL where
-- the loaded plan has no such number).
CREATE VIEW referat.items_kle_v AS
SELECT i.document_id, m.forum, m.meeting_date, i.item_no, i.title, i.case_no::text AS case_no,
	   i.outcome::text AS outcome,
	   k.main_group, mg.title AS main_group_title,
	   k.kle_group, g.title AS group_title,
	   k.subject, s.title AS subject_title,
	   k.facet, f.title AS facet_title,
	   fc.category AS facet_category, fc.title AS facet_category_title
  FROM referat.items AS i
  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) i.document_id
 CROSS JOIN LATERAL (
	SELECT pg_catalog.left(x.kle, 2) AS main_group,
		   CASE WHEN pg_catalog.length(x.kle) OPERATOR(pg_catalog.>=) 5 THEN pg_catalog.left(x.kle, 5) END AS kle_group,
		   CASE WHEN pg_catalog.length(x.kle) OPERATOR(pg_catalog.=) 8 THEN x.kle END AS subject,
		   NULLIF(x.facet, '000') AS facet
	  FROM (SELECT referat.kle(i.case_no) AS kle, referat.facet(i.case_no) AS facet) AS x) AS k
  LEFT JOIN referat.kle_main_groups AS mg ON mg.main_group OPERATOR(pg_catalog.=) k.main_group
  LEFT JOIN referat.kle_groups AS g ON g.kle_group OPERATOR(pg_catalog.=) k.kle_group
  LEFT JOIN referat.kle_subjects AS s ON s.subject OPERATOR(pg_catalog.=) k.subject
  LEFT JOIN referat.kle_facets AS f ON f.facet OPERATOR(pg_catalog.=) k.facet
  LEFT JOIN referat.kle_facet_categories AS fc
		 ON fc.category OPERATOR(pg_catalog.=) COALESCE(f.category, pg_catalog.left(k.facet, 1))
 WHERE k.main_group IS NOT NULL;
COMMENT ON VIEW referat.items_kle_v IS 'one row per item with a KLE case number, with the titles of its main group, group, subject, action facet and facet category';

CREATE VIEW referat.decisions_per_kle_v AS
SELECT forum, pg_catalog.date_part('year', meeting_date)::integer AS year, main_group, main_group_title,
	   outcome, pg_catalog.count(*)::integer AS items
  FROM referat.items_kle_v
 WHERE outcome IS NOT NULL AND outcome OPERATOR(pg_catalog.<>) 'closed'
 GROUP BY forum, pg_catalog.date_part('year', meeting_date)::integer, main_group, main_group_title, outcome;
COMMENT ON VIEW referat.decisions_per_kle_v IS 'dashboard tile: decided items per forum, year, KLE main group and outcome';
