-- The dictionary template referat.compound and the dictionary
-- referat.danish_compound: Danish compounds read as the whole word and its
-- parts, stemmed.

-- the words of the issue: a linking -s-, an inflected last part, a plural
-- that is not a compound
SELECT w, ts_lexize('referat.danish_compound', w)
  FROM unnest(ARRAY['Sygefraværsstatistikken', 'anlægsbevillingen', 'budgetkatalogforslagene',
                    'læringsnetværket', 'kurserne', 'sygefravær', 'Økonomiudvalget']) AS w;
-- the parts before stemming, with a stemmer that keeps words as they are: a
-- word's lemmas, the runs of its parts, the first part of a compound written
-- apart ("Børne- og Ungeudvalget"), a genitive, a word nobody knows
CREATE TEXT SEARCH DICTIONARY compound_unstemmed (TEMPLATE = referat.compound, Stemmer = simple);
SELECT w, ts_lexize('compound_unstemmed', w)
  FROM unnest(ARRAY['sygefraværsstatistikken', 'sygefraværstatistik', 'langtidssygefraværet',
                    'lokalplanforslaget', 'byrådsmedlemmer', 'regnskabsåret', 'kurserne',
                    'konsulenter', 'børne', 'anlægsbevillingens', 'flextrafik', 'xqzwv']) AS w;
-- no noise: no "rav", "tat" or "stik" in sygefraværsstatistik, no "stik" in
-- logistik, no "retning" in efterretning, no "visning" in undervisning, no
-- "ring" in spærring, no "sag" in årsag, no "ling" in betaling
SELECT w, ts_lexize('compound_unstemmed', w)
  FROM unnest(ARRAY['sygefraværsstatistik', 'statistik', 'logistik', 'efterretning', 'undervisning',
                    'spærringen', 'årsagen', 'betaling', 'fællesskabet', 'kursus', 'netværk']) AS w;
DROP TEXT SEARCH DICTIONARY compound_unstemmed;

-- stop words give no lexeme (an empty array), nor does a word whose lemma is
-- one ("blevet" is a form of "blive"); letter case is folded
SELECT ts_lexize('referat.danish_compound', 'og') AS og, ts_lexize('referat.danish_compound', 'blevet') AS blevet,
       ts_lexize('referat.danish_compound', 'SYGEFRAVÆRET') AS upper_case;
-- stemmed, except where the stemmer would make a lemma another short word:
-- "ledelse" is not "led", "borgerne" not "borg" (castle), "kurserne" reads
-- kurs, not "kur" (cure); a longer stem joins kin ("politikerne" → politik)
SELECT w, ts_lexize('referat.danish_compound', w)
  FROM unnest(ARRAY['ledelse', 'borgerne', 'kurserne', 'politikerne', 'budgettet', 'netværket']) AS w;
SELECT to_tsvector('referat.danish', 'ledelsen') @@ to_tsquery('referat.danish', 'led') AS "led finds ledelsen",
       to_tsvector('danish', 'ledelsen') @@ to_tsquery('danish', 'led') AS "in danish";
-- odd input: nothing, a long word, bytes of a word cut short
SELECT ts_lexize('referat.danish_compound', '') AS empty,
       array_length(ts_lexize('referat.danish_compound', repeat('sag', 400)), 1) AS long_word,
       ts_lexize('referat.danish_compound', 'æ') AS one_letter;
-- a word asked twice gives the same lexemes (the second time from the cache)
SELECT ts_lexize('referat.danish_compound', 'anlægsbevillingerne') = ts_lexize('referat.danish_compound', 'anlægsbevillingerne') AS same;

-- what to_tsquery makes of one word: the lexemes of a reading are ANDed,
-- readings ORed
SELECT to_tsquery('referat.danish', 'sygefravær') AS sygefravær, to_tsquery('referat.danish', 'kurserne') AS kurserne,
       to_tsquery('referat.danish', 'anlægsbevilling') AS anlægsbevilling;
-- a query for a part finds the compound, a query for a compound finds it in
-- any inflection and inside a longer compound, not its parts alone; danish
-- for comparison
SELECT q, d, to_tsvector('referat.danish', d) @@ to_tsquery('referat.danish', q) AS "referat.danish",
       to_tsvector('danish', d) @@ to_tsquery('danish', q) AS danish
  FROM (VALUES ('sygefravær', 'Sygefraværsstatistikken for 2017'),
               ('statistik', 'Sygefraværsstatistikken for 2017'),
               ('sygefraværsstatistik', 'Sygefraværsstatistikken for 2017'),
               ('sygefraværsstatistik', 'Sygefravær og statistik'),
               ('budget', 'budgetkatalogforslagene'),
               ('katalogforslag', 'budgetkatalogforslagene'),
               ('netværk', 'læringsnetværket'),
               ('kursus', 'Kurserne er godkendt'),
               ('bevilling', 'anlægsbevillingen'),
               ('anlægsbevilling', 'udgiftsanlægsbevillinger'),
               ('lokalplan', 'lokalplanforslaget'),
               ('rav', 'Sygefraværsstatistikken'),
               ('tat', 'statistik'),
               ('retning', 'Taget til efterretning')) AS t(q, d);
-- a headline marks the compound that the query's part found
SELECT ts_headline('referat.danish', 'Chefforum drøftede sygefraværsstatistikken og anlægsbevillingen.',
                   to_tsquery('referat.danish', 'sygefravær | bevilling'));

-- options: the lexicon is a .lex file in tsearch_data, the stemmer any
-- dictionary but a compound dictionary; mistakes are caught when the
-- dictionary is made
CREATE TEXT SEARCH DICTIONARY bad (TEMPLATE = referat.compound, Foo = 1);
CREATE TEXT SEARCH DICTIONARY bad (TEMPLATE = referat.compound, Lexicon = referat_danish, Lexicon = referat_danish);
CREATE TEXT SEARCH DICTIONARY bad (TEMPLATE = referat.compound, Stemmer = 'referat.danish_compound');
CREATE TEXT SEARCH DICTIONARY bad (TEMPLATE = referat.compound, Stemmer = no_such_dictionary);
DO $$
BEGIN
  CREATE TEXT SEARCH DICTIONARY bad (TEMPLATE = referat.compound, Lexicon = no_such_file);
EXCEPTION WHEN undefined_file THEN
  RAISE NOTICE 'no such lexicon: %', SQLSTATE;
END $$;
-- without StopWords, and with a stemmer without stop words, "og" is a word
CREATE TEXT SEARCH DICTIONARY compound_all (TEMPLATE = referat.compound, Stemmer = simple);
SELECT ts_lexize('compound_all', 'og') AS og, ts_lexize('compound_all', 'anlægsbevillingen') AS anlægsbevillingen;
DROP TEXT SEARCH DICTIONARY compound_all;
