-- Full-text search with referat.danish: the parser's tokens, the dictionaries,
-- headlines, case numbers, KLE prefixes, abbreviations and hostile input.

-- the token types and their numbers: configurations store the numbers, so
-- once released they never change
SELECT tokid, alias, description FROM ts_token_type('referat.parser');

-- which dictionaries read which tokens
SELECT t.tokid, t.alias, array_agg(m.mapdict::regdictionary ORDER BY m.mapseqno) AS dictionaries
  FROM pg_ts_config_map m JOIN ts_token_type('referat.parser') t ON t.tokid = m.maptokentype
 WHERE m.mapcfg = 'referat.danish'::regconfig
 GROUP BY t.tokid, t.alias
 ORDER BY t.tokid;

-- lines of real minutes: an item header with its KLE case number (Albertslund
-- 2017), a sentence with a date, an Aarhus case number, and a decision of the
-- Aarhus city council wrapped by pdftotext
SELECT alias, token FROM ts_debug('referat.danish',
  E'Punkt 2: CF - Ramme for trivsels og APV måling i Albertslund Kommune 2018\n87.00.00-A26-2-17')
 WHERE alias <> 'blank';
SELECT alias, token FROM ts_debug('referat.danish',
  'Ved drøftelse på Chefforum d. 19.6 2017, blev rammen for trivsels- og APV måling drøftet. Sagsnr.: EMN-2025-003383')
 WHERE alias <> 'blank';
SELECT alias, token FROM ts_debug('referat.danish',
  E'At 4) Anlægsbevillingen på i alt 30,7 mio. kr. finansieres dels ved 12,3 mio. kr. fra Kultur og Borgerservice til an-\nlægsomkostninger')
 WHERE alias <> 'blank';
-- the default parser, for comparison: the case number falls apart
SELECT alias, token FROM ts_debug('danish', '87.00.00-A26-2-17') WHERE alias <> 'blank';

-- soft hyphens go, a word hyphenated at a line break is joined; a shared
-- ending ("Social- og"), a capital after the break and a one-letter word
-- ("p-huse") keep their hyphen
SELECT alias, token FROM ts_debug('referat.danish',
  E'Arbejds\u00ADmiljø, arbejds-\r\n   miljøet, Social-\nog sundhed, MED-\nudvalget, p-\nhuse')
 WHERE alias <> 'blank';
SELECT to_tsvector('referat.danish', E'arbejds-\nmiljø') @@ to_tsquery('referat.danish', 'arbejdsmiljø') AS joined,
       to_tsvector('referat.danish', E'arbejds\u00ADmiljø') @@ to_tsquery('referat.danish', 'arbejdsmiljø') AS soft_hyphen,
       to_tsvector('danish', E'arbejds-\nmiljø') @@ to_tsquery('danish', 'arbejdsmiljø') AS "danish joins";
-- NFKC: a ligature and a decomposed å read as the plain letters
SELECT alias, token FROM ts_debug('referat.danish', E'\uFB01nansiering ma\u030Aling') WHERE alias <> 'blank';

-- the dictionaries on their own
SELECT ts_lexize('referat.case_numbers', '81.28.00-P05-1-18') AS kle,
       ts_lexize('referat.case_numbers', E'00.01.00\u2013A00\u201303\u201317') AS en_dashes,
       ts_lexize('referat.case_numbers', 'emn-2025-3383') AS emn,
       ts_lexize('referat.case_numbers', '1-13-3-57-16') AS other,
       ts_lexize('referat.case_numbers', 'ØU') AS not_a_case;
SELECT ts_lexize('referat.numbers', '28-06-2017') AS date, ts_lexize('referat.numbers', '19.6 2017') AS date_blank,
       ts_lexize('referat.numbers', '1.500.000') AS grouped, ts_lexize('referat.numbers', '50,3') AS decimal;
-- dates match however they are written
SELECT to_tsvector('referat.danish', 'Mødet 28-06-2017, 28.06.2017, 2017-06-28 og 28.6 2017 om 1.500.000 kr.');
SELECT to_tsvector('referat.danish', 'Byrådet 09.04.2025') @@ to_tsquery('referat.danish', '9-4-2025') AS same_day;

-- abbreviations: letter case counts ("MED" is one, "med" a word); a long form
-- of several words yields all their lexemes.  With the simple dictionary the
-- long forms show as written in the file:
CREATE TEXT SEARCH DICTIONARY abbreviations_simple (
  TEMPLATE = referat.abbreviations, DictFile = referat_abbreviations, Dictionary = simple);
SELECT ts_lexize('abbreviations_simple', 'ØU') AS "ØU", ts_lexize('abbreviations_simple', 'øu') AS "øu",
       ts_lexize('abbreviations_simple', 'MED') AS "MED", ts_lexize('abbreviations_simple', 'med') AS med,
       ts_lexize('abbreviations_simple', 'TMU') AS "TMU";
DROP TEXT SEARCH DICTIONARY abbreviations_simple;
-- 'ØU' finds "Økonomiudvalget" and the other way round; danish finds neither
SELECT to_tsvector('referat.danish', 'Sagen behandles i Økonomiudvalget den 11. april 2023.')
         @@ to_tsquery('referat.danish', 'ØU') AS "ØU finds Økonomiudvalget",
       to_tsvector('referat.danish', 'Politisk behandling i relevante fagudvalg samt ØU og endeligt KB.')
         @@ to_tsquery('referat.danish', 'Økonomiudvalget & Kommunalbestyrelsen') AS "and back",
       to_tsvector('danish', 'Sagen behandles i Økonomiudvalget den 11. april 2023.')
         @@ to_tsquery('danish', 'ØU') AS "danish";
