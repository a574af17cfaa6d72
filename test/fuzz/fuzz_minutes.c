/*
 * fuzz_minutes.c — libFuzzer harness: the parser core on a whole document.
 *
 * Outlines the input with rf_parse and checks the outline: every range
 * inside the input and on line boundaries, sections in line order, every
 * non-blank line in exactly one heading or body, items and their sections
 * consistent.  Then it runs every extractor over every section body, not
 * only over the kind the SQL functions pick:
 * rf_meeting_parse, rf_render in both modes, rf_title_parts on rendered
 * titles, rf_proposals, rf_attachments, rf_history, and
 * rf_classify_decision on rendered decisions.  Scratch and output buffers
 * are exactly as large as the headers promise is enough, so
 * AddressSanitizer sees a write past them.  When the input is valid UTF-8,
 * so must every text be that the SQL functions would return.
 */
#include <stdint.h>
#include <string.h>

#include "extract.h"
#include "fuzz.h"
#include "meeting.h"
#include "minutes.h"
#include "outcome.h"
#include "sagsnr_parse.h"
#include "text.h"
#include "title.h"

static void *
grow(void *ctx, void *ptr, size_t size)
{
	(void) ctx;
	return realloc(ptr, size);
}

static const rf_allocator allocator = {grow, NULL};

/* The input, its lines, and whether it is valid UTF-8. */
typedef struct input
{
	const char *s;
	size_t		len;
	size_t	   *starts;			/* of line i + 1 */
	size_t	   *ends;
	uint32_t	count;
	bool		utf8;
} input;

static bool
blank(const input *in, uint32_t no)
{
	rf_span		c = rf_content(in->s, in->starts[no - 1], in->ends[no - 1], NULL);

	return c.start == c.end;
}

/* A heading or body: whole lines, the first and the last not blank. */
static void
check_lines(const input *in, rf_range r)
{
	if (RF_RANGE_EMPTY(r))
		return;
	FUZZ_CHECK(r.first >= 1 && r.last <= in->count);
	FUZZ_CHECK(r.start == in->starts[r.first - 1] && r.end == in->ends[r.last - 1]);
	FUZZ_CHECK(!blank(in, r.first) && !blank(in, r.last));
}

/* A range of text inside lines [first, last]: a title, a history entry. */
static void
check_within(const input *in, rf_range r)
{
	if (RF_RANGE_EMPTY(r))
		return;
	FUZZ_CHECK(r.first >= 1 && r.last <= in->count);
	FUZZ_CHECK(in->starts[r.first - 1] <= r.start && r.start <= r.end &&
			   r.end <= in->ends[r.last - 1]);
}

static void
check_span(const input *in, rf_span sp, size_t start, size_t end)
{
	FUZZ_CHECK(start <= sp.start && sp.start <= sp.end && sp.end <= end && end <= in->len);
}

/*
 * Clean text: no control characters but the line breaks of paragraphs, no
 * blank at the end of a line, no line break at either end, at most one
 * blank line in a row; one line (lines false) has no blank at its start and
 * no two blanks in a row.  UTF-8 when the input is.
 */
static void
check_clean(const input *in, const char *out, size_t n, bool lines)
{
	for (size_t i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) out[i];

		FUZZ_CHECK(c >= 0x20 || (c == '\n' && lines));
		if (c == '\n')
			FUZZ_CHECK(i > 0 && out[i - 1] != ' ' && !(i > 1 && out[i - 1] == '\n' && out[i - 2] == '\n'));
		if (c == ' ' && !lines)
			FUZZ_CHECK(i > 0 && out[i - 1] != ' ');
	}
	FUZZ_CHECK(n == 0 || (out[n - 1] != ' ' && out[n - 1] != '\n' && out[0] != '\n'));
	FUZZ_CHECK(!in->utf8 || fuzz_utf8(out, n));
}

