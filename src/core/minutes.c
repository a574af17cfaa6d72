/*
 * minutes.c — the outline parser: one pass over the lines of a document,
 * a state machine over meeting header, table of contents and agenda items.
 *
 * An item starts at "Punkt N: title" or, on web pages, at a number alone on
 * its line followed by a title and a case number (or a heading).  The title
 * may be wrapped over up to three lines when a case number follows it.
 * Within an item every heading starts a section; lines before the first
 * heading form an untitled section (the decision, in a closed item); a
 * "X indstiller" line outside a recommendation starts one without heading.
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

typedef struct parser
{
	const char *s;
	const rf_allocator *alloc;
	rf_doc	   *doc;
	rf_cursor	cursor;
	uint32_t	section_cap;
	uint32_t	item_cap;
	uint32_t	toc_cap;
	int64_t		cur;			/* current section, -1 before the first */
	uint32_t	toc_pending;	/* first ToC entry still waiting for its page */
	uint32_t	last_line;		/* last non-blank line consumed */
	bool		in_toc;
	bool		toc_seen;
	bool		tail;			/* in web-page furniture up to the next item */
	bool		motion;			/* in a quoted motion: "BESLUTNINGSFORSLAG FRA RV" */
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
	p->cur = d->section_count++;
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
		d->toc[d->toc_count++] = (rf_toc_entry) {t, page, l->no};
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
	for (unsigned k = first_title + 1; k <= RF_LOOKAHEAD; k++)
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

/* A web page's item: the expected next number alone, a title, then a case number or heading. */
static bool
web_item(parser *p, rf_cursor *c, const rf_line *l)
{
	const rf_doc *d = p->doc;
	int			expected = d->item_count ? d->items[d->item_count - 1].no + 1 : 1;
	const rf_line *title = rf_cursor_peek(c, 1);
	const rf_line *after = rf_cursor_peek(c, 2);
	unsigned	case_at;

	if (l->number != expected || title == NULL || title->cls != RF_LINE_TEXT || after == NULL)
		return false;
	if (after->cls == RF_LINE_HEADING)
		return true;
	header_lines(c, 1, &case_at);
	return case_at != 0;
}

static bool
is_closed_title(const char *s, rf_span t)
{
	return rf_ieq(s, t, "lukket") || rf_istarts(s, t, "lukket:");
}

/* Start an item at the current line if it is an item header; consume the header. */
static bool
item_start(parser *p)
{
	rf_cursor  *c = &p->cursor;
	rf_line		l = *rf_cursor_peek(c, 0);
	rf_doc	   *d = p->doc;
	rf_item    *it;
	unsigned	first_title,
				last,
				case_at;
	bool		has_title;
	rf_line		title_first = l,
				title_last = l,
				header_last;

	if (l.cls == RF_LINE_PUNKT)
	{
		const rf_line *next = rf_cursor_peek(c, 1);

		/* "Punkt 3:" with the title on the next line */
		first_title = (l.rest.start == l.rest.end && next && next->cls == RF_LINE_TEXT) ? 1 : 0;
	}
	else if (l.cls == RF_LINE_NUMBER && web_item(p, c, &l))
		first_title = 1;
	else
		return false;

	/* a title on further lines is only believed when a case number follows */
	last = header_lines(c, first_title, &case_at);
	if (case_at == 0)
		last = first_title == 1 && l.cls == RF_LINE_NUMBER ? 1 : 0;
	has_title = first_title == 0 ? l.rest.start < l.rest.end : last >= 1;
	if (has_title)
	{
		title_first = *rf_cursor_peek(c, first_title);
		title_last = *rf_cursor_peek(c, case_at ? case_at - 1 : last);
	}
	header_last = *rf_cursor_peek(c, last);

	close_item(p);
	if (!reserve(p, (void **) &d->items, &p->item_cap, d->item_count, sizeof(rf_item)))
	{
		p->failed = true;
		return true;
	}
	it = &d->items[d->item_count++];
	memset(it, 0, sizeof(*it));
	it->no = l.number;
	it->header = (rf_range) {l.start, header_last.end, l.no, header_last.no};
	if (has_title)
	{
		rf_span		first = first_title == 0 ? l.rest : title_first.content;

		it->title = (rf_range) {first.start, title_last.content.end, title_first.no, title_last.no};
		it->closed = is_closed_title(p->s, first);
	}
	else
		it->title = empty_range;
	if (case_at)
	{
		const rf_line *cl = rf_cursor_peek(c, case_at);

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
	p->last_line = header_last.no;
	for (unsigned k = 0; k <= last; k++)
		rf_cursor_next(c);
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
	if (p->in_toc)
		toc_line(p, l);
	else if (current_kind(p) != RF_KIND_HEADER || p->cur < 0)
		new_section(p, RF_KIND_HEADER, NULL);
	add_body(p, l);
}

/* A line inside an item. */
static void
item_line(parser *p, const rf_line *l)
{
	rf_kind		kind = current_kind(p);
	const rf_item *it = &p->doc->items[p->doc->item_count - 1];

	if (l->cls == RF_LINE_FURNITURE_TAIL)
		p->tail = true;
	if (p->tail || l->cls == RF_LINE_FURNITURE)
	{
		if (kind != RF_KIND_FURNITURE)
			new_section(p, RF_KIND_FURNITURE, NULL);
		add_body(p, l);
		return;
	}
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
		/* an attachment may be called "Indstilling"; only marked-up headings end the list */
		if (!(l->cls == RF_LINE_HEADING && l->markdown))
		{
			add_body(p, l);
			return;
		}
	}
	if (l->cls == RF_LINE_HEADING)
	{
		/*
		 * A motion quoted under a heading in capitals has headings of its
		 * own, written with a colon ("Beslutning:" is what the motion asks
		 * for, not what was decided).  The agenda system's next heading, or
		 * its Sagsforløb or Bilag, ends the motion.
		 */
		if (l->capitals)
			p->motion = true;
		else if (!l->colon || l->kind == RF_KIND_HISTORY || l->kind == RF_KIND_ATTACHMENTS)
			p->motion = false;
		new_section(p, p->motion ? RF_KIND_OTHER : l->kind, l);
		return;
	}
	if (l->cls == RF_LINE_INDSTILLER && kind != RF_KIND_RECOMMENDATION &&
		kind != RF_KIND_DECISION && kind != RF_KIND_HISTORY)
		new_section(p, RF_KIND_RECOMMENDATION, NULL);
	else if (kind == RF_KIND_ITEM || kind == RF_KIND_FURNITURE)
		new_section(p, it->closed ? RF_KIND_DECISION : RF_KIND_UNTITLED, NULL);
	add_body(p, l);
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
	rf_cursor_init(&p.cursor, text, len);

	while (!p.failed && (l = rf_cursor_peek(&p.cursor, 0)) != NULL)
	{
		rf_poll(l->start, l->end + 1);
		if (item_start(&p))
			continue;
		if (doc->item_count == 0)
			front_line(&p, l);
		else
			item_line(&p, l);
		p.last_line = l->no;
		rf_cursor_next(&p.cursor);
	}
	close_item(&p);
	doc->line_count = p.cursor.line_no;
	return !p.failed;
}
