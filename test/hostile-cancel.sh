#!/usr/bin/env bash
# test/hostile-cancel.sh — hostile input that is NOT stopped within a second
# yet: one value of 100 MB that the parser core renders, extracts or
# classifies in one call, without a check for interrupts inside.  The
# checks are those of test/run-hostile.sh; this script fails today and is
# kept out of bin/test (which runs test/run-*.sh) until the core checks for
# interrupts in rf_render, rf_attachments, rf_proposals and
# rf_classify_decision: then rename it to test/run-hostile-cancel.sh.
#
# Run it like run-hostile.sh, with PGHOST/PGPORT/PGUSER of a cluster where
# the extension is installed, as a superuser.
set -euo pipefail
source "$(dirname "$0")/hostile_lib.sh"

echo "== one 100 MB line, rendered and extracted in one piece"
stops "$LINE" "sections of one 100 MB line" "SELECT count(*) FROM referat.sections($D)"
cancels "$LINE" "sections of one 100 MB line" "SELECT count(*) FROM referat.sections($D)"
stops "E'Punkt 1: x\nBilag\n' || $LINE" "an attachment of 100 MB" "SELECT count(*) FROM referat.attachments($D)"
cancels "E'Punkt 1: x\nBilag\n' || $LINE" "an attachment of 100 MB" "SELECT count(*) FROM referat.attachments($D)"
stops "E'Punkt 1: x\nIndstilling\nAt 1) ' || $LINE" "a proposal of 100 MB" "SELECT count(*) FROM referat.proposals($D)"
cancels "E'Punkt 1: x\nIndstilling\nAt 1) ' || $LINE" "a proposal of 100 MB" "SELECT count(*) FROM referat.proposals($D)"

echo "== a decision of 100 MB, classified in one piece"
DECISION="E'Punkt 1: x\n00.01.00-A00-3-17\nBeslutning\n' || repeat('Sagen drøftes uden ', 5242880)"
stops "$DECISION" \
	"items with a 100 MB decision" "SELECT count(*) FROM referat.items($D)" \
	"classify_decision of 100 MB" "SELECT referat.classify_decision($D)"
cancels "$DECISION" "items with a 100 MB decision" "SELECT count(*) FROM referat.items($D)"
cancels "$DECISION" "classify_decision of 100 MB" "SELECT referat.classify_decision($D)"

hostile_done
