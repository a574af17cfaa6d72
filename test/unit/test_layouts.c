/*
 * test_layouts.c — the item-header forms of rf_layout, page furniture,
 * case-number labels and dated headings, each on the smallest text that
 * shows it.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "minutes.h"
#include "text.h"
#include "title.h"

static void *
grow(void *ctx, void *ptr, size_t size)
{
	(void) ctx;
	return realloc(ptr, size);
}

static const rf_allocator alloc = {grow, NULL};

static rf_doc
parse(const char *s)
{
	rf_doc		d;

	if (!rf_parse(s, strlen(s), &alloc, &d))
		abort();
	return d;
}

/* Check item i: its number, its title as one line, its case number ("" for none). */
static void
check_item(const rf_doc *d, uint32_t i, int no, const char *title, const char *case_no)
{
	const rf_item *it;
	char		buf[512];
	size_t		n = 0;

	CHECK(i < d->item_count);
	if (i >= d->item_count)
		return;
	it = &d->items[i];
	CHECK(it->no == no);
	if (!RF_RANGE_EMPTY(it->title) && it->title.end - it->title.start < sizeof(buf))
		n = rf_render(d->text, it->title.start, it->title.end, RF_RENDER_JOIN, buf);
	CHECK_STR(buf, n, title);
	CHECK_STR(d->text + it->case_start, it->case_end - it->case_start, case_no);
}

/* The kinds of item i's sections, space separated. */
static void
check_kinds(const rf_doc *d, uint32_t i, const char *kinds)
{
	char		buf[512] = "";
	const rf_item *it = &d->items[i];

	for (uint32_t k = it->first_section; k < it->first_section + it->section_count; k++)
	{
		if (buf[0])
			strcat(buf, " ");
		strcat(buf, rf_kind_names[d->sections[k].kind]);
	}
	CHECK_STR(buf, strlen(buf), kinds);
}

static void
free_doc(rf_doc *d)
{
	free(d->sections);
	free(d->items);
	free(d->toc);
	free(d->dated);
}

/* "Punkt 1:" with a no-break space and a thin space (PDF text) */
static void
test_punkt_unicode_spaces(void)
{
	rf_doc		d = parse("Punkt\xc2\xa0 1: Godkendelse\n00.01.00-A00-3-17\n\nBeslutning\nGodkendt.\n"
						  "Punkt\xe2\x80\x89" "2: Eventuelt\n");

	CHECK(d.item_count == 2 && d.layout == RF_LAYOUT_PUNKT);
	check_item(&d, 0, 1, "Godkendelse", "00.01.00-A00-3-17");
	check_item(&d, 1, 2, "Eventuelt", "");
	free_doc(&d);
}

/* "Punkt 3 - title", "Punkt 3. title", "Punkt 3 – title"; "Punkt 3 -" alone is none */
static void
test_punkt_separators(void)
{
	rf_doc		d = parse("Punkt 1 - Godkendelse\nBeslutning\nGodkendt.\n"
						  "Punkt 2. Budget\nBeslutning\nGodkendt.\n"
						  "Punkt 3 \xe2\x80\x93 Eventuelt\nIntet.\n"
						  "Punkt 4 -\nPunkt 5 fortsætter her.\n");

	CHECK(d.item_count == 3);
	check_item(&d, 0, 1, "Godkendelse", "");
	check_item(&d, 1, 2, "Budget", "");
	check_item(&d, 2, 3, "Eventuelt", "");
	free_doc(&d);
}

/* a ToC that leaves an item out (a closed one): what follows the header decides */
static void
test_toc_leaves_out(void)
{
	rf_doc		d = parse("Indholdsfortegnelse\n1. Orientering\n3. Eventuelt\n\n"
						  "1. Orientering\nBeslutning\nTaget til efterretning.\n"
						  "2. Lukket: Køb af ejendom\nSagsnr.: 00.01.00-A00-3-17\nGodkendt.\n"
						  "3. Eventuelt\nBeslutning\nIntet.\n");

	CHECK(d.item_count == 3);
	check_item(&d, 1, 2, "Lukket: Køb af ejendom", "00.01.00-A00-3-17");
	check_item(&d, 2, 3, "Eventuelt", "");
	free_doc(&d);
}

