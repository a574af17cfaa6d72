-- referat.danish_compound folds a word to lower case through PostgreSQL
-- (lowerstr_with_len) only when it has capitals, or characters other than
-- ASCII and the lower-case letters of Latin-1;
-- a word already in lower case is taken as written.  Both ways give the
-- same lexemes: each pair below is one word in two spellings (the cache is
-- keyed by the word as written, so each spelling is split on its own).
SELECT a, b, ts_lexize('referat.danish_compound', a) AS lexemes,
       ts_lexize('referat.danish_compound', a) = ts_lexize('referat.danish_compound', b) AS same
  FROM (VALUES ('ældrerådet', 'ÆLDRERÅDET'),
               ('økonomiudvalget', 'Økonomiudvalget'),
               ('sygefraværsstatistikken', 'SygefraværsStatistikken'),
               ('børne', 'BØRNE'),
               ('café', 'CAFÉ'),
               ('straße', 'STRAßE')) AS pair(a, b);
-- a stop word in lower case is still one; ÿ, ß and é are lower-case letters
SELECT ts_lexize('referat.danish_compound', 'og') AS og, ts_lexize('referat.danish_compound', 'ÿ') AS y_diaeresis,
       to_tsvector('referat.danish', 'Aarhus aarhus AARHUS') AS aarhus;
