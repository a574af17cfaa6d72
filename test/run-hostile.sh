#!/usr/bin/env bash
# test/run-hostile.sh — hostile input through SQL.
#
# 100 MB documents of repeated minutes (items, sections, facts), one 100 MB line, a million lines of
# "Punkt N:", a document of nothing but headings, 100 MB of FirstAgenda JSON (a
# million items, one field of 100 MB), every byte value 1–31 mixed
# into text, invalid and extreme case-number literals, referat.items under a
# LIMIT and in a cursor closed early.  Each must give the right (or an empty)
# answer in memory linear in the input, and those that take long must stop
# within a second of a statement_timeout or a cancel.  (test/run-hostile-cancel.sh
# has single values of 100 MB.)
#
# bin/test runs it with PGHOST/PGPORT/PGUSER of its throwaway cluster, a
# superuser (see test/hostile_lib.sh).  Exit status 0 means every check passed.
set -euo pipefail
source "$(dirname "$0")/hostile_lib.sh"

PUNKT="(SELECT string_agg(format('Punkt %s:', i), E'\n') FROM generate_series(1, 1000000) i)"
MILLION="(SELECT string_agg(format('Punkt %s:', i % 100000), E'\n') FROM generate_series(1, 1000000) i)"
HEADINGS="repeat(E'Beslutning\nBilag\nSagsfremstilling\nIndstilling\n', 250000)"
MD_HEADINGS="E'Punkt 1: x\n' || repeat(E'## Beslutning\n## Bilag\n## Sagsfremstilling\n## Indstilling\n', 250000)"

echo "== a 100 MB document: the minutes repeated $copies times"
# every copy gives the same 8 items; 44 sections in the first, 42 in each
# further copy (its header and table of contents go into the item before)
measured "items of the 100 MB document" "$BIG" \
	"WITH one AS (SELECT item_no, title, case_no::text, outcome FROM docs, referat.items(doc) WHERE name = 'minutes'),
	      big AS (SELECT item_no, title, case_no::text, outcome, count(*) AS n FROM referat.items($BIG) GROUP BY 1, 2, 3, 4)
	 SELECT count(*), bool_and(n = $copies), count(one.item_no) FROM big FULL JOIN one USING (item_no, title, case_no, outcome)" \
	"8|t|8"
# 43 sections a copy: the meeting header and ToC come once; item 7's "KommuneMED, 19. juni 2017, pkt. 4:" is a history section
measured "sections of the 100 MB document" "$BIG" \
	"SELECT count(*) = 43 * $copies + 2 FROM referat.sections($BIG)" "t"
stops "$BIG" \
	"items of the 100 MB document" "SELECT count(*) FROM referat.items($D)" \
	"sections of the 100 MB document" "SELECT count(*) FROM referat.sections($D)" \
	"proposals of the 100 MB document" "SELECT count(*) FROM referat.proposals($D)" \
	"attachments of the 100 MB document" "SELECT count(*) FROM referat.attachments($D)" \
	"history of the 100 MB document" "SELECT count(*) FROM referat.history($D)" \
	"toc of the 100 MB document" "SELECT count(*) FROM referat.toc($D)" \
	"meeting of the 100 MB document" "SELECT referat.meeting($D)"
cancels "$BIG" "items of the 100 MB document" "SELECT count(*) FROM referat.items($D)"

echo "== a 100 MB document with money, dates and votes: Aarhus Byråd's minutes repeated"
q -v doc="$(cat test/corpus/aarhus/byraad_referat_2025-08-27_pdftotext.txt)" <<<"INSERT INTO docs VALUES ('byraad', :'doc')"
byraad_copies=$(q -c "SELECT ceil(104857600.0 / octet_length(doc)) FROM docs WHERE name = 'byraad'")
BYRAAD="(SELECT repeat(doc, $byraad_copies) FROM docs WHERE name = 'byraad')"
# every copy after the first adds what the second adds to the first (whose
# header is not read; the later ones' are, as part of the item before them)
for fn in amounts dates positions; do
	read -r one two < <(q -F ' ' -c "SELECT (SELECT count(*) FROM referat.$fn(doc)), (SELECT count(*) FROM referat.$fn(repeat(doc, 2))) FROM docs WHERE name = 'byraad'")
	measured "$fn of the 100 MB document ($one in one copy, $two in two)" "$BYRAAD" \
		"SELECT count(*) FROM referat.$fn($BYRAAD)" "$((one + (byraad_copies - 1) * (two - one)))"
done
stops "$BYRAAD" \
	"amounts of the 100 MB document" "SELECT count(*) FROM referat.amounts($D)" \
	"dates of the 100 MB document" "SELECT count(*) FROM referat.dates($D)" \
	"positions of the 100 MB document" "SELECT count(*) FROM referat.positions($D)"