/* "N. title" confirmed by the table of contents; the ToC entries are no items */
static void
test_numbered_with_toc(void)
{
	rf_doc		d = parse("Indholdsfortegnelse\n\n1. Orientering\n2. ØU/KB - Budget\n\n"
						  "1. Orientering\n\nAnledning\nOrientering.\n\nIndstilling\n"
						  "Borgmesteren indstiller,\n 1. at orienteringen tages til efterretning\n"
						  "2. Fastholdelse af medarbejdere\n\n"
						  "2. ØU/KB - Budget\n\nAnledning\nBudget.\n");

	CHECK(d.toc_count == 2 && d.toc[0].no == 1 && d.toc[1].no == 2);
	CHECK(d.item_count == 2 && d.layout == RF_LAYOUT_NUMBERED);
	check_item(&d, 0, 1, "Orientering", "");
	check_item(&d, 1, 2, "ØU/KB - Budget", "");
	check_kinds(&d, 0, "item occasion recommendation");
	free_doc(&d);
}

/* Without a ToC: a case number or a heading must follow, and numbers rise */
static void
test_numbered_evidence(void)
{
	rf_doc		d = parse("Referat\n\n49. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
						  "Tabel:\n1. Fastholdelse af medarbejdere\nBeslutning\n"
						  "50. Budget 2021\nSagsnr.: 330-2018-3619   Dok.nr.: 330-2018-500301   Åbent\nTekst.\n");

	CHECK(d.item_count == 2);
	check_item(&d, 0, 49, "Godkendelse af dagsorden", "");
	check_item(&d, 1, 50, "Budget 2021", "330-2018-3619");
	free_doc(&d);
}

/* A header printed twice is one item; "• 301." bullets; the title printed again alone */
static void
test_repeated_and_bulleted(void)
{
	rf_doc		d = parse("1. Godkendelse af dagsorden (B)\n\n1.     Godkendelse af dagsorden (B)\n\n"
						  "Sagsnr.: 330-2018-3619\nBeslutningstema\nGodkendelse.\n"
						  "2. Siden sidst (O)\n2.\xc2\xa0\xc2\xa0Siden sidst (O)\nIndstilling\n");
	rf_doc		b = parse("Referat\n  • 301. Åben dagsorden\n\n    Resume\n    Godkendelse.\n"
						  "  • 302. Planstrategi 2020\n    application/pdf icon plan.pdf\n    Resume\n    Tekst.\n");
	rf_doc		h = parse("PUNKTER\n\n49. Godkendelse af dagsorden\n50. Orienteringer\n\n\n"
						  "49. Godkendelse af dagsorden\n\nGodkendelse af dagsorden\nSagsgang og sagstype\n");

	CHECK(d.item_count == 2);
	check_item(&d, 0, 1, "Godkendelse af dagsorden (B)", "330-2018-3619");
	check_item(&d, 1, 2, "Siden sidst (O)", "");
	check_kinds(&d, 0, "item occasion");
	CHECK(b.item_count == 2);
	check_item(&b, 0, 301, "Åben dagsorden", "");
	check_item(&b, 1, 302, "Planstrategi 2020", "");
	CHECK(h.item_count == 1 && h.items[0].header.last == 9);
	check_kinds(&h, 0, "item other");
	free_doc(&d);
	free_doc(&b);
	free_doc(&h);
}

