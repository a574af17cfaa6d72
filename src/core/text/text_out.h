/*
 * text_out.h — a growing text buffer that lays text out in lines.
 *
 * Writers hand it words and ask for line and paragraph breaks; it collapses
 * white space the way a browser does (runs of blanks and newlines in text
 * are one blank, and so are no-break and other Unicode spaces), writes a break only between pieces of text (never at the
 * start, never two blank lines in a row, never a blank at the end of a
 * line) and keeps the output valid UTF-8: a byte that does not belong to a
 * well-formed character becomes U+FFFD, a control character a blank.
 * Memory comes from the caller's allocator; after a failed allocation every
 * call does nothing and .failed is set.
 */
#ifndef RF_TEXT_OUT_H
#define RF_TEXT_OUT_H

#include <stdbool.h>
#include <stddef.h>

#include "minutes.h"

typedef struct rf_out
{
	const rf_allocator *alloc;
	char	   *buf;
	size_t		len;
	size_t		cap;
	bool		failed;
	int			pending_break;	/* 0, 1 (new line) or 2 (blank line) before the next text */
	char		pending_blank;	/* ' ' or '\t' before the next text on this line, or 0 */
	char		prefix[16];		/* written before the next text, at the start of its line */
} rf_out;

extern void rf_out_init(rf_out *o, const rf_allocator *alloc);

/* Text: white space collapsed, invalid UTF-8 and controls made safe. */
extern void rf_out_text(rf_out *o, const char *s, size_t n);

/* A NUL-terminated string of ASCII or valid UTF-8, as text. */
extern void rf_out_str(rf_out *o, const char *s);

/* A blank (' ') or a tab ('\t') between what came and what comes on this line. */
extern void rf_out_blank(rf_out *o, char blank);

/* End the line (1) or the paragraph (2) before the next text. */
extern void rf_out_break(rf_out *o, int lines);

/* Like rf_out_break, but each call adds a line (a <br> after a <br>), up to a blank line. */
extern void rf_out_add_break(rf_out *o);

/* Start the next line with prefix ("• ", "2. "; up to 15 bytes, longer is cut). */
extern void rf_out_prefix(rf_out *o, const char *prefix);

/* The text so far, NUL-terminated, ending in one newline unless empty; NULL when memory ran out. */
extern char *rf_out_finish(rf_out *o, size_t *len);

#endif
