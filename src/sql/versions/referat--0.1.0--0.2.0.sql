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

-- The store parses sets of documents (50_store.sql, 60_facts.sql,
-- 62_attendance.sql, 70_store_parse.sql): statement triggers and
-- referat.store_parse(ids) replace the row triggers; referat.ingest_batch,
-- referat.distribute (75_distribute.sql); the foreign keys lose ON UPDATE
-- CASCADE, which Citus does not accept.  Stored rows stay as they are.
DROP TRIGGER facts ON referat.meetings;
DROP FUNCTION referat.facts_parse();
DROP TRIGGER attendance ON referat.meetings;
DROP FUNCTION referat.attendance_parse();
DROP TRIGGER parse ON referat.documents;
DROP TRIGGER identify ON referat.documents;
DROP FUNCTION referat.documents_parse();
DROP FUNCTION referat.documents_identify();
DROP FUNCTION referat.store_parse(bigint, text);
DROP FUNCTION referat.store_forget(bigint);
DROP FUNCTION referat.ingest(text, text);
DROP FUNCTION referat.reparse();
ALTER TABLE referat.meetings DROP CONSTRAINT meetings_document_id_fkey;
ALTER TABLE referat.items DROP CONSTRAINT items_document_id_fkey;
ALTER TABLE referat.proposals DROP CONSTRAINT proposals_document_id_fkey;
ALTER TABLE referat.attachments DROP CONSTRAINT attachments_document_id_fkey;
ALTER TABLE referat.history DROP CONSTRAINT history_document_id_fkey;
ALTER TABLE referat.amounts DROP CONSTRAINT amounts_document_id_fkey;
ALTER TABLE referat.dates DROP CONSTRAINT dates_document_id_fkey;
ALTER TABLE referat.positions DROP CONSTRAINT positions_document_id_fkey;
ALTER TABLE referat.absences DROP CONSTRAINT absences_document_id_fkey;
ALTER TABLE referat.attendees DROP CONSTRAINT attendees_document_id_fkey;
COMMENT ON TABLE referat.meetings IS 'referat.meeting of every stored document (kept in step by the store)';
COMMENT ON TABLE referat.items IS 'referat.items of every stored document (kept in step by the store); seq is the position in the document';
COMMENT ON TABLE referat.proposals IS 'referat.proposals of every stored document (kept in step by the store)';
COMMENT ON TABLE referat.attachments IS 'referat.attachments of every stored document (kept in step by the store)';
COMMENT ON TABLE referat.history IS 'referat.history (Sagsforløb entries) of every stored document (kept in step by the store)';
COMMENT ON TABLE referat.amounts IS 'referat.amounts of every stored document (kept in step by the store)';
COMMENT ON TABLE referat.dates IS 'referat.dates of every stored document (kept in step by the store)';
COMMENT ON TABLE referat.positions IS 'referat.positions of every stored document (kept in step by the store)';
COMMENT ON TABLE referat.absences IS 'referat.absences of every stored document (kept in step by the store)';
COMMENT ON TABLE referat.attendees IS 'referat.attendees of every stored document (kept in step by the store)';

CREATE FUNCTION referat.hash_id(hash bytea) RETURNS bigint
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN ('x' OPERATOR(pg_catalog.||) pg_catalog.encode(pg_catalog.substr(hash, 1, 8), 'hex'))::bit(64)::bigint
		OPERATOR(pg_catalog.&) 9223372036854775807;
COMMENT ON FUNCTION referat.hash_id(bytea) IS 'internal: the document id of a SHA-256 (its first 63 bits)';

CREATE OR REPLACE FUNCTION referat.document_id(body text) RETURNS bigint
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN referat.hash_id(pg_catalog.sha256(pg_catalog.convert_to(body, 'UTF8')));

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

CREATE FUNCTION referat.distribute(shard_count integer DEFAULT NULL) RETURNS text
	LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
	SET search_path = pg_catalog, pg_temp
	SET client_min_messages = warning	-- not a notice per table copied and truncated
