-- What the sentences of minutes say: amounts of money, dates and the
-- meetings they refer to, positions members took, who was absent (read by
-- the attendance reader, see 62_attendance.sql).  The
-- functions parse the text they are given; the tables below keep their rows
-- for every stored document, and the views show them with plain types.

CREATE TYPE referat.stance AS ENUM ('forbehold', 'deltog_ikke', 'for', 'imod', 'undlod');
COMMENT ON TYPE referat.stance IS 'a position taken on an item: a reservation (forbehold), not taking part (deltog_ikke), a vote for, against (imod) or an abstention (undlod)';

CREATE FUNCTION referat.amounts(doc text,
	OUT item_no integer, OUT section_kind text, OUT amount numeric, OUT currency text,
	OUT per text, OUT raw text, OUT context text)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'referat_amounts'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 20;
COMMENT ON FUNCTION referat.amounts(text) IS 'every amount of money the items mention ("23 mio. kr.", "kr. 166,54 i timen"), in kroner, with what it is per, the text as written and the sentence around it';

CREATE FUNCTION referat.dates(doc text,
	OUT item_no integer, OUT mentioned date, OUT raw text, OUT refers_to_meeting boolean,
	OUT context text, OUT section_kind text)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'referat_dates'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 20;
COMMENT ON FUNCTION referat.dates(text) IS 'every date the items mention ("14. juni 2017", "03.04.17", "9. februar" resolved against the meeting date), and whether it is the date of a meeting';

CREATE FUNCTION referat.positions(doc text,
	OUT item_no integer, OUT who text, OUT stance referat.stance, OUT raw text,
	OUT votes integer, OUT section_kind text)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'referat_positions'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 10;
COMMENT ON FUNCTION referat.positions(text) IS 'reservations ("tog forbehold"), non-participation ("deltog ikke i sagens behandling") and votes, one row per party or person named (or count of votes)';

CREATE FUNCTION referat.absences(doc text, OUT who text, OUT reason text, OUT item_no integer)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'referat_absences'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 5;
COMMENT ON FUNCTION referat.absences(text) IS 'who the minutes say was absent ("Afbud fra …", "Afbud/Fraværende": afbud; "Fraværende: …", "Ikke til stede: …": fraværende), and where: item_no 0 for the front matter, else the item whose decision records it (NULL on a page of one item that does not give its number)';

-- The rows of every stored document, filled when the store parses it
-- (70_store_parse.sql) and removed with it (referat.store_forget).

CREATE TABLE referat.amounts (
	document_id bigint NOT NULL,
	seq integer NOT NULL,
	item_no integer,			-- NULL: a page of one item that does not give its number
	section_kind text NOT NULL,
	amount numeric NOT NULL,
	currency text NOT NULL,
	per text,
	raw text NOT NULL,
	context text NOT NULL,
	PRIMARY KEY (document_id, seq)
);
COMMENT ON TABLE referat.amounts IS 'referat.amounts of every stored document (kept in step by the store)';

CREATE TABLE referat.dates (
	document_id bigint NOT NULL,
	seq integer NOT NULL,
	item_no integer,			-- NULL: a page of one item that does not give its number
	mentioned date,
	raw text NOT NULL,
	refers_to_meeting boolean NOT NULL,
	context text NOT NULL,
	section_kind text NOT NULL,
	PRIMARY KEY (document_id, seq)
);
COMMENT ON TABLE referat.dates IS 'referat.dates of every stored document (kept in step by the store)';

CREATE TABLE referat.positions (
	document_id bigint NOT NULL,
	seq integer NOT NULL,
	item_no integer,			-- NULL: a page of one item that does not give its number
	who text,
	stance referat.stance NOT NULL,
	raw text NOT NULL,
	votes integer,
	section_kind text NOT NULL,
	PRIMARY KEY (document_id, seq)
);
COMMENT ON TABLE referat.positions IS 'referat.positions of every stored document (kept in step by the store)';

CREATE TABLE referat.absences (
	document_id bigint NOT NULL,
	seq integer NOT NULL,
	who text NOT NULL,
	reason text NOT NULL,
	item_no integer,			-- NULL: a page of one item that does not give its number
	PRIMARY KEY (document_id, seq)
);
COMMENT ON TABLE referat.absences IS 'referat.absences of every stored document (kept in step by the store)';

-- Views with plain types, item-level columns as in 55_views.sql.

CREATE VIEW referat.amounts_v AS
SELECT a.document_id, m.forum, m.meeting_date, a.item_no, i.title, i.case_no::text AS case_no,
	   i.outcome::text AS outcome, a.section_kind, a.amount, a.currency, a.per, a.raw, a.context
  FROM referat.amounts AS a
  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) a.document_id
  LEFT JOIN LATERAL (SELECT i.title, i.case_no, i.outcome FROM referat.items AS i
					  WHERE i.document_id OPERATOR(pg_catalog.=) a.document_id
						AND i.item_no IS NOT DISTINCT FROM a.item_no
					  ORDER BY i.seq LIMIT 1) AS i ON true;
COMMENT ON VIEW referat.amounts_v IS 'one row per amount of money an item of a stored document mentions';

CREATE VIEW referat.dates_v AS
SELECT d.document_id, m.forum, m.meeting_date, d.item_no, i.title, i.case_no::text AS case_no,
	   i.outcome::text AS outcome, d.section_kind, d.mentioned, d.raw, d.refers_to_meeting, d.context
  FROM referat.dates AS d
  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) d.document_id
  LEFT JOIN LATERAL (SELECT i.title, i.case_no, i.outcome FROM referat.items AS i
					  WHERE i.document_id OPERATOR(pg_catalog.=) d.document_id
						AND i.item_no IS NOT DISTINCT FROM d.item_no
					  ORDER BY i.seq LIMIT 1) AS i ON true;
COMMENT ON VIEW referat.dates_v IS 'one row per date an item of a stored document mentions; refers_to_meeting marks earlier (or later) meetings';

CREATE VIEW referat.positions_v AS
SELECT p.document_id, m.forum, m.meeting_date, p.item_no, i.title, i.case_no::text AS case_no,
	   i.outcome::text AS outcome, p.section_kind, p.who, p.stance::text AS stance, p.votes, p.raw
  FROM referat.positions AS p
  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) p.document_id
  LEFT JOIN LATERAL (SELECT i.title, i.case_no, i.outcome FROM referat.items AS i
					  WHERE i.document_id OPERATOR(pg_catalog.=) p.document_id
						AND i.item_no IS NOT DISTINCT FROM p.item_no
					  ORDER BY i.seq LIMIT 1) AS i ON true;
COMMENT ON VIEW referat.positions_v IS 'one row per reservation, non-participation or vote of a party or person on an item of a stored document';

CREATE VIEW referat.absences_v AS
SELECT a.document_id, m.forum, m.meeting_date, a.item_no, a.who, a.reason
  FROM referat.absences AS a
  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) a.document_id;
COMMENT ON VIEW referat.absences_v IS 'one row per absence a stored meeting document records: item_no 0 in the front matter, else in that item''s decision';
