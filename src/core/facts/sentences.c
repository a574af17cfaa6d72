/*
 * sentences.c — a section body as sentences of clean text.
 *
 * Lines are rendered one at a time and joined into a paragraph until a line
 * starts something new (see rf_sentences in facts.h); each paragraph is then
 * cut after ". ", "! " and "? " when a capital follows.  pdftotext wraps a
 * sentence over lines of nearly full width, so a short line followed by a
 * capital ends one: a heading, a label ("Dato: 19-08-2025"), a line of a
 * decision ("Godkendt" / "Venstre tog forbehold.").
 */
#include <string.h>

#include "facts.h"
#include "interrupt.h"
#include "text.h"

/* A line shorter than this (in bytes) that a capital follows ends its sentence. */
#define SHORT_LINE 60

/* A capital at t[i]: A-Z, or a Latin-1 capital in UTF-8 (Æ, Ø, Å, É, …). */
static bool
capital_at(const char *t, size_t i, size_t len)
{
	unsigned char c = (unsigned char) t[i];

	if (c >= 'A' && c <= 'Z')
		return true;
	return c == 0xC3 && i + 1 < len && (unsigned char) t[i + 1] >= 0x80 &&
		(unsigned char) t[i + 1] <= 0x9E && (unsigned char) t[i + 1] != 0x97;
}

/* A lower-case letter at t[i]: a-z, or a Latin-1 small letter (æ, ø, å, é, …). */
static bool
lower_at(const char *t, size_t i, size_t len)
{
	unsigned char c = (unsigned char) t[i];

	if (c >= 'a' && c <= 'z')
		return true;
	return c == 0xC3 && i + 1 < len && (unsigned char) t[i + 1] >= 0x9F;
}

/* Does the clean line t[0..len) start a list item: "- ", "• ", "1. ", "2) ", "a) ", "At 1) "? */
static bool
starts_list_item(const char *t, size_t len)
{
	size_t		i = 0;

	if (len >= 2 && (t[0] == '-' || t[0] == '*') && t[1] == ' ')
		return true;
	if (len >= 4 && (unsigned char) t[0] == 0xE2 && (unsigned char) t[1] == 0x80 &&
		((unsigned char) t[2] == 0xA2 || (unsigned char) t[2] == 0x93) && t[3] == ' ')
		return true;			/* "• ", "– " */
	if (len >= 3 && (t[0] == 'A' || t[0] == 'a') && t[1] == 't' && (t[2] == ' ' || t[2] == ')'))
	{
		i = t[2] == ')' ? 2 : 3;
		while (i < len && rf_is_digit(t[i]))
			i++;
		return i < len && t[i] == ')';
	}
	while (i < len && i < 3 && rf_is_digit(t[i]))
		i++;
	if (i == 0 && len >= 3 && t[0] >= 'a' && t[0] <= 'z' && t[1] == ')' && t[2] == ' ')
		return true;
	/* "1. at", "2) Der": a number and then a blank; "1. juni" is a date, not an item */
	return i > 0 && i + 2 < len && (t[i] == '.' || t[i] == ')') && t[i + 1] == ' ' &&
		(!lower_at(t, i + 2, len) || (i + 4 < len && memcmp(t + i + 2, "at ", 3) == 0));
}

/*
 * Where the next '.', '!' and '?' are, each looked for with memchr when the
 * scan reaches the one known: a paragraph is read three times at memchr's
 * speed instead of once a byte at a time.
 */
typedef struct sentence_marks
{
	size_t		at[3];			/* where each was found last; len: no more of it */
} sentence_marks;

static const char mark_chars[3] = {'.', '!', '?'};

/* The first of '.', '!' and '?' at or after i, or len. */
static size_t
next_mark(sentence_marks *m, const char *t, size_t len, size_t i)
{
	size_t		first = len;

	for (int k = 0; k < 3; k++)
	{
		if (m->at[k] <= i)
		{
			const char *p = memchr(t + i, mark_chars[k], len - i);

			m->at[k] = p ? (size_t) (p - t) : len;
		}
		if (m->at[k] < first)
			first = m->at[k];
	}
	return first;
}