/* "Sag nr. 130" under the title numbers the item; a case number above "N. title" is its case */
static void
test_sag_nr_and_case_above(void)
{
	rf_doc		r = parse("Sager 129 - 130\n\nSpørgetid\nSag nr. 129\n\nBeslutning\nTaget til efterretning.\n\n"
						  "Lokalplan 145\nSag nr. 130\nBeslutningskompetence: KB\nSagens kerne\nTekst.\n");
	rf_doc		c = parse("Referat\n\nSagnr.: 1-13-3-57-16\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n"
						  "Tilbage til toppen\nSagnr.: 1-13-3-57-16\n\n2. Opsamling\n\nBeslutning\nDrøftet.\n");

	CHECK(r.item_count == 2 && r.layout == RF_LAYOUT_SAG_NR);
	check_item(&r, 0, 129, "Spørgetid", "");
	check_item(&r, 1, 130, "Lokalplan 145", "");
	check_kinds(&r, 1, "item other summary");
	CHECK(c.item_count == 2 && c.layout == RF_LAYOUT_NUMBERED);
	check_item(&c, 0, 1, "Godkendelse af dagsorden", "1-13-3-57-16");
	check_item(&c, 1, 2, "Opsamling", "1-13-3-57-16");
	check_kinds(&c, 0, "item decision furniture");
	free_doc(&r);
	free_doc(&c);
}

/* eDoc: "2." alone, the title, a page header, then the case number and "Dok.nr." */
static void
test_number_above_and_page_furniture(void)
{
	rf_doc		d = parse("INDHOLDSFORTEGNELSE\n1. Meddelelser\n2. Budget\n\n3\n4\n"
						  "\fUdvalget\nReferat\nDato: 04.12.2012\nSide 3\n\n"
						  "1.\n\nMeddelelser\nSagsnr.: 00.01.00-A00-1-12\nDok.nr.: 2012-202935\nBaggrund\nTekst.\n\n"
						  "2.\n\nBudget\n"
						  "\fUdvalget\nReferat\nDato: 04.12.2012\nSide 4\n\n"
						  "Sagsnr.: 00.01.00-A00-2-12\nDok.nr.: 2012-203438\nSagsfremstilling\nFørste del\n"
						  "\fUdvalget\nReferat\nDato: 04.12.2012\nSide 5\n"
						  "anden del.\n"
						  "Udvalgets beslutning den 04.12.2012 Punkt 2\nGodkendt\n");
	const rf_item *it;

	CHECK(d.item_count == 2 && d.layout == RF_LAYOUT_NUMBER_ABOVE);
	check_item(&d, 0, 1, "Meddelelser", "00.01.00-A00-1-12");
	check_item(&d, 1, 2, "Budget", "00.01.00-A00-2-12");
	check_kinds(&d, 0, "item other");
	check_kinds(&d, 1, "item furniture item presentation furniture presentation decision");
	it = &d.items[1];
	CHECK(d.sections[it->first_section + 5].continues == it->first_section + 3 + 1);
	CHECK(d.sections[it->first_section + 6].dated);
	free_doc(&d);
}

/* dated decisions and an earlier committee's decision */
static void
test_dated_headings(void)
{
	rf_doc		d = parse("Punkt 1: Lokalplan\n00.01.00-A00-3-17\n"
						  "Teknik- og Miljøudvalget, 10. september 2019, pkt. 65:\nAnbefales.\n"
						  "Børn, Unge og Læring, 7. januar 2020, pkt. 133:\nAnbefales.\n"
						  "Beslutning i Økonomiudvalget den 1. oktober 2018:\nAnbefalet.\n"
						  "Beslutning i Udvalget for plan, udvikling og kultur (PUK) den 10-04-2013\nGodkendt.\n");
	const rf_dated *s;
	uint32_t	first;

	CHECK(d.item_count == 1);
	check_kinds(&d, 0, "item history history decision decision");
	first = d.items[0].first_section;
	CHECK(d.dated_count == 4 && d.sections[first + 1].dated == 1 && d.sections[first + 4].dated == 4);
	s = &d.dated[0];
	CHECK(s->ref_no == 65 && s->date.year == 2019 && s->date.month == 9 && s->date.day == 10);
	CHECK_STR(d.text + s->forum.start, s->forum.end - s->forum.start, "Teknik- og Miljøudvalget");
	s = &d.dated[1];
	CHECK_STR(d.text + s->forum.start, s->forum.end - s->forum.start, "Børn, Unge og Læring");
	CHECK(s->ref_no == 133 && s->date.year == 2020 && s->date.month == 1 && s->date.day == 7);
	s = &d.dated[2];
	CHECK(s->ref_no == -1);
	CHECK_STR(d.text + s->forum.start, s->forum.end - s->forum.start, "Økonomiudvalget");
	s = &d.dated[3];
	CHECK_STR(d.text + s->forum.start, s->forum.end - s->forum.start,
			  "Udvalget for plan, udvikling og kultur (PUK)");
	CHECK(s->date.year == 2013 && s->date.month == 4 && s->date.day == 10);
	CHECK(rf_decision_from(&d, &d.items[0]) == first + 4);
	free_doc(&d);
}

