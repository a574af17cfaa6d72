-- Views for dashboards: plain column types only (text, date, integer,
-- numeric, timestamptz, boolean), so any SQL client or BI tool reads them.
-- Every item-level view has document_id, forum, meeting_date, item_no,
-- title, case_no (text) and outcome (text), with these names.

CREATE VIEW referat.meetings_v AS
SELECT d.id AS document_id, d.source, m.kind, m.forum, m.meeting_date,
	   pg_catalog.to_char(m.starts_at, 'HH24:MI') AS starts_at, m.location,
	   m.item_count, m.closed_item_count, d.loaded_at
  FROM referat.documents AS d
  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) d.id;
COMMENT ON VIEW referat.meetings_v IS 'one row per stored meeting document';

CREATE VIEW referat.items_v AS
SELECT i.document_id, m.forum, m.meeting_date, i.item_no, i.title,
	   i.case_no::text AS case_no, i.outcome::text AS outcome, i.closed, i.prefix,
	   referat.kle(i.case_no) AS kle, referat.case_year(i.case_no) AS case_year,
	   pg_catalog.to_char(i.slot_start, 'HH24:MI') AS slot_start,
	   pg_catalog.to_char(i.slot_end, 'HH24:MI') AS slot_end,
	   (pg_catalog.date_part('epoch', i.duration) OPERATOR(pg_catalog./) 60)::integer AS duration_minutes,
	   i.toc_page, i.occasion, i.summary, i.presentation, i.recommendation, i.decision,
	   i.history, pg_catalog.array_to_string(i.attachments, E'\n') AS attachments,
	   pg_catalog.cardinality(i.attachments) AS attachment_count,
	   m.kind AS document_kind, i.first_line, i.last_line
  FROM referat.items AS i
  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) i.document_id;
COMMENT ON VIEW referat.items_v IS 'one row per agenda item of every stored document';

CREATE VIEW referat.decisions_v AS
SELECT document_id, forum, meeting_date, item_no, title, case_no, outcome, decision
  FROM referat.items_v
 WHERE outcome IS NOT NULL AND outcome OPERATOR(pg_catalog.<>) 'closed';
COMMENT ON VIEW referat.decisions_v IS 'one row per decided item (closed items and agendas left out), with its outcome';

CREATE VIEW referat.proposals_v AS
SELECT p.document_id, m.forum, m.meeting_date, p.item_no, i.title, i.case_no::text AS case_no,
	   i.outcome::text AS outcome, p.ordinal, p.proposer, p.body AS proposal
  FROM referat.proposals AS p
  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) p.document_id
  LEFT JOIN LATERAL (SELECT i.title, i.case_no, i.outcome FROM referat.items AS i
					  WHERE i.document_id OPERATOR(pg_catalog.=) p.document_id
						AND i.item_no IS NOT DISTINCT FROM p.item_no
					  ORDER BY i.seq LIMIT 1) AS i ON true;
COMMENT ON VIEW referat.proposals_v IS 'one row per proposal ("1. at …") of every stored item';

CREATE VIEW referat.attachments_v AS
SELECT a.document_id, m.forum, m.meeting_date, a.item_no, i.title, i.case_no::text AS case_no,
	   i.outcome::text AS outcome, a.ordinal, a.name AS attachment, a.file_ext
  FROM referat.attachments AS a
  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) a.document_id
  LEFT JOIN LATERAL (SELECT i.title, i.case_no, i.outcome FROM referat.items AS i
					  WHERE i.document_id OPERATOR(pg_catalog.=) a.document_id
						AND i.item_no IS NOT DISTINCT FROM a.item_no
					  ORDER BY i.seq LIMIT 1) AS i ON true;
COMMENT ON VIEW referat.attachments_v IS 'one row per attachment (Bilag) of every stored item';

-- "What happened to this case?": every item that carries the case number,
-- and the earlier treatments its Sagsforløb lists that no stored item
-- already shows (each once, though several documents may list it).
-- The earlier treatments are kept where no stored item of the case has the same
-- meeting, each once.  Written with window functions partitioned by the case
-- number rather than NOT EXISTS over the items: a filter on case_no still reaches
-- the index, and Citus can plan it (a correlated subquery on another column it
-- cannot).
CREATE VIEW referat.case_history_v AS
SELECT a.case_no, a.meeting_date, a.forum, a.appearance, a.document_id, a.item_no, a.title,
	   a.outcome, a.text
  FROM (SELECT u.*,
			   pg_catalog.bool_or(u.appearance OPERATOR(pg_catalog.=) 'item')
				   OVER (PARTITION BY u.case_no, u.meeting_date, u.forum) AS meeting_has_item,
			   pg_catalog.row_number()
				   OVER (PARTITION BY u.case_no, u.meeting_date, u.forum, u.appearance, u.item_no
						 ORDER BY u.document_id) AS nth
		  FROM (SELECT i.case_no, i.meeting_date, i.forum, 'item' AS appearance, i.document_id,
					   i.item_no, i.title, i.outcome, i.decision AS text
				  FROM referat.items_v AS i
				 WHERE i.case_no IS NOT NULL
				UNION ALL
				SELECT i.case_no::text, h.meeting_date, h.committee, 'sagsforløb', h.document_id,
					   h.item_no_then, i.title, NULL, h.body
				  FROM referat.history AS h
				  JOIN referat.items AS i ON i.document_id OPERATOR(pg_catalog.=) h.document_id
										 AND i.item_no IS NOT DISTINCT FROM h.item_no
				 WHERE i.case_no IS NOT NULL) AS u) AS a
 WHERE a.appearance OPERATOR(pg_catalog.=) 'item' OR (NOT a.meeting_has_item AND a.nth OPERATOR(pg_catalog.=) 1);