AS $$
DECLARE
	parsed text[] := ARRAY['meetings', 'items', 'proposals', 'attachments', 'history',
						   'amounts', 'dates', 'positions', 'absences', 'attendees'];
	kle text[] := ARRAY['kle_main_groups', 'kle_groups', 'kle_subjects', 'kle_facet_categories', 'kle_facets'];
	t text;
BEGIN
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_extension WHERE extname OPERATOR(pg_catalog.=) 'citus') THEN
		RAISE EXCEPTION 'referat.distribute() needs the citus extension in this database'
			USING ERRCODE = 'feature_not_supported',
				  HINT = 'Run CREATE EXTENSION citus and add the worker nodes (citus_add_node) first.';
	END IF;
	IF EXISTS (SELECT FROM pg_catalog.pg_dist_partition
				WHERE logicalrelid OPERATOR(pg_catalog.=) 'referat.documents'::pg_catalog.regclass) THEN
		RETURN 'already distributed';
	END IF;
	DROP TRIGGER identify ON referat.documents;
	DROP TRIGGER parse_inserted ON referat.documents;
	DROP TRIGGER parse_updated ON referat.documents;
	DROP TRIGGER forget_deleted ON referat.documents;
	DROP TRIGGER forget_truncated ON referat.documents;
	PERFORM pg_catalog.create_distributed_table('referat.documents', 'id', shard_count => shard_count);
	FOREACH t IN ARRAY parsed LOOP
		PERFORM pg_catalog.create_distributed_table(pg_catalog.format('referat.%I', t)::pg_catalog.regclass,
			'document_id', colocate_with => 'referat.documents');
		EXECUTE pg_catalog.format('ALTER TABLE referat.%I ADD FOREIGN KEY (document_id) REFERENCES referat.documents ON DELETE CASCADE', t);
	END LOOP;
	FOREACH t IN ARRAY kle LOOP
		PERFORM pg_catalog.create_reference_table(pg_catalog.format('referat.%I', t)::pg_catalog.regclass);
	END LOOP;
	-- create_distributed_table copies the rows to the shards and leaves the local ones
	FOREACH t IN ARRAY parsed OPERATOR(pg_catalog.||) kle OPERATOR(pg_catalog.||) 'documents'::text LOOP
		PERFORM pg_catalog.truncate_local_data_after_distributing_table(pg_catalog.format('referat.%I', t)::pg_catalog.regclass);
	END LOOP;
	RETURN pg_catalog.format('distributed: documents and %s parsed tables by document, %s KLE reference tables',
							 pg_catalog.cardinality(parsed), pg_catalog.cardinality(kle));
END
$$;
COMMENT ON FUNCTION referat.distribute(integer) IS 'make the store a Citus store: documents and parsed tables distributed by document and co-located, the KLE tables reference tables (needs CREATE EXTENSION citus and worker nodes)';

-- referat.search in PL/pgSQL (Citus cannot plan SQL functions with parameters);
-- case_history_v and parse_quality_v without correlated subqueries (55_views.sql).
CREATE OR REPLACE FUNCTION referat.search(query text, max integer DEFAULT 20)
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

CREATE OR REPLACE VIEW referat.case_history_v AS
SELECT a.case_no, a.meeting_date, a.forum, a.appearance, a.document_id, a.item_no, a.title,
	   a.outcome, a.text
  FROM (SELECT u.*,
			   pg_catalog.bool_or(u.appearance OPERATOR(pg_catalog.=) 'item')
				   OVER (PARTITION BY u.case_no, u.meeting_date, u.forum) AS meeting_has_item,
			   pg_catalog.row_number()
				   OVER (PARTITION BY u.case_no, u.meeting_date, u.forum, u.appearance, u.item_no
						 ORDER BY u.document_id) AS nth
		  FROM (SELECT i.case_no, i.meeting_date, i.forum, 'item' AS appearance, i.document_id,
					   i.item_no, i.title, i.outcome, i.decision AS text
				  FROM referat.items_v AS i
				 WHERE i.case_no IS NOT NULL
				UNION ALL
				SELECT i.case_no::text, h.meeting_date, h.committee, 'sagsforløb', h.document_id,
					   h.item_no_then, i.title, NULL, h.body
				  FROM referat.history AS h
				  JOIN referat.items AS i ON i.document_id OPERATOR(pg_catalog.=) h.document_id
										 AND i.item_no IS NOT DISTINCT FROM h.item_no
				 WHERE i.case_no IS NOT NULL) AS u) AS a
 WHERE a.appearance OPERATOR(pg_catalog.=) 'item' OR (NOT a.meeting_has_item AND a.nth OPERATOR(pg_catalog.=) 1);

