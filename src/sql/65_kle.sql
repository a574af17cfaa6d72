-- The KLE plan: titles of the subjects (emner) and action facets
-- (handlingsfacetter) that case numbers carry.  KL licenses the plan, so the
-- extension ships no titles: referat.load_kle reads the XML files the user
-- holds into these tables, and the views join items to the titles.

CREATE TABLE referat.kle_main_groups (
	main_group text PRIMARY KEY,	-- HovedgruppeNr: '00'
	title text						-- HovedgruppeTitel
);
COMMENT ON TABLE referat.kle_main_groups IS 'KLE main groups (hovedgrupper) from the user''s KLE-Emneplan file; load with referat.load_kle';

CREATE TABLE referat.kle_groups (
	kle_group text PRIMARY KEY,		-- GruppeNr: '00.01'
	main_group text,				-- the Hovedgruppe it stands in
	title text						-- GruppeTitel
);
COMMENT ON TABLE referat.kle_groups IS 'KLE groups (grupper) from the user''s KLE-Emneplan file; load with referat.load_kle';

CREATE TABLE referat.kle_subjects (
	subject text PRIMARY KEY,		-- EmneNr: '00.01.00'
	kle_group text,					-- the Gruppe it stands in
	title text						-- EmneTitel
);
COMMENT ON TABLE referat.kle_subjects IS 'KLE subjects (emner) from the user''s KLE-Emneplan file; load with referat.load_kle';

CREATE TABLE referat.kle_facet_categories (
	category text PRIMARY KEY,		-- HandlingsfacetKategoriNr
	title text						-- HandlingsfacetKategoriTitel
);
COMMENT ON TABLE referat.kle_facet_categories IS 'KLE action facet categories (handlingsfacetkategorier) from the user''s KLE-Handlingsfacetter file; load with referat.load_kle';

CREATE TABLE referat.kle_facets (
	facet text PRIMARY KEY,			-- HandlingsfacetNr: 'A00'
	category text,					-- the HandlingsfacetKategori it stands in
	title text						-- HandlingsfacetTitel
);
COMMENT ON TABLE referat.kle_facets IS 'KLE action facets (handlingsfacetter) from the user''s KLE-Handlingsfacetter file; load with referat.load_kle';

-- The user's data: pg_dump saves it.
SELECT pg_catalog.pg_extension_config_dump('referat.kle_main_groups', '');
SELECT pg_catalog.pg_extension_config_dump('referat.kle_groups', '');
SELECT pg_catalog.pg_extension_config_dump('referat.kle_subjects', '');
SELECT pg_catalog.pg_extension_config_dump('referat.kle_facet_categories', '');
SELECT pg_catalog.pg_extension_config_dump('referat.kle_facets', '');

-- The number, parent number and title of every element of one level of a
-- KLE file: <Emne> holds <EmneNr> and <EmneTitel>, its parent <Gruppe> holds
-- <GruppeNr>.  Elements are found by local name, so the files' namespace
-- (whichever KL uses in an edition) does not matter; in numbers and titles
-- white space (line breaks of a pretty-printed file) becomes one blank, none
-- at the ends.  The first of a number that occurs twice counts.
CREATE FUNCTION referat.kle_elements(doc xml, element text, parent text,
	OUT no text, OUT parent_no text, OUT title text)
	RETURNS SETOF record
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
	SELECT DISTINCT ON (x.no) x.no, x.parent_no, x.title
	  FROM (SELECT pg_catalog.btrim(pg_catalog.regexp_replace(r.no, '\s+', ' ', 'g')) AS no,
				   pg_catalog.btrim(pg_catalog.regexp_replace(r.parent_no, '\s+', ' ', 'g')) AS parent_no,
				   pg_catalog.btrim(pg_catalog.regexp_replace(r.title, '\s+', ' ', 'g')) AS title,
				   r.n
			  FROM XMLTABLE(('//*[local-name()="' OPERATOR(pg_catalog.||) element OPERATOR(pg_catalog.||) '"]') PASSING doc
					COLUMNS n FOR ORDINALITY,
							no text PATH ('*[local-name()="' OPERATOR(pg_catalog.||) element OPERATOR(pg_catalog.||) 'Nr"][1]'),
							parent_no text PATH ('../*[local-name()="' OPERATOR(pg_catalog.||) parent OPERATOR(pg_catalog.||) 'Nr"][1]'),
							title text PATH ('*[local-name()="' OPERATOR(pg_catalog.||) element OPERATOR(pg_catalog.||) 'Titel"][1]')) AS r) AS x
	 WHERE x.no OPERATOR(pg_catalog.<>) ''
	 ORDER BY x.no, x.n;
