/*
 * minutes.c — the outline parser: one pass over the lines of a document,
 * a state machine over meeting header, table of contents and agenda items.
 *
 * Item headers come in the forms of rf_layout (minutes.h); the first item
 * fixes the form for the document.  A numbered line ("3. Title") is only an
 * item where a person would read one: the table of contents lists its
 * number, or a case number, a known heading or the same header printed again
 * follows it, and the numbers rise.  The title may be wrapped over up to
 * three lines when a case number follows it.  Within an item every heading
 * starts a section; lines before the first heading form an untitled section
 * (the decision, in a closed item); a "X indstiller" line outside a
 * recommendation starts one without heading.
 *
 * A printed page's running header and footer ("… / Dato: 04.12.2012 /
 * Side 3") are furniture sections; the section they interrupt carries on
 * after them (rf_section.continues).
 */
#include <string.h>

#include "interrupt.h"
#include "lines.h"
#include "minutes.h"
#include "text.h"

const char *const rf_kind_names[RF_KIND_COUNT] = {
	"header", "toc", "item", "untitled", "occasion", "summary", "presentation",
	"recommendation", "decision", "history", "attachments", "other", "furniture"
};

const char *const rf_layout_names[RF_LAYOUT_COUNT] = {
	NULL, "punkt", "numbered", "number_above", "sag_nr", "single"
};

/* Lines a title may be wrapped over before its case number. */
#define TITLE_LINES_MAX 3

/* Longest line taken for a one-item page's title, in bytes. */
#define TITLE_MAX 200

typedef struct parser
{
	const char *s;
	const rf_allocator *alloc;
	rf_doc	   *doc;
	rf_cursor	cursor;
	uint32_t	section_cap;
	uint32_t	item_cap;
	uint32_t	toc_cap;
	uint32_t	dated_cap;
	int64_t		cur;			/* current section, -1 before the first */
	uint32_t	toc_pending;	/* first ToC entry still waiting for its page */
	uint32_t	toc_match;		/* ToC entries before this one matched no item */
	int			toc_last_no;	/* number of the last numbered ToC entry, or -1 */
	uint32_t	last_line;		/* last non-blank line consumed */
	uint32_t	furniture_until;	/* lines up to this one are a page's furniture */
	int64_t		resume;			/* section to carry on after page furniture, or -1 */
	bool		item_body;		/* the current item has text beyond its header */
	bool		in_toc;
	bool		toc_seen;
	bool		tail;			/* in web-page furniture up to the next item */
	bool		motion;			/* in a quoted motion: "BESLUTNINGSFORSLAG FRA RV" */
	bool		labels_seen;	/* the front has had a label line ("Mødedato: …") */
	size_t		last_end;		/* end of the last non-blank line consumed */
	struct
	{
		bool		set;
		rf_line		line;		/* the line under the header's labels */
		int64_t		section;	/* the header section it stands in */
		size_t		prev_end;	/* end of the line before it in that section, or 0 */
		uint32_t	prev_no;
		bool		has_next;	/* a line after it in that section: */
		size_t		next_start;
		uint32_t	next_no;
	}			title;			/* a one-item page's title (single_item) */
	bool		failed;
} parser;

/* Make room for one more element in *array; false when memory ran out. */
static bool
reserve(parser *p, void **array, uint32_t *cap, uint32_t count, size_t elem)
{
	uint32_t	newcap;
	void	   *grown;

	if (count < *cap)
		return true;
	if (*cap >= UINT32_MAX / 2)
		return false;
	newcap = *cap ? *cap * 2 : 16;
	grown = p->alloc->grow(p->alloc->ctx, *array, (size_t) newcap * elem);
	if (grown == NULL)
		return false;
	*array = grown;
	*cap = newcap;
	return true;
}

static rf_range
line_range(const rf_line *l)
{
	return (rf_range) {l->start, l->end, l->no, l->no};
}

static const rf_range empty_range = {0, 0, 1, 0};

static rf_kind
current_kind(const parser *p)
{
	return p->cur < 0 ? RF_KIND_HEADER : p->doc->sections[p->cur].kind;
}

static void
new_section(parser *p, rf_kind kind, const rf_line *heading)
{
	rf_doc	   *d = p->doc;
	rf_section *sec;

	if (!reserve(p, (void **) &d->sections, &p->section_cap, d->section_count, sizeof(rf_section)))
	{
		p->failed = true;
		return;
	}
	sec = &d->sections[d->section_count];
	sec->item = d->item_count;
	sec->kind = kind;
	sec->heading = heading ? line_range(heading) : empty_range;
	sec->body = empty_range;
	sec->continues = 0;
	sec->dated = 0;
	p->cur = d->section_count++;
	if (heading && heading->dated)
	{
		if (!reserve(p, (void **) &d->dated, &p->dated_cap, d->dated_count, sizeof(rf_dated)))
		{
			p->failed = true;
			return;
		}
		d->dated[d->dated_count++] = (rf_dated) {heading->forum, heading->date, heading->ref_no};
		d->sections[p->cur].dated = d->dated_count;
	}
}

