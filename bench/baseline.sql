-- baseline.sql -- what an analyst writes without referat: one SQL query with
-- PostgreSQL's regular-expression functions (no extension, no procedural code).
--
-- Reads the table docs(id, doc) and gives one row per agenda item with the columns
-- referat.items gives for them: id, item_no, title, case_no (text), decision.  The
-- rules are those of bench/baseline.py (see there): "Punkt N: [CF - ]title" with the
-- title wrapped up to the case number, or (web pages) the number alone on a line; the
-- decision is the text under "Beslutning(er)" up to the next heading, a line in
-- capitals, web furniture or a Markdown heading, and a quoted motion's own
-- "Beslutning:" does not count.  Unlike the Python script it reads only the first
-- decision heading of an item (the corpus has no item with two).
--
-- bench/check and bench/run paste this text into larger queries, so it is one SELECT
-- without a trailing semicolon.  Flags: 'n' makes ^ and $ match at line ends and
-- keeps . and [^...] within a line; 'w' lets . cross lines while ^ and $ still match
-- at line ends; \A is the start of the string.
SELECT d.id,
	   coalesce(h.m[2], h.m[6])::int AS item_no,
	   regexp_replace(regexp_replace(
		   CASE WHEN t.closed THEN coalesce(nullif(regexp_replace(t.raw, '^Lukket:?\s*', ''), ''), 'Lukket')
				ELSE t.raw END,
		   '^[A-ZÆØÅ]{1,4}(?:/[A-ZÆØÅ]{1,4})* - ', ''),
		   '\s*\((?:(?:kl\.?\s*)?\d{1,2}[.:]\d\d(?:\s*[-–.]\s*\d{1,2}[.:]\d\d)?|\d+(?:[,½]\d*)?\s*(?:min|minutter|time|timer))\)\s*$',
		   '') AS title,
	   coalesce(h.m[5], h.m[8]) AS case_no,
	   CASE
		   WHEN dec.after IS NOT NULL THEN
			   -- up to the first heading, line in capitals, web furniture or Markdown heading
			   btrim(regexp_replace(regexp_replace(replace(regexp_replace(dec.after,
				   '^[ \t]*(?:(?:#+[ \t]*)?(?:\*\*)?(?:Anledning|Resum[eé]|Sagsfremstilling|Indstilling(?: om [^\n]*)?|Beslutningspunkter|Beslutning(?:er)?|Sagsforløb|Bilag|Økonomi|Økonomiske konsekvenser|Lovgrundlag|Historik|Baggrund|Begrundelse|Motivering|Tidsplan|Høring|Kommunikation):?(?:\*\*)?|[A-ZÆØÅ][A-ZÆØÅ ,.&/()-]{5,}|• Hent som PDF[^\n]*|#[^\n]*)[ \t]*$.*',
				   '', 'w'), '**', ''), '[\u00ad\f]', '', 'g'),
				   '\n[ \t]*(?:\n[ \t]*)+', E'\n\n', 'g'), E' \t\n\r\f')
		   WHEN t.closed THEN
			   -- a closed item without a decision heading (Aarhus): the text before its first heading
			   nullif(btrim(regexp_replace(regexp_replace(replace(regexp_replace(h.body,
				   '^[#\s]*(?:\*\*)?(?:Anledning|Resum[eé]|Sagsfremstilling|Indstilling(?: om [^\n]*)?|Beslutningspunkter|Beslutning(?:er)?|Sagsforløb|Bilag|Økonomi|Økonomiske konsekvenser|Lovgrundlag|Historik|Baggrund|Begrundelse|Motivering|Tidsplan|Høring|Kommunikation):?(?:\*\*)?[ \t]*$.*',
				   '', 'w'), '**', ''), '[\u00ad\f]', '', 'g'),
				   '\n[ \t]*(?:\n[ \t]*)+', E'\n\n', 'g'), E' \t\n\r\f'), '')
	   END AS decision
  FROM docs d
	   -- one chunk per item: split in front of every line that starts one
	   CROSS JOIN LATERAL regexp_split_to_table(replace(d.doc, E'\r\n', E'\n'),
		   '^(?=\f?(?:#+[ \t]+)?(?:\*\*)?Punkt[ \t]+\d+:|\d{1,3}[ \t]*\n[^\n]*\S[^\n]*\n\s*(?:\d\d\.\d\d\.\d\d-[A-Z0-9]\d\d-\d+-\d\d|EMN-\d{4}-\d+|Beslutninger?:?)[ \t]*$)',
		   'n') AS c(chunk)
	   -- the item header.  m[1]: all of it; "Punkt N:": m[2] number, m[3] title, m[4] wrapped
	   -- title lines, m[5] case number; web page: m[6] number, m[7] title, m[8] case number
	   CROSS JOIN LATERAL (
		   SELECT m, substr(c.chunk, length(m[1]) + 1) AS body
			 FROM regexp_match(c.chunk,
				  '\A(\f?(?:#+[ \t]+)?(?:\*\*)?Punkt[ \t]+(\d+):[ \t]*([^\n]*?)(?:\*\*)?[ \t]*(?:\n((?:(?!\s*(?:\d\d\.\d\d\.\d\d-[A-Z0-9]\d\d-\d+-\d\d|EMN-\d{4}-\d+))[^\n]*\S[^\n]*\n){0,2})\s*(\d\d\.\d\d\.\d\d-[A-Z0-9]\d\d-\d+-\d\d|EMN-\d{4}-\d+)[ \t]*$)?|(\d{1,3})[ \t]*\n([^\n]*\S[^\n]*)(?:\n\s*(\d\d\.\d\d\.\d\d-[A-Z0-9]\d\d-\d+-\d\d|EMN-\d{4}-\d+)[ \t]*$)?)',
				  'n') AS m
			WHERE m IS NOT NULL
		   ) AS h
	   -- the title as written: wrapped lines joined by a space (none after a hyphenated word)
	   CROSS JOIN LATERAL (
		   SELECT raw, raw ~ '^Lukket(?::|$)' AS closed
			 FROM btrim(regexp_replace(regexp_replace(replace(
					  coalesce(h.m[3] || coalesce(E'\n' || h.m[4], ''), h.m[7]), '**', ''),
					  '(\w-)[ \t]*\n\s*', '\1', 'g'), '\s*\n\s*', ' ', 'g')) AS raw
		   ) AS t
	   -- the text after the first decision heading that comes before any quoted motion
	   CROSS JOIN LATERAL (
		   SELECT substring(
					  regexp_replace(h.body, '^[A-ZÆØÅ][A-ZÆØÅ ,.&/()-]{5,}[ \t]*$.*', '', 'w')
					  FROM '(?w)^[#\s]*(?:\*\*)?Beslutning(?:er)?:?(?:\*\*)?[ \t]*\n(.*)$') AS after
		   ) AS dec
