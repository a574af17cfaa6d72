/*
 * fuzz_facts.c — libFuzzer harness: what the sentences of a text say.
 *
 * Cuts the input into sentences (rf_sentences, lines joined or each line
 * one sentence, by the first byte), runs the money, date and position
 * finders over every sentence and the attendance reader over the lines (then
 * resolves who of the invited was present), as referat.amounts, dates,
 * positions, absences and attendees do.  Checked: sentences
 * are clean text (no control character) no longer than the input; every
 * span found lies inside its sentence and the context around it contains
 * it; an amount is a decimal number that numeric_in accepts, in DKK or
 * EUR; a date is a date of the calendar; a stance is one of the five; a
 * member's spans lie in the input within one line, only an absence merges
 * and only into an invited member of the same name.  When
 * the input is valid UTF-8, so is every text the SQL functions would return.
 * Scratch buffers are exactly as large as facts.h promises is enough.
 */
#include <stdint.h>
#include <string.h>

#include "attendance.h"
#include "facts.h"
#include "fuzz.h"

#define FUZZ_ATTENDEES 512

typedef struct run
{
	size_t		len;			/* of the input */
	bool		utf8;
	const char *sentence;
	size_t		sentence_len;
	rf_date		meeting;
	const char *input;
	rf_attendee attendee[FUZZ_ATTENDEES];	/* the first ones, to resolve */
	size_t		attendees;
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

/* A member of a list: its spans lie in the input, inside the name's line. */
static void
on_attendee(void *ctx, const rf_attendee *a)
{
	run		   *r = ctx;
	char		buf[4096];

	FUZZ_CHECK(a->who.start < a->who.end && a->written.start == a->who.start &&
			   a->who.end <= a->written.end && a->written.end <= r->len);
	FUZZ_CHECK(a->party.start <= a->party.end && a->party.end <= r->len);
	FUZZ_CHECK(a->role_text.start <= a->role_text.end && a->role_text.end <= r->len);
	FUZZ_CHECK(memchr(r->input + a->who.start, '\n', a->written.end - a->who.start) == NULL);
	FUZZ_CHECK(a->list <= RF_LIST_INVITED && (a->list == RF_LIST_ABSENT) == (a->reason != NULL));
	if (a->written.end - a->written.start < sizeof(buf))
	{
		size_t		n = rf_attendance_words(r->input, a->written, buf);

		FUZZ_CHECK(n > 0 && n <= a->written.end - a->written.start);
		for (size_t i = 0; i < n; i++)
			FUZZ_CHECK((unsigned char) buf[i] >= 0x20);
		FUZZ_CHECK(!r->utf8 || fuzz_utf8(buf, n));
	}
	if (r->attendees < FUZZ_ATTENDEES)
		r->attendee[r->attendees++] = *a;
}

/* Do two spans hold the same words (rf_attendance_words)? */
static bool
same_words(const char *s, rf_span a, rf_span b)
{
	static char x[1 << 16],
				y[1 << 16];

	if (a.end - a.start >= sizeof(x) || b.end - b.start >= sizeof(y))
		return true;			/* not checked */
	return strcmp((rf_attendance_words(s, a, x), x), (rf_attendance_words(s, b, y), y)) == 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	static run	r;
	static uint32_t slots[4 * FUZZ_ATTENDEES];
	rf_range	body = {0, size, 1, 1};
	char	   *scratch;

	if (size == 0)
		return 0;
	memset(&r, 0, sizeof(r));
	r.len = size;
	r.utf8 = fuzz_utf8(s, size);
	r.meeting = (rf_date) {2024, 6, 30};
	scratch = malloc(2 * (size + 1));
	rf_sentences(s, body, (data[0] & 1) != 0, scratch, on_sentence, &r);
	r.input = s;
	rf_attendance(s, (rf_span) {0, size}, on_attendee, &r);
	rf_attendees_resolve(s, r.attendee, r.attendees, slots);
	for (size_t k = 0; k < r.attendees; k++)
	{
		const rf_attendee *a = &r.attendee[k];

		FUZZ_CHECK(a->present == (a->list != RF_LIST_ABSENT) || a->list == RF_LIST_INVITED);
		/* only an absence merges, into an invited member of that name who is then absent */
		FUZZ_CHECK(!a->merged || a->list == RF_LIST_ABSENT);
		if (a->merged)
		{
			bool		found = false;

			for (size_t j = 0; j < r.attendees && !found; j++)
				found = r.attendee[j].list == RF_LIST_INVITED && !r.attendee[j].present &&
					same_words(s, r.attendee[j].who, a->who);
			FUZZ_CHECK(found);
		}
	}
	free(scratch);
	return 0;
}