static void
add_body(parser *p, const rf_line *l)
{
	rf_range   *b;

	if (p->cur < 0)
		return;
	b = &p->doc->sections[p->cur].body;
	if (RF_RANGE_EMPTY(*b))
		*b = line_range(l);
	else
	{
		b->end = l->end;
		b->last = l->no;
	}
}

static void
close_item(parser *p)
{
	rf_doc	   *d = p->doc;

	if (d->item_count > 0)
	{
		rf_item    *it = &d->items[d->item_count - 1];

		it->section_count = d->section_count - it->first_section;
		it->last_line = p->last_line;
	}
}

/* One line of the table of contents: "title.....<tab>3", or a page alone. */
static void
toc_line(parser *p, const rf_line *l)
{
	rf_doc	   *d = p->doc;
	const char *s = p->s;
	rf_span		t = l->content;
	size_t		digits = t.end;
	int			page = -1;
	size_t		dots = 0;

	if (l->cls == RF_LINE_NUMBER)
	{
		if (p->toc_pending < d->toc_count)
			d->toc[p->toc_pending].page = l->number;
	}
	else if (l->cls != RF_LINE_NUMBERED && p->toc_last_no >= 0)
		;						/* a wrapped title or "Lukket referat" in a numbered ToC */
	else
	{
		while (digits > t.start && t.end - digits < 4 && s[digits - 1] >= '0' && s[digits - 1] <= '9')
			digits--;
		/* a page follows dot leaders, a tab or a wide gap (pdftotext -layout) */
		if (digits < t.end && digits > t.start + 1 &&
			(s[digits - 1] == '.' || s[digits - 1] == '\t' ||
			 (s[digits - 1] == ' ' && s[digits - 2] == ' ')))
		{
			size_t		pos = digits;

			rf_digits(s, t.end, &pos, 4, &page);
			t.end = digits;
		}
		if (l->cls == RF_LINE_NUMBERED)
		{
			t.start = l->rest.start;
			p->toc_last_no = l->number;
		}
		t = rf_trim(s, t);
		while (t.end - dots > t.start && s[t.end - dots - 1] == '.')
			dots++;
		/* before a page even one dot is what is left of the leaders */
		if (dots >= 2 || (dots == 1 && page >= 0))
			t.end -= dots;
		t = rf_trim(s, t);
		if (!reserve(p, (void **) &d->toc, &p->toc_cap, d->toc_count, sizeof(rf_toc_entry)))
		{
			p->failed = true;
			return;
		}
		d->toc[d->toc_count++] = (rf_toc_entry) {t, page, l->cls == RF_LINE_NUMBERED ? l->number : -1, l->no};
	}
	while (p->toc_pending < d->toc_count && d->toc[p->toc_pending].page >= 0)
		p->toc_pending++;
}

/*
 * Does the item header starting at the current line go on?  Looks at the
 * lines after the first title line: up to two more title lines, then the
 * case number.  Returns how many lines after the current one belong to the
 * header, and which of them holds the case number (0 for none).
 */
static unsigned
header_lines(rf_cursor *c, unsigned first_title, unsigned *case_at)
{
	for (unsigned k = first_title + 1; k <= first_title + TITLE_LINES_MAX && k <= RF_LOOKAHEAD; k++)
	{
		const rf_line *n = rf_cursor_peek(c, k);

		if (n == NULL)
			break;
		if (n->cls == RF_LINE_CASE)
		{
			*case_at = k;
			return k;
		}
		if (n->cls != RF_LINE_TEXT)
			break;
	}
	*case_at = 0;
	return first_title;
}

/*
 * "Sagsnr.:" with its value after a run of further labels, as pdftotext
 * gives a table: "Sagsnr.:" / "Sagen afgøres i:" / "12/27845".  The label
 * is at k; returns the line of the value, or 0.
 */
static unsigned
label_run_value(rf_cursor *c, unsigned k)
{
	for (unsigned j = k + 1; j <= RF_LOOKAHEAD; j++)
	{
		const rf_line *n = rf_cursor_peek(c, j);

		if (n == NULL || n->cls == RF_LINE_CASE)
			return n ? j : 0;
		if (n->cls != RF_LINE_CASE_LABEL && n->cls != RF_LINE_DOC_NO && !n->colon &&
			c->s[n->content.end - 1] != ':')
			return 0;
	}
	return 0;
}

/*
 * Do a and b hold the same text but for the kind and number of blanks?  With
 * prefix, one may stop short of the other (a ToC may cut or wrap a title).
 */
