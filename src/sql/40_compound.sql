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
	'Danish compounds: a word is read as its lemmas, a compound also as its parts (linking -s- and -e- and the inflection of the last part allowed: anlægsbevillingen reads anlægsbevilling, anlæg, bevilling), a derivation also as its base (økonomiske reads økonomisk, økonomi), all stemmed; options Lexicon (a .lex file in tsearch_data, default referat_danish), StopWords (a .stop file) and Stemmer (a dictionary, default pg_catalog.danish_stem); every word gets lexemes, so it belongs last in a mapping';

CREATE TEXT SEARCH DICTIONARY referat.danish_compound (
	TEMPLATE = referat.compound,
	Lexicon = referat_danish,
	StopWords = danish,
	Stemmer = 'pg_catalog.danish_stem'
);
COMMENT ON TEXT SEARCH DICTIONARY referat.danish_compound IS
	'Danish words and compounds, stemmed, with Danish stop words dropped: the lexicon referat_danish (hunspell-da and a list of municipal words); a query for a part finds the compound: sygefravær finds Sygefraværsstatistikken, budget finds budgetkatalogforslagene';
