-- referat.keep_outline: a stored text's outline kept for the transaction, so
-- that later calls on the same text do not parse it again; and nothing kept
-- by the parsing functions themselves (minutes_sql.c).

-- the corpus (extension.sql), its texts stored out of line as the store's are
CREATE TEMP TABLE stored (name text, doc text);
ALTER TABLE stored ALTER COLUMN doc SET STORAGE EXTERNAL;
INSERT INTO stored SELECT name, doc FROM corpus;
SELECT count(*) AS documents, count(*) FILTER (WHERE octet_length(doc) > 4000) AS out_of_line
  FROM stored;

-- its argument, unchanged: a literal, a stored text
SELECT referat.keep_outline('Punkt 1: Godkendelse af dagsorden');
SELECT bool_and(referat.keep_outline(doc) = doc) AS unchanged FROM stored;

-- the parsing functions keep nothing: no cache in this transaction
BEGIN;
SELECT count(*) AS items FROM stored, referat.items(stored.doc);
SELECT count(*) > 0 AS some_attachments FROM stored, referat.attachments(stored.doc);
SELECT count(*) AS caches FROM pg_backend_memory_contexts WHERE name = 'referat parse cache' AND parent = 'TopTransactionContext';
COMMIT;

-- keep_outline keeps the outline with its text: at least the texts' bytes
BEGIN;
SELECT count(*) AS kept FROM stored WHERE referat.keep_outline(doc) IS NOT NULL;
SELECT total_bytes >= (SELECT sum(octet_length(doc)) FROM stored WHERE octet_length(doc) > 4000)
       AS holds_the_texts
  FROM pg_backend_memory_contexts WHERE name = 'referat parse cache' AND parent = 'TopTransactionContext';
-- what the kept outlines give is what a text parsed afresh gives (a computed
-- text is never kept): every column of items, and the facts, which keep what
-- they derive with the outline (rf_arg_extra)
SELECT count(*) AS differ FROM (
	(SELECT s.name, i::text FROM stored s, referat.items(s.doc) i
	 EXCEPT ALL SELECT s.name, i::text FROM stored s, referat.items(s.doc || '') i)
	UNION ALL
	(SELECT s.name, i::text FROM stored s, referat.items(s.doc || '') i
	 EXCEPT ALL SELECT s.name, i::text FROM stored s, referat.items(s.doc) i)) d;
SELECT count(*) AS differ FROM (
	(SELECT s.name, a::text FROM stored s, referat.amounts(s.doc) a
	 UNION ALL SELECT s.name, t::text FROM stored s, referat.dates(s.doc) t
	 EXCEPT ALL
	 (SELECT s.name, a::text FROM stored s, referat.amounts(s.doc || '') a
	  UNION ALL SELECT s.name, t::text FROM stored s, referat.dates(s.doc || '') t))) d;
SELECT count(*) AS amounts FROM stored s, referat.amounts(s.doc) a;
COMMIT;

-- the transaction's end frees it
SELECT count(*) AS caches FROM pg_backend_memory_contexts WHERE name = 'referat parse cache' AND parent = 'TopTransactionContext';

-- the store keeps each document's outline while it parses a batch
BEGIN;
DELETE FROM referat.documents;
CREATE TEMP TABLE batch AS
	SELECT * FROM referat.ingest_batch(ARRAY(SELECT doc FROM stored WHERE name LIKE 'a%' ORDER BY name));
SELECT count(*) AS documents, count(*) FILTER (WHERE loaded) AS loaded FROM batch;
SELECT count(*) AS caches FROM pg_backend_memory_contexts WHERE name = 'referat parse cache' AND parent = 'TopTransactionContext';
SELECT (SELECT count(*) FROM referat.items WHERE document_id IN (SELECT id FROM batch)) =
	   (SELECT count(*) FROM stored, referat.items(stored.doc) WHERE name LIKE 'a%')
	   AS all_items_stored;
ROLLBACK;