static bool
same_text(const char *s, rf_span a, rf_span b, bool prefix)
{
	size_t		i = a.start,
				j = b.start;

	while (i < a.end && j < b.end)
	{
		size_t		wa = rf_space_at(s, i, a.end),
					wb = rf_space_at(s, j, b.end);

		if (wa && wb)
		{
			while (i < a.end && (wa = rf_space_at(s, i, a.end)) > 0)
				i += wa;
			while (j < b.end && (wb = rf_space_at(s, j, b.end)) > 0)
				j += wb;
		}
		else if (s[i++] != s[j++])
			return false;
	}
	return prefix ? (i == a.end || j == b.end) : (i == a.end && j == b.end);
}

/* ToC entries an item may be ahead of the last one matched (closed items left out of the text). */
#define TOC_SKIP_MAX 8

typedef enum toc_says
{
	TOC_SILENT,					/* no numbered ToC, or it does not list the number */
	TOC_LISTS,					/* it lists the number with this title */
	TOC_DIFFERS					/* it lists the number with another title */
} toc_says;

/*
 * What the ToC says of item number no with this title.  Items follow the
 * ToC's order, so the search starts after the last entry matched and looks
 * only a few entries ahead.
 */
static toc_says
toc_lists(parser *p, int no, rf_span title)
{
	const rf_doc *d = p->doc;
	toc_says	says = TOC_SILENT;

	for (uint32_t i = p->toc_match; i < d->toc_count && i < p->toc_match + TOC_SKIP_MAX; i++)
		if (d->toc[i].no == no)
		{
			if (same_text(p->s, d->toc[i].title, title, true))
			{
				p->toc_match = i + 1;
				return TOC_LISTS;
			}
			says = TOC_DIFFERS;
		}
	return says;
}

/* The numbers of items rise; the first may be any (running numbers: 49., 301.). */
static bool
rises(const parser *p, int no)
{
	const rf_doc *d = p->doc;

	return d->item_count == 0 || no > d->items[d->item_count - 1].no;
}

/* The same header printed again below it: "1. Title (B)" / "1.     Title (B)", or the title alone. */
static bool
repeated_header(const rf_line *first, const rf_line *n)
{
	return n != NULL &&
		((n->cls == RF_LINE_NUMBERED && n->number == first->number) ||
		 n->cls == RF_LINE_TEXT || n->cls == RF_LINE_HEADING);
}

/* A line that says an item header went before it. */
static bool
header_evidence(const rf_line *n)
{
	if (n == NULL)
		return false;
	switch (n->cls)
	{
		case RF_LINE_CASE:
		case RF_LINE_CASE_LABEL:
		case RF_LINE_DOC_NO:
		case RF_LINE_ITEM_NO:
		case RF_LINE_INDSTILLER:
			return true;
		case RF_LINE_HEADING:
			return !n->capitals && !n->markdown;
		default:
			return false;
	}
}

/* Where an item header starts and what it holds, in cursor positions. */
typedef struct plan
{
	rf_layout	layout;
	int			no;
	unsigned	title_first;	/* line of the title's start */
	rf_span		title_start;	/* the title's part of that line */
	unsigned	title_last;		/* last line of the title */
	unsigned	case_at;		/* line of the case number; 0 = none (and never the first) */
	bool		case_first;		/* the case number is the header's first line */
	unsigned	last;			/* last line of the header */
} plan;

/* After the title: the case number (after a label run) and a document number. */
static void
plan_case(rf_cursor *c, plan *pl)
{
	const rf_line *n = rf_cursor_peek(c, pl->last + 1);

	if (n && n->cls == RF_LINE_CASE)
		pl->case_at = pl->last = pl->last + 1;
	else if (n && n->cls == RF_LINE_CASE_LABEL)
	{
		unsigned	v = label_run_value(c, pl->last + 1);

		if (v)
			pl->case_at = pl->last = v;
	}
	n = rf_cursor_peek(c, pl->last + 1);
	if (pl->case_at && n && n->cls == RF_LINE_DOC_NO)
		pl->last++;
}

/* "Punkt 3: title", or "Punkt 3:" with the title on the next line */
static bool
plan_punkt(rf_cursor *c, const rf_line *l, plan *pl)
{
	const rf_line *next = rf_cursor_peek(c, 1);
	unsigned	first_title = (l->rest.start == l->rest.end && next && next->cls == RF_LINE_TEXT) ? 1 : 0;
	unsigned	case_at;

	pl->layout = RF_LAYOUT_PUNKT;
	/* a title on further lines is only believed when a case number follows */
	pl->last = header_lines(c, first_title, &case_at);
	pl->case_at = case_at;
	pl->title_first = first_title;
	pl->title_start = first_title ? next->content : l->rest;
	pl->title_last = case_at ? case_at - 1 : first_title;
	if (case_at == 0)
	{
		pl->last = 0;
		if (first_title)
			pl->title_start = (rf_span) {0, 0};
		else
			plan_case(c, pl);
	}
	return true;
}

