/*
 * fuzz_firstagenda.c — libFuzzer harness: FirstAgenda publication JSON to
 * text (rf_firstagenda_text), and the HTML converter on the raw input.
 *
 * Checked for the JSON: a status the header names, an error with a message
 * and an offset inside the input; on success text that is valid UTF-8
 * whatever the input (PostgreSQL stores it unchecked), without NUL or other
 * control characters but newline and tab, no blank at the end of a line, no
 * two blank lines in a row, ending in one newline, at most
 * RF_FA_OUTPUT_MAX(size) bytes; and the parser reads it (rf_parse,
 * rf_meeting_parse).  For the input as an HTML fragment (rf_html_text): the
 * same text invariants, at most three bytes per input byte and a newline.
 */
#include <stdint.h>
#include <string.h>

#include "firstagenda.h"
#include "fuzz.h"
#include "html_text.h"
#include "meeting.h"

static void *
grow(void *ctx, void *ptr, size_t size)
{
	(void) ctx;
	return realloc(ptr, size);
}

static const rf_allocator allocator = {grow, NULL};

static void
check_text(const char *t, size_t len)
{
	FUZZ_CHECK(t != NULL && strlen(t) == len);
	FUZZ_CHECK(fuzz_utf8(t, len));
	FUZZ_CHECK(len == 0 || t[len - 1] == '\n');
	FUZZ_CHECK(len < 2 || t[len - 2] != '\n');
	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) t[i];

		FUZZ_CHECK(c >= 0x20 || c == '\n' || c == '\t');
		FUZZ_CHECK(c != 0x7F);
		if (c == '\n')
		{
			FUZZ_CHECK(i == 0 || (t[i - 1] != ' ' && t[i - 1] != '\t'));
			FUZZ_CHECK(i < 2 || t[i - 1] != '\n' || t[i - 2] != '\n');
		}
	}
}

static void
check_json(const char *s, size_t size)
{
	rf_fa_result res;
	rf_fa_error err;
	rf_fa_status st = rf_firstagenda_text(s, size, &allocator, &res, &err);

	FUZZ_CHECK(st == err.status);
	if (st != RF_FA_OK)
	{
		FUZZ_CHECK(st == RF_FA_SYNTAX || st == RF_FA_DEPTH || st == RF_FA_SHAPE);
		FUZZ_CHECK(err.what != NULL && err.what[0] != '\0' && err.offset <= size);
	}
	else
	{
		rf_doc		doc;
		rf_meeting	m;

		check_text(res.text, res.len);
		FUZZ_CHECK(res.len <= RF_FA_OUTPUT_MAX(size));
		FUZZ_CHECK(rf_parse(res.text, res.len, &allocator, &doc));
		rf_meeting_parse(&doc, &m);
		FUZZ_CHECK(m.forum.end <= res.len && m.location.end <= res.len);
		free(doc.sections);
		free(doc.items);
		free(doc.toc);
		free(doc.dated);
	}
	free(res.text);
	free(res.scratch);
}

static void
check_html(const char *s, size_t size)
{
	rf_out		o;
	size_t		len = 0;
	char	   *t;

	rf_out_init(&o, &allocator);
	rf_html_text(&o, s, size);
	t = rf_out_finish(&o, &len);
	FUZZ_CHECK(t != NULL || size == 0);
	if (t)
	{
		check_text(t, len);
		FUZZ_CHECK(len <= 3 * size + 1);
	}
	free(t);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	check_json((const char *) data, size);
	check_html((const char *) data, size);
	return 0;
}
