-- The store: documents loaded once, their parsed rows kept in tables in step
-- with them (in the same transaction; 70_store_parse.sql), registered for
-- pg_dump.
--
-- Every table is keyed by document_id first, so that an installation that
-- outgrows one machine can distribute all of them by document with Citus and
-- keep each document's rows on one node (see the README).  The parsed tables
-- have no foreign key to referat.documents: their rows are made from the
-- documents only by the store, which removes them with their document
-- (70_store_parse.sql), and a foreign key's check of every inserted row was
-- a ninth of the time storing takes.  A Citus store has them
-- (75_distribute.sql), as it allows no triggers.  A document's id
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
	document_id bigint PRIMARY KEY,
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
COMMENT ON TABLE referat.meetings IS 'referat.meeting of every stored document (kept in step by the store)';

CREATE TABLE referat.items (
	document_id bigint NOT NULL,
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
COMMENT ON TABLE referat.items IS 'referat.items of every stored document (kept in step by the store); seq is the position in the document';
CREATE INDEX ON referat.items (case_no);

CREATE TABLE referat.proposals (
	document_id bigint NOT NULL,
	seq integer NOT NULL,
	item_no integer,			-- NULL: a page of one item that does not give its number
	ordinal integer NOT NULL,
	proposer text,
	body text NOT NULL,
	PRIMARY KEY (document_id, seq)
);
COMMENT ON TABLE referat.proposals IS 'referat.proposals of every stored document (kept in step by the store)';

CREATE TABLE referat.attachments (
	document_id bigint NOT NULL,
	seq integer NOT NULL,
	item_no integer,			-- NULL: a page of one item that does not give its number
	ordinal integer NOT NULL,
	name text NOT NULL,
	file_ext text,
	PRIMARY KEY (document_id, seq)
);
COMMENT ON TABLE referat.attachments IS 'referat.attachments of every stored document (kept in step by the store)';

CREATE TABLE referat.history (
	document_id bigint NOT NULL,
	seq integer NOT NULL,
	item_no integer,			-- NULL: a page of one item that does not give its number
	ordinal integer NOT NULL,
	committee text,
	meeting_date date,
	item_no_then integer,
	body text,
	PRIMARY KEY (document_id, seq)
);
COMMENT ON TABLE referat.history IS 'referat.history (Sagsforløb entries) of every stored document (kept in step by the store)';

-- Only the documents are the user's data; the parsed rows are rebuilt from
-- them when pg_restore loads the documents (70_store_parse.sql).
SELECT pg_catalog.pg_extension_config_dump('referat.documents', '');

CREATE FUNCTION referat.hash_id(hash bytea) RETURNS bigint
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN ('x' OPERATOR(pg_catalog.||) pg_catalog.encode(pg_catalog.substr(hash, 1, 8), 'hex'))::bit(64)::bigint
		OPERATOR(pg_catalog.&) 9223372036854775807;
COMMENT ON FUNCTION referat.hash_id(bytea) IS 'internal: the document id of a SHA-256 (its first 63 bits)';

CREATE FUNCTION referat.document_id(body text) RETURNS bigint
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN referat.hash_id(pg_catalog.sha256(pg_catalog.convert_to(body, 'UTF8')));
COMMENT ON FUNCTION referat.document_id(text) IS 'the id a text gets in referat.documents: the first 63 bits of its SHA-256';
