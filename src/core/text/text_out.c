/*
 * text_out.c — the line-laying text buffer (text_out.h).
 */
#include <string.h>

#include "interrupt.h"
#include "text.h"
#include "text_out.h"

void
rf_out_init(rf_out *o, const rf_allocator *alloc)
{
	memset(o, 0, sizeof(*o));
	o->alloc = alloc;
}

/* Room for n more bytes and a NUL. */
static bool
reserve(rf_out *o, size_t n)
{
	size_t		cap;
	char	   *grown;

	if (o->failed)
		return false;
	if (o->len + n + 1 <= o->cap)
		return true;
	cap = o->cap ? o->cap : 256;
	while (cap < o->len + n + 1)
	{
		if (cap > ((size_t) -1) / 4)
			return o->failed = true, false;
		cap *= 2;
	}
	grown = o->alloc->grow(o->alloc->ctx, o->buf, cap);
	if (grown == NULL)
		return o->failed = true, false;
	o->buf = grown;
	o->cap = cap;
	return true;
}

static void
put(rf_out *o, const char *s, size_t n)
{
	if (!reserve(o, n))
		return;
	memcpy(o->buf + o->len, s, n);
	o->len += n;
}

static bool
at_line_start(const rf_out *o)
{
	return o->len == 0 || o->buf[o->len - 1] == '\n';
}

/* Write what is pending before a piece of text. */
static void
flush(rf_out *o)
{
	if (o->pending_break && o->len > 0)
	{
		put(o, "\n\n", at_line_start(o) ? (size_t) o->pending_break - 1 : (size_t) o->pending_break);
		o->pending_blank = 0;
	}
	o->pending_break = 0;
	if (o->prefix[0])
	{
		if (!at_line_start(o))
			put(o, "\n", 1);
		put(o, o->prefix, strlen(o->prefix));
		o->prefix[0] = '\0';
		o->pending_blank = 0;
	}
	if (o->pending_blank && !at_line_start(o))
		put(o, &o->pending_blank, 1);
	o->pending_blank = 0;
}

/*
 * Length of the well-formed UTF-8 character at s[i] (shortest form, no
 * surrogates, at most U+10FFFF), or 0.
 */
static size_t
utf8_len(const unsigned char *u, size_t i, size_t n)
{
	unsigned char c = u[i];
	size_t		len;
	unsigned char lo = 0x80,
				hi = 0xBF;

	if (c >= 0xC2 && c <= 0xDF)
		len = 2;
	else if (c >= 0xE0 && c <= 0xEF)
	{
		len = 3;
		lo = c == 0xE0 ? 0xA0 : 0x80;
		hi = c == 0xED ? 0x9F : 0xBF;
	}
	else if (c >= 0xF0 && c <= 0xF4)
	{
		len = 4;
		lo = c == 0xF0 ? 0x90 : 0x80;
		hi = c == 0xF4 ? 0x8F : 0xBF;
	}
	else
		return 0;
	if (i + len > n || u[i + 1] < lo || u[i + 1] > hi)
		return 0;
	for (size_t k = 2; k < len; k++)
		if ((u[i + k] & 0xC0) != 0x80)
			return 0;
	return len;
}

void
rf_out_text(rf_out *o, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		i = 0;

	while (i < n)
		for (size_t piece = rf_piece(i, n); i < piece;)
		{
			size_t		run = i;
			size_t		len;

			/* a run of printable ASCII goes out in one copy */
			while (run < n && u[run] > 0x20 && u[run] < 0x7F)
				run++;
			if (run > i)
			{
				flush(o);
				put(o, s + i, run - i);
				i = run;
				continue;
			}
			if (u[i] < 0x80)
			{
				/* blank, newline, tab or other control character */
				if (o->pending_blank == 0)
					o->pending_blank = ' ';
				i++;
				continue;
			}
			len = utf8_len(u, i, n);
			/* no-break, thin, figure and other Unicode spaces are blanks like any other */
			if (len > 0 && rf_wide_space_at(s, i, n) == len)
			{
				if (o->pending_blank == 0)
					o->pending_blank = ' ';
				i += len;
				continue;
			}
			flush(o);
			if (len == 0)
			{
				put(o, "\xEF\xBF\xBD", 3);
				i++;
			}
			else
			{
				put(o, s + i, len);
				i += len;
			}
		}
}

void
rf_out_str(rf_out *o, const char *s)
{
	rf_out_text(o, s, strlen(s));
}

void
rf_out_blank(rf_out *o, char blank)
{
	if (o->pending_blank != '\t')
		o->pending_blank = blank;
}

void
rf_out_break(rf_out *o, int lines)
{
	if (lines > o->pending_break)
		o->pending_break = lines;
}

void
rf_out_add_break(rf_out *o)
{
	if (o->pending_break < 2)
		o->pending_break++;
}

void
rf_out_prefix(rf_out *o, const char *prefix)
{
	size_t		n = strlen(prefix);

	if (n >= sizeof(o->prefix))
		n = sizeof(o->prefix) - 1;
	rf_out_break(o, 1);
	memcpy(o->prefix, prefix, n);
	o->prefix[n] = '\0';
}

char *
rf_out_finish(rf_out *o, size_t *len)
{
	if (o->len > 0)
		put(o, "\n", 1);
	if (!reserve(o, 0))
		return NULL;
	o->buf[o->len] = '\0';
	*len = o->len;
	return o->buf;
}
