/*
 * test_meeting.c — meeting headers of the corpus and of each form seen in
 * other minutes (the smallest text that shows it), and the parts of item
 * titles.
 */
#include <string.h>

#include "check.h"
#include "corpus.h"
#include "meeting.h"
#include "text.h"
#include "title.h"

static void
check_meeting(const char *name, rf_doc_kind kind, const char *forum, int y, int m, int d,
			  int starts_at, const char *location)
{
	size_t		len;
	char	   *s = load_file(name, &len);
	rf_doc		doc;
	rf_meeting	mt;

	rf_parse(s, len, &test_allocator, &doc);
	rf_meeting_parse(&doc, &mt);
	CHECK(mt.kind == kind);
	CHECK_STR(s + mt.forum.start, mt.forum.end - mt.forum.start, forum);
	CHECK(mt.has_date && mt.date.year == y && mt.date.month == m && mt.date.day == d);
	CHECK(mt.starts_at == starts_at);
	CHECK_STR(s + mt.location.start, mt.location.end - mt.location.start, location);
	free_doc(&doc);
	free(s);
}

static void
test_meetings(void)
{
	check_meeting("albertslund/000_29b8a9bb6d12761b.txt", RF_DOC_REFERAT, "Chefforum", 2017, 6, 28, 600,
				  "Kontor 1,015 på 1. sal i Sundhedshuset (Leder af plejeboligområdets kontor)");
	/* Markdown: "**Mødedato** Onsdag d. 16. maj 2018 kl. 09:00" */
	check_meeting("albertslund/002_74521ca785f1df23.txt", RF_DOC_REFERAT, "Chefforum", 2018, 5, 16, 540, "Mødelokale 1");
	/* pdftotext: each value on the line after its label */
	check_meeting("aarhus/byraad_referat_2025-08-27_pdftotext.txt", RF_DOC_REFERAT, "Aarhus Byråd", 2025, 8, 27, 960, "Byrådssalen");
	check_meeting("aarhus/byraad_referat_2025-08-27_pdftotext-layout.txt", RF_DOC_REFERAT, "Aarhus Byråd", 2025, 8, 27, 960, "Byrådssalen");
	/* web pages: "Udvalg:", "Mødedato:   onsdag den 1. oktober 2025 kl. 15.45" */
	check_meeting("aarhus/teknisk_udvalg_referat_2025-10-01_html.txt", RF_DOC_REFERAT, "Teknisk Udvalg", 2025, 10, 1, 945, "Udvalgsværelse 398");
	check_meeting("aarhus/byraad_dagsorden_2025-10-08_html.txt", RF_DOC_DAGSORDEN, "Aarhus Byråd", 2025, 10, 8, 960, "Byrådssalen");
}

/*
 * The header of a small text: kind, forum, date (y == 0: none), start time
 * (-1: none) and place as referat.meeting renders it (lines joined by a blank).
 */
static void
check_header(const char *text, rf_doc_kind kind, const char *forum, int y, int m, int d,
			 int starts_at, const char *location)
{
	char	   *s = copy_of(text);
	size_t		len = strlen(s);
	char	   *place = malloc(len + 1);
	rf_doc		doc;
	rf_meeting	mt;

	CHECK(rf_parse(s, len, &test_allocator, &doc));
	memset(&mt, 0, sizeof(mt));
	rf_meeting_parse(&doc, &mt);
	CHECK(mt.kind == kind);
	CHECK_STR(s + mt.forum.start, mt.forum.end - mt.forum.start, forum);
	if (y == 0)
		CHECK(!mt.has_date);
	else
		CHECK(mt.has_date && mt.date.year == y && mt.date.month == m && mt.date.day == d);
	CHECK(mt.starts_at == starts_at);
	len = mt.location.start == mt.location.end ? 0 :
		rf_render(s, mt.location.start, mt.location.end, RF_RENDER_JOIN, place);
	CHECK_STR(place, len, location);
	if (mt.kind != kind || mt.has_date != (y != 0) || (y && mt.date.day != d) || mt.starts_at != starts_at)
		fprintf(stderr, "  in \"%.40s\": kind %d, date %d %d-%d-%d, starts at %d\n", text, mt.kind,
				mt.has_date, mt.date.year, mt.date.month, mt.date.day, mt.starts_at);
	free_doc(&doc);
	free(place);
	free(s);
}

#define HM(h, m) ((h) * 60 + (m))

