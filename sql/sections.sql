-- referat.sections: every section of a document
SELECT item_no, ordinal, heading, kind, first_line, left(body, 40) AS body_starts
  FROM corpus, referat.sections(doc) WHERE name = 'a000';

-- sections of every kind in every document
SELECT name, kind, count(*) FROM corpus, referat.sections(doc) GROUP BY 1, 2 ORDER BY 1, 2;

-- headings the item columns do not name
SELECT name, item_no, heading FROM corpus, referat.sections(doc)
 WHERE kind = 'other' AND name LIKE 'a0%' ORDER BY name, item_no, ordinal;

-- Lossless (lossless() in extension.sql): every non-blank line in exactly one
-- heading or body, in order.
SELECT name, cardinality(lines_of(doc)) AS lines, lossless(doc) FROM corpus ORDER BY name;

SELECT count(*) FROM referat.sections('');