/* labels of a case number; "Dok.nr." is never one; a value after a run of labels */
static void
test_case_labels(void)
{
	static const char *const docs[] = {
		"Punkt 1: T\nSagsnr: 00.01.00-A00-3-17\n",
		"Punkt 1: T\nJ.nr.: 00.01.00-A00-3-17\n",
		"Punkt 1: T\nJournalnr. 00.01.00-A00-3-17\n",
		"Punkt 1: T\nSag: 00.01.00-A00-3-17\n",
		"Punkt 1: T\nSagsnr.:\nSagen afgøres i:\n00.01.00-A00-3-17\nUdvalget for Teknik\n",
	};
	rf_doc		d;

	for (size_t i = 0; i < sizeof(docs) / sizeof(docs[0]); i++)
	{
		d = parse(docs[i]);
		check_item(&d, 0, 1, "T", "00.01.00-A00-3-17");
		free_doc(&d);
	}
	d = parse("Punkt 1: T\nDok.nr.: 00.01.00-A00-3-17\n");
	check_item(&d, 0, 1, "T", "");
	free_doc(&d);
	/* a date or a year range alone is no case number */
	d = parse("Punkt 1: T\n04-06-2020\n");
	check_item(&d, 0, 1, "T", "");
	free_doc(&d);
}

/* a web page of one item that does not give its number */
static void
test_single_item_page(void)
{
	rf_doc		d = parse("Mødedato: 23.08.2017, kl. 11:00\nMødested: Rådhuset\n\n"
						  "Første behandling af budgetforslag 2018\n\nSe alle bilag\n\n"
						  "Budgettet skal vedtages i oktober.\n\nIndstilling\n\n"
						  "Økonomiforvaltningen indstiller,\n\n1. at budgettet godkendes\n\n"
						  "Beslutning\n\nGodkendt.\n");
	/* without the header's labels a heading in the front makes no item */
	rf_doc		n = parse("Første behandling af budgetforslag 2018\n\nIndstilling\n\nGodkendes.\n");

	CHECK(d.item_count == 1 && d.layout == RF_LAYOUT_SINGLE);
	check_item(&d, 0, -1, "Første behandling af budgetforslag 2018", "");
	check_kinds(&d, 0, "item furniture untitled recommendation decision");
	CHECK(d.sections[0].kind == RF_KIND_HEADER && d.sections[0].item == 0 && d.sections[0].body.last == 2);
	CHECK(n.item_count == 0);
	free_doc(&d);
	free_doc(&n);
}

/* "Beslutning: Godkendt." starts the decision and is its text; "Kompetence: …" is a heading */
static void
test_heading_with_text(void)
{
	rf_doc		d = parse("Punkt 1: Budget\nKompetence: Økonomiudvalget\nIndstilling: at budgettet godkendes\n"
						  "Beslutning: Godkendt.\nFraværende: Ingen.\nBilag\nBudget.pdf\nBeslutning: Udsat.\n");
	const rf_section *dec;

	check_kinds(&d, 0, "item other recommendation decision attachments decision");
	dec = &d.sections[d.items[0].first_section + 3];
	CHECK(RF_RANGE_EMPTY(dec->heading) && dec->body.first == 4 && dec->body.last == 5);
	CHECK(!RF_RANGE_EMPTY(d.sections[d.items[0].first_section + 1].heading));
	free_doc(&d);
}

