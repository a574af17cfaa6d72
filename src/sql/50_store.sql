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
