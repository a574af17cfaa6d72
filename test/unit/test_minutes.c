/*
 * test_minutes.c — the outline parser on the real corpus and on hostile input.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "corpus.h"
#include "minutes.h"
#include "text.h"

/* Byte offsets of the lines of s: starts[i], ends[i] for line i+1. */
typedef struct line_table
{
	size_t	   *starts;
	size_t	   *ends;
	uint32_t	count;
} line_table;

static line_table
lines_of(const char *s, size_t len)
{
	line_table	t = {malloc((len + 2) * sizeof(size_t)), malloc((len + 2) * sizeof(size_t)), 0};
	size_t		pos = 0;

	while (pos < len)
	{
		const char *nl = memchr(s + pos, '\n', len - pos);
		size_t		end = nl ? (size_t) (nl - s) : len;

		t.starts[t.count] = pos;
		t.ends[t.count++] = end;
		pos = end + 1;
	}
	return t;
}

static bool
blank(const char *s, line_table *t, uint32_t no)
{
	rf_span		c = rf_content(s, t->starts[no - 1], t->ends[no - 1], NULL);

	return c.start == c.end;
}

/* Count how often each non-blank line of r is covered; check r's offsets match its lines. */
static bool
cover(const char *s, line_table *t, rf_range r, unsigned *seen)
{
	if (RF_RANGE_EMPTY(r))
		return true;
	if (r.first < 1 || r.last > t->count || r.start != t->starts[r.first - 1] ||
		r.end != t->ends[r.last - 1] || blank(s, t, r.first) || blank(s, t, r.last))
		return false;
	for (uint32_t no = r.first; no <= r.last; no++)
		if (!blank(s, t, no))
			seen[no]++;
	return true;
}

/*
 * Lossless: every non-blank line lies in exactly one heading or body, and
 * sections follow each other in the order of the text.
 */
static bool
lossless(const char *s, size_t len, const rf_doc *d)
{
	line_table	t = lines_of(s, len);
	unsigned   *seen = calloc(t.count + 2, sizeof(unsigned));
	bool		ok = d->line_count == t.count;
	uint32_t	last = 0;

	for (uint32_t i = 0; i < d->section_count && ok; i++)
	{
		const rf_section *sec = &d->sections[i];

		ok = cover(s, &t, sec->heading, seen) && cover(s, &t, sec->body, seen);
		if (!RF_RANGE_EMPTY(sec->heading))
			ok = ok && sec->heading.first > last && (last = sec->heading.last, true);
		if (!RF_RANGE_EMPTY(sec->body))
			ok = ok && sec->body.first > last && (last = sec->body.last, true);
	}
	for (uint32_t no = 1; no <= t.count && ok; no++)
		ok = seen[no] == (blank(s, &t, no) ? 0u : 1u);
	free(seen);
	free(t.starts);
	free(t.ends);
	return ok;
}

static rf_doc
parse(const char *s, size_t len)
{
	rf_doc		d;

	CHECK(rf_parse(s, len, &test_allocator, &d));
	return d;
}

static unsigned
closed_items(const rf_doc *d)
{
	unsigned	n = 0;

	for (uint32_t i = 0; i < d->item_count; i++)
		n += d->items[i].closed;
	return n;
}

/* Items are numbered 1, 2, 3, … and hold a case number (web "Eventuelt" aside). */
static void
check_items(const char *s, const rf_doc *d)
{
	for (uint32_t i = 0; i < d->item_count; i++)
	{
		const rf_item *it = &d->items[i];

		CHECK(it->no == (int) i + 1);
		CHECK(it->section_count >= 1 && d->sections[it->first_section].kind == RF_KIND_ITEM);
		CHECK(it->last_line >= it->header.last);
		if (it->case_end == it->case_start)
			CHECK(rf_ieq(s, (rf_span) {it->title.start, it->title.end}, "eventuelt"));
	}
}

static void
test_corpus(void)
{
	for (size_t k = 0; k < CORPUS_SIZE; k++)
	{
		size_t		len;
		char	   *s = load_file(corpus[k].name, &len);
		rf_doc		d = parse(s, len);

		CHECK(d.item_count == corpus[k].items);
		CHECK(closed_items(&d) == corpus[k].closed);
		CHECK(d.toc_count == corpus[k].toc);
		for (uint32_t i = 0; i < d.toc_count; i++)
			CHECK(d.toc[i].page > 0);
		check_items(s, &d);
		CHECK(lossless(s, len, &d));
		/* the check itself can fail: a document without its last section is not lossless */
		d.section_count--;
		CHECK(!lossless(s, len, &d));
		free_doc(&d);
		free(s);
	}
}

/* The heading of the n-th section of item i (1-based), rendered. */
static const char *
section_heading(const char *s, const rf_doc *d, uint32_t item, uint32_t n, rf_kind *kind)
{
	static char buf[512];
	const rf_item *it = &d->items[item - 1];
	const rf_section *sec = &d->sections[it->first_section + n];

	*kind = sec->kind;
	if (RF_RANGE_EMPTY(sec->heading) || sec->heading.end - sec->heading.start >= sizeof(buf))
		return "";
	rf_render(s, sec->heading.start, sec->heading.end, RF_RENDER_JOIN, buf);
	return buf;
}

