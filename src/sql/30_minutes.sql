-- Reading a minutes document: its header, items, sections and their parts.
-- Every function parses the text it is given; none reads tables or settings.

CREATE TYPE referat.meeting AS (
	kind text,					-- 'referat' (minutes), 'dagsorden' (agenda) or NULL
	forum text,					-- 'Chefforum', 'Aarhus Byråd', 'Teknisk Udvalg'
	meeting_date date,
	starts_at time,
	location text,
	item_count integer,
	closed_item_count integer,
	layout text,				-- how items are headed: 'punkt' ("Punkt 3: …"), 'numbered' ("3. …"),
								-- 'number_above' ("3" above the title), 'sag_nr' ("Sag nr. 130" below it),
								-- 'single' (a page of one item without its number); NULL: no item
	toc_count integer			-- entries of the table of contents
);
COMMENT ON TYPE referat.meeting IS 'the header of a meeting document';

CREATE FUNCTION referat.meeting(doc text) RETURNS referat.meeting
	AS 'MODULE_PATHNAME', 'referat_meeting'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100;
COMMENT ON FUNCTION referat.meeting(text) IS 'kind, forum, date, time and place of the meeting, and how many items (closed ones too) it has';

CREATE TYPE referat.item AS (
	item_no integer,			-- NULL on a page of one item that does not give its number
	title text,					-- without routing prefix, "Lukket:" and time annotation
	raw_title text,				-- as written, wrapped lines joined
	prefix text,				-- routing prefix: 'CF', 'ØU/KB'
	case_no referat.sagsnr,
	closed boolean,
	item_type text,				-- 'decision' for "(B)", 'orientation' for "(O)" after the title
	slot_start time,			-- from "(kl.11.55-12.05)"
	slot_end time,
	duration interval,			-- from "(45 min)" or start and end
	toc_page integer,
	occasion text,				-- Anledning
	summary text,				-- Resume
	presentation text,			-- Sagsfremstilling
	recommendation text,		-- Indstilling, Beslutningspunkter
	decision text,				-- Beslutning, Beslutninger
	history text,				-- Sagsforløb
	attachments text[],			-- Bilag
	outcome referat.outcome,
	first_line integer,			-- lines of the input, 1-based
	last_line integer
);
COMMENT ON TYPE referat.item IS 'an agenda item of a meeting document';

CREATE FUNCTION referat.items(doc text) RETURNS SETOF referat.item
	AS 'MODULE_PATHNAME', 'referat_items'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 10;
COMMENT ON FUNCTION referat.items(text) IS 'the agenda items of a meeting document, one row each';

-- The common question, which items with which case numbers and outcome, without
-- rendering the section bodies referat.items returns (only the decision is read).
CREATE FUNCTION referat.item_index(doc text,
	OUT item_no integer, OUT title text, OUT case_no referat.sagsnr, OUT closed boolean,
	OUT outcome referat.outcome, OUT first_line integer, OUT last_line integer)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'referat_item_index'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 50 ROWS 10;
COMMENT ON FUNCTION referat.item_index(text) IS 'the agenda items of a meeting document with number, title, case number, closed, outcome and lines: the same values as referat.items, faster, as no section but the decision is rendered';

CREATE FUNCTION referat.sections(doc text,
	OUT item_no integer, OUT ordinal integer, OUT heading text, OUT kind text,
	OUT body text, OUT first_line integer, OUT forum text, OUT meeting_date date)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'referat_sections'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 50;
COMMENT ON FUNCTION referat.sections(text) IS 'every section of a meeting document in order (item_no 0: meeting header and table of contents); every non-blank line is in exactly one heading or body; forum and meeting_date of headings that name them ("Beslutning i Økonomiudvalget den 1. oktober 2018")';

CREATE FUNCTION referat.proposals(doc text,
	OUT item_no integer, OUT ordinal integer, OUT proposer text, OUT body text)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'referat_proposals'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 20;
COMMENT ON FUNCTION referat.proposals(text) IS 'the numbered proposals of each recommendation, with who made them and without the leading "at"';

CREATE FUNCTION referat.attachments(doc text,
	OUT item_no integer, OUT ordinal integer, OUT name text, OUT file_ext text)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'referat_attachments'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 20;
COMMENT ON FUNCTION referat.attachments(text) IS 'the attachments (Bilag) of each item';

CREATE FUNCTION referat.toc(doc text,
	OUT ordinal integer, OUT title text, OUT page integer)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'referat_toc'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 10;
COMMENT ON FUNCTION referat.toc(text) IS 'the table of contents (Indholdsfortegnelse): titles and pages';

CREATE FUNCTION referat.history(doc text,
	OUT item_no integer, OUT ordinal integer, OUT committee text,
	OUT meeting_date date, OUT item_no_then integer, OUT body text)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'referat_history'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 10;
COMMENT ON FUNCTION referat.history(text) IS 'the earlier treatment of each item (Sagsforløb): committee, date, item number then and what was decided';