/* "3" alone, a title, then a case number or heading (or the ToC lists 3) */
static bool
plan_number_above(parser *p, rf_cursor *c, const rf_line *l, plan *pl)
{
	const rf_doc *d = p->doc;
	int			expected = d->item_count ? d->items[d->item_count - 1].no + 1 : 1;
	const rf_line *title = rf_cursor_peek(c, 1);
	const rf_line *after = rf_cursor_peek(c, 2);
	unsigned	case_at;
	toc_says	says;

	if (title == NULL || title->cls != RF_LINE_TEXT || after == NULL)
		return false;
	pl->last = header_lines(c, 1, &case_at);
	/*
	 * The ToC confirms it; where it leaves the number out, the number follows
	 * the last one (the first item may have any number when its case number
	 * follows: a PDF of one item) and a case number or a heading follows.
	 */
	says = toc_lists(p, l->number, title->content);
	if (says == TOC_DIFFERS ||
		(says == TOC_SILENT && (!(l->number == expected || (d->item_count == 0 && case_at)) ||
								(case_at == 0 && after->cls != RF_LINE_HEADING))))
		return false;
	pl->layout = RF_LAYOUT_NUMBER_ABOVE;
	pl->title_first = 1;
	pl->title_start = title->content;
	pl->title_last = case_at ? case_at - 1 : 1;
	pl->last = case_at ? case_at : 1;
	pl->case_at = case_at;
	if (case_at == 0)
		plan_case(c, pl);
	return true;
}

/*
 * "3. Title" at line k (k = 1 when a case number stands above it): an item
 * when the ToC lists 3, or when a case number, a heading or the header
 * again follows; the numbers must rise.
 */
static bool
plan_numbered(parser *p, rf_cursor *c, unsigned k, plan *pl)
{
	const rf_line *l = rf_cursor_peek(c, k);
	const rf_line *next = rf_cursor_peek(c, k + 1);
	const rf_doc *d = p->doc;
	bool		evidence = k == 1;
	unsigned	case_at;
	toc_says	says;

	if (l == NULL || l->cls != RF_LINE_NUMBERED || !rises(p, l->number))
		return false;
	pl->layout = RF_LAYOUT_NUMBERED;
	pl->title_first = pl->title_last = pl->last = k;
	pl->title_start = l->rest;
	if (repeated_header(l, next) && same_text(c->s, l->rest, next->rest, false))
	{
		pl->last = k + 1;		/* printed twice: one header */
		evidence = true;
	}
	else if (k == 0 && header_lines(c, 0, &case_at) > 0)
	{
		pl->title_last = case_at - 1;	/* a wrapped title, then its case number */
		pl->last = case_at;
		pl->case_at = case_at;
		evidence = true;
	}
	if (pl->case_at == 0 && k == 0)
		plan_case(c, pl);
	/* the ToC confirms it or denies it; where it leaves the number out, what follows decides */
	says = toc_lists(p, l->number, l->rest);
	if (says != TOC_SILENT)
		return says == TOC_LISTS;
	if (pl->case_at || header_evidence(rf_cursor_peek(c, pl->last + 1)))
		return true;
	/* the next item of a document already read this way may have a line or two before its heading */
	if (!evidence && d->layout == RF_LAYOUT_NUMBERED && l->number == d->items[d->item_count - 1].no + 1)
		for (unsigned j = pl->last + 2; j <= pl->last + 3 && j <= RF_LOOKAHEAD; j++)
			if (header_evidence(rf_cursor_peek(c, j)))
				return true;
	return evidence;
}

/* A title, then "Sag nr. 130" */
static bool
plan_sag_nr(parser *p, rf_cursor *c, const rf_line *l, plan *pl)
{
	const rf_line *next = rf_cursor_peek(c, 1);

	if ((l->cls != RF_LINE_TEXT && l->cls != RF_LINE_HEADING) || next == NULL ||
		next->cls != RF_LINE_ITEM_NO || !rises(p, next->number))
		return false;
	pl->layout = RF_LAYOUT_SAG_NR;
	pl->no = next->number;
	pl->title_first = pl->title_last = 0;
	pl->title_start = l->content;
	pl->last = 1;
	plan_case(c, pl);
	return true;
}