static void
test_variants(void)
{
	size_t		len;
	char	   *s = load_file("albertslund/001_f160a2713c056438.txt", &len);
	rf_doc		d = parse(s, len);
	rf_kind		kind;
	char		title[256];

	/* item 9: text, then "Kommunaldirektøren indstiller:" with no Indstilling heading */
	CHECK(strcmp(section_heading(s, &d, 9, 1, &kind), "") == 0 && kind == RF_KIND_UNTITLED);
	CHECK(strcmp(section_heading(s, &d, 9, 2, &kind), "") == 0 && kind == RF_KIND_RECOMMENDATION);
	CHECK(strcmp(section_heading(s, &d, 9, 3, &kind), "Sagsfremstilling") == 0 && kind == RF_KIND_PRESENTATION);
	/* item 5: "Punkt 5: Lukket" */
	CHECK(d.items[4].closed && d.items[4].section_count == 1);
	CHECK_STR(s + d.items[4].case_start, d.items[4].case_end - d.items[4].case_start, "00.01.00-A00-62-16");
	free_doc(&d);
	free(s);

	s = load_file("albertslund/002_74521ca785f1df23.txt", &len);
	d = parse(s, len);
	/* Markdown: "### **Indstilling om sygefraværstatistikken for 1. kvartal 2018**" */
	CHECK(strcmp(section_heading(s, &d, 5, 1, &kind),
				 "Indstilling om sygefraværstatistikken for 1. kvartal 2018") == 0 &&
		  kind == RF_KIND_RECOMMENDATION);
	rf_render(s, d.items[1].title.start, d.items[1].title.end, RF_RENDER_JOIN, title);
	CHECK(strcmp(title, "CF - Fokusering af netværkstemaet: Samarbejde mellem kommune, "
				 "boligsociale aktører og borgere (30 min)") == 0);
	/* "… borgere.<tab>10": one dot left of the leaders; "…referat.....<tab>3" */
	rf_render(s, d.toc[5].title.start, d.toc[5].title.end, RF_RENDER_JOIN, title);
	CHECK(strcmp(title, "CF - Skriftlig orientering: Kursus i engelsk for medarbejdere i kontakt "
				 "med engelsktalende borgere") == 0 && d.toc[5].page == 10);
	rf_render(s, d.toc[0].title.start, d.toc[0].title.end, RF_RENDER_JOIN, title);
	CHECK(strcmp(title, "CF - Godkendelse af dagsorden og referat") == 0 && d.toc[0].page == 3);
	free_doc(&d);
	free(s);

	/* pdftotext: a title wrapped over two lines, a closed item with a title */
	s = load_file("aarhus/byraad_referat_2025-08-27_pdftotext.txt", &len);
	d = parse(s, len);
	rf_render(s, d.items[1].title.start, d.items[1].title.end, RF_RENDER_JOIN, title);
	CHECK(strcmp(title, "Svar på forslag fra DD om principbeslutning om at sikre Havnens "
				 "Perles fremtid på Aarhus Ø") == 0);
	CHECK(d.items[1].title.first == 61 && d.items[1].title.last == 62);
	/* the table of contents: titles first, then their pages */
	CHECK(d.toc[6].page == 14 && d.toc[20].page == 28);
	CHECK_STR(s + d.items[1].case_start, d.items[1].case_end - d.items[1].case_start, "EMN-2025-003383");
	CHECK(d.items[20].closed);
	/* its decision has no heading */
	CHECK(d.sections[d.items[20].first_section + 1].kind == RF_KIND_DECISION);
	/* the Bilag list of item 2 holds an attachment named "Indstilling" */
	CHECK(strcmp(section_heading(s, &d, 2, d.items[1].section_count - 1, &kind), "Bilag") == 0);
	free_doc(&d);
	free(s);
}

/* Build a document by repeating a pattern. */
static char *
repeat(const char *pattern, size_t times, size_t *len)
{
	size_t		n = strlen(pattern);
	char	   *s = malloc(n * times + 1);

	for (size_t i = 0; i < times; i++)
		memcpy(s + i * n, pattern, n);
	s[n * times] = '\0';
	*len = n * times;
	return s;
}

