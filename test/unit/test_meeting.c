/*
 * test_meeting.c — meeting headers of the corpus, and the parts of item titles.
 */
#include <string.h>

#include "check.h"
#include "corpus.h"
#include "meeting.h"
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
	test_titles();
	return CHECK_DONE();
}
