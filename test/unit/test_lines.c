/*
 * test_lines.c — rf_classify_line on lines that each of its shortcuts (first
 * and last bytes, lengths, the first letters of the heading names, the
 * start of a case number) lets through or turns away: the class and kind a
 * line gets must be what the full chain of tests gives.
 */
#include <string.h>

#include "check.h"
#include "lines.h"

static rf_line
classify(const char *s)
{
	rf_line		l;

	memset(&l, 0, sizeof(l));
	l.start = 0;
	l.end = strlen(s);
	l.no = 1;
	rf_classify_line(s, &l);
	return l;
}

#define IS(text, class) CHECK(classify(text).cls == (class))
#define HEADING(text, k) \
	do { \
		rf_line		l_ = classify(text); \
		CHECK(l_.cls == RF_LINE_HEADING && l_.kind == (k)); \
	} while (0)

static void
test_case_numbers(void)
{
	/* alone: only a KLE number (it starts with its subject "00.01") or an EMN number is believed */
	IS("00.01.00-A00-147-15", RF_LINE_CASE);
	IS("EMN-2025-003383", RF_LINE_CASE);
	IS("emn-2025-003383", RF_LINE_CASE);
	IS("2012-28504", RF_LINE_TEXT);
	IS("12.5 mio. kr. til nye cykelstier", RF_LINE_TEXT);
	IS("3 scenarier for redigering af politikker", RF_LINE_TEXT);
	IS("Emner til drøftelse", RF_LINE_TEXT);
	/* after a label, any case number, and "Sag nr." numbers the item */
	IS("Sagsnr.: 2012-28504", RF_LINE_CASE);
	IS("J.nr.: 2012-28504", RF_LINE_CASE);
	IS("Sagsnr.:", RF_LINE_CASE_LABEL);
	IS("Sag nr. 130", RF_LINE_ITEM_NO);
	IS("Sagen blev behandlet", RF_LINE_TEXT);
	IS("SAG: 2012-28504", RF_LINE_CASE);
	IS("Sal: 2012-28504", RF_LINE_TEXT);
	IS("Sa", RF_LINE_TEXT);
	IS("Sagsforløb", RF_LINE_HEADING);
	IS("Jesper Kjeldsen", RF_LINE_TEXT);
	IS("Dok.nr.: 2012-203438", RF_LINE_DOC_NO);
	IS("Det indstilles, at sagen godkendes", RF_LINE_TEXT);
}

