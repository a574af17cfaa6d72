SET datestyle = 'ISO, YMD';
-- referat.history: Sagsforløb blocks (Udvalg, Dato, Punktnummer, text)
SELECT name, item_no, ordinal, committee, meeting_date, item_no_then, left(body, 60) AS body_starts
  FROM corpus, referat.history(doc)
 WHERE name IN ('byraad', 'teknisk')
 ORDER BY name, item_no, ordinal;

-- the agenda: entries per item
SELECT item_no, count(*), min(meeting_date), max(meeting_date)
  FROM corpus, referat.history(doc) WHERE name = 'dagsorden'
 GROUP BY item_no ORDER BY item_no;

-- one whole entry, whose "Dato:" line starts with a form feed in the source
SELECT h.* FROM corpus, referat.history(doc) h WHERE name = 'byraad' AND item_no = 2 AND ordinal = 1;
