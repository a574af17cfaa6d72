-- referat.weighted_tsvector(config, a, b, c) is the stored items' tsvector made
-- in one pass: it must equal setweight(to_tsvector(config, a), 'A') ||
-- setweight(to_tsvector(config, b), 'B') || setweight(to_tsvector(config, c), 'C')
-- byte for byte, also where the limits of a tsvector cut positions off.
CREATE TEMP TABLE parts (what text, a text, b text, c text);
-- every item of the corpus, as the store passes it
INSERT INTO parts
SELECT 'item', coalesce(i.title, ''), coalesce(i.decision, ''),
       concat_ws(E'\n', coalesce(i.occasion, ''), coalesce(i.summary, ''), coalesce(i.presentation, ''),
                 coalesce(i.recommendation, ''), coalesce(i.history, ''), coalesce(i.case_no::text, ''))
  FROM corpus, referat.items(doc) AS i;
-- whole documents: over 16383 positions (the greatest a tsvector keeps) and
-- words more often than 256 times (the most positions a word keeps)
INSERT INTO parts
SELECT 'document', repeat(doc, 3), doc, repeat(doc, 2) FROM corpus WHERE name IN ('a000', 'byraad');
INSERT INTO parts
SELECT 'document', left(doc, 500), repeat(doc, 2), doc FROM corpus WHERE name = 'teknisk';
INSERT INTO parts VALUES ('empty', '', '', ''), ('empty', '', 'Økonomiudvalget godkendte', ''),
       ('empty', 'Budget 2026', '', ''), ('empty', '', '', 'sag 00.01.00-A00-3-17'),
       ('repeats', repeat('budget ', 300), repeat('budget ', 300), 'budget');

SELECT what, count(*) AS compared,
       count(*) FILTER (WHERE w = e AND w::text = e::text AND tsvectorsend(w) = tsvectorsend(e)
                        AND pg_column_size(w) = pg_column_size(e)) AS equal,
       max(length(w)) AS most_lexemes
  FROM (SELECT what, referat.weighted_tsvector('referat.danish', a, b, c) AS w,
               setweight(to_tsvector('referat.danish', a), 'A') || setweight(to_tsvector('referat.danish', b), 'B')
                 || setweight(to_tsvector('referat.danish', c), 'C') AS e
          FROM parts) AS t
 GROUP BY what ORDER BY what;

-- where the limits bite: the positions of a word 600 times (256 at most:
-- 255 of its 300 in a, then 1 of b; none of c)
SELECT u.lexeme, cardinality(u.positions) AS positions, u.weights[1] AS first, u.weights[256] AS last,
       u.positions[255] AS a_last, u.positions[256] AS b_first
  FROM parts, unnest(referat.weighted_tsvector('referat.danish', a, b, c)) AS u
 WHERE what = 'repeats';
-- and the greatest position of a document's vector
SELECT max(p) AS greatest_position
  FROM parts, unnest(referat.weighted_tsvector('referat.danish', a, b, c)) AS u, unnest(u.positions) AS p
 WHERE what = 'document';

-- with a configuration whose dictionaries each token goes through again
-- (danish: a snowball dictionary), and with one that changes in between
-- (the lexemes referat.danish gives a token are remembered for the session)
SELECT count(*) AS items,
       count(*) FILTER (WHERE referat.weighted_tsvector('danish', a, b, c) =
                              setweight(to_tsvector('danish', a), 'A') || setweight(to_tsvector('danish', b), 'B')
                              || setweight(to_tsvector('danish', c), 'C')) AS equal_danish
  FROM parts WHERE what = 'item';
CREATE TEXT SEARCH CONFIGURATION public.changing (COPY = referat.danish);
SELECT referat.weighted_tsvector('public.changing', 'Byrådets budgetter', '', '') AS before;
ALTER TEXT SEARCH CONFIGURATION public.changing ALTER MAPPING FOR word WITH simple;
SELECT referat.weighted_tsvector('public.changing', 'Byrådets budgetter', '', '') AS after,
       referat.weighted_tsvector('public.changing', 'Byrådets budgetter', '', '')
         = setweight(to_tsvector('public.changing', 'Byrådets budgetter'), 'A') AS equal;
DROP TEXT SEARCH CONFIGURATION public.changing;

-- with any configuration
SELECT referat.weighted_tsvector('simple', 'Byrådet', 'godkendte budgettet', 'Byrådet')
     = setweight(to_tsvector('simple', 'Byrådet'), 'A') || setweight(to_tsvector('simple', 'godkendte budgettet'), 'B')
       || setweight(to_tsvector('simple', 'Byrådet'), 'C') AS simple_equal,
       referat.weighted_tsvector('simple', 'Byrådet', 'godkendte budgettet', 'Byrådet') AS simple;
SELECT referat.weighted_tsvector('referat.danish', NULL, 'x', 'y') IS NULL AS strict;
