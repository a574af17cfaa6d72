/*
 * minutes.h — the outline of a minutes document, without PostgreSQL.
 *
 * rf_parse makes one pass over the text and finds the meeting header, the
 * table of contents, the agenda items and the sections of each item.  Every
 * result is a range of input lines (byte offsets plus 1-based line numbers),
 * so nothing is copied; the extractors in the other core files and the
 * renderer in text.h turn ranges into values.
 */
#ifndef RF_MINUTES_H
#define RF_MINUTES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "danish_time.h"

/*
 * Memory for results, from the caller: palloc in PostgreSQL, malloc in
 * tests.  (A check for cancellation is interrupt.h's hook.)
 */
typedef struct rf_allocator
{
	void	   *(*grow) (void *ctx, void *ptr, size_t size);	/* realloc; ptr may be NULL */
	void	   *ctx;
} rf_allocator;

/* Bytes s[start..end) of the input. */
typedef struct rf_span
{
	size_t		start;
	size_t		end;
} rf_span;

/* Lines [first, last] (1-based) occupying bytes [start, end); empty when first > last. */
typedef struct rf_range
{
	size_t		start;
	size_t		end;
	uint32_t	first;
	uint32_t	last;
} rf_range;

#define RF_RANGE_EMPTY(r) ((r).first > (r).last)

typedef enum rf_kind
{
	RF_KIND_HEADER = 0,			/* meeting header: forum, date, place */
	RF_KIND_TOC,				/* table of contents */
	RF_KIND_ITEM,				/* item header: "Punkt N: title", wrapped title, case number */
	RF_KIND_UNTITLED,			/* text in an item before its first heading */
	RF_KIND_OCCASION,			/* Anledning */
	RF_KIND_SUMMARY,			/* Resume */
	RF_KIND_PRESENTATION,		/* Sagsfremstilling */
	RF_KIND_RECOMMENDATION,		/* Indstilling, Beslutningspunkter, "X indstiller" */
	RF_KIND_DECISION,			/* Beslutning, Beslutninger */
	RF_KIND_HISTORY,			/* Sagsforløb, Historik */
	RF_KIND_ATTACHMENTS,		/* Bilag */
	RF_KIND_OTHER,				/* any other heading: Økonomi, Lovgrundlag, … */
	RF_KIND_FURNITURE			/* page and web furniture: "Side 3", "Hent som PDF" */
} rf_kind;

#define RF_KIND_COUNT (RF_KIND_FURNITURE + 1)
extern const char *const rf_kind_names[RF_KIND_COUNT];

typedef struct rf_section
{
	uint32_t	item;			/* index into rf_doc.items plus one; 0 = before the first item */
	rf_kind		kind;
	rf_range	heading;		/* the heading line; empty when the section has none */
	rf_range	body;			/* the lines after it up to the next section */
	uint32_t	continues;		/* index + 1 of the section this one carries on after
								 * page furniture, else 0 */
	uint32_t	dated;			/* index + 1 into rf_doc.dated when the heading names
								 * who decided and when, else 0 */
} rf_section;

/* What a dated heading names: "Beslutning i Økonomiudvalget den 1. oktober 2018". */
typedef struct rf_dated
{
	rf_span		forum;
	rf_date		date;
	int			ref_no;			/* "…, pkt. 65:", else -1 */
} rf_dated;

/* How the document writes its item headers; one form throughout a document. */
typedef enum rf_layout
{
	RF_LAYOUT_NONE = 0,			/* no item found */
	RF_LAYOUT_PUNKT,			/* "Punkt 3: title" */
	RF_LAYOUT_NUMBERED,			/* "3. title", "• 301. title" */
	RF_LAYOUT_NUMBER_ABOVE,		/* "3" alone, the title on the next line */
	RF_LAYOUT_SAG_NR,			/* the title, then "Sag nr. 130" */
	RF_LAYOUT_SINGLE			/* a page of one item without its number */
} rf_layout;

#define RF_LAYOUT_COUNT (RF_LAYOUT_SINGLE + 1)
extern const char *const rf_layout_names[RF_LAYOUT_COUNT];

typedef struct rf_item
{
	int			no;				/* number as written; -1 when the page does not give it */
	bool		closed;			/* "Lukket" */
	rf_range	header;			/* all lines of the item header */
	rf_range	title;			/* title as written, from after "Punkt N:"; may span wrapped lines */
	size_t		case_start;		/* case number bytes, case_start == case_end when none */
	size_t		case_end;
	uint32_t	first_section;	/* index into rf_doc.sections */
	uint32_t	section_count;
	uint32_t	last_line;		/* last line of the item (its last section) */
} rf_item;

typedef struct rf_toc_entry
{
	rf_span		title;			/* without dot leaders and page number */
	int			page;			/* -1 when the line gives none */
	int			no;				/* "3. title": 3; -1 when the entry has no number */
	uint32_t	line;
} rf_toc_entry;

typedef struct rf_doc
{
	const char *text;
	size_t		len;
	uint32_t	line_count;
	rf_section *sections;
	uint32_t	section_count;
	rf_item    *items;
	uint32_t	item_count;
	rf_toc_entry *toc;
	uint32_t	toc_count;
	rf_dated   *dated;			/* few sections have one: kept apart, sections stay small */
	uint32_t	dated_count;
	rf_layout	layout;
} rf_doc;

/*
 * Where an item's decision starts: an item may carry several dated
 * decisions, one per committee that treated it (Acadre); the last one is
 * the item's decision, the ones before are its history.  Returns the index
 * of the item's last dated decision section, or it->first_section when it
 * has none (then every decision section counts).
 */
extern uint32_t rf_decision_from(const rf_doc *doc, const rf_item *it);

/*
 * Outline text[0..len).  Never fails on odd input: text that is not minutes
 * gives a document with no items.  Returns false only when the allocator
 * returned NULL.
 */
extern bool rf_parse(const char *text, size_t len, const rf_allocator *alloc, rf_doc *doc);

#endif
