-- Growing beyond one machine: referat.distribute() makes the store a Citus
-- store.  Every stored table is keyed by document_id first (50_store.sql), so
-- the documents and all their parsed rows are distributed by document and
-- co-located: a document's rows live on one worker, and parsing a batch is an
-- INSERT … SELECT that each worker runs on its own shards.  The KLE titles are
-- small and joined to everything: reference tables, copied to every node.
--
-- Citus allows no triggers on distributed tables, so distribute() removes the
-- five of referat.documents: referat.ingest, ingest_batch (referat-load) and
-- reparse compute ids and parse themselves (70_store_parse.sql); rows
-- inserted into referat.documents by hand are parsed by referat.reparse().
-- What the triggers did on delete, foreign keys with ON DELETE CASCADE do:
-- Citus accepts them between co-located tables.

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
