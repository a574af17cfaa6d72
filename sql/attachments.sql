-- referat.attachments of the minutes from PDF text
SELECT c.name, item_no, ordinal, a.name AS attachment, file_ext
  FROM corpus c, referat.attachments(c.doc) a
 WHERE c.name IN ('a000', 'a001', 'a002', 'a003', 'a004', 'byraad')
 ORDER BY c.name, item_no, ordinal;

-- the web pages: how many per item, the first and the last
SELECT c.name, item_no, count(*),
       (array_agg(a.name ORDER BY ordinal))[1] AS first,
       (array_agg(a.name ORDER BY ordinal DESC))[1] AS last,
       string_agg(DISTINCT file_ext, ',') AS exts
  FROM corpus c, referat.attachments(c.doc) a
 WHERE c.name IN ('teknisk', 'dagsorden')
 GROUP BY c.name, item_no ORDER BY c.name, item_no;

-- items.attachments holds the same names, in the same order
SELECT c.name, count(*) AS items_with_attachments,
       count(*) FILTER (WHERE i.attachments = a.names) AS same
  FROM corpus c, referat.items(c.doc) i,
       LATERAL (SELECT array_agg(a.name ORDER BY ordinal) AS names
                  FROM referat.attachments(c.doc) a WHERE a.item_no = i.item_no) a
 WHERE i.attachments IS NOT NULL
 GROUP BY c.name ORDER BY c.name;