END;
COMMENT ON FUNCTION referat.kle_elements(xml, text, text) IS 'internal: number, parent number and title of each element of one level of a KLE XML file, for referat.load_kle';

-- A number loaded again gets the new title; numbers not in the file stay
-- (old case numbers keep their titles).
CREATE FUNCTION referat.load_kle(xml_text text) RETURNS TABLE (level text, loaded integer)
	LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	doc xml;
	detail text;
	opening text;
	n_main integer;
	n_group integer;
	n_subject integer;
	n_category integer;
	n_facet integer;
BEGIN
	IF xml_text IS NULL THEN
		RAISE EXCEPTION 'cannot load a NULL KLE file'
			USING ERRCODE = 'null_value_not_allowed',
				  HINT = 'Pass the text of KL''s KLE-Emneplan or KLE-Handlingsfacetter XML file.';
	END IF;
	-- a byte-order mark may stand before the XML declaration
	xml_text := pg_catalog.ltrim(xml_text, U&'\FEFF');
	opening := pg_catalog.quote_literal(pg_catalog.regexp_replace(pg_catalog.left(xml_text, 40), '\s+', ' ', 'g'));
	BEGIN
		doc := XMLPARSE(DOCUMENT xml_text);
	EXCEPTION WHEN invalid_xml_document OR invalid_xml_content OR invalid_xml_comment
				   OR invalid_xml_processing_instruction THEN
		GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
		RAISE EXCEPTION 'malformed XML in KLE file starting %', opening
			USING ERRCODE = 'invalid_xml_document', DETAIL = detail,
				  HINT = 'Pass the whole text of KL''s KLE-Emneplan or KLE-Handlingsfacetter XML file, e.g. referat.load_kle(pg_read_file(''/path/KLE-Emneplan.xml'')).';
	END;

	INSERT INTO referat.kle_main_groups AS t (main_group, title)
	SELECT e.no, e.title FROM referat.kle_elements(doc, 'Hovedgruppe', '') AS e
	ON CONFLICT (main_group) DO UPDATE SET title = EXCLUDED.title;
	GET DIAGNOSTICS n_main = ROW_COUNT;
	INSERT INTO referat.kle_groups AS t (kle_group, main_group, title)
	SELECT e.no, e.parent_no, e.title FROM referat.kle_elements(doc, 'Gruppe', 'Hovedgruppe') AS e
	ON CONFLICT (kle_group) DO UPDATE SET main_group = EXCLUDED.main_group, title = EXCLUDED.title;
	GET DIAGNOSTICS n_group = ROW_COUNT;
	INSERT INTO referat.kle_subjects AS t (subject, kle_group, title)
	SELECT e.no, e.parent_no, e.title FROM referat.kle_elements(doc, 'Emne', 'Gruppe') AS e
	ON CONFLICT (subject) DO UPDATE SET kle_group = EXCLUDED.kle_group, title = EXCLUDED.title;
	GET DIAGNOSTICS n_subject = ROW_COUNT;
	INSERT INTO referat.kle_facet_categories AS t (category, title)
	SELECT e.no, e.title FROM referat.kle_elements(doc, 'HandlingsfacetKategori', '') AS e
	ON CONFLICT (category) DO UPDATE SET title = EXCLUDED.title;
	GET DIAGNOSTICS n_category = ROW_COUNT;
	INSERT INTO referat.kle_facets AS t (facet, category, title)
	SELECT e.no, e.parent_no, e.title FROM referat.kle_elements(doc, 'Handlingsfacet', 'HandlingsfacetKategori') AS e
	ON CONFLICT (facet) DO UPDATE SET category = EXCLUDED.category, title = EXCLUDED.title;
	GET DIAGNOSTICS n_facet = ROW_COUNT;

	IF n_main OPERATOR(pg_catalog.+) n_group OPERATOR(pg_catalog.+) n_subject
	   OPERATOR(pg_catalog.+) n_category OPERATOR(pg_catalog.+) n_facet OPERATOR(pg_catalog.=) 0 THEN
		RAISE EXCEPTION 'no KLE numbers in XML file starting %', opening
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'load_kle reads elements Hovedgruppe/HovedgruppeNr/HovedgruppeTitel, Gruppe, Emne (KLE-Emneplan) and HandlingsfacetKategori, Handlingsfacet (KLE-Handlingsfacetter).';
	END IF;
	RETURN QUERY VALUES ('hovedgruppe', n_main), ('gruppe', n_group), ('emne', n_subject),
						('handlingsfacetkategori', n_category), ('handlingsfacet', n_facet);