/* Render s[start..end) into a buffer of exactly the promised size; caller frees. */
static char *
render(const input *in, size_t start, size_t end, rf_render_mode mode, size_t *n)
{
	char	   *out = malloc(end - start + 1);

	*n = rf_render(in->s, start, end, mode, out);
	FUZZ_CHECK(*n <= end - start && out[*n] == '\0');
	check_clean(in, out, *n, mode == RF_RENDER_PARAGRAPHS);
	return out;
}

static void
check_render(const input *in, rf_range r)
{
	size_t		n;

	if (RF_RANGE_EMPTY(r))
		return;
	free(render(in, r.start, r.end, RF_RENDER_JOIN, &n));
	free(render(in, r.start, r.end, RF_RENDER_PARAGRAPHS, &n));
}

/* What the extractor callbacks need to check their results. */
typedef struct extract_ctx
{
	const input *in;
	rf_range	body;
	const char *scratch;
	size_t		cap;
} extract_ctx;

static void
check_result(const extract_ctx *x, const char *text, size_t len, bool lines)
{
	FUZZ_CHECK(text >= x->scratch && len < x->cap && text + len < x->scratch + x->cap);
	FUZZ_CHECK(len > 0);
	check_clean(x->in, text, len, lines);
}

static void
on_proposal(void *ctx, rf_span who, const char *body, size_t len)
{
	extract_ctx *x = ctx;
	size_t		n;

	check_result(x, body, len, true);
	if (who.start == who.end)
		return;
	check_span(x->in, who, x->body.start, x->body.end);
	free(render(x->in, who.start, who.end, RF_RENDER_JOIN, &n));
}

static void
on_attachment(void *ctx, const char *name, size_t len, const char *ext)
{
	extract_ctx *x = ctx;
	size_t		n;

	check_result(x, name, len, false);
	if (ext == NULL)
		return;
	n = strlen(ext);
	FUZZ_CHECK(n >= 2 && n <= 4);
	for (size_t i = 0; i < n; i++)
		FUZZ_CHECK((ext[i] >= 'a' && ext[i] <= 'z') || (ext[i] >= '0' && ext[i] <= '9'));
}

static void
check_date(const rf_date *d)
{
	FUZZ_CHECK(d->year >= 1900 && d->year <= 2099 && d->month >= 1 && d->month <= 12 &&
			   d->day >= 1 && d->day <= 31);
}

static void
on_history(void *ctx, const rf_history_entry *e)
{
	extract_ctx *x = ctx;
	size_t		n;

	check_span(x->in, e->committee, x->body.start, x->body.end);
	if (e->committee.start < e->committee.end)
		free(render(x->in, e->committee.start, e->committee.end, RF_RENDER_JOIN, &n));
	if (e->has_date)
		check_date(&e->date);
	FUZZ_CHECK(e->item_no >= -1 && e->item_no <= 99999);
	check_within(x->in, e->text);
	if (!RF_RANGE_EMPTY(e->text))
	{
		FUZZ_CHECK(e->text.start >= x->body.start && e->text.end <= x->body.end);
		check_render(x->in, e->text);
	}
}

/* Every extractor over one body, with scratch buffers of the promised size. */
static void
extract_all(const input *in, rf_range body)
{
	extract_ctx x = {in, body, NULL, body.end - body.start + 1};
	char	   *scratch;

	if (RF_RANGE_EMPTY(body))
		return;
	scratch = malloc(x.cap);
	x.scratch = scratch;
	rf_proposals(in->s, body, scratch, on_proposal, &x);
	rf_attachments(in->s, body, scratch, on_attachment, &x);
	rf_history(in->s, body, on_history, &x);
	free(scratch);
}

static void
check_decision(const input *in, rf_range body)
{
	size_t		n;
	char	   *text;

	if (RF_RANGE_EMPTY(body))
		return;
	text = render(in, body.start, body.end, RF_RENDER_PARAGRAPHS, &n);
	FUZZ_CHECK(rf_classify_decision(text, n) <= RF_OUTCOME_NONE);
	free(text);
}