static void
test_headings(void)
{
	rf_line		l;

	HEADING("Beslutning", RF_KIND_DECISION);
	HEADING("BESLUTNING:", RF_KIND_DECISION);
	HEADING("\xC3\x98konomi", RF_KIND_OTHER);
	HEADING("Sagsfremstilling", RF_KIND_PRESENTATION);
	/* the name with its value: a procedural heading, or the section's first text */
	l = classify("Kompetence: \xC3\x98konomiudvalget");
	CHECK(l.cls == RF_LINE_HEADING && l.with_value);
	l = classify("Beslutning: Godkendt.");
	CHECK(l.cls == RF_LINE_HEADING && l.kind == RF_KIND_DECISION && l.inline_text);
	IS("Dato: 1. maj 2018", RF_LINE_TEXT);
	IS("Mødested: Rådhuset", RF_LINE_TEXT);
	/* dated: a capital first, no full stop last, "eslutning " inside */
	l = classify("Beslutning i \xC3\x98konomiudvalget den 1. oktober 2018");
	CHECK(l.cls == RF_LINE_HEADING && l.dated && l.kind == RF_KIND_DECISION);
	l = classify("\xC3\x98konomiudvalgets beslutning den 1. oktober 2018");
	CHECK(l.cls == RF_LINE_HEADING && l.dated);
	l = classify("\xC3\x98konomiudvalget, 1. oktober 2018, pkt. 65:");
	CHECK(l.cls == RF_LINE_HEADING && l.dated && l.kind == RF_KIND_HISTORY && l.ref_no == 65);
	/* its item number stands right before the colon */
	IS("\xC3\x98konomiudvalget, 1. oktober 2018, pkt. 6a:", RF_LINE_TEXT);
	IS("\xC3\x98konomiudvalget, 1. oktober 2018, pkt. 65 :", RF_LINE_TEXT);
	IS("Sagen blev behandlet i \xC3\x98konomiudvalget den 1. oktober 2018.", RF_LINE_TEXT);
	IS("beslutning i \xC3\x98konomiudvalget den 1. oktober 2018", RF_LINE_TEXT);
	/* the shortest: a forum of one letter, the shortest date (RF_DATED_DECISION_MIN) */
	l = classify("Xs beslutning 1/1/2018");
	CHECK(l.cls == RF_LINE_HEADING && l.dated && l.kind == RF_KIND_DECISION);
	IS("Xs beslutning 1/1-18", RF_LINE_TEXT);
	/* capitals, Markdown, "Indstilling om" */
	l = classify("BESLUTNINGSFORSLAG FRA V, LA, M og ALT");
	CHECK(l.cls == RF_LINE_HEADING && l.capitals);
	IS("Det er vigtigt, at kommunens digitale l\xC3\xB8sninger lever op til behovet", RF_LINE_TEXT);
	l = classify("## Baggrund for sagen");
	CHECK(l.cls == RF_LINE_HEADING && l.markdown);
	HEADING("Indstilling om sygefrav\xC3\xA6rsstatistikken for 1. kvartal 2018", RF_KIND_RECOMMENDATION);
}

static void
test_other_lines(void)
{
	rf_line		l;

	l = classify("Kommunaldirekt\xC3\xB8ren indstiller,");
	CHECK(l.cls == RF_LINE_INDSTILLER);
	IS("Styregruppen indstiller at:", RF_LINE_INDSTILLER);
	IS("Det indstilles,", RF_LINE_TEXT);
	IS("Udskriv", RF_LINE_FURNITURE);
	IS("Udskriv siden", RF_LINE_FURNITURE);
	IS("Udskrivning", RF_LINE_TEXT);
	IS("\xE2\x80\xA2 Hent som PDF", RF_LINE_FURNITURE);
	IS("\xE2\x80\xA2 PDF163 Belysning A Styrket trivsel", RF_LINE_TEXT);
	IS("\xC3\x97", RF_LINE_FURNITURE_TAIL);
	IS("Side 3 af 12", RF_LINE_PAGE);
	IS("Indholdsfortegnelse", RF_LINE_TOC_HEADING);
	IS("Punkt 3: Budget 2024", RF_LINE_PUNKT);
	IS("3. Budget 2024", RF_LINE_NUMBERED);
	IS("\xE2\x80\xA2 301. Budget 2024", RF_LINE_NUMBERED);
	/* other blanks after the bullet: read to their end (bullet_number) */
	IS("\xE2\x80\xA2  301. Budget 2024", RF_LINE_NUMBERED);
	IS("\xE2\x80\xA2\xC2\xA0""301. Budget 2024", RF_LINE_NUMBERED);
	IS("\xE2\x80\xA2 \xC2\xA0""Budget 2024", RF_LINE_TEXT);
	IS("3.", RF_LINE_NUMBER);
	/* four digits at most: a number alone has five bytes or fewer */
	IS("2025.", RF_LINE_NUMBER);
	IS("20251", RF_LINE_TEXT);
	IS("20251.", RF_LINE_TEXT);
	IS("  \xC2\xA0 ", RF_LINE_BLANK);
}

/*
 * The tests a line reaches from its first two bytes (line_tests_of), and the
 * lines only_text proves text from their length and ends: each line that
 * a shortcut lets through next to one it turns away.
 */