SELECT to_tsvector('referat.danish', 'Forslag om ændring af Lokal MED-aftale 2023') @@ to_tsquery('referat.danish', 'MED') AS "MED-aftale",
       to_tsvector('referat.danish', 'Godkendt med ændringer') @@ to_tsquery('referat.danish', 'MED') AS "med ændringer",
       to_tsvector('referat.danish', 'ledere, TR''er og AM''er') @@ to_tsquery('referat.danish', 'tillidsrepræsentant & arbejdsmiljørepræsentant') AS "TR'er og AM'er";
-- the file is checked when a dictionary is made
CREATE TEXT SEARCH DICTIONARY bad (TEMPLATE = referat.abbreviations, DictFile = referat_abbreviations);
CREATE TEXT SEARCH DICTIONARY bad (TEMPLATE = referat.abbreviations, Dictionary = simple, DictFile = referat_abbreviations, Case = 1);
DO $$
BEGIN
  CREATE TEXT SEARCH DICTIONARY bad (TEMPLATE = referat.abbreviations, DictFile = no_such_file, Dictionary = simple);
EXCEPTION WHEN config_file_error THEN
  RAISE NOTICE 'no such file: %', SQLSTATE;
END $$;

-- every item of the Albertslund minutes as one text, with its case number
CREATE TEMP TABLE item_text AS
SELECT c.name, i.item_no, i.case_no,
       to_tsvector('referat.danish', (SELECT string_agg(concat_ws(E'\n', s.heading, s.body), E'\n' ORDER BY s.ordinal)
                                        FROM referat.sections(c.doc) s WHERE s.item_no = i.item_no)) AS tsv
  FROM corpus c, referat.items(c.doc) i
 WHERE c.name LIKE 'a0%';
-- a case number finds exactly its case, not 00.01.00-A00-23-17 or -25-17 of
-- the same meeting, however the query writes it
SELECT name, item_no, case_no FROM item_text
 WHERE tsv @@ to_tsquery('referat.danish', '00.01.00-A00-3-17') ORDER BY 1, 2;
SELECT count(*) FROM item_text WHERE tsv @@ plainto_tsquery('referat.danish', E'00.01.00\u2013a00\u201303\u201317');
-- the default parser cuts it into 00.01.00, a00, -3, -17: the digits swapped match too
SELECT cfg, to_tsvector(cfg, 'Journalnr. 00.01.00-A00-17-3') @@ plainto_tsquery(cfg, '00.01.00-A00-3-17') AS matches
  FROM (VALUES ('danish'::regconfig), ('referat.danish')) v(cfg);
-- a KLE prefix finds every case filed under it, as referat.kle_under does
SELECT name, item_no, case_no FROM item_text
 WHERE tsv @@ to_tsquery('referat.danish', '81.28:*') ORDER BY 1, 2;
SELECT count(*) FILTER (WHERE tsv @@ to_tsquery('referat.danish', '81.28.00')) AS subject,
       count(*) FILTER (WHERE tsv @@ to_tsquery('referat.danish', '00.01:*')) AS "00.01:*",
       count(*) FILTER (WHERE referat.kle_under(case_no, '00.01')) AS kle_under
  FROM item_text;

-- ts_headline marks the words that matched, as written in the document
SELECT ts_headline('referat.danish', 'Sygefraværsstatistikken for 1. halvår 2016.',
                   to_tsquery('referat.danish', 'sygefravær'));
SELECT ts_headline('referat.danish', string_agg(s.body, E'\n' ORDER BY s.ordinal),
                   to_tsquery('referat.danish', 'sygefravær'), 'MaxFragments=2, MaxWords=10, MinWords=5')
  FROM corpus c, referat.sections(c.doc) s
 WHERE c.name = 'a001' AND s.item_no = 9;
SELECT ts_headline('referat.danish', E'Punkt 2: CF - Ramme for trivsels og APV måling\n87.00.00-A26-2-17, jf. ØU',
                   to_tsquery('referat.danish', 'arbejdspladsvurdering | 87.00:* | Økonomiudvalget'));
SELECT ts_headline('referat.danish', E'Bevillingen budget-\nlægges i 2025 af Økonomiudvalget.',
                   to_tsquery('referat.danish', 'budgetlægges'), 'HighlightAll=true');

-- hostile input: empty results or bounded ones, no error, no notice about long words
SELECT to_tsvector('referat.danish', '') AS empty, to_tsvector('referat.danish', E' \t\r\n\f') AS blanks,
       to_tsvector('referat.danish', '.,;:!?()') AS punctuation;
SELECT to_tsvector('referat.danish', (SELECT string_agg(chr(i), 'x') FROM generate_series(1, 31) i));
SELECT length(to_tsvector('referat.danish', repeat('a', 100000))) AS one_long_word,
       to_tsvector('referat.danish', repeat('æ', 100000) || ' ØU') AS long_word_then_more;
-- runs of digits and separators longer than any case number are read piece
-- by piece; only their last eight groups make an "other" case number
SELECT tsvector_to_array(to_tsvector('referat.danish', repeat('7.', 500000))) AS digits_and_dots,
       tsvector_to_array(to_tsvector('referat.danish', repeat('1-', 500000))) AS digits_and_dashes,
       length(to_tsvector('referat.danish', repeat(' ', 1000000))) AS blanks;
SELECT length(ts_headline('referat.danish', repeat('a', 100000), to_tsquery('referat.danish', 'b'), 'HighlightAll=true')) AS headline_keeps_it_all;
SELECT to_tsquery('referat.danish', repeat('x', 3000));
SELECT plainto_tsquery('referat.danish', '');
