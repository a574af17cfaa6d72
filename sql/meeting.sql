SET datestyle = 'ISO, YMD';
-- referat.meeting: the header of every corpus document
SELECT name, m.* FROM corpus, referat.meeting(doc) m ORDER BY name;

-- text that is not minutes: a row of NULLs and no items, never an error
SELECT * FROM referat.meeting('');
SELECT * FROM referat.meeting(E'Dear diary,\nnothing happened today.\n');
SELECT referat.meeting(NULL) IS NULL AS strict;

-- a place over two lines (pdftotext wraps it) is one value, the lines joined by a blank
SELECT kind, forum, meeting_date, starts_at, location FROM referat.meeting(
  E'REFERAT Chefforum d. 28-06-2017\nMødedato\n\nOnsdag d. 28. juni 2017 kl. 10:00\n\nMødested\n\n'
  'Kontor 1,015 på 1. sal i Sundhedshuset (Leder af\nplejeboligområdets kontor)\n\nIndholdsfortegnelse\n');
-- other systems' headers: upper-case labels; an eDoc title block
SELECT kind, forum, meeting_date, starts_at, location FROM referat.meeting(
  E'UDVALG\n\nUdvalget for Ældre og Sundhed\n\nMØDE\n\nReferat\n\nSTED\n\nKanalstræde 2, mødelokale 0.21\n\n'
  'STARTTIDSPUNKT\n\n04-06-2020 09:00:00\n\nSLUTTIDSPUNKT\n\n04-06-2020 11:00:00\n');
SELECT kind, forum, meeting_date, starts_at, location FROM referat.meeting(
  E'Referat\nSundheds- og Forebyggelsesudvalget\ntirsdag den 4. december 2012, kl. 13:00\n'
  'i Mødecenter C, Lokale 32 på Ballerup Rådhus\nÅbent referat\n');