/* Labels, each value on the same line or on the next. */
static void
test_labels(void)
{
	/* a municipality's web pages of minutes */
	check_header("Udvalg: Økonomiudvalget\n\nDato: Onsdag den 16. august 2017\n\nTid: Kl. 17:30\n\n"
				 "Sted: Mødelokale 1, Forhallen\n",
				 RF_DOC_UNKNOWN, "Økonomiudvalget", 2017, 8, 16, HM(17, 30), "Mødelokale 1, Forhallen");
	check_header("Udvalg:\nØkonomiudvalget\nDato:\nOnsdag den 16. august 2017\nTid:\nKl. 17:30\nSted:\nMødelokale 1\n",
				 RF_DOC_UNKNOWN, "Økonomiudvalget", 2017, 8, 16, HM(17, 30), "Mødelokale 1");
	/* the site's boilerplate above it gives no date: a sentence is no date line */
	check_header("Dagsordener og referater\n\nLæs dagsordener og referater til og med den 10. februar 2016\n\n"
				 "Dagsordener og referater fra efter den 10. februar 2016\n\nPrintvenlig version\n\nForside:\n\n"
				 "Udvalg: Kommunalbestyrelsen\n\nDato: Tirsdag den 11. december 2018\n",
				 RF_DOC_UNKNOWN, "Kommunalbestyrelsen", 2018, 12, 11, -1, "");
	check_header("Læs dagsordener og referater til og med den 10. februar 2016\n", RF_DOC_UNKNOWN, "", 0, 0, 0, -1, "");
	/* upper-case labels, each value on the next line; the end time is not the start */
	check_header("UDVALG\n\nUdvalget for Ældre og Sundhed\n\nMØDE\n\nReferat\n\nSTED\n\n"
				 "Kanalstræde 2, mødelokale 0.21\n\nSTARTTIDSPUNKT\n\n04-06-2020 09:00:00\n\n"
				 "SLUTTIDSPUNKT\n\n04-06-2020 11:00:00\n",
				 RF_DOC_REFERAT, "Udvalget for Ældre og Sundhed", 2020, 6, 4, HM(9, 0), "Kanalstræde 2, mødelokale 0.21");
	check_header("SLUTTIDSPUNKT\n\n04-06-2020 11:00:00\n", RF_DOC_UNKNOWN, "", 0, 0, 0, -1, "");
	check_header("Mødedato: 23.08.2017, kl. 11:00\nMødested: Comwell Borupgaard, Snekkersten\n",
				 RF_DOC_UNKNOWN, "", 2017, 8, 23, HM(11, 0), "Comwell Borupgaard, Snekkersten");
	/* a label's forum wins over a name on a line of its own */
	check_header("Kommunalbestyrelsen\n\nUdvalg: Økonomiudvalget\n", RF_DOC_UNKNOWN, "Økonomiudvalget", 0, 0, 0, -1, "");
	/* short words are labels only with a colon, or alone in capitals: not a web menu's "Udvalg" */
	check_header("Tid til spørgsmål kl. 10.00\n\nSted for mødet: Rådhuset\n", RF_DOC_UNKNOWN, "", 0, 0, 0, -1, "");
	check_header("Politik\nUdvalg\nBorgerservice\nSted\nKort over kommunen\n", RF_DOC_UNKNOWN, "", 0, 0, 0, -1, "");
	check_header("Sted :\nRådhuset\n", RF_DOC_UNKNOWN, "", 0, 0, 0, -1, "Rådhuset");
	/* a paragraph flattened from a PDF: the first date after "Dato:" */
	check_header("Egebjerg Kommune. Kommunalbestyrelsen. Referat\n\n"
				 "Egebjerg Kommune Kommunalbestyrelsen Referat Dato: Starttidspunkt for møde: Kl "
				 "Sluttidspunkt for møde: Kl Mødested: Udsendelsesdato: Afbud fra: Onsdag den 15-maj-2002 "
				 "Kommunalbestyrelsens mødelokaler Fraværende: Ingen.\n",
				 RF_DOC_REFERAT, "Kommunalbestyrelsen", 2002, 5, 15, -1, "");
}

