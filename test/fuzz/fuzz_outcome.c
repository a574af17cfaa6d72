/*
 * fuzz_outcome.c — libFuzzer harness: rf_classify_decision on any text.
 *
 * Checked: the result is one of the outcomes the classifier may return
 * (never closed), and a motion line "BESLUTNINGSFORSLAG FRA …" ends the text
 * that is read: whatever follows it does not change the outcome.
 */
#include <stdint.h>
#include <string.h>

#include "fuzz.h"
#include "outcome.h"

static const char motion[] = "\nBESLUTNINGSFORSLAG FRA DD\n";

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	size_t		n = size + sizeof(motion) - 1;
	char	   *buf = malloc(n + size);
	rf_outcome	o = rf_classify_decision(s, size);

	FUZZ_CHECK(o >= RF_OUTCOME_APPROVED && o <= RF_OUTCOME_NONE);

	/* the text, the motion line, the text again */
	memcpy(buf, s, size);
	memcpy(buf + size, motion, sizeof(motion) - 1);
	memcpy(buf + n, s, size);
	FUZZ_CHECK(rf_classify_decision(buf, n + size) == rf_classify_decision(buf, size + 1));
	free(buf);
	return 0;
}