CREATE OR REPLACE VIEW referat.parse_quality_v AS
SELECT d.id AS document_id, d.source, m.kind, m.forum, m.meeting_date, m.layout,
	   m.item_count AS items, m.toc_count AS toc_entries,
	   COALESCE(toc.without_item, 0) AS toc_without_item,
	   COALESCE(it.without_case, 0) AS items_without_case,
	   CASE WHEN m.kind IS DISTINCT FROM 'dagsorden' THEN COALESCE(it.without_decision, 0) ELSE 0 END
		   AS minutes_items_without_decision,
	   lines.untitled_share
  FROM referat.documents AS d
  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) d.id
  LEFT JOIN (SELECT i.document_id,
					pg_catalog.count(*) FILTER (WHERE NOT i.closed AND i.case_no IS NULL)::integer AS without_case,
					pg_catalog.count(*) FILTER (WHERE NOT i.closed AND i.decision IS NULL)::integer AS without_decision
			   FROM referat.items AS i
			  GROUP BY i.document_id) AS it ON it.document_id OPERATOR(pg_catalog.=) d.id
  -- a ToC may cut a title short or lose its last full stop to the dot leaders: one title
  -- starting with the other is a match
  LEFT JOIN (SELECT e.document_id, pg_catalog.count(*) FILTER (WHERE NOT e.matched)::integer AS without_item
			   FROM (SELECT td.id AS document_id, t.ordinal,
							COALESCE(pg_catalog.bool_or(
								pg_catalog.starts_with(pg_catalog.lower(pg_catalog.btrim(i.raw_title)), pg_catalog.lower(pg_catalog.btrim(t.title))) OR
								pg_catalog.starts_with(pg_catalog.lower(pg_catalog.btrim(t.title)), pg_catalog.lower(pg_catalog.btrim(i.raw_title)))),
								false) AS matched
					   FROM referat.documents AS td
					  CROSS JOIN LATERAL referat.toc(td.body) AS t
					   LEFT JOIN referat.items AS i ON i.document_id OPERATOR(pg_catalog.=) td.id
					  GROUP BY td.id, t.ordinal) AS e
			  GROUP BY e.document_id) AS toc ON toc.document_id OPERATOR(pg_catalog.=) d.id
  -- of the non-empty body lines of the items (NULL without items)
  LEFT JOIN (SELECT sd.id AS document_id,
					pg_catalog.round(COALESCE(pg_catalog.sum(s.lines) FILTER (WHERE s.kind OPERATOR(pg_catalog.=) 'untitled'), 0)
									 OPERATOR(pg_catalog./) NULLIF(pg_catalog.sum(s.lines), 0), 3) AS untitled_share
			   FROM referat.documents AS sd
			  CROSS JOIN LATERAL (SELECT x.kind, pg_catalog.cardinality(pg_catalog.array_remove(
											 pg_catalog.string_to_array(x.body, E'\n'), ''))::numeric AS lines
									FROM referat.sections(sd.body) AS x
								   WHERE x.item_no OPERATOR(pg_catalog.<>) 0
									 AND x.kind OPERATOR(pg_catalog.<>) 'furniture') AS s
			  GROUP BY sd.id) AS lines ON lines.document_id OPERATOR(pg_catalog.=) d.id;

