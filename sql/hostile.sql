-- Hostile input: bounded results, no error, no crash.
-- 10,000 "Punkt N:" lines
SELECT count(*), min(item_no), max(item_no), count(title)
  FROM referat.items((SELECT string_agg(format('Punkt %s:', i), E'\n') FROM generate_series(1, 10000) i));
-- one line of 5 MB
SELECT count(*) FROM referat.items(repeat('Beslutning godkendt ', 262144));
SELECT count(*), max(length(body)) FROM referat.sections(repeat('Beslutning godkendt ', 262144));
-- nothing but headings
SELECT count(*) FROM referat.items(repeat(E'Beslutning\nBilag\nSagsfremstilling\nIndstilling\n', 1000));
SELECT kind, count(*) FROM referat.sections(repeat(E'Beslutning\nBilag\nSagsfremstilling\nIndstilling\n', 1000)) GROUP BY kind;
-- a case-number line with no item
SELECT count(*) FROM referat.items(E'00.01.00-A00-3-17\n\n00.01.00-A00-3-17\n');
-- every control character but NUL, in titles, headings and bodies
SELECT item_no, title, decision, outcome
  FROM referat.items((SELECT string_agg(format(E'Punkt %s: titel%smed\n00.01.00-A00-3-17\nBeslutning\nGodkendt%s.', i, chr(i), chr(i)), E'\n')
                        FROM generate_series(1, 31) i))
 WHERE item_no IN (1, 9, 10, 12, 13, 31);
-- a byte-order mark, CRLF, no-break spaces, a soft hyphen
SELECT item_no, title, case_no, decision FROM referat.items(
  E'\uFEFFPunkt 1: CF\u00A0-\u00A0Arbejds\u00ADmiljø\r\n00.01.00-A00-3-17\r\n\r\nBeslutning\r\n\r\nGodkendt.\r\n');
-- a LIMIT and a cursor closed early leave nothing behind
SELECT item_no FROM corpus, referat.items(doc) WHERE name = 'dagsorden' LIMIT 1;
BEGIN;
DECLARE c CURSOR FOR SELECT item_no FROM corpus, referat.items(doc) WHERE name = 'dagsorden';
FETCH 2 FROM c;
CLOSE c;
COMMIT;
