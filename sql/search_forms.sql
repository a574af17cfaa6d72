-- Word forms that referat.danish finds and PostgreSQL's danish does not,
-- side by side (issue 14): genitive and linking forms of compounds the
-- lexicon holds whole, acronyms glued to a word, derivations, and words
-- that text extraction left a hyphen in.  Each row:
-- does a query for the word find the form, as a document of its own?

CREATE TEMP TABLE forms (query text, form text, expect boolean);
CREATE FUNCTION pg_temp.found(cfg regconfig, query text, form text) RETURNS boolean
	LANGUAGE sql AS $$ SELECT to_tsvector(cfg, form) @@ to_tsquery(cfg, query) $$;

-- genitive and linking forms of compounds the lexicon holds whole
INSERT INTO forms VALUES
	('kommunalbestyrelse', 'Kommunalbestyrelsens', true),
	('bestyrelse', 'Kommunalbestyrelsens', true),
	('kommunal', 'Kommunalbestyrelsens', true),
	('skolebestyrelse', 'Skolebestyrelsesmødet', true),
	('bestyrelsesmøde', 'Skolebestyrelsesmødet', true),
	('møde', 'Skolebestyrelsesmødet', true),
	('kommunalbestyrelse', 'kommunalbestyrelsesmedlemmernes', true),
	('økonomiudvalg', 'Økonomiudvalgets', true),
	('udvalg', 'Økonomiudvalgets', true),
	('arbejdsmiljø', 'arbejdsmiljøorganisationens', true),
	('organisation', 'arbejdsmiljøorganisationens', true),
	-- look-alikes inside them
	('kommune', 'Kommunalbestyrelsens', false),
	('skole', 'Kommunalbestyrelsens', false),
	('relse', 'Skolebestyrelsesmødet', false),
	('sesmøde', 'Skolebestyrelsesmødet', false);

-- acronyms glued to a word read as the acronym and the word, as with a hyphen
INSERT INTO forms VALUES
	('HR-chefen', 'HRchefen', true),
	('HRchefen', 'HR-chefen', true),
	('chef', 'HRchefen', true),
	('KL-aftale', 'KLaftalen', true),
	('KLaftale', 'KL-aftalen', true),
	('aftale', 'KLaftalen', true),
	('landsforening', 'KLaftalen', true),
	('MED-aftale', 'MEDaftalens', true),
	('APV-måling', 'APVmålingen', true),
	('bilag', 'PDFBilag', true),
	('KommuneMED', 'Kommune-MED', true),
	('kommune', 'KommuneMEDs', true),
	('medindflydelse', 'arbejdspladsMEDs', true),
	-- the acronym and the word in another order, or apart
	('HR-chefen', 'chefen for HR', false),
	('KLaftale', 'aftale med KL', false),
	('KL-aftale', 'kommunernes aftale', false);

-- the tokens of glued and hyphenated acronyms: the same words
SELECT alias, token, lexemes FROM ts_debug('referat.danish', 'HRchefen HR-chefen KLaftalen PDFBilag KommuneMEDs TRIOer')
 WHERE alias <> 'blank';

-- derivations: a query for the word finds the words derived from it
INSERT INTO forms VALUES
	('økonomi', 'økonomiske', true),
	('økonomi', 'kommunaløkonomiske', true),
	('kommunaløkonomi', 'kommunaløkonomiske', true),
	('kultur', 'kulturelle', true),
	('organisation', 'organisatorisk', true),
	('administration', 'administrative', true),
	('institution', 'institutionelle', true),
	('trafik', 'trafikale', true),
	('trafik', 'trafikanter', true),
	('budget', 'budgetteringen', true),
	('budget', 'selvbudgetteringsaftalen', true),
	('digital', 'digitaliseringen', true),
	('politik', 'politiske', true),
	('aktiv', 'aktiviteter', true),
	('cykel', 'cyklisterne', true),
	('person', 'personlige', true),
	-- and the derivation finds itself, not its base
	('økonomiske', 'økonomisk', true),
	('økonomiske', 'økonomien', false),
	('kulturel', 'kulturen', false),
	-- look-alikes
	('part', 'partiet', false),
	('part', 'partisk', false),
	('tur', 'kulturhus', false),
	('tur', 'turisme', false),
	('tur', 'turister', false),
	('journal', 'journalisten', false),
	('univers', 'universitetet', false),
	('praktik', 'praktiske', false),
	('politi', 'politiske', false),
	('position', 'positive', false),
	('nation', 'alternativet', false),
	('kvart', 'kvartalet', false),
	('kedel', 'kedelig', false),
	('ende', 'endelig', false),
	('bil', 'billige', false),
	('kommune', 'kommunale', false),
	('facil', 'faciliteterne', false);

-- a hyphen that text extraction left where a line break was: the word joined
-- when the lexicon knows it and not the letters after the hyphen
INSERT INTO forms VALUES
	('sygefraværsstatistik', 'sygefravær-sstatistik', true),
	('sygefravær', 'sygefraværs-sstatistikken', true),
	('beslutning', 'beslut-ningen', true),
	('udvalg', 'udval-gets', true),
	('anlægsbevilling', 'til-lægsanlægsbevilling', true),
	('byrum', 'by-rumsprojekter', true),
	-- a hyphen between words stays
	('niveau', 'kommune-niveau', true),
	('kommuneniveau', 'kommune-niveau', false),
	('ningen', 'beslut-ningen', false),
	-- the letters after the hyphen make a word: the hyphen stays (ling, heather)
	('bevilling', 'bevil-lingen', false);

SELECT query, form, expect, pg_temp.found('referat.danish', query, form) AS "referat.danish",
       pg_temp.found('danish', query, form) AS danish
  FROM forms;

-- what is not as expected: nothing
SELECT query, form, expect FROM forms
 WHERE pg_temp.found('referat.danish', query, form) IS DISTINCT FROM expect;