-- referat.item_index: the items without their bodies (30_minutes.sql, issue 13).
CREATE FUNCTION referat.item_index(doc text,
	OUT item_no integer, OUT title text, OUT case_no referat.sagsnr, OUT closed boolean,
	OUT outcome referat.outcome, OUT first_line integer, OUT last_line integer)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'referat_item_index'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 50 ROWS 10;
COMMENT ON FUNCTION referat.item_index(text) IS 'the agenda items of a meeting document with number, title, case number, closed, outcome and lines: the same values as referat.items, faster, as no section but the decision is rendered';

-- The text-search parser joins words that text extraction broke and splits
-- acronyms glued to words; the compound template reads derivations (issue 14).
COMMENT ON TEXT SEARCH PARSER referat.parser IS
	'tokenizer for Danish minutes: words of any letters in NFKC with their case kept (soft hyphens dropped, words hyphenated at a line break joined, and so are words that text extraction left a hyphen in when the lexicon referat_danish knows the word joined and not the piece after the hyphen), an acronym glued to a word of that lexicon read as two words (HRchefen as HR-chefen), case numbers of every referat.sagsnr scheme as one token (sagsnr), KLE subjects (kle), dates, numbers; token types keep their numbers once released';
COMMENT ON TEXT SEARCH TEMPLATE referat.compound IS
	'Danish compounds: a word is read as its lemmas, a compound also as its parts (linking -s- and -e- and the inflection of the last part allowed: anlægsbevillingen reads anlægsbevilling, anlæg, bevilling), a derivation also as its base (økonomiske reads økonomisk, økonomi), all stemmed; options Lexicon (a .lex file in tsearch_data, default referat_danish), StopWords (a .stop file) and Stemmer (a dictionary, default pg_catalog.danish_stem); every word gets lexemes, so it belongs last in a mapping';


-- The stored tsvector of the items made in one pass (57_search.sql): a
-- generated column's expression cannot be altered, so the column is made
-- anew (its values are the same, byte for byte).
CREATE FUNCTION referat.weighted_tsvector(config regconfig, a text, b text, c text) RETURNS tsvector
	AS 'MODULE_PATHNAME', 'referat_weighted_tsvector'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.weighted_tsvector(regconfig, text, text, text) IS 'setweight(to_tsvector(config, a), ''A'') || setweight(to_tsvector(config, b), ''B'') || setweight(to_tsvector(config, c), ''C''), the same tsvector made in one pass (about twice as fast)';

ALTER TABLE referat.items DROP COLUMN tsv;
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

-- The store's texts are compressed with lz4 where the server was built with
-- it (Debian's is): compressing them with PostgreSQL's default, pglz, was a
-- seventh of the time storing a document takes, lz4 a fiftieth, and lz4
-- reads back faster too.  Every column that can be compressed, of every
-- table of the store (the tables are all made by now).

DO $$
DECLARE
	c record;
BEGIN
	FOR c IN
		SELECT a.attrelid::pg_catalog.regclass AS tab, a.attname
		  FROM pg_catalog.pg_attribute AS a
		  JOIN pg_catalog.pg_class AS r ON r.oid OPERATOR(pg_catalog.=) a.attrelid
		  JOIN pg_catalog.pg_type AS t ON t.oid OPERATOR(pg_catalog.=) a.atttypid
		 WHERE r.relnamespace OPERATOR(pg_catalog.=) 'referat'::pg_catalog.regnamespace
		   AND r.relkind OPERATOR(pg_catalog.=) 'r'
		   AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped
		   AND t.typstorage OPERATOR(pg_catalog.<>) 'p'
		 ORDER BY 1, 2
	LOOP
		EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I SET COMPRESSION lz4', c.tab, c.attname);
	END LOOP;
EXCEPTION WHEN feature_not_supported THEN
	NULL;	-- a server without lz4 keeps pglz
END
$$;
