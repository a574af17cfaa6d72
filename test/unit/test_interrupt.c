/*
 * test_interrupt.c — every entry point of the core that reads a long value
 * polls for interrupts as it goes (interrupt.h): over BIG bytes the hook is
 * called at least once per RF_POLL_BYTES, also when the value is one line,
 * one sentence or one word; over a short value it is not called at all.
 * (That the polls stop a query in PostgreSQL in time is test/run-hostile-cancel.sh.)
 */
#include <stdlib.h>
#include <string.h>

#include "attendance.h"
#include "check.h"
#include "corpus.h"
#include "danish_time.h"
#include "extract.h"
#include "facts.h"
#include "firstagenda.h"
#include "interrupt.h"
#include "meeting.h"
#include "outcome.h"
#include "text.h"

#define BIG ((size_t) 4 << 20)
/* multiples of RF_POLL_BYTES that a loop passes over a value of nearly BIG bytes */
#define POLLS (BIG / RF_POLL_BYTES - 1)

static size_t calls;

static void
count_call(void)
{
	calls++;
}

/* prefix, then unit repeated up to BIG bytes in all, NUL-terminated (malloc'd). */
static char *
repeated(const char *prefix, const char *unit, size_t *len)
{
	size_t		p = strlen(prefix),
				u = strlen(unit),
				n = p;
	char	   *s = malloc(BIG + u + 1);

	memcpy(s, prefix, p);
	while (n + u <= BIG)
	{
		memcpy(s + n, unit, u);
		n += u;
	}
	s[n] = '\0';
	*len = n;
	return s;
}

/* The lines of s[start..len) as a range (first and last only matter when non-empty). */
static rf_range
body_of(const char *s, size_t start, size_t len)
{
	return (rf_range) {start, len, 2, 2 + (uint32_t) (memchr(s + start, '\n', len - start) != NULL)};
}

/* The extractors' callbacks count their results in *(size_t *) ctx. */
static void
count_proposal(void *ctx, rf_span who, const char *body, size_t len)
{
	(void) who, (void) body, (void) len;
	++*(size_t *) ctx;
}

static void
count_attachment(void *ctx, const char *name, size_t len, const char *ext)
{
	(void) name, (void) len, (void) ext;
	++*(size_t *) ctx;
}

static void
count_history(void *ctx, const rf_history_entry *e)
{
	(void) e;
	++*(size_t *) ctx;
}

static void
count_sentence(void *ctx, const char *text, size_t len)
{
	(void) text, (void) len;
	++*(size_t *) ctx;
}

static void
count_amount(void *ctx, const rf_amount *a)
{
	(void) a;
	++*(size_t *) ctx;
}

static void
count_date(void *ctx, const rf_date_mention *d)
{
	(void) d;
	++*(size_t *) ctx;
}

static void
count_position(void *ctx, const rf_position *p)
{
	(void) p;
	++*(size_t *) ctx;
}

static void
count_attendee(void *ctx, const rf_attendee *a)
{
	(void) a;
	++*(size_t *) ctx;
}

/* The outline of BIG bytes of short lines, and of BIG bytes of empty lines (skipped unclassified). */
static void
test_parse(void)
{
	static const char *const units[] = {"Punkt 1: Godkendelse\nBeslutning\nGodkendt.\n", "\n"};

	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
	{
		size_t		len;
		char	   *s = repeated("", units[i], &len);
		rf_doc		doc;

		calls = 0;
		CHECK(rf_parse(s, len, &test_allocator, &doc));
		CHECK(calls >= POLLS);
		free_doc(&doc);
		free(s);
	}
}

/*
 * The meeting header of a document with no item, which is read whole: one
 * line of BIG bytes, one word of BIG bytes, BIG bytes of short lines.
 */
static void
test_meeting(void)
{
	static const char *const units[] = {
		"Kommunalbestyrelsen og Dato: ", "Kommunalbestyrelsen",
		"Læs referater til og med den 10. februar 2016\n"
	};

	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
	{
		size_t		len;
		char	   *s = repeated("Egebjerg Kommune. ", units[i], &len);
		rf_doc		doc;
		rf_meeting	m;

		CHECK(rf_parse(s, len, &test_allocator, &doc));
		calls = 0;
		rf_meeting_parse(&doc, &m);
		CHECK(calls >= POLLS);
		CHECK(!m.has_date);
		free_doc(&doc);
		free(s);
	}
}