echo "== one 100 MB line"
measured "items of one 100 MB line" "$LINE" \
	"SELECT count(*) FROM referat.items($LINE)" "0"
measured "sections of one 100 MB line" "$LINE" \
	"SELECT count(*), min(kind), max(length(body)) FROM referat.sections($LINE)" "1|header|104857599"
measured "meeting of one 100 MB line" "$LINE" \
	"SELECT kind IS NULL AND forum IS NULL AND meeting_date IS NULL AND item_count = 0 FROM referat.meeting($LINE)" "t"
measured "an attachment of 100 MB" "$LINE" \
	"SELECT count(*), max(length(name)), max(file_ext) FROM referat.attachments(E'Punkt 1: x\nBilag\n' || $LINE)" \
	"1|104857599|"
measured "a proposal of 100 MB" "$LINE" \
	"SELECT count(*), max(length(body)) FROM referat.proposals(E'Punkt 1: x\nIndstilling\nAt 1) ' || $LINE)" \
	"1|104857599"
stops "E'REFERAT x\n' || repeat('Mødedato ', 11650000)" \
	"meeting with a 100 MB header line" "SELECT referat.meeting($D)"

echo "== 1,000,000 lines of \"Punkt N:\""
# item numbers have at most five digits: "Punkt 100000:" and on are text of item 99999
measured "items of a million \"Punkt N:\" lines" "$PUNKT" \
	"SELECT count(*), max(item_no), count(title), max(last_line) FROM referat.items($PUNKT)" \
	"99999|99999|0|1000000"
# an item costs about 150 bytes of outline (item and section), and one can be
# as short as "Punkt 1:", so the bound is 20 bytes per byte here
measured "a million items" "$MILLION" \
	"SELECT count(*), count(DISTINCT item_no) FROM referat.items($MILLION)" \
	"1000000|100000" 20
stops "$PUNKT" \
	"items of a million \"Punkt N:\" lines" "SELECT count(*) FROM referat.items($D)" \
	"sections of a million \"Punkt N:\" lines" "SELECT count(*) FROM referat.sections($D)"

echo "== nothing but headings"
measured "a million headings and no item" "$HEADINGS" \
	"SELECT (SELECT count(*) FROM referat.items($HEADINGS)), (SELECT string_agg(kind, ',') FROM referat.sections($HEADINGS))" \
	"0|header"
# in a Bilag list only a Markdown heading ends the list, so these are all sections
measured "a million Markdown headings in one item" "$MD_HEADINGS" \
	"SELECT count(*), count(DISTINCT kind), count(body) FROM referat.sections($MD_HEADINGS)" \
	"1000001|5|0"
stops "$MD_HEADINGS" "a million Markdown headings in one item" "SELECT count(*) FROM referat.sections($D)"

echo "== every byte value 1-31 mixed into text"
# item i has chr(i) in its title, a heading, a proposal, its decision and an
# attachment; chr(10) breaks lines, so item 10's title is wrapped
CONTROL="(SELECT string_agg(format(E'Punkt %s: ti%stel\n00.01.00-A00-3-17\nIndstilling%s\n1. at god%skende\nBeslutning\nGodkendt%s.\nBilag\nBilag %s%s.pdf', i, chr(i), chr(i), chr(i), chr(i), i, chr(i)), E'\n') FROM generate_series(1, 31) i)"
expect "items with control characters" "31|31|31|t|0" "$(q -c "
	SELECT count(*), count(*) FILTER (WHERE outcome = 'approved'), count(case_no),
	       bool_and(title IN ('titel', 'ti tel')),
	       count(*) FILTER (WHERE concat(title, raw_title, prefix, occasion, summary, presentation, recommendation,
	                                     decision, history, array_to_string(attachments, ' ')) ~ '[\x01-\x09\x0b-\x1f]'
	                           OR concat(title, raw_title, array_to_string(attachments, ' ')) ~ '\n')
	  FROM referat.items($CONTROL)")"
expect "sections with control characters" "0" "$(q -c "
	SELECT count(*) FROM referat.sections($CONTROL) WHERE heading ~ '[\x01-\x09\x0b-\x1f]' OR body ~ '[\x01-\x09\x0b-\x1f]'")"
expect "proposals with control characters" "31|0" "$(q -c "
	SELECT count(*), count(*) FILTER (WHERE body !~ '^god ?kende$') FROM referat.proposals($CONTROL)")"
