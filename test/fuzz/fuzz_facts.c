/*
 * fuzz_facts.c — libFuzzer harness: what the sentences of a text say.
 *
 * Cuts the input into sentences (rf_sentences, lines joined or each line
 * one sentence, by the first byte), runs the money, date and position
 * finders over every sentence and the absence finder over the lines, as
 * referat.amounts, dates, positions and absences do.  Checked: sentences
 * are clean text (no control character) no longer than the input; every
 * span found lies inside its sentence and the context around it contains
 * it; an amount is a decimal number that numeric_in accepts, in DKK or
 * EUR; a date is a date of the calendar; a stance is one of the five.  When
 * the input is valid UTF-8, so is every text the SQL functions would return.
 * Scratch buffers are exactly as large as facts.h promises is enough.
 */
#include <stdint.h>
#include <string.h>

#include "facts.h"
#include "fuzz.h"

typedef struct run
{
	size_t		len;			/* of the input */
	bool		utf8;
	const char *sentence;
	size_t		sentence_len;
	rf_date		meeting;
} run;

/* A span of the current sentence, and the context SQL shows around it. */
static void
check_span(const run *r, rf_span sp)
{
	rf_span		c;

	FUZZ_CHECK(sp.start <= sp.end && sp.end <= r->sentence_len);
	c = rf_context(r->sentence, r->sentence_len, sp.start, sp.end);
	FUZZ_CHECK(c.start <= sp.start && sp.end <= c.end && c.end <= r->sentence_len);
	FUZZ_CHECK(c.end - c.start <= RF_CONTEXT_MAX || c.end - c.start <= sp.end - sp.start);
	if (r->utf8)
	{
		FUZZ_CHECK(fuzz_utf8(r->sentence + sp.start, sp.end - sp.start));
		FUZZ_CHECK(fuzz_utf8(r->sentence + c.start, c.end - c.start));
	}
}

/* "-?[0-9]+(\.[0-9]+)?", NUL-terminated inside the buffer */
static bool
decimal(const char *v, size_t cap)
{
	size_t		i = v[0] == '-' ? 1 : 0;
	size_t		digits = 0;
	bool		point = false;

	for (; i < cap && v[i] != '\0'; i++)
	{
		if (v[i] >= '0' && v[i] <= '9')
			digits++;
		else if (v[i] == '.' && !point && digits > 0 && v[i + 1] >= '0' && v[i + 1] <= '9')
			point = true;
		else
			return false;
	}
	return i < cap && digits > 0;
}

static void
on_amount(void *ctx, const rf_amount *a)
{
	const run  *r = ctx;

	FUZZ_CHECK(decimal(a->value, sizeof(a->value)));
	FUZZ_CHECK(strcmp(a->currency, "DKK") == 0 || strcmp(a->currency, "EUR") == 0);
	FUZZ_CHECK(memchr(a->per, '\0', sizeof(a->per)) != NULL);
	FUZZ_CHECK(!r->utf8 || fuzz_utf8(a->per, strlen(a->per)));
	FUZZ_CHECK(a->raw.end > a->raw.start);
	check_span(r, a->raw);
}

static void
on_date(void *ctx, const rf_date_mention *d)
{
	const run  *r = ctx;

	FUZZ_CHECK(!d->has_date || rf_valid_date(d->date.year, d->date.month, d->date.day));
	FUZZ_CHECK(d->raw.end > d->raw.start);
	check_span(r, d->raw);
}

static void
on_position(void *ctx, const rf_position *p)
{
	const run  *r = ctx;

	FUZZ_CHECK(p->stance >= RF_STANCE_FORBEHOLD && p->stance < RF_STANCE_COUNT);
	FUZZ_CHECK(p->votes >= -1);
	check_span(r, p->who);
}

static void
on_sentence(void *ctx, const char *text, size_t len)
{
	run		   *r = ctx;

	FUZZ_CHECK(len > 0 && len <= r->len);
	for (size_t i = 0; i < len; i++)
		FUZZ_CHECK((unsigned char) text[i] >= 0x20);
	FUZZ_CHECK(!r->utf8 || fuzz_utf8(text, len));
	r->sentence = text;
	r->sentence_len = len;
	rf_find_amounts(text, len, on_amount, r);
	rf_find_dates(text, len, &r->meeting, false, on_date, r);
	rf_find_dates(text, len, NULL, true, on_date, r);
	rf_find_positions(text, len, on_position, r);
}

static void
on_absence(void *ctx, const char *label, const char *who, size_t len)
{
	const run  *r = ctx;

	FUZZ_CHECK(strcmp(label, "afbud") == 0 || strcmp(label, "fraværende") == 0);
	FUZZ_CHECK(len > 0 && len <= r->len);
	FUZZ_CHECK(!r->utf8 || fuzz_utf8(who, len));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	run			r = {size, fuzz_utf8(s, size), NULL, 0, {2024, 6, 30}};
	rf_range	body = {0, size, 1, 1};
	char	   *scratch;

	if (size == 0)
		return 0;
	scratch = malloc(2 * (size + 1));
	rf_sentences(s, body, (data[0] & 1) != 0, scratch, on_sentence, &r);
	rf_find_absences(s, body, scratch, on_absence, &r);
	free(scratch);
	return 0;
}
