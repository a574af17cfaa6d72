-- A digest of every view of schema referat and of the stored documents, one
-- line each ("name md5"): two stores that hold the same documents give the
-- same lines (test/run-dump.sh, test/run-citus.sh).
SELECT c.relname || ' ' || (xpath('/row/d/text()',
         query_to_xml(format('SELECT md5(coalesce(string_agg(t::text, E''\n'' ORDER BY t::text), '''')) AS d FROM referat.%I t',
                             c.relname), false, true, '')))[1]::text
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'referat' AND (c.relkind = 'v' OR c.relname = 'documents')
 ORDER BY c.relname;