/* Plan an item header at the current line; false when it is none. */
static bool
plan_item(parser *p, plan *pl)
{
	rf_cursor  *c = &p->cursor;
	const rf_line *l = rf_cursor_peek(c, 0);
	bool		found = false;

	memset(pl, 0, sizeof(*pl));
	pl->no = l->number;
	switch (l->cls)
	{
		case RF_LINE_PUNKT:
			found = plan_punkt(c, l, pl);
			break;
		case RF_LINE_NUMBER:
			found = (!p->in_toc || l->dotted) && plan_number_above(p, c, l, pl);
			break;
		case RF_LINE_NUMBERED:
			/* in a numbered ToC, an item starts where the numbers begin again */
			if (p->in_toc && (p->toc_last_no < 0 || l->number > p->toc_last_no))
				return false;
			found = plan_numbered(p, c, 0, pl);
			break;
		case RF_LINE_CASE:
			if (rf_cursor_peek(c, 1) && rf_cursor_peek(c, 1)->cls == RF_LINE_NUMBERED &&
				plan_numbered(p, c, 1, pl))
			{
				pl->no = rf_cursor_peek(c, 1)->number;
				pl->case_first = true;
				found = true;
			}
			break;
		default:
			found = plan_sag_nr(p, c, l, pl);
	}
	/* one form throughout; a page read as one item gives way to item headers after all */
	return found && (p->doc->layout == RF_LAYOUT_NONE || p->doc->layout == RF_LAYOUT_SINGLE ||
					 p->doc->layout == pl->layout);
}

static bool
is_closed_title(const char *s, rf_span t)
{
	return rf_ieq(s, t, "lukket") || rf_istarts(s, t, "lukket:");
}

/*
 * Can an item header start at the current line?  What plan_item needs of
 * its first lines, tested before it plans: most lines are text with text
 * after them.
 */
static bool
may_start_item(parser *p)
{
	const rf_line *l = rf_cursor_peek(&p->cursor, 0);
	const rf_line *next;

	if (l->no <= p->furniture_until)
		return false;
	if (l->cls != RF_LINE_TEXT && l->cls != RF_LINE_HEADING)
		return true;
	next = rf_cursor_peek(&p->cursor, 1);
	return next != NULL && next->cls == RF_LINE_ITEM_NO;	/* plan_sag_nr */
}

/* Start an item at the current line if it is an item header; consume the header. */
static bool
item_start(parser *p)
{
	rf_cursor  *c = &p->cursor;
	rf_line		l;
	rf_doc	   *d = p->doc;
	rf_item    *it;
	plan		pl;
	rf_line		header_last;

	if (!may_start_item(p) || !plan_item(p, &pl))
		return false;
	l = *rf_cursor_peek(c, 0);
	header_last = *rf_cursor_peek(c, pl.last);

	close_item(p);
	if (!reserve(p, (void **) &d->items, &p->item_cap, d->item_count, sizeof(rf_item)))
	{
		p->failed = true;
		return true;
	}
	d->layout = pl.layout;
	it = &d->items[d->item_count++];
	memset(it, 0, sizeof(*it));
	it->no = pl.no;
	it->header = (rf_range) {l.start, header_last.end, l.no, header_last.no};
	if (pl.title_start.start < pl.title_start.end)
	{
		const rf_line *first = rf_cursor_peek(c, pl.title_first);
		const rf_line *last = rf_cursor_peek(c, pl.title_last);
		size_t		end = pl.title_last == pl.title_first ? pl.title_start.end : last->content.end;

		it->title = (rf_range) {pl.title_start.start, end, first->no, last->no};
		it->closed = is_closed_title(p->s, pl.title_start);
	}
	else
		it->title = empty_range;
	if (pl.case_at || pl.case_first)
	{
		const rf_line *cl = rf_cursor_peek(c, pl.case_at);

		it->case_start = cl->rest.start;
		it->case_end = cl->rest.end;
	}
	it->first_section = d->section_count;

	new_section(p, RF_KIND_ITEM, NULL);
	if (p->cur >= 0)
		d->sections[p->cur].heading = it->header;
	p->in_toc = false;
	p->tail = false;
	p->motion = false;
	p->item_body = false;
	p->resume = -1;
	p->last_line = header_last.no;
	for (unsigned k = 0; k <= pl.last; k++)
		rf_cursor_next(c);
	return true;
}

/*
 * Page furniture at the current line: "Side 3" alone, or a running page
 * header from a form feed down to its "Side 3" a few lines on.
 */
static bool
page_furniture(parser *p, const rf_line *l)
{
	if (l->no <= p->furniture_until || l->cls == RF_LINE_PAGE)
		return true;
	if (!l->page_start)
		return false;
	for (unsigned k = 1; k <= RF_LOOKAHEAD; k++)
	{
		const rf_line *n = rf_cursor_peek(&p->cursor, k);

		if (n == NULL || n->page_start)
			return false;
		if (n->cls == RF_LINE_PAGE)
		{
			p->furniture_until = n->no;
			return true;
		}
	}
	return false;
}