END
$$;
COMMENT ON FUNCTION referat.load_kle(text) IS 'load the titles of a KLE-Emneplan or KLE-Handlingsfacetter XML file the user holds (KL''s licence): returns how many numbers of each level it loaded';

-- Every item with a KLE case number, its titles at every level (NULL where
-- the loaded plan has no such number).
CREATE VIEW referat.items_kle_v AS
SELECT i.document_id, m.forum, m.meeting_date, i.item_no, i.title, i.case_no::text AS case_no,
	   i.outcome::text AS outcome,
	   k.main_group, mg.title AS main_group_title,
	   k.kle_group, g.title AS group_title,
	   k.subject, s.title AS subject_title,
	   k.facet, f.title AS facet_title,
	   fc.category AS facet_category, fc.title AS facet_category_title
  FROM referat.items AS i
  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) i.document_id
 CROSS JOIN LATERAL (
	SELECT pg_catalog.left(x.kle, 2) AS main_group,
		   CASE WHEN pg_catalog.length(x.kle) OPERATOR(pg_catalog.>=) 5 THEN pg_catalog.left(x.kle, 5) END AS kle_group,
		   CASE WHEN pg_catalog.length(x.kle) OPERATOR(pg_catalog.=) 8 THEN x.kle END AS subject,
		   NULLIF(x.facet, '000') AS facet
	  FROM (SELECT referat.kle(i.case_no) AS kle, referat.facet(i.case_no) AS facet) AS x) AS k
  LEFT JOIN referat.kle_main_groups AS mg ON mg.main_group OPERATOR(pg_catalog.=) k.main_group
  LEFT JOIN referat.kle_groups AS g ON g.kle_group OPERATOR(pg_catalog.=) k.kle_group
  LEFT JOIN referat.kle_subjects AS s ON s.subject OPERATOR(pg_catalog.=) k.subject
  LEFT JOIN referat.kle_facets AS f ON f.facet OPERATOR(pg_catalog.=) k.facet
  LEFT JOIN referat.kle_facet_categories AS fc
		 ON fc.category OPERATOR(pg_catalog.=) COALESCE(f.category, pg_catalog.left(k.facet, 1))
 WHERE k.main_group IS NOT NULL;
COMMENT ON VIEW referat.items_kle_v IS 'one row per item with a KLE case number, with the titles of its main group, group, subject, action facet and facet category';

CREATE VIEW referat.decisions_per_kle_v AS
SELECT forum, pg_catalog.date_part('year', meeting_date)::integer AS year, main_group, main_group_title,
	   outcome, pg_catalog.count(*)::integer AS items
  FROM referat.items_kle_v
 WHERE outcome IS NOT NULL AND outcome OPERATOR(pg_catalog.<>) 'closed'
 GROUP BY forum, pg_catalog.date_part('year', meeting_date)::integer, main_group, main_group_title, outcome;
COMMENT ON VIEW referat.decisions_per_kle_v IS 'dashboard tile: decided items per forum, year, KLE main group and outcome';