static void
test_shortcuts(void)
{
	rf_line		l;

	/* the second byte: "sa"/"si", "j."/"jn"/"jo", "do"/"da", "em", "in", "pu", "•" and a digit */
	IS("Sagsnr.: 2012-28504", RF_LINE_CASE);
	IS("Sygehuset: 2012-28504", RF_LINE_TEXT);
	IS("Side 3", RF_LINE_PAGE);
	IS("Sode 3", RF_LINE_TEXT);
	IS("Sag: 2012-28504", RF_LINE_CASE);
	IS("Sagen: 2012-28504", RF_LINE_TEXT);
	IS("Sagnr. 2012-28504", RF_LINE_CASE);
	IS("Sags nr. 2012-28504", RF_LINE_CASE);
	IS("Sagsbehandler: 2012-28504", RF_LINE_TEXT);
	IS("Jnr. 2012-28504", RF_LINE_CASE);
	IS("Journalnr.: 2012-28504", RF_LINE_CASE);
	IS("Jura 2012-28504", RF_LINE_TEXT);
	IS("Dok.: 2012-203438", RF_LINE_DOC_NO);
	IS("Dagsordenpunkter", RF_LINE_TOC_HEADING);
	IS("Debatten 2012-203438", RF_LINE_TEXT);
	IS("EMN-2025-003383", RF_LINE_CASE);
	IS("Ekstra-2025-003383", RF_LINE_TEXT);
	IS("Punkter:", RF_LINE_TOC_HEADING);
	IS("Pointer:", RF_LINE_TEXT);
	IS("\xE2\x80\xA2\xC2\xA0 12. Budget 2024", RF_LINE_NUMBERED);
	IS("\xE2\x80\xA2 Budget 12. 2024", RF_LINE_TEXT);
	/* a colon last, a name's or furniture's length and ends (Latin-1 capitals fold) */
	HEADING("Bilag", RF_KIND_ATTACHMENTS);
	IS("Bilan", RF_LINE_TEXT);
	HEADING("Bilag:", RF_KIND_ATTACHMENTS);
	IS("Bilag.", RF_LINE_TEXT);
	HEADING("RESUM\xC3\x89", RF_KIND_SUMMARY);
	/* the line is its content at once when no blank can stand at its ends (Latin-1 letters, "•") */
	HEADING("Resum\xC3\xA9", RF_KIND_SUMMARY);
	HEADING("Bilag\xC2\xA0", RF_KIND_ATTACHMENTS);
	HEADING("\xC2\xA0\xC3\x98konomi", RF_KIND_OTHER);
	HEADING("\xEF\xBB\xBF\xC3\x98konomi", RF_KIND_OTHER);
	IS("\xE2\x80\x83\xC3\x98konomi", RF_LINE_HEADING);
	IS("\xE2\x80\xA2 \xC3\x98konomi", RF_LINE_TEXT);
	IS("Udvalget tog det til efterretning p\xC3\xA5", RF_LINE_TEXT);
	HEADING("\xC3\x98KONOMI", RF_KIND_OTHER);
	IS("Udskriv", RF_LINE_FURNITURE);
	IS("Udskriv.", RF_LINE_TEXT);
	IS("Punkt  Titel", RF_LINE_FURNITURE);
	IS("PUNKT  TITEL", RF_LINE_FURNITURE);
	IS("Punktnummer: 3", RF_LINE_TEXT);
	IS("Punkt  Titler", RF_LINE_TEXT);
	/* a proposer line ends in "indstiller" or "indstiller at" */
	IS("Direkt\xC3\xB8ren indstiller", RF_LINE_INDSTILLER);
	IS("Direkt\xC3\xB8ren indstiller at", RF_LINE_INDSTILLER);
	IS("Direkt\xC3\xB8ren indstillet", RF_LINE_TEXT);
	IS("Direkt\xC3\xB8ren indstiller hat", RF_LINE_TEXT);
	/* only_text: up to where the verb would end, "ler" */
	IS("Direkt\xC3\xB8ren indstiller, at:", RF_LINE_INDSTILLER);
	IS("Direkt\xC3\xB8ren indstiller at ,", RF_LINE_INDSTILLER);
	IS("Det indstilles, at", RF_LINE_TEXT);
	IS("med till\xC3\xA6g til lokalplanen,", RF_LINE_TEXT);
	/* a colon last: a heading's name before it, or text */
	HEADING("Beslutning:", RF_KIND_DECISION);
	HEADING("Beslutning :", RF_KIND_DECISION);
	HEADING("Beslutning\xC2\xA0:", RF_KIND_DECISION);
	IS("Det indstilles:", RF_LINE_TEXT);
	IS("Stillet af:", RF_LINE_TEXT);
	/* the name before the first colon of a heading with its value */
	l = classify("Bilag: Beslutningsforslag");
	CHECK(l.cls == RF_LINE_HEADING && l.kind == RF_KIND_ATTACHMENTS && l.inline_text);
	IS("Bilag 1: Beslutningsforslag", RF_LINE_TEXT);
	l = classify("Kompetence : \xC3\x98konomiudvalget");
	CHECK(l.cls == RF_LINE_HEADING && l.with_value);
	/* "Indstilling om …" ends with no full stop */
	HEADING("Indstilling om budget 2024", RF_KIND_RECOMMENDATION);
	HEADING("Indstilling om budget 2024:", RF_KIND_RECOMMENDATION);
	IS("Indstilling om budget 2024.", RF_LINE_TEXT);
	IS("infrastruktur. Forslaget kan dermed indg\xC3\xA5 i indsatser.", RF_LINE_TEXT);
	/* capitals: six capitals before the first blank, which need not be letters first */
	l = classify("(BESLUTNINGSFORSLAG) FRA V");
	CHECK(l.cls == RF_LINE_HEADING && l.capitals);
	IS("IND STILLING FRA MAGISTRATEN", RF_LINE_TEXT);
	l = classify("\xC3\x98KONOMIUDVALGETS FORSLAG");
	CHECK(l.cls == RF_LINE_HEADING && l.capitals);
	IS("\xC3\x98konomiudvalgets forslag", RF_LINE_TEXT);
	/* dated: tried before the shortcut, on lines with a capital first and no full stop last */
	l = classify("Beslutning p\xC3\xA5 m\xC3\xB8" "det den 4. maj 2020 kl. 17");
	CHECK(l.cls == RF_LINE_HEADING && l.dated);
	IS("Beslutning p\xC3\xA5 m\xC3\xB8" "det den 4. maj 2020 kl. 17.", RF_LINE_TEXT);
	IS("\xC3\x98konomiudvalget den 1. oktober 2018", RF_LINE_TEXT);
	IS("\xC3\x98konomiudvalgets besluttede den 1. oktober 2018", RF_LINE_TEXT);
	l = classify("Teknik- og Milj\xC3\xB8udvalget, 10. september 2019, pkt. 65:");
	CHECK(l.cls == RF_LINE_HEADING && l.dated && l.ref_no == 65);
	/* a heading with its value: a colon within reach after a name that can have one */
	l = classify("Kompetence: \xC3\x98konomiudvalget");
	CHECK(l.cls == RF_LINE_HEADING && l.with_value);
	IS("Kompetencen: \xC3\x98konomiudvalget", RF_LINE_TEXT);
	l = classify("KOMPETENCE: \xC3\x98konomiudvalget");
	CHECK(l.cls == RF_LINE_HEADING && l.with_value);
	IS("Kvalitet: \xC3\x98konomiudvalget", RF_LINE_TEXT);
	l = classify("Beslutning: Godkendt");
	CHECK(l.cls == RF_LINE_HEADING && l.inline_text);
	IS("Bem\xC3\xA6rkning: Godkendt", RF_LINE_TEXT);
	l = classify("**Baggrund for sagen**");
	CHECK(l.cls == RF_LINE_HEADING && l.markdown);
	IS("Baggrund for sagen", RF_LINE_TEXT);
}

int
main(void)
{
	test_case_numbers();
	test_headings();
	test_other_lines();
	test_shortcuts();
	return CHECK_DONE();
}