/* Title lines and title blocks. */
static void
test_titles_of_meetings(void)
{
	check_header("Den 09.01.2020 kl. 13:00 i Byrådssalen\n", RF_DOC_UNKNOWN, "", 2020, 1, 9, HM(13, 0), "Byrådssalen");
	check_header("Økonomiudvalget – Referat – 1. oktober 2018\n", RF_DOC_REFERAT, "Økonomiudvalget", 2018, 10, 1, -1, "");
	check_header("Økonomiudvalget - Dagsorden - 1. oktober 2018\n", RF_DOC_DAGSORDEN, "Økonomiudvalget", 2018, 10, 1, -1, "");
	/* eDoc: the running page header, then the title block */
	check_header("Sundheds- og Forebyggelsesudvalget\nReferat\nÅbent referat\nDato: 04.12.2012\nSide 1\n\n"
				 "Referat\nSundheds- og Forebyggelsesudvalget\ntirsdag den 4. december 2012, kl. 13:00\n"
				 "i Mødecenter C, Lokale 32 på Ballerup Rådhus\nÅbent referat\nTilstede\nLolan Ottesen (A) - formand\n",
				 RF_DOC_REFERAT, "Sundheds- og Forebyggelsesudvalget", 2012, 12, 4, HM(13, 0),
				 "Mødecenter C, Lokale 32 på Ballerup Rådhus");
	check_header("Referat\nSundheds- og Forebyggelsesudvalget\ntirsdag den 4. december 2012, kl. 13:00\n"
				 "i Mødecenter C, Lokale 32 på Ballerup Rådhus\n",
				 RF_DOC_REFERAT, "Sundheds- og Forebyggelsesudvalget", 2012, 12, 4, HM(13, 0),
				 "Mødecenter C, Lokale 32 på Ballerup Rådhus");
	check_header("Torsdag den 20. juni 2013\nKl. 10:30\n", RF_DOC_UNKNOWN, "", 2013, 6, 20, HM(10, 30), "");
	/* a time alone counts only right after the date */
	check_header("Referat\n\nKl. 10:30\n", RF_DOC_REFERAT, "", 0, 0, 0, -1, "");
	check_header("Abonnér\nReferat\ntil\nmødet i HMU Psykiatri og Social\nden 6. november 2017 kl. 11:30\n"
				 "i Regionshuset Viborg, Konference 1, Skottenborg 26, 8800 Viborg\n",
				 RF_DOC_REFERAT, "HMU Psykiatri og Social", 2017, 11, 6, HM(11, 30),
				 "Regionshuset Viborg, Konference 1, Skottenborg 26, 8800 Viborg");
	/* "mødet i" names the forum only in a title block */
	check_header("Vi ses på\nmødet i Økonomiudvalget\n", RF_DOC_UNKNOWN, "", 0, 0, 0, -1, "");
	check_header("Referat For Udvalget for Teknik og Miljø\n", RF_DOC_REFERAT, "Udvalget for Teknik og Miljø", 0, 0, 0, -1, "");
	check_header("Referat fra mødet i Økonomiudvalget den 3. maj 2019 kl. 16.00\n",
				 RF_DOC_REFERAT, "Økonomiudvalget", 2019, 5, 3, HM(16, 0), "");
	check_header("Referat af Kommunalbestyrelsens møde den 3. maj 2019\n",
				 RF_DOC_REFERAT, "Kommunalbestyrelsen", 2019, 5, 3, -1, "");
	check_header("Beslutningsprotokol - Borgerrepræsentationens møde torsdag den 5. oktober 2017 kl. 17.30\n",
				 RF_DOC_REFERAT, "Borgerrepræsentationen", 2017, 10, 5, HM(17, 30), "");
	check_header("Dagsorden til Økonomiudvalget\n", RF_DOC_DAGSORDEN, "Økonomiudvalget", 0, 0, 0, -1, "");
	/* a comma after a compound's first half is inside the name */
	check_header("REFERAT Klima-, Teknik- og Miljøudvalget d. 18-08-2022\n",
				 RF_DOC_REFERAT, "Klima-, Teknik- og Miljøudvalget", 2022, 8, 18, -1, "");
	check_header("Referat Skole-, Børne- og Ungeudvalget, mødelokale 1\n",
				 RF_DOC_REFERAT, "Skole-, Børne- og Ungeudvalget", 0, 0, 0, -1, "");
	check_header("Referat fra sidste møde\n", RF_DOC_REFERAT, "", 0, 0, 0, -1, "");
	check_header("Åbent referat\n", RF_DOC_REFERAT, "", 0, 0, 0, -1, "");
	check_header("Dagsordener og referater\n", RF_DOC_UNKNOWN, "", 0, 0, 0, -1, "");
	/* a committee's name alone, a date alone */
	check_header("Kommunalbestyrelsen\n\n24-09-2019\n\nMedlemmer\n\nFormand Erik Nielsen (A)\n",
				 RF_DOC_UNKNOWN, "Kommunalbestyrelsen", 2019, 9, 24, -1, "");
}