COMMENT ON VIEW referat.case_history_v IS 'every appearance of a case number: the items that carry it and the earlier treatments their Sagsforløb lists; order by meeting_date';

CREATE VIEW referat.outcomes_per_month_v AS
SELECT forum, pg_catalog.date_trunc('month', meeting_date)::date AS month, outcome,
	   pg_catalog.count(*)::integer AS items
  FROM referat.items_v
 GROUP BY forum, pg_catalog.date_trunc('month', meeting_date)::date, outcome;
COMMENT ON VIEW referat.outcomes_per_month_v IS 'dashboard tile: items and their outcomes per forum per month';

CREATE VIEW referat.recurring_cases_v AS
SELECT case_no, pg_catalog.count(DISTINCT (forum, meeting_date))::integer AS meetings,
	   pg_catalog.count(*)::integer AS items,
	   pg_catalog.min(meeting_date) AS first_seen, pg_catalog.max(meeting_date) AS last_seen,
	   pg_catalog.string_agg(DISTINCT forum, ', ') AS forums
  FROM referat.items_v
 WHERE case_no IS NOT NULL
 GROUP BY case_no;
COMMENT ON VIEW referat.recurring_cases_v IS 'dashboard tile: case numbers by how many meetings they came up in';

CREATE VIEW referat.meetings_per_year_v AS
SELECT forum, kind, pg_catalog.date_part('year', meeting_date)::integer AS year,
	   pg_catalog.count(*)::integer AS meetings, pg_catalog.sum(item_count)::integer AS items
  FROM referat.meetings
 GROUP BY forum, kind, pg_catalog.date_part('year', meeting_date)::integer;
COMMENT ON VIEW referat.meetings_per_year_v IS 'dashboard tile: meetings (and their items) per forum per year';

-- Parse quality: which stored documents were read badly.  Each figure is
-- one a person checks first: items found, the table of contents against
-- them, items without case number, minutes items without decision, and how
-- much of the text sits in untitled sections (text no heading explained).
-- It parses each document's sections again: select from it with a WHERE.
-- Each figure is computed per document in a subquery grouped by document and
-- joined on it (not a subquery per row): a filter on document_id reaches each,
-- and Citus pushes them down to the workers.
CREATE VIEW referat.parse_quality_v AS
SELECT d.id AS document_id, d.source, m.kind, m.forum, m.meeting_date, m.layout,
	   m.item_count AS items, m.toc_count AS toc_entries,
	   COALESCE(toc.without_item, 0) AS toc_without_item,
	   COALESCE(it.without_case, 0) AS items_without_case,
	   CASE WHEN m.kind IS DISTINCT FROM 'dagsorden' THEN COALESCE(it.without_decision, 0) ELSE 0 END
		   AS minutes_items_without_decision,
	   lines.untitled_share
  FROM referat.documents AS d
  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) d.id
  LEFT JOIN (SELECT i.document_id,
					pg_catalog.count(*) FILTER (WHERE NOT i.closed AND i.case_no IS NULL)::integer AS without_case,
					pg_catalog.count(*) FILTER (WHERE NOT i.closed AND i.decision IS NULL)::integer AS without_decision
			   FROM referat.items AS i
			  GROUP BY i.document_id) AS it ON it.document_id OPERATOR(pg_catalog.=) d.id
  -- a ToC may cut a title short or lose its last full stop to the dot leaders: one title
  -- starting with the other is a match
  LEFT JOIN (SELECT e.document_id, pg_catalog.count(*) FILTER (WHERE NOT e.matched)::integer AS without_item
			   FROM (SELECT td.id AS document_id, t.ordinal,
							COALESCE(pg_catalog.bool_or(
								pg_catalog.starts_with(pg_catalog.lower(pg_catalog.btrim(i.raw_title)), pg_catalog.lower(pg_catalog.btrim(t.title))) OR
								pg_catalog.starts_with(pg_catalog.lower(pg_catalog.btrim(t.title)), pg_catalog.lower(pg_catalog.btrim(i.raw_title)))),
								false) AS matched
					   FROM referat.documents AS td
					  CROSS JOIN LATERAL referat.toc(td.body) AS t
					   LEFT JOIN referat.items AS i ON i.document_id OPERATOR(pg_catalog.=) td.id
					  GROUP BY td.id, t.ordinal) AS e
			  GROUP BY e.document_id) AS toc ON toc.document_id OPERATOR(pg_catalog.=) d.id
  -- of the non-empty body lines of the items (NULL without items)
  LEFT JOIN (SELECT sd.id AS document_id,
					pg_catalog.round(COALESCE(pg_catalog.sum(s.lines) FILTER (WHERE s.kind OPERATOR(pg_catalog.=) 'untitled'), 0)
									 OPERATOR(pg_catalog./) NULLIF(pg_catalog.sum(s.lines), 0), 3) AS untitled_share
			   FROM referat.documents AS sd
			  CROSS JOIN LATERAL (SELECT x.kind, pg_catalog.cardinality(pg_catalog.array_remove(
											 pg_catalog.string_to_array(x.body, E'\n'), ''))::numeric AS lines
									FROM referat.sections(sd.body) AS x
								   WHERE x.item_no OPERATOR(pg_catalog.<>) 0
									 AND x.kind OPERATOR(pg_catalog.<>) 'furniture') AS s
			  GROUP BY sd.id) AS lines ON lines.document_id OPERATOR(pg_catalog.=) d.id;
COMMENT ON VIEW referat.parse_quality_v IS 'one row per stored document: items, table-of-contents entries and those no item matches, items without case number, minutes items without decision, share of body lines in untitled sections';