static void
test_hostile(void)
{
	size_t		len;
	char	   *s;
	rf_doc		d;
	char		buf[64];

	/* 10,000 "Punkt N:" lines */
	s = malloc(10000 * 16);
	len = 0;
	for (int i = 1; i <= 10000; i++)
		len += (size_t) snprintf(s + len, 16, "Punkt %d:\n", i);
	d = parse(s, len);
	CHECK(d.item_count == 10000 && d.items[9999].no == 10000);
	CHECK(RF_RANGE_EMPTY(d.items[0].title));
	CHECK(lossless(s, len, &d));
	free_doc(&d);
	free(s);

	/* one line of 5 MB */
	s = repeat("Beslutning godkendt ", 5 * 1024 * 1024 / 20, &len);
	d = parse(s, len);
	CHECK(d.item_count == 0 && d.line_count == 1 && lossless(s, len, &d));
	free_doc(&d);
	free(s);

	/* nothing but headings */
	s = repeat("Beslutning\nBilag\nSagsfremstilling\nIndstilling\n", 1000, &len);
	d = parse(s, len);
	CHECK(d.item_count == 0 && lossless(s, len, &d));
	free_doc(&d);
	free(s);

	/* a case-number line with no item, then an item with no case number */
	s = copy_of("00.01.00-A00-3-17\n\nPunkt 1: Evt.\n\nBeslutning\n\nIntet\n");
	len = strlen(s);
	d = parse(s, len);
	CHECK(d.item_count == 1 && d.items[0].case_start == d.items[0].case_end);
	CHECK(lossless(s, len, &d));
	free_doc(&d);
	free(s);

	/* control characters 1..31 mixed into text */
	s = malloc(64 * 31 + 1);
	len = 0;
	for (int c = 1; c < 32; c++)
		len += (size_t) snprintf(s + len, 64, "Punkt %d: titel%cmed\n%c\nBeslutning\nGodkendt%c.\n", c, c, c, c);
	d = parse(s, len);
	CHECK(d.item_count > 0 && lossless(s, len, &d));
	rf_render(s, d.items[0].title.start, d.items[0].title.end, RF_RENDER_JOIN, buf);
	CHECK(strcmp(buf, "titelmed") == 0);
	free_doc(&d);
	free(s);

	/* empty and unrelated text */
	d = parse("", 0);
	CHECK(d.item_count == 0 && d.section_count == 0 && d.line_count == 0);
	free_doc(&d);
	s = copy_of("Dear diary,\nNothing happened today.\n");
	d = parse(s, strlen(s));
	CHECK(d.item_count == 0 && d.toc_count == 0 && lossless(s, strlen(s), &d));
	free_doc(&d);
	free(s);
}

/* CRLF, a byte-order mark, no-break spaces and soft hyphens change nothing. */
static void
test_encodings(void)
{
	size_t		len;
	char	   *s = load_file("albertslund/000_29b8a9bb6d12761b.txt", &len);
	char	   *crlf = malloc(2 * len + 8);
	size_t		n = 0;
	rf_doc		a = parse(s, len);
	rf_doc		b;
	char		title[256];

	memcpy(crlf, "\xEF\xBB\xBF", 3);
	n = 3;
	for (size_t i = 0; i < len; i++)
	{
		if (s[i] == '\n')
			crlf[n++] = '\r';
		else if (s[i] == ' ' && i > 0 && s[i - 1] == 'f')
		{
			crlf[n++] = '\xC2';	/* "af" + no-break space */
			crlf[n++] = '\xA0';
			continue;
		}
		crlf[n++] = s[i];
	}
	b = parse(crlf, n);
	CHECK(a.item_count == b.item_count && a.section_count == b.section_count);
	for (uint32_t i = 0; i < a.section_count && i < b.section_count; i++)
		CHECK(a.sections[i].kind == b.sections[i].kind &&
			  a.sections[i].body.first == b.sections[i].body.first);
	rf_render(crlf, b.items[0].title.start, b.items[0].title.end, RF_RENDER_JOIN, title);
	CHECK(strcmp(title, "CF - Godkendelse af dagsorden og referat") == 0);
	CHECK(lossless(crlf, n, &b));
	free_doc(&a);
	free_doc(&b);
	free(crlf);
	free(s);

	/* a word hyphenated at a line break joins without a blank; a dash between words keeps it */
	s = copy_of("Punkt 1: Orientering om ny 2030-\nfremskrivning\nEMN-2025-008528\n"
				"Punkt 2: CF -\nevt.\nEMN-2025-008529\n");
	a = parse(s, strlen(s));
	rf_render(s, a.items[0].title.start, a.items[0].title.end, RF_RENDER_JOIN, title);
	CHECK(strcmp(title, "Orientering om ny 2030-fremskrivning") == 0);
	rf_render(s, a.items[1].title.start, a.items[1].title.end, RF_RENDER_JOIN, title);
	CHECK(strcmp(title, "CF - evt.") == 0);
	free_doc(&a);
	free(s);

	/* a soft hyphen inside a word is dropped when rendered */
	s = copy_of("Punkt 1: Arbejds\xC2\xADmiljø\n00.01.00-A00-3-17\n");
	a = parse(s, strlen(s));
	rf_render(s, a.items[0].title.start, a.items[0].title.end, RF_RENDER_JOIN, title);
	CHECK(strcmp(title, "Arbejdsmiljø") == 0);
	free_doc(&a);
	free(s);
}

int
main(void)
{
	test_corpus();
	test_variants();
	test_hostile();
	test_encodings();
	return CHECK_DONE();
}
