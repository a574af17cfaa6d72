-- Parsing stored documents into the tables of 50_store.sql, 60_facts.sql and
-- 62_attendance.sql: one INSERT … SELECT per parsed table over a set of
-- documents, so that a batch costs one statement per table, not one per
-- document and table.  A document counts as parsed when it has its row of
-- referat.meetings (referat.meeting gives every text exactly one), which
-- makes parsing a set idempotent: what is parsed already is left alone.
-- That first statement keeps each document's outline for the transaction
-- (referat.keep_outline), and the others read it from there.
--
-- On one node, statement triggers on referat.documents parse what an INSERT,
-- a COPY (pg_restore) or an UPDATE of the text brought.  referat.ingest_batch
-- calls referat.store_parse itself as well, so that it works the same where
-- referat.distribute() has removed the triggers (Citus allows none there).
-- Everything here is PL/pgSQL: Citus cannot plan SQL functions with
-- parameters, and these statements must run as distributed INSERT … SELECT.
-- Their statements are planned for each call (plan_cache_mode): a plan kept
-- from the first batches of a load, when referat.documents was nearly empty,
-- reads the whole table for every statement of every later batch, where the
-- primary key finds the batch's documents.
-- referat.ingest_batch runs with work_mem enough for a batch of referat-load
-- (up to 8 MB of text): the statement triggers' transition table holds the
-- inserted rows with their texts, and spilled them to a temporary file.

CREATE FUNCTION referat.keep_outline(body text) RETURNS text
	AS 'MODULE_PATHNAME', 'referat_keep_outline'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.keep_outline(text) IS 'its argument, unchanged; when it is a stored text, its outline is kept for the transaction, so that the parsing functions called on the same stored text later in the transaction do not read and parse it again (the store calls it in the first of its statements per parsed table)';

CREATE FUNCTION referat.store_parse(ids bigint[]) RETURNS integer
	LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
	SET search_path = pg_catalog, pg_temp
	SET plan_cache_mode = force_custom_plan
AS $$
DECLARE
	todo bigint[];
