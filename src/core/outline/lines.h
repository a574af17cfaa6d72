/*
 * lines.h — what one line of minutes is, judged on the line alone.
 *
 * The outline parser (minutes.c) reads lines through a cursor that looks a
 * few non-blank lines ahead; each line is classified once, here.
 */
#ifndef RF_LINES_H
#define RF_LINES_H

#include "danish_time.h"
#include "minutes.h"

typedef enum rf_line_class
{
	RF_LINE_BLANK = 0,
	RF_LINE_TEXT,
	RF_LINE_PUNKT,				/* "Punkt 3: CF - title" */
	RF_LINE_NUMBERED,			/* "3. Title", "• 301. Title": an item or a list line */
	RF_LINE_NUMBER,				/* a number alone ("3", "3."): item number, ToC page */
	RF_LINE_ITEM_NO,			/* "Sag nr. 130": the item's number under its title */
	RF_LINE_CASE,				/* a case number, alone or after a label */
	RF_LINE_CASE_LABEL,			/* "Sagsnr.:" with its value on a later line */
	RF_LINE_DOC_NO,				/* "Dok.nr.: 2012-203438": a document, not a case */
	RF_LINE_HEADING,			/* a section heading; kind says which */
	RF_LINE_TOC_HEADING,		/* "Indholdsfortegnelse", "PUNKTER" */
	RF_LINE_INDSTILLER,			/* "Kommunaldirektøren indstiller," */
	RF_LINE_PAGE,				/* "Side 3", "Side 3 af 12", "3 of 12" */
	RF_LINE_FURNITURE,			/* "Hent som PDF", "Tilbage til toppen", … */
	RF_LINE_FURNITURE_TAIL		/* "×": web-page furniture to the next item */
} rf_line_class;

typedef struct rf_line
{
	size_t		start;			/* raw line, without its newline */
	size_t		end;
	rf_span		content;		/* see rf_content */
	uint32_t	no;				/* 1-based */
	rf_line_class cls;
	rf_kind		kind;			/* RF_LINE_HEADING */
	bool		markdown;		/* marked up as a Markdown heading or bold line */
	bool		colon;			/* HEADING: written with a colon, "Baggrund:" */
	bool		capitals;		/* HEADING: in capitals, "BESLUTNINGSFORSLAG FRA DD" */
	bool		dated;			/* HEADING: names a forum and a date (below) */
	bool		of_motion;		/* HEADING: parties' motions use it too (headings.h) */
	bool		with_value;		/* HEADING: a procedural one that may carry a value */
	bool		inline_text;	/* HEADING: "Beslutning: Godkendt.", the section's first text */
	bool		page_start;		/* the line starts with a form feed */
	bool		dotted;			/* NUMBER: "3." (an item's number; a page number has no dot) */
	int			number;			/* PUNKT, NUMBERED, NUMBER, ITEM_NO */
	rf_span		rest;			/* PUNKT, NUMBERED: the title; CASE: the case number; INDSTILLER: who */
	rf_span		forum;			/* dated HEADING */
	rf_date		date;
	int			ref_no;
} rf_line;

extern void rf_classify_line(const char *s, rf_line *line);

/* The cursor: the current non-blank line and up to RF_LOOKAHEAD after it. */
#define RF_LOOKAHEAD 7
#define RF_RING (RF_LOOKAHEAD + 1)	/* a power of two */

typedef struct rf_cursor
{
	const char *s;
	size_t		len;
	size_t		pos;			/* next byte to read */
	uint32_t	line_no;		/* lines read so far */
	rf_line		ring[RF_RING];
	unsigned	head;			/* ring index of the current line */
	unsigned	count;			/* lines in the ring */
} rf_cursor;

extern void rf_cursor_init(rf_cursor *c, const char *s, size_t len);

/* rf_cursor_peek when the line is not in the ring yet: read up to it. */
extern const rf_line *rf_cursor_fill(rf_cursor *c, unsigned k);

/* The k-th non-blank line from the current one (k = 0), or NULL at the end. */
static inline const rf_line *
rf_cursor_peek(rf_cursor *c, unsigned k)
{
	if (k < c->count)
		return &c->ring[(c->head + k) & (RF_RING - 1)];
	return rf_cursor_fill(c, k);
}

/* Move past the current line. */
static inline void
rf_cursor_next(rf_cursor *c)
{
	if (c->count == 0 && rf_cursor_fill(c, 0) == NULL)
		return;
	c->head = (c->head + 1) & (RF_RING - 1);
	c->count--;
}

#endif