/* A line of page furniture: its own section; the section it interrupts carries on after it. */
static void
furniture_line(parser *p, const rf_line *l)
{
	if (current_kind(p) != RF_KIND_FURNITURE)
	{
		p->resume = p->cur;
		new_section(p, RF_KIND_FURNITURE, NULL);
	}
	add_body(p, l);
}

/* After page furniture, text carries on the section the page break cut. */
static void
carry_on(parser *p)
{
	int64_t		from = p->resume;

	p->resume = -1;
	if (from < 0 || current_kind(p) != RF_KIND_FURNITURE || p->doc->sections[from].kind == RF_KIND_ITEM)
		return;
	new_section(p, p->doc->sections[from].kind, NULL);
	if (!p->failed)
		p->doc->sections[p->cur].continues = (uint32_t) from + 1;
}

/* "Mødedato: 23.08.2017, kl. 11:00", "Mødested:": a label of the meeting header. */
static bool
label_line(const char *s, rf_span c)
{
	const char *colon = memchr(s + c.start, ':', c.end - c.start);

	return colon && (size_t) (colon - s) - c.start <= 24 &&
		((size_t) (colon - s) + 1 == c.end || rf_space_at(s, (size_t) (colon - s) + 1, c.end));
}

/*
 * Keep the line that would be a one-item page's title: the first line of
 * text under the header's labels, short, not itself a label, starting with a
 * capital or a digit.
 */
static void
note_title(parser *p, const rf_line *l)
{
	const char *s = p->s;

	if (label_line(s, l->content))
	{
		p->labels_seen = true;
		p->title.set = false;
		return;
	}
	if (p->title.set)
	{
		if (!p->title.has_next && p->cur == p->title.section)
		{
			p->title.has_next = true;
			p->title.next_start = l->start;
			p->title.next_no = l->no;
		}
		return;
	}
	if (p->labels_seen && l->cls == RF_LINE_TEXT && l->content.end - l->content.start <= TITLE_MAX &&
		(rf_is_capital_at(s, l->content.start, l->content.end) || rf_is_digit(s[l->content.start])))
	{
		const rf_section *sec = &p->doc->sections[p->cur];

		p->title.set = true;
		p->title.line = *l;
		p->title.section = p->cur;
		p->title.has_next = false;
		p->title.prev_end = RF_RANGE_EMPTY(sec->body) || sec->body.first == l->no ? 0 : p->last_end;
		p->title.prev_no = p->last_line;
	}
}

/*
 * A web page of one item whose number it does not give (a municipality's
 * page per item): no item header, but the header's labels, a title under
 * them and then an item's heading.  The title becomes an item without
 * number; the front from the title on becomes its sections.
 */
static bool
single_item(parser *p, const rf_line *l)
{
	rf_doc	   *d = p->doc;
	rf_section *sec;
	rf_item    *it;
	uint32_t	at;
	uint32_t	moved;

	if (!p->title.set || p->toc_seen || l->cls != RF_LINE_HEADING || l->capitals || l->markdown ||
		l->kind == RF_KIND_OTHER || l->kind == RF_KIND_HISTORY || l->kind == RF_KIND_ATTACHMENTS)
		return false;
	/* room for the item section and the rest of the title's section */
	for (int k = 0; k < 2; k++)
		if (!reserve(p, (void **) &d->sections, &p->section_cap, d->section_count + k, sizeof(rf_section)))
		{
			p->failed = true;
			return true;
		}
	if (!reserve(p, (void **) &d->items, &p->item_cap, 0, sizeof(rf_item)))
	{
		p->failed = true;
		return true;
	}
	sec = &d->sections[p->title.section];
	/* the item section stands where the title line was: after its section's earlier lines */
	at = (uint32_t) p->title.section + (p->title.prev_end ? 1 : 0);
	moved = (p->title.has_next ? 1 : 0) + (p->title.prev_end ? 1 : 0);
	memmove(&d->sections[p->title.section + 1 + moved], &d->sections[p->title.section + 1],
			(d->section_count - (uint32_t) p->title.section - 1) * sizeof(rf_section));
	if (p->title.has_next)
		d->sections[at + 1] = (rf_section) {1, RF_KIND_UNTITLED, empty_range,
			{p->title.next_start, sec->body.end, p->title.next_no, sec->body.last}, 0, 0};
	if (p->title.prev_end)
	{
		sec->body.end = p->title.prev_end;
		sec->body.last = p->title.prev_no;
	}
	d->sections[at] = (rf_section) {1, RF_KIND_ITEM, line_range(&p->title.line), empty_range, 0, 0};
	d->section_count += moved;
	for (uint32_t i = at + 1; i < d->section_count; i++)
	{
		rf_section *m = &d->sections[i];

		m->item = 1;
		if (m->kind == RF_KIND_HEADER)
			m->kind = RF_KIND_UNTITLED;
		/* what a moved section carries on moved with it; the header before the title is not carried on */
		if (m->continues)
			m->continues = m->continues - 1 > (uint32_t) p->title.section ? m->continues + moved : 0;
	}
	p->cur = d->section_count - 1;
	it = &d->items[d->item_count++];
	memset(it, 0, sizeof(*it));
	it->no = -1;
	it->header = line_range(&p->title.line);
	it->title = (rf_range) {p->title.line.content.start, p->title.line.content.end,
		p->title.line.no, p->title.line.no};
	it->closed = is_closed_title(p->s, p->title.line.content);
	it->first_section = at;
	d->layout = RF_LAYOUT_SINGLE;
	p->item_body = true;
	p->resume = -1;
	return true;
}

