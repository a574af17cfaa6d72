-- referat.outcome: what became of an agenda item, read from its decision text.

CREATE TYPE referat.outcome AS ENUM (
	'approved', 'rejected', 'postponed', 'referred', 'decided',
	'noted', 'discussed', 'informed', 'none', 'closed'
);
COMMENT ON TYPE referat.outcome IS
	'outcome of an agenda item: approved (godkendt, tiltrådt, vedtaget), rejected (afvist, forkastet, ikke godkendt), postponed (udsat), referred (fremsendes/oversendes/tilbagesendes til another body), decided (besluttede, aftalt), noted (taget til efterretning), discussed (drøftede, behandlede), informed (orienterede, blev orienteret), none (no outcome recorded: empty, ".", "Intet", "Ingen bemærkninger"), closed (a closed item, "Lukket", whose decision is not published); ordered as listed';

CREATE FUNCTION referat.classify_decision(text) RETURNS referat.outcome
	AS 'MODULE_PATHNAME'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION referat.classify_decision(text) IS
	'outcome of a decision text (Beslutning): the first of postponed, rejected, approved, referred, decided, noted, discussed, informed that the text states, else none; a negated approval ("ikke godkendt", "kunne ikke tiltræde") is a rejection; sentences stating the position of a party or member ("Enhedslisten kunne ikke tiltræde …", "… tog forbehold", "… deltog ikke") do not count unless their subject is the forum ("Udvalget", "Et flertal"); text after a "BESLUTNINGSFORSLAG …" or "INDSTILLING FRA …" line is not read; never returns closed';
