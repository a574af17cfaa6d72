#!/usr/bin/env bash
# test/run-hostile-cancel.sh — one value of 100 MB that the parser core reads
# in one call (renders, extracts, classifies, tokenizes): a statement_timeout
# and pg_cancel_backend must stop each within a second, so the core's loops
# poll for interrupts also inside one line, one sentence, one word
# (src/core/text/interrupt.h).  test/run-hostile.sh has the whole documents.
#
# bin/test runs it like run-hostile.sh, with PGHOST/PGPORT/PGUSER of a
# cluster where the extension can be created, as a superuser.
set -euo pipefail
source "$(dirname "$0")/hostile_lib.sh"

echo "== one 100 MB line, rendered and extracted in one piece"
stops "$LINE" "sections of one 100 MB line" "SELECT count(*) FROM referat.sections($D)"
cancels "$LINE" "sections of one 100 MB line" "SELECT count(*) FROM referat.sections($D)"
stops "E'Punkt 1: x\nBilag\n' || $LINE" "an attachment of 100 MB" "SELECT count(*) FROM referat.attachments($D)"
cancels "E'Punkt 1: x\nBilag\n' || $LINE" "an attachment of 100 MB" "SELECT count(*) FROM referat.attachments($D)"
stops "E'Punkt 1: x\nIndstilling\nAt 1) ' || $LINE" "a proposal of 100 MB" "SELECT count(*) FROM referat.proposals($D)"
cancels "E'Punkt 1: x\nIndstilling\nAt 1) ' || $LINE" "a proposal of 100 MB" "SELECT count(*) FROM referat.proposals($D)"
stops "'Punkt 1: ' || $LINE" "a title of 100 MB" "SELECT count(*) FROM referat.items($D)"
cancels "'Punkt 1: ' || $LINE" "a title of 100 MB" "SELECT count(*) FROM referat.items($D)"
# white space only: trimmed, not rendered
stops "repeat(' ', 104857600)" \
	"100 MB of blanks, sections" "SELECT count(*) FROM referat.sections($D)" \
	"100 MB of blanks, meeting" "SELECT referat.meeting($D)"

echo "== a decision of 100 MB, classified in one piece"
DECISION="E'Punkt 1: x\n00.01.00-A00-3-17\nBeslutning\n' || repeat('Sagen drøftes uden ', 5242880)"
stops "$DECISION" \
	"items with a 100 MB decision" "SELECT count(*) FROM referat.items($D)" \
	"classify_decision of 100 MB" "SELECT referat.classify_decision($D)"
cancels "$DECISION" "items with a 100 MB decision" "SELECT count(*) FROM referat.items($D)"
cancels "$DECISION" "classify_decision of 100 MB" "SELECT referat.classify_decision($D)"
# no word at all: the classifier looks for the next word through 100 MB
stops "repeat('.,;', 34952534)" "classify_decision of 100 MB of punctuation" "SELECT referat.classify_decision($D)"

echo "== one sentence of 100 MB, read for money, dates and positions"
SENTENCE="E'Punkt 1: x\nBeslutning\n' || repeat('der bevilges 5 mio. kr. den 3. marts 2024 og venstre stemte imod og ', 1542000)"
stops "$SENTENCE" \
	"amounts in a sentence of 100 MB" "SELECT count(*) FROM referat.amounts($D)" \
	"dates in a sentence of 100 MB" "SELECT count(*) FROM referat.dates($D)" \
	"positions in a sentence of 100 MB" "SELECT count(*) FROM referat.positions($D)"
cancels "$SENTENCE" "positions in a sentence of 100 MB" "SELECT count(*) FROM referat.positions($D)"
# the colon at the end: every word of the line is tried as a label inside it
stops "E'REFERAT\nAfbud: ' || repeat('Anne Hansen, ', 8066000) || ':'" \
	"absences on a header line of 100 MB" "SELECT count(*) FROM referat.absences($D)" \
	"attendees on a header line of 100 MB" "SELECT count(*) FROM referat.attendees($D)"

echo "== one HTML field of 100 MB in FirstAgenda JSON, made text in one piece"
FIELD="jsonb_build_object('Dagsordenpunkter', jsonb_build_array(jsonb_build_object('Navn', 'x', 'Felter',
	jsonb_build_array(jsonb_build_object('Html', repeat('<p>Sagen drøftes</p>', 5000000))))))"
stops "$FIELD" "from_firstagenda of a field of 100 MB" "SELECT length(referat.from_firstagenda($D))"
cancels "$FIELD" "from_firstagenda of a field of 100 MB" "SELECT length(referat.from_firstagenda($D))"

echo "== 100 MB through the text-search parser"
stops "$LINE" "to_tsvector of 100 MB" "SELECT length(to_tsvector('referat.danish', $D))"
stops "repeat('a', 104857600)" "to_tsvector of one word of 100 MB" "SELECT length(to_tsvector('referat.danish', $D))"

hostile_done
