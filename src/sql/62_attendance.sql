-- ===================================================================
-- Attendance: who the minutes list as present and as absent.
-- The function, its table in the store and its views, all in this one file.
-- referat.absences (60_facts.sql) reads the same lists.
-- ===================================================================

CREATE FUNCTION referat.attendees(doc text,
	OUT who text, OUT party text, OUT role text, OUT present boolean)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'referat_attendees'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 20;
COMMENT ON FUNCTION referat.attendees(text) IS 'the members the front matter of minutes lists ("Tilstede", "Indkaldelse", "Medlemmer", "Deltagere", "Mødedeltagere", "Afbud/Fraværende", "Afbud fra …"), with party, role and whether they were present';

-- The rows of every stored document, filled when the store parses it
-- (70_store_parse.sql) and removed with it (referat.store_forget).
CREATE TABLE referat.attendees (
	document_id bigint NOT NULL,
	seq integer NOT NULL,
	who text NOT NULL,
	party text,
	role text,
	present boolean NOT NULL,
	PRIMARY KEY (document_id, seq)
);
COMMENT ON TABLE referat.attendees IS 'referat.attendees of every stored document (kept in step by the store)';

CREATE VIEW referat.attendees_v AS
SELECT a.document_id, m.forum, m.meeting_date, a.seq, a.who, a.party, a.role, a.present
  FROM referat.attendees AS a
  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) a.document_id;
COMMENT ON VIEW referat.attendees_v IS 'one row per member a stored meeting document lists, present or not';

CREATE VIEW referat.attendance_v AS
SELECT m.forum, a.who, pg_catalog.max(a.party) AS party,
	   pg_catalog.count(DISTINCT a.document_id)::integer AS meetings,
	   pg_catalog.count(*) FILTER (WHERE a.present)::integer AS present,
	   pg_catalog.count(*) FILTER (WHERE NOT a.present)::integer AS absent,
	   pg_catalog.min(m.meeting_date) AS first_seen, pg_catalog.max(m.meeting_date) AS last_seen
  FROM referat.attendees AS a
  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) a.document_id
 GROUP BY m.forum, a.who;
COMMENT ON VIEW referat.attendance_v IS 'dashboard tile: per forum and member, the meetings listed, present and absent';