/* What is a committee's name by itself, and what is not. */
static void
test_committee_names(void)
{
	check_header("Klima-, Teknik- og Miljøudvalget\n", RF_DOC_UNKNOWN, "Klima-, Teknik- og Miljøudvalget", 0, 0, 0, -1, "");
	check_header("Aarhus Byråd\n", RF_DOC_UNKNOWN, "Aarhus Byråd", 0, 0, 0, -1, "");
	check_header("Byrådet\n", RF_DOC_UNKNOWN, "Byrådet", 0, 0, 0, -1, "");
	check_header("Borgerrepræsentationen\n", RF_DOC_UNKNOWN, "Borgerrepræsentationen", 0, 0, 0, -1, "");
	check_header("Teknisk Udvalg\n", RF_DOC_UNKNOWN, "Teknisk Udvalg", 0, 0, 0, -1, "");
	check_header("Udvalget for ældre og sundhed\n", RF_DOC_UNKNOWN, "Udvalget for ældre og sundhed", 0, 0, 0, -1, "");
	check_header("Udvalget\n", RF_DOC_UNKNOWN, "", 0, 0, 0, -1, "");
	check_header("Formand for Økonomiudvalget\n", RF_DOC_UNKNOWN, "", 0, 0, 0, -1, "");
	check_header("Klage over afgørelse i Folkeoplysningsudvalg\n", RF_DOC_UNKNOWN, "", 0, 0, 0, -1, "");
	check_header("Teknisk Udvalg - Udvalgsværelse 398\n", RF_DOC_UNKNOWN, "", 0, 0, 0, -1, "");
	check_header("Beslutningen træffes af Økonomiudvalget.\n", RF_DOC_UNKNOWN, "", 0, 0, 0, -1, "");
	check_header("Udvalget for Ældre og Sundhed, Økonomiudvalget, Kommunalbestyrelsen\n", RF_DOC_UNKNOWN, "", 0, 0, 0, -1, "");
}

/* A place over two lines keeps both; the next heading is not part of it. */
static void
test_places(void)
{
	/* seed 000 as pdftotext gives it, default mode and -layout */
	check_header("REFERAT Chefforum d. 28-06-2017\nMødedato\n\nOnsdag d. 28. juni 2017 kl. 10:00\n\nMødested\n\n"
				 "Kontor 1,015 på 1. sal i Sundhedshuset (Leder af\nplejeboligområdets kontor)\n\nIndholdsfortegnelse\n",
				 RF_DOC_REFERAT, "Chefforum", 2017, 6, 28, HM(10, 0),
				 "Kontor 1,015 på 1. sal i Sundhedshuset (Leder af plejeboligområdets kontor)");
	check_header("REFERAT Chefforum d. 28-06-2017\n\nMødedato   Onsdag d. 28. juni 2017 kl. 10:00\n\n"
				 "Mødested   Kontor 1,015 på 1. sal i Sundhedshuset (Leder af\n"
				 "           plejeboligområdets kontor)\nIndholdsfortegnelse\n",
				 RF_DOC_REFERAT, "Chefforum", 2017, 6, 28, HM(10, 0),
				 "Kontor 1,015 på 1. sal i Sundhedshuset (Leder af plejeboligområdets kontor)");
	check_header("Mødested   Byrådssalen\nIndholdsfortegnelse\n", RF_DOC_UNKNOWN, "", 0, 0, 0, -1, "Byrådssalen");
	check_header("Sted: Rådhuset\n\nog så videre\n", RF_DOC_UNKNOWN, "", 0, 0, 0, -1, "Rådhuset");
	check_header("Sted: Rådhuset,\nlokale 2\nTid: kl. 9\n", RF_DOC_UNKNOWN, "", 0, 0, 0, HM(9, 0), "Rådhuset, lokale 2");
}

/* The lines no + 1 .. no + n of s (1-based), whose line i starts at starts[i - 1]. */
static rf_range
lines_of(const size_t *starts, uint32_t first, uint32_t n)
{
	if (n == 0)
		return (rf_range) {0, 0, 1, 0};
	return (rf_range) {starts[first - 1], starts[first + n - 1] - 1, first, first + n - 1};
}

/*
 * Sections of any kind before the first item are read in order (a page
 * header, a heading with its body), the table of contents is not: an
 * outline made by hand, as the outline parser may cut it.
 */
