-- referat.sections: every section of a document
SELECT item_no, ordinal, heading, kind, first_line, left(body, 40) AS body_starts
  FROM corpus, referat.sections(doc) WHERE name = 'a000';

-- sections of every kind in every document
SELECT name, kind, count(*) FROM corpus, referat.sections(doc) GROUP BY 1, 2 ORDER BY 1, 2;

-- headings the item columns do not name
SELECT name, item_no, heading FROM corpus, referat.sections(doc)
 WHERE kind = 'other' AND name LIKE 'a0%' ORDER BY name, item_no, ordinal;

-- Lossless: the non-blank lines of every document, in order, are exactly the
-- lines of the headings and bodies, in order (compared as rendered: blanks
-- collapsed, Markdown marks, soft hyphens and control characters gone).
CREATE FUNCTION pg_temp.norm(line text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT nullif(btrim(regexp_replace(regexp_replace(regexp_replace(
           regexp_replace(replace(replace(line, '**', ''), chr(173), ''),
                          '[\t' || chr(160) || ']', ' ', 'g'),
           '[\x01-\x1f]', '', 'g'),
           '^\s*#+\s', ''), '\s+', ' ', 'g')), '')
$$;
CREATE FUNCTION pg_temp.lines(t text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(array_agg(n ORDER BY o), '{}')
    FROM regexp_split_to_table(t, '\n') WITH ORDINALITY AS l(line, o),
         pg_temp.norm(line) AS n
   WHERE n IS NOT NULL
$$;
SELECT name,
       cardinality(pg_temp.lines(doc)) AS lines,
       pg_temp.lines(doc) = (SELECT array_agg(x ORDER BY s, part, k)
                               FROM referat.sections(doc) WITH ORDINALITY AS sec(item_no, ordinal, heading, kind, body, first_line, forum, meeting_date, s),
                                    LATERAL (VALUES (1, heading), (2, body)) AS p(part, t),
                                    unnest(pg_temp.lines(t)) WITH ORDINALITY AS u(x, k)) AS lossless
  FROM corpus ORDER BY name;

SELECT count(*) FROM referat.sections('');
