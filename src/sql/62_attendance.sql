-- ===================================================================
-- Attendance: who the minutes list as present and as absent.
-- The function, its table in the store (filled by a trigger, as the
-- facts of 60_facts.sql are) and its views, all in this one file.
-- referat.absences (60_facts.sql) reads the same lists.
-- ===================================================================

CREATE FUNCTION referat.attendees(doc text,
	OUT who text, OUT party text, OUT role text, OUT present boolean)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'referat_attendees'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 20;
COMMENT ON FUNCTION referat.attendees(text) IS 'the members the front matter of minutes lists ("Tilstede", "Indkaldelse", "Medlemmer", "Deltagere", "Mødedeltagere", "Afbud/Fraværende", "Afbud fra …"), with party, role and whether they were present';

-- The rows of every stored document, replaced whenever the store parses it
-- (a row of referat.meetings is inserted: on load, update, reparse, restore).
CREATE TABLE referat.attendees (
	document_id bigint NOT NULL REFERENCES referat.documents ON DELETE CASCADE ON UPDATE CASCADE,
	seq integer NOT NULL,
	who text NOT NULL,
	party text,
	role text,
	present boolean NOT NULL,
	PRIMARY KEY (document_id, seq)
);
COMMENT ON TABLE referat.attendees IS 'referat.attendees of every stored document (kept by triggers)';

CREATE FUNCTION referat.attendance_parse() RETURNS trigger
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	DELETE FROM referat.attendees WHERE document_id OPERATOR(pg_catalog.=) NEW.document_id;
	INSERT INTO referat.attendees
		SELECT NEW.document_id, a.n, a.who, a.party, a.role, a.present
		  FROM referat.documents AS d,
			   referat.attendees(d.body) WITH ORDINALITY AS a(who, party, role, present, n)
		 WHERE d.id OPERATOR(pg_catalog.=) NEW.document_id;
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION referat.attendance_parse() IS 'internal: trigger that replaces a document''s rows of referat.attendees when the store parses it';

CREATE TRIGGER attendance AFTER INSERT ON referat.meetings
	FOR EACH ROW EXECUTE FUNCTION referat.attendance_parse();

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