BEGIN
	SELECT pg_catalog.array_agg(d.id) INTO todo
	  FROM referat.documents AS d
	 WHERE d.id OPERATOR(pg_catalog.=) ANY (ids)
	   AND NOT EXISTS (SELECT FROM referat.meetings AS m WHERE m.document_id OPERATOR(pg_catalog.=) d.id);
	IF todo IS NULL THEN
		RETURN 0;
	END IF;
	INSERT INTO referat.meetings
		SELECT d.id, m.kind, m.forum, m.meeting_date, m.starts_at, m.location, m.item_count,
			   m.closed_item_count, m.layout, m.toc_count
		  FROM referat.documents AS d, referat.meeting(referat.keep_outline(d.body)) AS m
		 WHERE d.id OPERATOR(pg_catalog.=) ANY (todo);
	INSERT INTO referat.items
		SELECT d.id, i.ordinality, i.item_no, i.title, i.raw_title, i.prefix, i.case_no, i.closed,
			   i.item_type, i.slot_start, i.slot_end, i.duration, i.toc_page, i.occasion, i.summary,
			   i.presentation, i.recommendation, i.decision, i.history, i.attachments, i.outcome,
			   i.first_line, i.last_line
		  FROM referat.documents AS d, referat.items(d.body) WITH ORDINALITY AS i
		 WHERE d.id OPERATOR(pg_catalog.=) ANY (todo);
	INSERT INTO referat.proposals
		SELECT d.id, p.n, p.item_no, p.ordinal, p.proposer, p.body
		  FROM referat.documents AS d,
			   referat.proposals(d.body) WITH ORDINALITY AS p(item_no, ordinal, proposer, body, n)
		 WHERE d.id OPERATOR(pg_catalog.=) ANY (todo);
	INSERT INTO referat.attachments
		SELECT d.id, a.n, a.item_no, a.ordinal, a.name, a.file_ext
		  FROM referat.documents AS d,
			   referat.attachments(d.body) WITH ORDINALITY AS a(item_no, ordinal, name, file_ext, n)
		 WHERE d.id OPERATOR(pg_catalog.=) ANY (todo);
	INSERT INTO referat.history
		SELECT d.id, h.n, h.item_no, h.ordinal, h.committee, h.meeting_date, h.item_no_then, h.body
		  FROM referat.documents AS d,
			   referat.history(d.body) WITH ORDINALITY
			   AS h(item_no, ordinal, committee, meeting_date, item_no_then, body, n)
		 WHERE d.id OPERATOR(pg_catalog.=) ANY (todo);
	INSERT INTO referat.amounts
		SELECT d.id, a.n, a.item_no, a.section_kind, a.amount, a.currency, a.per, a.raw, a.context
		  FROM referat.documents AS d,
			   referat.amounts(d.body) WITH ORDINALITY
			   AS a(item_no, section_kind, amount, currency, per, raw, context, n)
		 WHERE d.id OPERATOR(pg_catalog.=) ANY (todo);
	INSERT INTO referat.dates
		SELECT d.id, t.n, t.item_no, t.mentioned, t.raw, t.refers_to_meeting, t.context, t.section_kind
		  FROM referat.documents AS d,
			   referat.dates(d.body) WITH ORDINALITY
			   AS t(item_no, mentioned, raw, refers_to_meeting, context, section_kind, n)
		 WHERE d.id OPERATOR(pg_catalog.=) ANY (todo);
	INSERT INTO referat.positions
		SELECT d.id, p.n, p.item_no, p.who, p.stance, p.raw, p.votes, p.section_kind
		  FROM referat.documents AS d,
			   referat.positions(d.body) WITH ORDINALITY
			   AS p(item_no, who, stance, raw, votes, section_kind, n)
		 WHERE d.id OPERATOR(pg_catalog.=) ANY (todo);
	INSERT INTO referat.absences
		SELECT d.id, a.n, a.who, a.reason, a.item_no
		  FROM referat.documents AS d,
			   referat.absences(d.body) WITH ORDINALITY AS a(who, reason, item_no, n)
		 WHERE d.id OPERATOR(pg_catalog.=) ANY (todo);
	INSERT INTO referat.attendees
		SELECT d.id, a.n, a.who, a.party, a.role, a.present
		  FROM referat.documents AS d,
			   referat.attendees(d.body) WITH ORDINALITY AS a(who, party, role, present, n)
		 WHERE d.id OPERATOR(pg_catalog.=) ANY (todo);
	RETURN pg_catalog.cardinality(todo);
END
$$;
COMMENT ON FUNCTION referat.store_parse(bigint[]) IS 'internal: parse the stored documents of these ids that are not parsed yet into the parsed tables; returns how many were';

CREATE FUNCTION referat.store_forget(ids bigint[]) RETURNS void
	LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
	SET search_path = pg_catalog, pg_temp
	SET plan_cache_mode = force_custom_plan
AS $$
BEGIN
	DELETE FROM referat.meetings WHERE document_id OPERATOR(pg_catalog.=) ANY (ids);
	DELETE FROM referat.items WHERE document_id OPERATOR(pg_catalog.=) ANY (ids);
	DELETE FROM referat.proposals WHERE document_id OPERATOR(pg_catalog.=) ANY (ids);
	DELETE FROM referat.attachments WHERE document_id OPERATOR(pg_catalog.=) ANY (ids);
	DELETE FROM referat.history WHERE document_id OPERATOR(pg_catalog.=) ANY (ids);
	DELETE FROM referat.amounts WHERE document_id OPERATOR(pg_catalog.=) ANY (ids);
	DELETE FROM referat.dates WHERE document_id OPERATOR(pg_catalog.=) ANY (ids);
	DELETE FROM referat.positions WHERE document_id OPERATOR(pg_catalog.=) ANY (ids);
	DELETE FROM referat.absences WHERE document_id OPERATOR(pg_catalog.=) ANY (ids);
	DELETE FROM referat.attendees WHERE document_id OPERATOR(pg_catalog.=) ANY (ids);
