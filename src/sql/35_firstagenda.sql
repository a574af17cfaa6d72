-- FirstAgenda's publication portal serves a meeting as JSON: turned into the
-- text of FirstAgenda's own PDF, it is read by every function of 30_minutes.sql.

CREATE FUNCTION referat.from_firstagenda(doc jsonb) RETURNS text
	AS 'MODULE_PATHNAME', 'referat_from_firstagenda'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100;
COMMENT ON FUNCTION referat.from_firstagenda(jsonb) IS 'one meeting as FirstAgenda''s publication portal serves it (JSON), written as the text of FirstAgenda''s PDF: title line with forum and date, Mødedato, Mødested, absences, then per item "Punkt N: title", "Sagsnr.:", each field''s text (HTML made text) and Bilag';