/* A line before the first item: meeting header or table of contents. */
static void
front_line(parser *p, const rf_line *l)
{
	if (l->cls == RF_LINE_TOC_HEADING && !p->toc_seen)
	{
		new_section(p, RF_KIND_TOC, l);
		p->in_toc = p->toc_seen = true;
		return;
	}
	if (l->cls == RF_LINE_FURNITURE)
	{
		if (current_kind(p) != RF_KIND_FURNITURE || p->cur < 0)
			new_section(p, RF_KIND_FURNITURE, NULL);
		add_body(p, l);
		return;
	}
	carry_on(p);
	if (p->in_toc)
		toc_line(p, l);
	else if (current_kind(p) != RF_KIND_HEADER || p->cur < 0)
		new_section(p, RF_KIND_HEADER, NULL);
	add_body(p, l);
	if (!p->in_toc && !p->failed)
		note_title(p, l);
}

/* A case or document number after page furniture below the item's title belongs to the header. */
static bool
late_header_line(parser *p, const rf_line *l)
{
	rf_item    *it = &p->doc->items[p->doc->item_count - 1];

	if (p->item_body)
		return false;
	if (l->cls == RF_LINE_CASE && it->case_start == it->case_end)
	{
		it->case_start = l->rest.start;
		it->case_end = l->rest.end;
	}
	else if (l->cls != RF_LINE_DOC_NO && l->cls != RF_LINE_CASE)
		return false;
	if (current_kind(p) != RF_KIND_ITEM)
		new_section(p, RF_KIND_ITEM, NULL);
	add_body(p, l);
	return true;
}

/* "X indstiller," outside a recommendation, decision or history starts a recommendation. */
static bool
starts_recommendation(const rf_line *l, rf_kind kind)
{
	return l->cls == RF_LINE_INDSTILLER && kind != RF_KIND_RECOMMENDATION &&
		kind != RF_KIND_DECISION && kind != RF_KIND_HISTORY;
}

/* A line inside an item. */
static void
item_line(parser *p, const rf_line *l)
{
	rf_kind		kind;
	const rf_item *it = &p->doc->items[p->doc->item_count - 1];

	/* most lines: text that carries on its section (as the tests below would find, slower) */
	if (l->cls == RF_LINE_TEXT && !p->tail && p->item_body && p->resume < 0)
	{
		kind = current_kind(p);
		if (kind != RF_KIND_ITEM && kind != RF_KIND_FURNITURE && kind != RF_KIND_ATTACHMENTS)
		{
			add_body(p, l);
			return;
		}
	}
	if (l->cls == RF_LINE_FURNITURE_TAIL)
		p->tail = true;
	if (p->tail || l->cls == RF_LINE_FURNITURE)
	{
		if (current_kind(p) != RF_KIND_FURNITURE)
			new_section(p, RF_KIND_FURNITURE, NULL);
		p->resume = -1;
		add_body(p, l);
		return;
	}
	if (late_header_line(p, l))
		return;
	p->item_body = true;
	/* after page furniture the text carries on the section before it, unless it starts one */
	kind = p->resume >= 0 && current_kind(p) == RF_KIND_FURNITURE ?
		p->doc->sections[p->resume].kind : current_kind(p);
	if (l->cls != RF_LINE_HEADING && !starts_recommendation(l, kind))
		carry_on(p);
	p->resume = -1;
	kind = current_kind(p);
	if (kind == RF_KIND_ATTACHMENTS)
	{
		const rf_line *next = rf_cursor_peek(&p->cursor, 1);

		/* the web page's attachment count before "Hent som PDF" */
		if (l->cls == RF_LINE_NUMBER && next &&
			(next->cls == RF_LINE_FURNITURE || next->cls == RF_LINE_FURNITURE_TAIL))
		{
			new_section(p, RF_KIND_FURNITURE, NULL);
			add_body(p, l);
			return;
		}
		/*
		 * An attachment may be called "Indstilling"; only a marked-up
		 * heading, a dated decision, a procedural heading ("Beslutningen
		 * træffes af") or a heading followed by "X indstiller" end the list.
		 */
		if (!(l->cls == RF_LINE_HEADING &&
			  (l->markdown || l->dated || l->with_value || l->inline_text ||
			   (next && next->cls == RF_LINE_INDSTILLER))))
		{
			add_body(p, l);
			return;
		}
	}
	/*
	 * A motion quoted under a heading in capitals has headings of its own,
	 * written with a colon ("Beslutning:" is what the motion asks for, not
	 * what was decided), and its "Problemstilling" and "Løsning" without one
	 * are its text.  The agenda system's next heading, or its Sagsforløb or
	 * Bilag, ends the motion.
	 */
	if (l->cls == RF_LINE_HEADING && !(p->motion && l->of_motion && !l->colon))
	{
		if (l->capitals)
			p->motion = true;
		else if (!l->colon || l->kind == RF_KIND_HISTORY || l->kind == RF_KIND_ATTACHMENTS)
			p->motion = false;
		new_section(p, p->motion ? RF_KIND_OTHER : l->kind, l->inline_text ? NULL : l);
		if (l->inline_text)
			add_body(p, l);		/* "Beslutning: Godkendt.": the line is the text */
		return;
	}
	if (starts_recommendation(l, kind))
		new_section(p, RF_KIND_RECOMMENDATION, NULL);
	else if (kind == RF_KIND_ITEM || kind == RF_KIND_FURNITURE)
		new_section(p, it->closed ? RF_KIND_DECISION : RF_KIND_UNTITLED, NULL);
	add_body(p, l);
}

