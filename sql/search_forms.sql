-- Word forms that referat.danish finds and PostgreSQL's danish does not,
-- side by side (issue 14): genitive and linking forms of compounds the
-- lexicon holds whole, acronyms glued to a word, and derivations.  Each row:
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
