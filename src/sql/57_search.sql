-- Full-text search over the stored items: a weighted tsvector (title above
-- decision above the rest) kept as a generated column with a GIN index, and
-- referat.search for queries written as people type them.

CREATE FUNCTION referat.weighted_tsvector(config regconfig, a text, b text, c text) RETURNS tsvector
	AS 'MODULE_PATHNAME', 'referat_weighted_tsvector'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.weighted_tsvector(regconfig, text, text, text) IS 'setweight(to_tsvector(config, a), ''A'') || setweight(to_tsvector(config, b), ''B'') || setweight(to_tsvector(config, c), ''C''), the same tsvector made in one pass (about twice as fast)';

ALTER TABLE referat.items ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
	referat.weighted_tsvector('referat.danish'::regconfig, COALESCE(title, ''), COALESCE(decision, ''),
		COALESCE(occasion, '') OPERATOR(pg_catalog.||) E'\n' OPERATOR(pg_catalog.||)
		COALESCE(summary, '') OPERATOR(pg_catalog.||) E'\n' OPERATOR(pg_catalog.||)
		COALESCE(presentation, '') OPERATOR(pg_catalog.||) E'\n' OPERATOR(pg_catalog.||)
		COALESCE(recommendation, '') OPERATOR(pg_catalog.||) E'\n' OPERATOR(pg_catalog.||)
		COALESCE(history, '') OPERATOR(pg_catalog.||) E'\n' OPERATOR(pg_catalog.||)
		COALESCE(case_no::text, ''))) STORED;
COMMENT ON COLUMN referat.items.tsv IS 'what referat.search looks in: title (weight A), decision (B), the other sections and the case number (C), with referat.danish';
-- A tsvector holds each word once, with its positions, and compresses
-- poorly: lz4 took an eighth off (7.1 -> 6.2 MB per 10 MB of generated
-- minutes) for 2 % of the instructions of storing them.  Kept as it is, out
-- of line when long.
ALTER TABLE referat.items ALTER COLUMN tsv SET STORAGE EXTERNAL;
-- The index compares lexemes with referat.gin_cmp_lexeme (src/search_gin.c):
-- the order of PostgreSQL's tsvector_ops, read straight from the bytes;
-- comparing lexemes was 13 % of the instructions of storing minutes.  Every
-- other function is tsvector_ops' own.
CREATE FUNCTION referat.gin_cmp_lexeme(text, text) RETURNS integer
	AS 'MODULE_PATHNAME', 'referat_gin_cmp_lexeme'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.gin_cmp_lexeme(text, text) IS 'internal: the order of two lexemes in referat.tsvector_ops (as gin_cmp_tslexeme: their bytes, then the shorter first)';
CREATE OPERATOR CLASS referat.tsvector_ops FOR TYPE tsvector USING gin AS
	OPERATOR 1 pg_catalog.@@ (tsvector, tsquery),
	OPERATOR 2 pg_catalog.@@@ (tsvector, tsquery),
	FUNCTION 1 referat.gin_cmp_lexeme(text, text),
	FUNCTION 2 pg_catalog.gin_extract_tsvector(tsvector, internal, internal),
	FUNCTION 3 pg_catalog.gin_extract_tsquery(tsvector, internal, smallint, internal, internal, internal, internal),
	FUNCTION 4 pg_catalog.gin_tsquery_consistent(internal, smallint, tsvector, integer, internal, internal, internal, internal),
	FUNCTION 5 pg_catalog.gin_cmp_prefix(text, text, smallint, internal),
	FUNCTION 6 pg_catalog.gin_tsquery_triconsistent(internal, smallint, tsvector, integer, internal, internal, internal),
	STORAGE text;
COMMENT ON OPERATOR CLASS referat.tsvector_ops USING gin IS 'GIN over tsvector for tsv @@ query: tsvector_ops with referat.gin_cmp_lexeme';
COMMENT ON OPERATOR FAMILY referat.tsvector_ops USING gin IS 'referat.tsvector_ops';
CREATE INDEX items_tsv ON referat.items USING gin (tsv referat.tsvector_ops);

CREATE FUNCTION referat.search(query text, max integer DEFAULT 20)
	RETURNS TABLE (meeting_date date, forum text, item_no integer, title text, case_no text,
				   outcome text, rank real, snippet text)
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
BEGIN
	-- PL/pgSQL, not SQL: Citus cannot plan SQL functions with parameters (referat.distribute)
	RETURN QUERY
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
END
$$;
COMMENT ON FUNCTION referat.search(text, integer) IS 'search the stored items as people type: words, "quoted phrases", -word, a case number; best first, with a highlighted snippet';