/* Dates and clock times in a value of BIG bytes: blanks, letters, "k"s. */
static void
test_danish_time(void)
{
	size_t		len;
	char	   *s = repeated("den", " ", &len);
	rf_date		d;
	int			minutes;
	size_t		end;

	calls = 0;
	CHECK(!rf_read_when(s, len, &d, &minutes, &end));
	CHECK(calls >= POLLS);
	free(s);
	s = repeated("1 ", "j", &len);
	calls = 0;
	CHECK(!rf_find_date(s, len, &d));
	CHECK(calls >= POLLS);
	free(s);
	s = repeated("", "k", &len);
	calls = 0;
	CHECK(!rf_find_clock(s, len, &minutes));
	CHECK(calls >= POLLS);
	free(s);
}

/* One line of BIG bytes, rendered both ways; one of blanks, trimmed. */
static void
test_render(void)
{
	size_t		len;
	char	   *s = repeated("", "Beslutning godkendt ", &len);
	char	   *out = malloc(len + 1);
	rf_span		sp;

	calls = 0;
	CHECK(rf_render(s, 0, len, RF_RENDER_JOIN, out) == len - 1);
	CHECK(calls >= POLLS);
	calls = 0;
	CHECK(rf_render(s, 0, len, RF_RENDER_PARAGRAPHS, out) == len - 1);
	CHECK(calls >= POLLS);
	calls = 0;
	CHECK(rf_ifind(s, (rf_span) {0, len}, "ikke") == (size_t) -1);
	CHECK(calls >= POLLS);
	free(s);

	s = repeated("", " \t", &len);
	calls = 0;
	sp = rf_trim(s, (rf_span) {0, len});
	CHECK(sp.start == sp.end);
	CHECK(calls >= POLLS);
	calls = 0;
	CHECK(rf_render(s, 0, len, RF_RENDER_PARAGRAPHS, out) == 0);
	CHECK(calls >= POLLS);
	free(out);
	free(s);
}

/* A proposal, an attachment and a Sagsforløb entry of BIG bytes each. */
static void
test_extractors(void)
{
	size_t		len,
				n;
	char	   *s = repeated("At 1) ", "godkende budgettet ", &len);
	char	   *scratch = malloc(len + 1);

	calls = n = 0;
	rf_proposals(s, body_of(s, 0, len), scratch, count_proposal, &n);
	CHECK(n == 1);
	CHECK(calls >= POLLS);
	calls = n = 0;
	rf_attachments(s, body_of(s, 0, len), scratch, count_attachment, &n);
	CHECK(n == 1);
	CHECK(calls >= POLLS);
	free(s);

	s = repeated("Udvalg: Byrådet\n", "Sagen blev drøftet.\n", &len);
	calls = n = 0;
	rf_history(s, body_of(s, 0, len), count_history, &n);
	CHECK(n == 1);
	CHECK(calls >= POLLS);
	free(scratch);
	free(s);
}

/* A decision of BIG bytes: words, and punctuation without a word. */
static void
test_classify(void)
{
	/* words; marks alone; one word of ASCII letters (read in runs up to each multiple of RF_POLL_BYTES); of æ */
	static const struct
	{
		const char *unit;
		rf_outcome	outcome;
	}			texts[] = {
		{"Sagen drøftes uden ", RF_OUTCOME_DISCUSSED},
		{".,;", RF_OUTCOME_NONE},
		{"godkendt", RF_OUTCOME_NONE},
		{"\xC3\xA6", RF_OUTCOME_NONE}
	};

	for (size_t k = 0; k < sizeof(texts) / sizeof(texts[0]); k++)
	{
		size_t		len;
		char	   *s = repeated("", texts[k].unit, &len);

		calls = 0;
		CHECK(rf_classify_decision(s, len) == texts[k].outcome);
		CHECK(calls >= POLLS);
		free(s);
	}
}

/* One sentence of BIG bytes: cut into sentences, then read for facts. */
static void
test_facts(void)
{
	const char *unit = "der bevilges 5 mio. kr. den 3. marts 2024 og venstre stemte imod og ";
	size_t		len,
				n;
	char	   *s = repeated("", unit, &len);
	char	   *scratch = malloc(2 * (len + 1));
	rf_date		meeting = {2024, 1, 1};

	calls = n = 0;
	rf_sentences(s, body_of(s, 0, len), false, scratch, count_sentence, &n);
	CHECK(n == 1);
	CHECK(calls >= POLLS);
	calls = n = 0;
	rf_find_amounts(s, len, count_amount, &n);
	CHECK(n == len / strlen(unit));
	CHECK(calls >= POLLS);
	calls = n = 0;
	rf_find_dates(s, len, &meeting, false, count_date, &n);
	CHECK(n == len / strlen(unit));
	CHECK(calls >= POLLS);
	/* a list of names far longer than any real one gives none */
	calls = n = 0;
	rf_find_positions(s, len, count_position, &n);
	CHECK(n == 0);
	CHECK(calls >= POLLS);
	free(s);

	s = repeated("Afbud: ", "Anne Hansen, ", &len);
	calls = n = 0;
	rf_attendance(s, (rf_span) {0, len}, count_attendee, &n);
	CHECK(n == 0);
	CHECK(calls >= POLLS);
	free(s);

	/* a member and 4 MB of blanks before the party */
	s = repeated("Tilstede\nAnne Hansen", " ", &len);
	s[len - 3] = '(', s[len - 2] = 'A', s[len - 1] = ')';
	calls = n = 0;
	rf_attendance(s, (rf_span) {0, len}, count_attendee, &n);
	CHECK(n == 1);
	CHECK(calls >= POLLS);
	free(s);

	/* a line of labels with one word each: no list, and the search for labels polls */
	s = repeated("", "Fraværende: Bo ", &len);
	calls = n = 0;
	rf_attendance(s, (rf_span) {0, len}, count_attendee, &n);
	CHECK(n == 0);
	CHECK(calls >= POLLS);
	free(scratch);
	free(s);
}

