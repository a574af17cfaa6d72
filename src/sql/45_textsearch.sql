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
	'tokenizer for Danish minutes: words of any letters in NFKC with their case kept (soft hyphens dropped, words hyphenated at a line break joined, and so are words that text extraction left a hyphen in when the lexicon referat_danish knows the word joined and not the piece after the hyphen), an acronym glued to a word of that lexicon read as two words (HRchefen as HR-chefen), case numbers of every referat.sagsnr scheme as one token (sagsnr), KLE subjects (kle), dates, numbers; token types keep their numbers once released';

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