# item 10's "Bilag 10\n.pdf" is two lines, so two attachments
expect "attachments with control characters" "32|30" "$(q -c "
	SELECT count(*), count(*) FILTER (WHERE name ~ '^Bilag [0-9]+ ?\.pdf$' AND file_ext = 'pdf') FROM referat.attachments($CONTROL)")"
# 25,000 times chr(1) "Punkt 1:" chr(1) "Beslutning" chr(2) "Punkt 2:" … chr(31) "Beslutning":
# only chr(10) breaks lines, so there is item 1 (its title runs up to the first
# chr(10)) and then one item 10 (without title) in each repetition
MIXED="(SELECT repeat(string_agg(chr(i) || 'Punkt ' || i || ':' || chr(i) || 'Beslutning', ''), 25000) FROM generate_series(1, 31) i)"
expect "10 MB of control characters and text" "25001|1,10" "$(q -c "
	SELECT count(*), string_agg(DISTINCT item_no::text, ',') FROM referat.items($MIXED)")"

echo "== case numbers and KLE prefixes"
q -c "CREATE FUNCTION try_sagsnr(lit text) RETURNS text LANGUAGE plpgsql AS \$\$
	BEGIN RETURN lit::referat.sagsnr::text; EXCEPTION WHEN OTHERS THEN RETURN SQLSTATE; END \$\$" \
	-c "CREATE FUNCTION try_prefix(lit text) RETURNS text LANGUAGE plpgsql AS \$\$
	BEGIN RETURN referat.kle_under('00.01.00-A00-3-17', lit)::text; EXCEPTION WHEN OTHERS THEN RETURN SQLSTATE; END \$\$"
# each must fail with 22P02 (invalid_text_representation); the list prints the others
expect "invalid case numbers fail with 22P02" "" "$(q -c "
	SELECT string_agg(format('%s -> %s', left(lit, 40), try_sagsnr(lit)), '; ')
	  FROM (VALUES (''), ('   '), (E'\t'), ('-'), ('--'), ('.'), ('..'), ('00.'), ('.00'), ('00..01'),
	               ('00.01.00-A00-3'), ('00.01.00-A00-0-17'), ('00.01.00-A00-0000000-17'),
	               ('00.01.00-A00-12345678-17'), ('00.01.00-AA0-3-17'), ('00.01.00-0A0-3-17'),
	               ('00.01.00-A00-3-170'), ('0.01.00-A00-3-17'), ('000.01'), ('00.01.00.00'),
	               ('1-2'), ('1-2-3-4-5-6-7-8-9'), ('12345678901-2-3'), ('AB-CD-EF'), ('-1-2-3'),
	               ('1-2-3-'), ('1--2-3'), ('EMN-2025'), ('EMN-25-1'), ('EMN-1899-1'), ('EMN-2100-1'),
	               ('EMN-2025-1234567890'), ('EMN-2025-'), ('EMN-2025-1-2'), ('EMN-2025-X1'),
	               ('1234567890-1234567890-1234567890-1234567890-1234567890-1234567890'),
	               ('ÆØÅ-1-2'), ('００.０１'), ('٣٣٠-٢٠١٨-٣٦١٩'), ('330—2018—3619'), ('330−2018−3619'),
	               ('330-2018-' || chr(160) || '3619'), ('00.01' || chr(160)), (chr(65279) || '00.01'),
	               ('00.01' || chr(8203)), ('330-2018-3619' || chr(769)), ('33' || chr(173) || '0-2018-3619'),
	               (E'00.01\\'; DROP TABLE docs; --'), ('%s%n%x-1-2'),
	               (repeat('1', 1000000)), (repeat('00.01.', 200000)), (repeat('1-', 500000) || '1'),
	               (repeat('A', 10485760))) AS v(lit)
	 WHERE try_sagsnr(lit) IS DISTINCT FROM '22P02'")"
expect "a control character in a case number fails with 22P02" "31|31" "$(q -c "
	SELECT count(*), count(*) FILTER (WHERE try_sagsnr('00.0' || chr(i) || '1') = '22P02') FROM generate_series(1, 31) i")"
expect "extreme case numbers that are valid" \
	"00.01.00-A00-3-17|00.01|EMN-2025-000001|EMN-2099-999999999|EMN-1900-000000|99.99.99-Z99-9999999-99|00.01.00-000-1-00|1234567890-1234567890-1234567890-1234567890-1234567890-123456789|330-2018-3619|A-B-1" \
	"$(q -c "
	SELECT string_agg(try_sagsnr(lit), '|' ORDER BY n)
	  FROM (VALUES (1, '  00.01.00-a00-0000003-17  '), (2, E'\t\n00.01\r\n'), (3, 'emn-2025-1'),
	               (4, 'EMN-2099-999999999'), (5, 'EMN-1900-000000000'), (6, '99.99.99-Z99-9999999-99'),
	               (7, '00.01.00-000-1-00'), (8, '1234567890-1234567890-1234567890-1234567890-1234567890-123456789'),
	               (9, '330–2018–3619'), (10, 'a-b-1')) AS v(n, lit)")"
expect "invalid KLE prefixes fail with 22P02" "" "$(q -c "
	SELECT string_agg(format('%s -> %s', left(lit, 40), try_prefix(lit)), '; ')
	  FROM (VALUES (''), ('0'), ('000'), ('00.1'), ('00.01.00.00'), ('ab'), ('00-01'), ('00.01.'),
	               (chr(1) || '00'), (repeat('0', 1000000))) AS v(lit)
	 WHERE try_prefix(lit) IS DISTINCT FROM '22P02'")"

echo "== 100 MB of FirstAgenda JSON: a million items, and one field of 100 MB"
# every item reads "Punkt 1: Godkendelse" with the decision "Godkendt."
fa_items() {
	echo "('{\"Udvalg\": {\"Navn\": \"Byråd\"}, \"Dagsordenpunkter\": [' || left(repeat('{\"Punktnummer\": \"1\",
	\"Navn\": \"Godkendelse\", \"Felter\": [{\"Html\": \"<h3>Beslutning</h3><p>Godkendt.</p>\"}]},', $1), -1) || ']}')::jsonb"
}
FIELD="jsonb_build_object('Dagsordenpunkter', jsonb_build_array(jsonb_build_object('Navn', 'x', 'Felter',
	jsonb_build_array(jsonb_build_object('Html', repeat('<p>Sagen drøftes</p>', 5000000))))))"
