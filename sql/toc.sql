-- referat.toc: dot leaders and tabs, a line with no leaders, and pdftotext's
-- run of titles followed by a run of page numbers
SELECT name, t.* FROM corpus, referat.toc(doc) t WHERE name <> 'byraad_layout' ORDER BY name, ordinal;

-- the -layout extraction gives the same table
SELECT a.ordinal, a.title, a.page, b.title, b.page
  FROM (SELECT t.* FROM corpus, referat.toc(doc) t WHERE name = 'byraad') a
  FULL JOIN (SELECT t.* FROM corpus, referat.toc(doc) t WHERE name = 'byraad_layout') b USING (ordinal)
 WHERE (a.title, a.page) IS DISTINCT FROM (b.title, b.page);

-- the web pages have none
SELECT count(*) FROM corpus, referat.toc(doc) WHERE name IN ('teknisk', 'dagsorden');