static void
test_sections_read(void)
{
	const char *s = "Side 3\nKommunalbestyrelsen\nTilstede\n24-09-2019\nIndholdsfortegnelse\n02-02-2020\n";
	const size_t starts[] = {0, 7, 27, 36, 47, 67, 78};
	rf_section	sections[] = {
		{.kind = RF_KIND_FURNITURE, .heading = lines_of(starts, 1, 0), .body = lines_of(starts, 1, 2)},
		{.kind = RF_KIND_OTHER, .heading = lines_of(starts, 3, 1), .body = lines_of(starts, 4, 1)},
		{.kind = RF_KIND_TOC, .heading = lines_of(starts, 5, 1), .body = lines_of(starts, 6, 1)},
	};
	rf_doc		doc = {.text = s, .len = strlen(s), .line_count = 6, .sections = sections, .section_count = 3};
	rf_meeting	mt;

	CHECK(strlen(s) == starts[6]);
	rf_meeting_parse(&doc, &mt);
	CHECK_STR(s + mt.forum.start, mt.forum.end - mt.forum.start, "Kommunalbestyrelsen");
	CHECK(mt.has_date && mt.date.year == 2019 && mt.date.month == 9 && mt.date.day == 24);
	/* without the page header and the heading, only the table of contents is left */
	doc.sections = sections + 2;
	doc.section_count = 1;
	rf_meeting_parse(&doc, &mt);
	CHECK(!mt.has_date && mt.forum.start == mt.forum.end);
}

/* The header ends at the first item: a date or a name in an item is not the meeting's. */
static void
test_front_only(void)
{
	check_header("Referat\n\nPunkt 1: Godkendelse af dagsorden\n\n24-09-2019\n\nKommunalbestyrelsen\n",
				 RF_DOC_REFERAT, "", 0, 0, 0, -1, "");
	/* nor is the table of contents read */
	check_header("Indholdsfortegnelse\n\nDagsorden.....\t3\nÅbent referat\n\nPunkt 1: Godkendelse af dagsorden\n",
				 RF_DOC_UNKNOWN, "", 0, 0, 0, -1, "");
}

static void
check_title(const char *raw, bool closed, const char *prefix, const char *title, int start, int end, int duration)
{
	rf_title	t;

	rf_title_parts(raw, strlen(raw), &t);
	CHECK(t.closed == closed);
	CHECK_STR(raw + t.prefix.start, t.prefix.end - t.prefix.start, prefix);
	CHECK_STR(raw + t.title.start, t.title.end - t.title.start, title);
	CHECK(t.slot_start == start && t.slot_end == end && t.duration == duration);
}

static void
test_titles(void)
{
	check_title("CF - Godkendelse af dagsorden og referat", false, "CF", "Godkendelse af dagsorden og referat", -1, -1, -1);
	check_title("CF - Registrering af krænkende hændelser (kl.11.55-12.05)", false, "CF",
				"Registrering af krænkende hændelser", 715, 725, 10);
	check_title("CF - Borgersamlingens anbefalinger (9.15.10.45)", false, "CF", "Borgersamlingens anbefalinger", 555, 645, 90);
	check_title("CF - Opsamling på pilotprojektet \"Klager som kilde til læring\" (45 min)", false, "CF",
				"Opsamling på pilotprojektet \"Klager som kilde til læring\"", -1, -1, 45);
	check_title("ØU/KB - Budget 2024", false, "ØU/KB", "Budget 2024", -1, -1, -1);
	/* an en dash after the prefix (found by fuzzing: the title started inside it) */
	check_title("ØU/KB – Budget 2026 (kl. 9.00 - 9.30)", false, "ØU/KB", "Budget 2026", 540, 570, 30);
	check_title("Lukket", true, "", "Lukket", -1, -1, -1);
	check_title("Lukket: Køb af landbrugsejendom", true, "", "Køb af landbrugsejendom", -1, -1, -1);
	/* not prefixes, not slots */
	check_title("Lokalplan 1221 (tillæg 2 til lokalplan 411) – Erhvervsområde ved Kattrup", false, "",
				"Lokalplan 1221 (tillæg 2 til lokalplan 411) – Erhvervsområde ved Kattrup", -1, -1, -1);
	check_title("Svar på forslag fra DD om principbeslutning", false, "", "Svar på forslag fra DD om principbeslutning", -1, -1, -1);
	check_title("DD -", false, "", "DD -", -1, -1, -1);
	check_title("", false, "", "", -1, -1, -1);
}

int
main(void)
{
	test_meetings();
	test_labels();
	test_titles_of_meetings();
	test_committee_names();
	test_places();
	test_sections_read();
	test_front_only();
	test_titles();
	return CHECK_DONE();
}