/* FirstAgenda JSON of prefix, unit repeated to BIG bytes, suffix: rendered, with calls >= POLLS. */
static void
check_firstagenda(const char *prefix, const char *unit, const char *suffix)
{
	size_t		len;
	char	   *s = repeated(prefix, unit, &len);
	rf_fa_result res;

	s = realloc(s, len + strlen(suffix) + 1);
	strcpy(s + len, suffix);
	len += strlen(suffix);
	calls = 0;
	CHECK(rf_firstagenda_text(s, len, &test_allocator, &res, NULL) == RF_FA_OK);
	CHECK(calls >= POLLS);
	free(res.text);
	free(res.scratch);
	free(s);
}

/*
 * The JSON renderer over BIG bytes: of blanks between two tokens, of short
 * values, in one string, in one HTML field (text, and a comment never
 * closed), and the header turned to the front of BIG bytes of items.
 */
static void
test_firstagenda(void)
{
	check_firstagenda("{\"Dagsordenpunkter\": []", " ", "}");
	check_firstagenda("{\"Dagsordenpunkter\": [], \"x\": [0", ",1", "]}");
	check_firstagenda("{\"Dagsordenpunkter\": [{\"Navn\": \"", "Godkendelse ", "\"}]}");
	check_firstagenda("{\"Dagsordenpunkter\": [{\"Felter\": [{\"Html\": \"", "<p>Sagen drøftes</p>", "\"}]}]}");
	check_firstagenda("{\"Dagsordenpunkter\": [{\"Felter\": [{\"Html\": \"<!--", "Sagen drøftes", "\"}]}]}");
	check_firstagenda("{\"Dagsordenpunkter\": [{}", ",{}", "], \"Udvalg\": {\"Navn\": \"Byråd\"}}");
}

/* Short values are read without a call: polling costs nothing there. */
static void
test_short(void)
{
	const char *s = "Punkt 1: Godkendelse\nBeslutning\nGodkendt. 5 mio. kr. den 3. marts 2024.\n";
	size_t		len = strlen(s);
	char		out[128];
	rf_doc		doc;
	size_t		n = 0;
	rf_fa_result res;

	calls = 0;
	CHECK(rf_parse(s, len, &test_allocator, &doc));
	CHECK(doc.item_count == 1);
	CHECK(rf_render(s, 0, len, RF_RENDER_PARAGRAPHS, out) == len - 1);
	CHECK(rf_classify_decision(s, len) == RF_OUTCOME_APPROVED);
	rf_find_amounts(s, len, count_amount, &n);
	CHECK(n == 1);
	n = 0;
	rf_attendance("Afbud fra: Bo Jensen og Carl Olsen.", (rf_span) {0, 35}, count_attendee, &n);
	CHECK(n == 2);
	CHECK(calls == 0);
	free_doc(&doc);

	s = "{\"Udvalg\": {\"Navn\": \"Byråd\"}, \"Dagsordenpunkter\": [{\"Navn\": \"Godkendelse\","
		" \"Felter\": [{\"Html\": \"<h3>Beslutning</h3><p>Godkendt.</p>\"}]}]}";
	CHECK(rf_firstagenda_text(s, strlen(s), &test_allocator, &res, NULL) == RF_FA_OK);
	CHECK(calls == 0);
	free(res.text);
	free(res.scratch);
}

int
main(void)
{
	rf_interrupt_hook = count_call;
	test_parse();
	test_meeting();
	test_danish_time();
	test_render();
	test_extractors();
	test_classify();
	test_facts();
	test_firstagenda();
	test_short();
	return CHECK_DONE();
}