END
$$;
COMMENT ON FUNCTION referat.store_forget(bigint[]) IS 'internal: remove the parsed rows of the documents of these ids';

-- Before a row is stored: its hash and id follow from its text, whatever
-- the statement set them to.  A changed text is a new document: its old
-- parsed rows go (the foreign keys cannot move them, as Citus accepts no ON
-- UPDATE action on them) and the statement trigger below parses the new text.
CREATE FUNCTION referat.documents_identify() RETURNS trigger
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF TG_OP OPERATOR(pg_catalog.=) 'UPDATE' THEN
		IF NEW.body IS NOT DISTINCT FROM OLD.body THEN
			NEW.id := OLD.id;
			NEW.content_hash := OLD.content_hash;
			RETURN NEW;
		END IF;
		PERFORM referat.store_forget(ARRAY[OLD.id]);
	END IF;
	NEW.content_hash := pg_catalog.sha256(pg_catalog.convert_to(NEW.body, 'UTF8'));
	NEW.id := referat.hash_id(NEW.content_hash);
	RETURN NEW;
END
$$;
COMMENT ON FUNCTION referat.documents_identify() IS 'internal: trigger that sets a document''s content_hash and id from its body';

CREATE FUNCTION referat.documents_parse() RETURNS trigger
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	PERFORM referat.store_parse(ARRAY(SELECT a.id FROM added AS a));
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION referat.documents_parse() IS 'internal: statement trigger that parses the documents a statement stored';

-- What foreign keys with ON DELETE CASCADE would do, once per statement
-- instead of a check per parsed row (50_store.sql).
CREATE FUNCTION referat.documents_forget() RETURNS trigger
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF TG_OP OPERATOR(pg_catalog.=) 'TRUNCATE' THEN
		TRUNCATE referat.meetings, referat.items, referat.proposals, referat.attachments,
				 referat.history, referat.amounts, referat.dates, referat.positions,
				 referat.absences, referat.attendees;
	ELSE
		PERFORM referat.store_forget(ARRAY(SELECT r.id FROM removed AS r));
	END IF;
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION referat.documents_forget() IS 'internal: statement trigger that removes the parsed rows of the documents a statement deleted or truncated';

CREATE TRIGGER identify BEFORE INSERT OR UPDATE ON referat.documents
	FOR EACH ROW EXECUTE FUNCTION referat.documents_identify();
-- PostgreSQL takes transition tables only on triggers of one event.
CREATE TRIGGER parse_inserted AFTER INSERT ON referat.documents
	REFERENCING NEW TABLE AS added
	FOR EACH STATEMENT EXECUTE FUNCTION referat.documents_parse();
CREATE TRIGGER parse_updated AFTER UPDATE ON referat.documents
	REFERENCING NEW TABLE AS added
	FOR EACH STATEMENT EXECUTE FUNCTION referat.documents_parse();
CREATE TRIGGER forget_deleted AFTER DELETE ON referat.documents
	REFERENCING OLD TABLE AS removed
	FOR EACH STATEMENT EXECUTE FUNCTION referat.documents_forget();
CREATE TRIGGER forget_truncated AFTER TRUNCATE ON referat.documents
	FOR EACH STATEMENT EXECUTE FUNCTION referat.documents_forget();

CREATE FUNCTION referat.ingest_batch(bodies text[], sources text[] DEFAULT NULL)
	RETURNS TABLE (ord integer, id bigint, loaded boolean)
	LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
	SET search_path = pg_catalog, pg_temp
	SET plan_cache_mode = force_custom_plan
	SET work_mem = '32MB'
AS $$
DECLARE
	hashes bytea[];
	ids bigint[];
	added bigint[];
	taken bigint;