static void
check_title(const input *in, const rf_item *it)
{
	size_t		n;
	char	   *r;
	rf_title	t;

	check_within(in, it->title);
	if (RF_RANGE_EMPTY(it->title))
		return;
	FUZZ_CHECK(it->title.first >= it->header.first && it->title.last <= it->header.last);
	r = render(in, it->title.start, it->title.end, RF_RENDER_JOIN, &n);
	rf_title_parts(r, n, &t);
	FUZZ_CHECK(t.prefix.start <= t.prefix.end && t.prefix.end <= n);
	FUZZ_CHECK(t.title.start <= t.title.end && t.title.end <= n);
	FUZZ_CHECK(t.prefix.end <= t.title.start);
	FUZZ_CHECK(!in->utf8 || (fuzz_utf8(r + t.title.start, t.title.end - t.title.start) &&
							 fuzz_utf8(r + t.prefix.start, t.prefix.end - t.prefix.start)));
	FUZZ_CHECK(t.slot_start >= -1 && t.slot_start < 24 * 60);
	FUZZ_CHECK(t.slot_end >= -1 && t.slot_end < 24 * 60);
	if (t.slot_start >= 0 && t.slot_end >= 0)
		FUZZ_CHECK(t.slot_end > t.slot_start && t.duration == t.slot_end - t.slot_start);
	FUZZ_CHECK(t.duration >= -1 && t.duration <= 24 * 60);
	free(r);
}

static void
check_items(const input *in, const rf_doc *d)
{
	uint32_t	next_section = 0;

	for (uint32_t i = 0; i < d->item_count; i++)
	{
		const rf_item *it = &d->items[i];

		FUZZ_CHECK(it->no >= -1 && it->no <= 99999);
		check_lines(in, it->header);
		FUZZ_CHECK(!RF_RANGE_EMPTY(it->header));
		FUZZ_CHECK(it->header.first <= it->last_line && it->last_line <= in->count);
		FUZZ_CHECK((i == 0 || it->first_section == next_section) && it->section_count >= 1 &&
				   it->first_section + it->section_count <= d->section_count);
		FUZZ_CHECK(d->sections[it->first_section].kind == RF_KIND_ITEM);
		for (uint32_t k = it->first_section; k < it->first_section + it->section_count; k++)
			FUZZ_CHECK(d->sections[k].item == i + 1);
		next_section = it->first_section + it->section_count;
		FUZZ_CHECK(it->case_start <= it->case_end && it->case_end <= in->len);
		if (it->case_start < it->case_end)
		{
			/* in the header, or in a case or document line under it (also after page furniture) */
			bool		inside = it->case_start >= it->header.start && it->case_end <= it->header.end;

			for (uint32_t k = it->first_section; k < it->first_section + it->section_count; k++)
				if (d->sections[k].kind == RF_KIND_ITEM && !RF_RANGE_EMPTY(d->sections[k].body))
					inside = inside || (it->case_start >= d->sections[k].body.start &&
										it->case_end <= d->sections[k].body.end);
			FUZZ_CHECK(inside && rf_sagsnr_parse(in->s + it->case_start, it->case_end - it->case_start, NULL));
		}
		check_title(in, it);
	}
	FUZZ_CHECK(next_section == d->section_count || d->item_count == 0);
}