q -c "CREATE TABLE fa (name text PRIMARY KEY, doc jsonb NOT NULL)" -c "INSERT INTO fa SELECT 'items', $(fa_items 1000000)" \
	-c "INSERT INTO fa SELECT 'half', $(fa_items 500000)" -c "INSERT INTO fa SELECT 'field', $FIELD"
measured "items of 100 MB of FirstAgenda JSON" "(SELECT doc::text FROM fa WHERE name = 'items')" \
	"SELECT count(*), count(DISTINCT (item_no, title, decision)) FROM fa, referat.items(referat.from_firstagenda(doc)) WHERE name = 'items'" \
	"1000000|1"
# "Dagsorden", "Punkt 1: x", then 5,000,000 paragraphs "Sagen drøftes" (13 characters, a blank line between)
measured "from_firstagenda of a field of 100 MB" "(SELECT doc::text FROM fa WHERE name = 'field')" \
	"SELECT length(referat.from_firstagenda(doc)) FROM fa WHERE name = 'field'" \
	"$((23 + 5000000 * 13 + 4999999 * 2 + 1))"
# 50 MB: PostgreSQL's JsonbToCString, which writes the jsonb as text for the core, does not
# check for interrupts; over a million small objects it takes about 9 ms a MB
stops "(SELECT doc FROM fa WHERE name = 'half')" \
	"from_firstagenda of 50 MB of JSON" "SELECT length(referat.from_firstagenda($D))"
cancels "(SELECT doc FROM fa WHERE name = 'half')" \
	"from_firstagenda of 50 MB of JSON" "SELECT length(referat.from_firstagenda($D))"

echo "== LIMIT 1 and a cursor closed early"
# 50 rounds of each in one backend, after one round to warm the caches: the
# backend's memory contexts must not grow (a leaked copy of the 5 MB document
# would add 5 MB a round)
limit_round() {
	echo "SELECT item_no FROM d, referat.items(doc) LIMIT 1 $1"
	echo "BEGIN;"
	echo "DECLARE c CURSOR FOR SELECT item_no FROM d, referat.items(doc);"
	echo "FETCH 2 FROM c $1"
	echo "CLOSE c;"
	echo "COMMIT;"
}
{
	echo "CREATE TEMP TABLE d AS SELECT repeat(doc, 250) AS doc FROM docs WHERE name = 'minutes';"
	limit_round '\g /dev/null'
	echo "SELECT sum(total_bytes) AS before FROM pg_backend_memory_contexts \gset"
	for ((i = 1; i < 50; i++)); do limit_round '\g /dev/null'; done
	limit_round ';'
	echo "SELECT sum(total_bytes) - :before < 1048576 FROM pg_backend_memory_contexts;"
} >"$tmp/limit.sql"
expect "LIMIT 1 and cursors closed early leave nothing behind" "1|1|2|t" "$(q -f "$tmp/limit.sql" 2>&1 | paste -s -d '|')"

hostile_done