BEGIN
	IF pg_catalog.array_position(bodies, NULL) IS NOT NULL THEN
		RAISE EXCEPTION 'cannot load a NULL document (element % of the batch)', pg_catalog.array_position(bodies, NULL)
			USING ERRCODE = 'null_value_not_allowed',
				  HINT = 'Pass the texts of minutes documents; sources may be NULL.';
	END IF;
	IF pg_catalog.cardinality(sources) OPERATOR(pg_catalog.<>) pg_catalog.cardinality(bodies) THEN
		RAISE EXCEPTION 'a batch of % documents with % sources', pg_catalog.cardinality(bodies), pg_catalog.cardinality(sources)
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'Give one source per document, or NULL for none.';
	END IF;
	hashes := ARRAY(SELECT pg_catalog.sha256(pg_catalog.convert_to(u.body, 'UTF8'))
					  FROM pg_catalog.unnest(bodies) WITH ORDINALITY AS u(body, n) ORDER BY u.n);
	ids := ARRAY(SELECT referat.hash_id(u.hash) FROM pg_catalog.unnest(hashes) WITH ORDINALITY AS u(hash, n) ORDER BY u.n);
	WITH stored AS (
		INSERT INTO referat.documents (id, source, content_hash, body)
			SELECT u.id, u.source, u.hash, u.body
			  FROM ROWS FROM (pg_catalog.unnest(ids), pg_catalog.unnest(sources), pg_catalog.unnest(hashes),
							  pg_catalog.unnest(bodies)) AS u(id, source, hash, body)
			ON CONFLICT ON CONSTRAINT documents_pkey DO NOTHING
			RETURNING documents.id)
	SELECT pg_catalog.array_agg(stored.id) INTO added FROM stored;
	-- a stored document of one of these ids whose text is none of these texts
	SELECT d.id INTO taken
	  FROM referat.documents AS d
	 WHERE d.id OPERATOR(pg_catalog.=) ANY (ids)
	   AND d.content_hash OPERATOR(pg_catalog.<>) ALL (hashes)
	 LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'document id % is taken by a different text', taken
			USING ERRCODE = 'unique_violation',
				  HINT = 'Two texts share the first 63 bits of their SHA-256; report this.';
	END IF;
	IF added IS NOT NULL THEN
		PERFORM referat.store_parse(added);
	END IF;
	-- a text twice in one batch is loaded by its first occurrence
	RETURN QUERY
		SELECT u.n::integer, u.id,
			   COALESCE(u.id OPERATOR(pg_catalog.=) ANY (added), false)
				   AND pg_catalog.row_number() OVER (PARTITION BY u.id ORDER BY u.n) OPERATOR(pg_catalog.=) 1
		  FROM pg_catalog.unnest(ids) WITH ORDINALITY AS u(id, n)
		 ORDER BY u.n;
END
$$;
COMMENT ON FUNCTION referat.ingest_batch(text[], text[]) IS 'load many documents in one statement per table: for each text (in order) its id and whether it was loaded now (false: the same text was stored already)';

CREATE FUNCTION referat.ingest(body text, source text) RETURNS bigint
	LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF body IS NULL THEN
		RAISE EXCEPTION 'cannot load a NULL document'
			USING ERRCODE = 'null_value_not_allowed',
				  HINT = 'Pass the text of a minutes document; source may be NULL.';
	END IF;
	RETURN (SELECT b.id FROM referat.ingest_batch(ARRAY[body], ARRAY[source]) AS b);
END
$$;
COMMENT ON FUNCTION referat.ingest(text, text) IS 'load a document once: returns its id, the existing one when the same text is already loaded';

CREATE FUNCTION referat.reparse() RETURNS bigint
	LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	ids bigint[] := ARRAY(SELECT d.id FROM referat.documents AS d);
BEGIN
	PERFORM referat.store_forget(ids);
	PERFORM referat.store_parse(ids);
	RETURN pg_catalog.cardinality(ids);
END
$$;
COMMENT ON FUNCTION referat.reparse() IS 'rebuild the parsed tables from referat.documents (after an upgrade of the parser); returns the number of documents';