/* "(B)" / "(O)" after a title, after its routing prefix is cut */
static void
test_item_type(void)
{
	static const char with_prefix[] = "ØU/KB - Budget 2021 (O)";
	static const char blank_title[] = "F - \x10\x01 (B)";
	rf_title	t;

	rf_title_parts(with_prefix, strlen(with_prefix), &t);
	CHECK(t.type == RF_ITEM_TYPE_ORIENTATION);
	CHECK_STR(with_prefix + t.prefix.start, t.prefix.end - t.prefix.start, "ØU/KB");
	CHECK_STR(with_prefix + t.title.start, t.title.end - t.title.start, "Budget 2021");
	/* nothing but control characters between the prefix and the mark */
	rf_title_parts(blank_title, strlen(blank_title), &t);
	CHECK(t.title.start <= t.title.end && t.title.end <= strlen(blank_title));
}

/* text that is no minutes: numbered lists alone make no items */
static void
test_lists_are_no_items(void)
{
	rf_doc		d = parse("Huskeliste\n1. Fastholdelse af medarbejdere\n2. Rekruttering\n3. Trivsel\n"
						  "1. at noget godkendes\n2. at andet godkendes\n");

	CHECK(d.item_count == 0 && d.layout == RF_LAYOUT_NONE);
	free_doc(&d);
}

/*
 * Runs of text that carry on a section are added line by line without the
 * whole outline loop: they end at a heading, at page furniture (the section
 * carries on after it) and before a title that "Sag nr." follows; in a list
 * of attachments an unmarked heading is one more attachment.
 */
static void
test_text_runs(void)
{
	rf_doc		d = parse("Punkt 1: Budget\n\nSagsfremstilling\nLinje et.\nLinje to.\n\n"
						  "\fUdvalget\nSide 2\nLinje tre.\nLinje fire.\n\n"
						  "Bilag\nBilag 1 Oversigt.pdf\nIndstilling\nBilag 3 Kort.pdf\n\n"
						  "Punkt 2: Regnskab\n\nBeslutning\nGodkendt.\nDrøftet.\n");
	const rf_item *it;
	char		buf[256];
	size_t		n;

	CHECK(d.item_count == 2 && d.layout == RF_LAYOUT_PUNKT);
	check_kinds(&d, 0, "item presentation furniture presentation attachments");
	check_kinds(&d, 1, "item decision");
	it = &d.items[0];
	CHECK(d.sections[it->first_section + 1].body.first == 4 && d.sections[it->first_section + 1].body.last == 5);
	CHECK(d.sections[it->first_section + 3].body.first == 9 && d.sections[it->first_section + 3].body.last == 10);
	CHECK(d.sections[it->first_section + 3].continues == it->first_section + 1 + 1);
	n = rf_render(d.text, d.sections[it->first_section + 4].body.start, d.sections[it->first_section + 4].body.end,
				  RF_RENDER_PARAGRAPHS, buf);
	CHECK_STR(buf, n, "Bilag 1 Oversigt.pdf\nIndstilling\nBilag 3 Kort.pdf");
	it = &d.items[1];
	CHECK(d.sections[it->first_section + 1].body.first == 20 && d.sections[it->first_section + 1].body.last == 21);
	free_doc(&d);
}

int
main(void)
{
	test_punkt_unicode_spaces();
	test_punkt_separators();
	test_toc_leaves_out();
	test_numbered_with_toc();
	test_numbered_evidence();
	test_repeated_and_bulleted();
	test_sag_nr_and_case_above();
	test_number_above_and_page_furniture();
	test_dated_headings();
	test_case_labels();
	test_single_item_page();
	test_item_type();
	test_heading_with_text();
	test_lists_are_no_items();
	test_text_runs();
	return CHECK_DONE();
}