/* Lossless and in order: every non-blank line in exactly one heading or body. */
static void
check_sections(const input *in, const rf_doc *d)
{
	unsigned char *seen = calloc(in->count + 1, 1);
	uint32_t	last = 0;
	uint32_t	item = 0;

	for (uint32_t i = 0; i < d->section_count; i++)
	{
		const rf_section *sec = &d->sections[i];
		const rf_range *parts[2] = {&sec->heading, &sec->body};

		FUZZ_CHECK((int) sec->kind >= 0 && sec->kind < RF_KIND_COUNT);
		FUZZ_CHECK(sec->item >= item && sec->item <= d->item_count);
		FUZZ_CHECK(!RF_RANGE_EMPTY(sec->heading) || !RF_RANGE_EMPTY(sec->body));
		/* a section carried on after page furniture: an earlier one of its kind, no heading */
		if (sec->continues)
			FUZZ_CHECK(sec->continues <= i && d->sections[sec->continues - 1].kind == sec->kind &&
					   RF_RANGE_EMPTY(sec->heading));
		if (sec->dated)
		{
			const rf_dated *dt = &d->dated[sec->dated - 1];

			FUZZ_CHECK(sec->dated <= d->dated_count);
			check_span(in, dt->forum, sec->heading.start, sec->heading.end);
			FUZZ_CHECK(dt->forum.start < dt->forum.end && dt->ref_no >= -1);
			check_date(&dt->date);
		}
		item = sec->item;
		for (int k = 0; k < 2; k++)
		{
			const rf_range *r = parts[k];

			check_lines(in, *r);
			if (RF_RANGE_EMPTY(*r))
				continue;
			FUZZ_CHECK(r->first > last);
			last = r->last;
			for (uint32_t no = r->first; no <= r->last; no++)
				if (!blank(in, no))
					seen[no]++;
		}
		check_render(in, sec->heading);
		check_render(in, sec->body);
		extract_all(in, sec->body);
		if (sec->kind == RF_KIND_DECISION)
			check_decision(in, sec->body);
	}
	for (uint32_t no = 1; no <= in->count; no++)
		FUZZ_CHECK(seen[no] == (blank(in, no) ? 0 : 1));
	free(seen);
}

static void
check_toc(const input *in, const rf_doc *d)
{
	for (uint32_t i = 0; i < d->toc_count; i++)
	{
		const rf_toc_entry *e = &d->toc[i];
		size_t		n;

		FUZZ_CHECK(e->line >= 1 && e->line <= in->count && e->page >= -1 && e->no >= -1);
		check_span(in, e->title, in->starts[e->line - 1], in->ends[e->line - 1]);
		if (e->title.start < e->title.end)
			free(render(in, e->title.start, e->title.end, RF_RENDER_JOIN, &n));
	}
}

static void
check_meeting(const input *in, const rf_doc *d)
{
	rf_meeting	m;
	size_t		n;

	rf_meeting_parse(d, &m);
	FUZZ_CHECK(m.kind == RF_DOC_UNKNOWN || m.kind == RF_DOC_REFERAT || m.kind == RF_DOC_DAGSORDEN);
	check_span(in, m.forum, 0, in->len);
	check_span(in, m.location, 0, in->len);
	if (m.forum.start < m.forum.end)
		free(render(in, m.forum.start, m.forum.end, RF_RENDER_JOIN, &n));
	if (m.location.start < m.location.end)
		free(render(in, m.location.start, m.location.end, RF_RENDER_JOIN, &n));
	if (m.has_date)
		check_date(&m.date);
	FUZZ_CHECK(m.starts_at >= -1 && m.starts_at < 24 * 60);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	input		in = {(const char *) data, size, malloc((size + 1) * sizeof(size_t)),
	malloc((size + 1) * sizeof(size_t)), 0, fuzz_utf8((const char *) data, size)};
	size_t		pos = 0;
	rf_doc		d;

	while (pos < size)
	{
		const char *nl = memchr(in.s + pos, '\n', size - pos);
		size_t		end = nl ? (size_t) (nl - in.s) : size;

		in.starts[in.count] = pos;
		in.ends[in.count++] = end;
		pos = end + 1;
	}

	FUZZ_CHECK(rf_parse(in.s, size, &allocator, &d));
	FUZZ_CHECK(d.text == in.s && d.len == size && d.line_count == in.count);
	check_sections(&in, &d);
	check_items(&in, &d);
	FUZZ_CHECK(d.layout < RF_LAYOUT_COUNT && (d.layout == RF_LAYOUT_NONE) == (d.item_count == 0));
	check_toc(&in, &d);
	check_meeting(&in, &d);

	free(d.sections);
	free(d.items);
	free(d.toc);
	free(d.dated);
	free(in.starts);
	free(in.ends);
	return 0;
}