/* Cut a paragraph into sentences and hand each to fn. */
static void
emit_sentences(const char *t, size_t len, rf_sentence_fn fn, void *ctx)
{
	size_t		start = 0;
	sentence_marks marks = {{0, 0, 0}};

	for (size_t i = 0; i + 2 < len;)
		for (size_t piece = rf_piece(i, len - 2); i < piece; i++)
		{
			size_t		j;

			i = next_mark(&marks, t, len, i);
			if (i >= piece)
				break;
			if (t[i + 1] != ' ')
				continue;
			j = i + 2;
			if (!capital_at(t, j, len) && t[j] != '"' && (unsigned char) t[j] != 0xE2)
				continue;
			/* an initial ("Anne M. Hansen") does not end a sentence */
			if (t[i] == '.' && i >= 1 && capital_at(t, i - 1, len) && (i == 1 || t[i - 2] == ' '))
				continue;
			/* nor does a day or an ordinal: "d. 8. Sept. 2016", "1. Behandling" */
			if (t[i] == '.' && i >= 1 && rf_is_digit(t[i - 1]) &&
				(i == 1 || !rf_is_digit(t[i - 2]) || i == 2 ||
				 !rf_is_digit(t[i - 3])))
				continue;
			fn(ctx, t + start, i + 1 - start);
			start = j;
		}
	if (start < len)
		fn(ctx, t + start, len - start);
}

void
rf_sentences(const char *s, rf_range body, bool each_line, char *scratch,
			 rf_sentence_fn fn, void *ctx)
{
	size_t		room = body.end - body.start + 1;
	char	   *para = scratch;
	char	   *line = scratch + room;
	size_t		plen = 0;
	size_t		prev_len = 0;	/* length of the previous line of the paragraph */
	size_t		pos = body.start;
	rf_span		raw;

	if (RF_RANGE_EMPTY(body))
		return;
	while (rf_next_line(s, &pos, body.end, &raw))
	{
		size_t		n = rf_render(s, raw.start, raw.end, RF_RENDER_JOIN, line);
		bool		fresh;

		if (n == 0)
		{
			if (plen > 0)
				emit_sentences(para, plen, fn, ctx);
			plen = 0;
			continue;
		}
		fresh = plen == 0 || each_line || starts_list_item(line, n);
		if (!fresh && !lower_at(line, 0, n))
		{
			char		last = para[plen - 1];

			fresh = last == '.' || last == '!' || last == '?' || last == ':' || last == ';' ||
				(prev_len < SHORT_LINE && capital_at(line, 0, n));
		}
		if (fresh && plen > 0)
		{
			emit_sentences(para, plen, fn, ctx);
			plen = 0;
		}
		plen = rf_join(para, plen, line, (rf_span) {0, n});
		memcpy(para + plen, line, n);
		plen += n;
		prev_len = n;
	}
	if (plen > 0)
		emit_sentences(para, plen, fn, ctx);
}

/* Is t[i] the first byte of a UTF-8 character? */
static bool
char_start(const char *t, size_t i)
{
	return ((unsigned char) t[i] & 0xC0) != 0x80;
}

rf_span
rf_context(const char *text, size_t len, size_t start, size_t end)
{
	size_t		side;
	size_t		b,
				e;

	if (len <= RF_CONTEXT_MAX)
		return (rf_span) {0, len};
	side = end - start >= RF_CONTEXT_MAX ? 0 : (RF_CONTEXT_MAX - (end - start)) / 2;
	b = start > side ? start - side : 0;
	e = len - end > side ? end + side : len;
	/* whole words: move inwards to a blank, but never into what was found */
	if (b > 0)
	{
		size_t		k = b;

		while (k < start && text[k - 1] != ' ')
			k++;
		b = k;
	}
	if (e < len)
	{
		size_t		k = e;

		while (k > end && text[k] != ' ')
			k--;
		e = k;
	}
	while (b < start && !char_start(text, b))
		b++;
	while (e > end && e < len && !char_start(text, e))
		e--;
	return (rf_span) {b, e};
}
