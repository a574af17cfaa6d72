-- bench/tsvector.sql — to_tsvector throughput of referat.danish next to
-- PostgreSQL's danish and simple on the same text, and the time of a fresh
-- backend's first to_tsvector call (bench_search.call_ms, which bench/search
-- calls from fresh connections).  Expects table bench_search.docs (doc text).
-- Not a test: it prints figures and never fails because of them.
--   psql -v rounds=5 -v target_bytes=20000000 -f bench/tsvector.sql

\set ON_ERROR_STOP 1
SET client_min_messages = warning;

-- CPU seconds (user and system) this backend has used: from /proc/self/stat,
-- in ticks of 1/100 s, so that other work on the machine counts less than in
-- wall-clock time.
CREATE OR REPLACE FUNCTION bench_search.cpu_seconds()
RETURNS double precision LANGUAGE sql AS $$
	SELECT (f[12]::bigint + f[13]::bigint) / 100.0
	  FROM string_to_array(split_part(pg_read_file('/proc/self/stat'), ') ', 2), ' ') f
$$;

-- Seconds that to_tsvector(cfg, …) takes over every document, repeated reps
-- times: CPU seconds, or wall-clock ones for runs too short for the ticks.
CREATE OR REPLACE FUNCTION bench_search.tsvector_seconds(cfg regconfig, reps integer, cpu boolean)
RETURNS double precision LANGUAGE plpgsql AS $$
DECLARE
	cpu0 double precision := bench_search.cpu_seconds();
	wall0 timestamptz := clock_timestamp();
	n bigint;
BEGIN
	SELECT sum(length(to_tsvector(cfg, d.doc))) INTO n
	  FROM bench_search.docs d, generate_series(1, reps);
	IF cpu THEN
		RETURN bench_search.cpu_seconds() - cpu0;
	END IF;
	RETURN extract(epoch FROM clock_timestamp() - wall0);
END $$;

-- Milliseconds of one short to_tsvector call: in a fresh backend the first
-- call also loads the parser and the dictionaries (the compound lexicon).
CREATE OR REPLACE FUNCTION bench_search.call_ms(cfg regconfig)
RETURNS double precision LANGUAGE plpgsql AS $$
DECLARE
	t0 timestamptz := clock_timestamp();
BEGIN
	PERFORM to_tsvector(cfg, 'Sygefraværsstatistikken for ØU, sag 81.28.00-P05-1-18 af 28-06-2017');
	RETURN 1000 * extract(epoch FROM clock_timestamp() - t0);
END $$;

-- referat.parser with the simple dictionary only: the parser's share, next to
-- PostgreSQL's simple configuration (the default parser with that dictionary).
CREATE TEXT SEARCH CONFIGURATION bench_search.parser_simple (PARSER = referat.parser);
ALTER TEXT SEARCH CONFIGURATION bench_search.parser_simple
	ADD MAPPING FOR word, numword, sagsnr, kle, date, number WITH simple;

-- Warm up every configuration in this backend, then time them in turns so
-- that each sees the same machine state; the best round counts.
\o /dev/null
SELECT bench_search.tsvector_seconds(c, 1, true)
  FROM unnest(ARRAY['simple', 'bench_search.parser_simple', 'danish', 'referat.danish']::regconfig[]) c;

-- The corpus is repeated to about target_bytes per round.
CREATE TEMP TABLE timing (cfg regconfig, round integer, seconds double precision);
SELECT greatest(1, (:target_bytes / sum(octet_length(doc)))::integer) AS reps FROM bench_search.docs \gset
SELECT set_config('bench.reps', :'reps', false), set_config('bench.rounds', :'rounds', false);
\o
DO $$
DECLARE
	r integer;
	c regconfig;
BEGIN
	FOR r IN 1 .. current_setting('bench.rounds')::integer LOOP
		FOREACH c IN ARRAY ARRAY['simple', 'bench_search.parser_simple', 'danish', 'referat.danish']::regconfig[] LOOP
			INSERT INTO timing
			VALUES (c, r, bench_search.tsvector_seconds(c, current_setting('bench.reps')::integer, true));
		END LOOP;
	END LOOP;
END $$;

\echo
\echo to_tsvector over the corpus text (MB per CPU second, best round):
WITH text_size AS (
	SELECT sum(octet_length(doc)) * current_setting('bench.reps')::integer AS bytes
	  FROM bench_search.docs
), best AS (
	SELECT cfg, min(seconds) AS seconds, count(*) AS rounds FROM timing GROUP BY cfg
)
SELECT b.cfg AS configuration,
       round((t.bytes / 1e6)::numeric, 1) AS mb,
       b.rounds,
       round(b.seconds::numeric, 2) AS best_cpu_seconds,
       round((t.bytes / 1e6 / b.seconds)::numeric, 2) AS mb_per_s,
       round(((SELECT seconds FROM best WHERE cfg = 'danish'::regconfig) / b.seconds)::numeric, 2)
         AS speed_vs_danish
  FROM best b, text_size t
 ORDER BY b.cfg::text;
