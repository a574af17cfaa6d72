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
CREATE VIEW referat.case_history_v AS
SELECT i.case_no, i.meeting_date, i.forum, 'item' AS appearance, i.document_id, i.item_no,
	   i.title, i.outcome, i.decision AS text
  FROM referat.items_v AS i
 WHERE i.case_no IS NOT NULL
UNION ALL
(SELECT DISTINCT ON (i.case_no, h.meeting_date, h.committee, h.item_no_then)
	   i.case_no::text, h.meeting_date, h.committee, 'sagsforløb', h.document_id, h.item_no_then,
	   i.title, NULL, h.body
  FROM referat.history AS h
  JOIN referat.items AS i ON i.document_id OPERATOR(pg_catalog.=) h.document_id
						 AND i.item_no IS NOT DISTINCT FROM h.item_no
 WHERE i.case_no IS NOT NULL
   AND NOT EXISTS (SELECT FROM referat.items_v AS seen
					WHERE seen.case_no OPERATOR(pg_catalog.=) i.case_no::text
					  AND seen.meeting_date OPERATOR(pg_catalog.=) h.meeting_date
					  AND seen.forum OPERATOR(pg_catalog.=) h.committee)
 ORDER BY i.case_no, h.meeting_date, h.committee, h.item_no_then, h.document_id);
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
CREATE VIEW referat.parse_quality_v AS
SELECT d.id AS document_id, d.source, m.kind, m.forum, m.meeting_date, m.layout,
	   m.item_count AS items, m.toc_count AS toc_entries,
	   -- a ToC may cut a title short or lose its last full stop to the dot leaders: one title
	   -- starting with the other is a match
	   (SELECT pg_catalog.count(*)::integer
		  FROM referat.toc(d.body) AS t,
			   LATERAL (SELECT pg_catalog.lower(pg_catalog.btrim(t.title)) AS title) AS tt
		 WHERE NOT EXISTS (SELECT FROM referat.items AS i,
									   LATERAL (SELECT pg_catalog.lower(pg_catalog.btrim(i.raw_title)) AS title) AS it
							WHERE i.document_id OPERATOR(pg_catalog.=) d.id
							  AND (pg_catalog.starts_with(it.title, tt.title) OR
								   pg_catalog.starts_with(tt.title, it.title)))) AS toc_without_item,
	   (SELECT pg_catalog.count(*)::integer FROM referat.items AS i
		 WHERE i.document_id OPERATOR(pg_catalog.=) d.id AND NOT i.closed AND i.case_no IS NULL) AS items_without_case,
	   (SELECT pg_catalog.count(*)::integer FROM referat.items AS i
		 WHERE i.document_id OPERATOR(pg_catalog.=) d.id AND NOT i.closed AND i.decision IS NULL
		   AND m.kind IS DISTINCT FROM 'dagsorden') AS minutes_items_without_decision,
	   -- of the body lines of the items (NULL without items)
	   (SELECT pg_catalog.round(COALESCE(pg_catalog.sum(l.n) FILTER (WHERE s.kind OPERATOR(pg_catalog.=) 'untitled'), 0)
								OPERATOR(pg_catalog./) NULLIF(pg_catalog.sum(l.n), 0), 3)
		  FROM referat.sections(d.body) AS s,
			   LATERAL (SELECT pg_catalog.count(*)::numeric AS n
						  FROM pg_catalog.regexp_split_to_table(s.body, E'\n') AS line
						 WHERE line OPERATOR(pg_catalog.<>) '') AS l
		 WHERE s.item_no OPERATOR(pg_catalog.<>) 0 AND s.kind OPERATOR(pg_catalog.<>) 'furniture') AS untitled_share
  FROM referat.documents AS d
  JOIN referat.meetings AS m ON m.document_id OPERATOR(pg_catalog.=) d.id;
COMMENT ON VIEW referat.parse_quality_v IS 'one row per stored document: items, table-of-contents entries and those no item matches, items without case number, minutes items without decision, share of body lines in untitled sections';