/*
 * A run of lines of text that carry on the current section of an item: the
 * loop of rf_parse would take each of them through page_furniture (no page
 * number, no form feed, past the furniture), item_start (no "Sag nr." after
 * it) and item_line to add_body (in a list of attachments too: only a
 * heading or a number can end it there); here each is added in one step.
 * Stops at the first line that needs the whole loop.
 */
static void
text_run(parser *p)
{
	rf_cursor  *c = &p->cursor;
	rf_range   *b;
	rf_kind		kind;

	if (p->doc->item_count == 0 || p->cur < 0 || p->tail || !p->item_body || p->resume >= 0)
		return;
	kind = p->doc->sections[p->cur].kind;
	if (kind == RF_KIND_ITEM || kind == RF_KIND_FURNITURE)
		return;
	b = &p->doc->sections[p->cur].body;
	/* the line after the current one becomes the current one: its place in the ring stays */
	for (const rf_line *l = rf_cursor_peek(c, 0), *next; l != NULL; l = next)
	{
		if (l->cls != RF_LINE_TEXT || l->page_start || l->no <= p->furniture_until)
			return;
		next = rf_cursor_peek(c, 1);
		if (next != NULL && next->cls == RF_LINE_ITEM_NO)
			return;
		rf_poll(l->start, l->end + 1);
		if (RF_RANGE_EMPTY(*b))
			*b = line_range(l);
		else
		{
			b->end = l->end;
			b->last = l->no;
		}
		p->last_line = l->no;
		p->last_end = l->end;
		rf_cursor_next(c);
	}
}

uint32_t
rf_decision_from(const rf_doc *doc, const rf_item *it)
{
	for (uint32_t i = it->first_section + it->section_count; i > it->first_section; i--)
	{
		const rf_section *sec = &doc->sections[i - 1];

		if (sec->kind == RF_KIND_DECISION && sec->dated)
			return i - 1;
	}
	return it->first_section;
}

bool
rf_parse(const char *text, size_t len, const rf_allocator *alloc, rf_doc *doc)
{
	parser		p;
	const rf_line *l;

	memset(doc, 0, sizeof(*doc));
	doc->text = text;
	doc->len = len;
	memset(&p, 0, sizeof(p));
	p.s = text;
	p.alloc = alloc;
	p.doc = doc;
	p.cur = -1;
	p.resume = -1;
	p.toc_last_no = -1;
	rf_cursor_init(&p.cursor, text, len);

	for (;;)
	{
		text_run(&p);
		if (p.failed || (l = rf_cursor_peek(&p.cursor, 0)) == NULL)
			break;
		rf_poll(l->start, l->end + 1);
		if (page_furniture(&p, l))
			furniture_line(&p, l);
		else if (item_start(&p))
			continue;
		else if (doc->item_count == 0 && !single_item(&p, l))
			front_line(&p, l);
		else if (!p.failed)
			item_line(&p, l);
		p.last_line = l->no;
		p.last_end = l->end;
		rf_cursor_next(&p.cursor);
	}
	close_item(&p);
	doc->line_count = p.cursor.line_no;
	return !p.failed;
}
