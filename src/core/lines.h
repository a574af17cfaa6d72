/*
 * lines.h — what one line of minutes is, judged on the line alone.
 *
 * The outline parser (minutes.c) reads lines through a cursor that looks a
 * few non-blank lines ahead; each line is classified once, here.
 */
#ifndef RF_LINES_H
#define RF_LINES_H

#include "minutes.h"

typedef enum rf_line_class
{
	RF_LINE_BLANK = 0,
	RF_LINE_TEXT,
	RF_LINE_PUNKT,				/* "Punkt 3: CF - title" */
	RF_LINE_NUMBER,				/* a number alone: web item number, ToC page */
	RF_LINE_CASE,				/* a case number alone */
	RF_LINE_HEADING,			/* a section heading; kind says which */
	RF_LINE_TOC_HEADING,		/* "Indholdsfortegnelse" */
	RF_LINE_INDSTILLER,			/* "Kommunaldirektøren indstiller," */
	RF_LINE_FURNITURE,			/* "Hent som PDF", "Kopier link", … */
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
	int			number;			/* RF_LINE_PUNKT, RF_LINE_NUMBER */
	rf_span		rest;			/* PUNKT: the title; CASE: the case number; INDSTILLER: who */
} rf_line;

extern void rf_classify_line(const char *s, rf_line *line);

/* The cursor: the current non-blank line and up to RF_LOOKAHEAD after it. */
#define RF_LOOKAHEAD 3

typedef struct rf_cursor
{
	const char *s;
	size_t		len;
	size_t		pos;			/* next byte to read */
	uint32_t	line_no;		/* lines read so far */
	rf_line		ring[RF_LOOKAHEAD + 1];
	unsigned	head;			/* ring index of the current line */
	unsigned	count;			/* lines in the ring */
} rf_cursor;

extern void rf_cursor_init(rf_cursor *c, const char *s, size_t len);

/* The k-th non-blank line from the current one (k = 0), or NULL at the end. */
extern const rf_line *rf_cursor_peek(rf_cursor *c, unsigned k);

/* Move past the current line. */
extern void rf_cursor_next(rf_cursor *c);

#endif
