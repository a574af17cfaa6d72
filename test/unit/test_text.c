/*
 * test_text.c — the span helpers of text.h that the outline and the fact
 * finders compare words with: matching without case (ASCII and the Latin-1
 * letters, byte lengths kept), finding a word, and a line's content.  The
 * shortcuts they take (lengths, first, second and last bytes, memchr jumps)
 * must give what a byte-by-byte comparison gives.
 */
#include <string.h>

#include "check.h"
#include "text.h"

/* The whole C string as a span. */
static rf_span
all(const char *s)
{
	return (rf_span) {0, strlen(s)};
}

static void
test_ieq(void)
{
	CHECK(rf_ieq("Beslutning", all("Beslutning"), "beslutning"));
	CHECK(rf_ieq("BESLUTNING", all("BESLUTNING"), "beslutning"));
	CHECK(!rf_ieq("Beslutninger", all("Beslutninger"), "beslutning"));
	CHECK(!rf_ieq("Beslutnin", all("Beslutnin"), "beslutning"));
	/* Ø (C3 98) folds to ø (C3 B8); × (C3 97) is no letter and stays apart from ÷ (C3 B7) */
	CHECK(rf_ieq("\xC3\x98KONOMI", all("\xC3\x98KONOMI"), "\xC3\xB8konomi"));
	CHECK(rf_ieq("\xC3\x98konomi", all("\xC3\x98konomi"), "\xC3\xB8konomi"));
	CHECK(!rf_ieq("Okonomi", all("Okonomi"), "\xC3\xB8konomi"));
	CHECK(!rf_ieq("\xC3\x97", all("\xC3\x97"), "\xC3\xB7"));
	/* a capital folds only after C3: 98 alone is no Ø */
	CHECK(!rf_ieq("a\x98", all("a\x98"), "a\xB8"));
	CHECK(rf_ieq("", all(""), ""));
	/*
	 * eight bytes at a time: equal bytes, or an ASCII letter in both cases;
	 * any other pair that differs in the 0x20 bit alone is no match ('@'
	 * and '`', '[' and '{'), and Latin-1 capitals still fold after C3
	 */
	CHECK(rf_ieq("SAGSFREMSTILLING", all("SAGSFREMSTILLING"), "sagsfremstilling"));
	CHECK(rf_ieq("sagsFremstilling", all("sagsFremstilling"), "sagsfremstilling"));
	CHECK(!rf_ieq("sagsfremstillinG.", all("sagsfremstillinG."), "sagsfremstillinga"));
	CHECK(!rf_ieq("sagsfre@stilling", all("sagsfre@stilling"), "sagsfre`stilling"));
	CHECK(!rf_ieq("sagsfre`stilling", all("sagsfre`stilling"), "sagsfre@stilling"));
	CHECK(!rf_ieq("sags[remstilling", all("sags[remstilling"), "sags{remstilling"));
	CHECK(!rf_ieq("sagsfremstillin{", all("sagsfremstillin{"), "sagsfremstillin["));
	CHECK(rf_ieq("BEGRUNDELSE", all("BEGRUNDELSE"), "begrundelse"));
	CHECK(!rf_ieq("BEGRUNDELxE", all("BEGRUNDELxE"), "begrundelse"));
	CHECK(rf_ieq("PERSONALEM\xC3\x86SSIGE", all("PERSONALEM\xC3\x86SSIGE"), "personalem\xC3\xA6ssige"));
	CHECK(!rf_ieq("PERSONALEMA\x86SSIGE", all("PERSONALEMA\x86SSIGE"), "personalema\xA6ssige"));
	CHECK(rf_ieq("\xC3\x98KONOMISKE KONSEKVENSER", all("\xC3\x98KONOMISKE KONSEKVENSER"),
				 "\xC3\xB8konomiske konsekvenser"));
	CHECK(!rf_ieq("\xC3\x98KONOMISKE KONSEKVENSEN", all("\xC3\x98KONOMISKE KONSEKVENSEN"),
				  "\xC3\xB8konomiske konsekvenser"));
	/* four to seven bytes: the first four and the last four, the same way */
	CHECK(rf_ieq("BILAG", all("BILAG"), "bilag"));
	CHECK(rf_ieq("Bilag", all("Bilag"), "bilag"));
	CHECK(!rf_ieq("BIxAG", all("BIxAG"), "bilag"));
	CHECK(!rf_ieq("Bi@ag", all("Bi@ag"), "bi`ag"));
	CHECK(rf_ieq("RESUM\xC3\x89", all("RESUM\xC3\x89"), "resum\xC3\xA9"));
	CHECK(!rf_ieq("RESUM\x89", all("RESUM\x89"), "resum\xA9"));
}

/* Trimming: runs of blanks (eight at a time), then any kind of blank. */
static void
test_trim(void)
{
	const char *s = "                 \xC2\xA0 Tekst  \xC2\xA0";
	rf_span		t = rf_trim(s, all(s));

	CHECK(t.start == 20 && t.end == 25);
	t = rf_trim("        ", all("        "));
	CHECK(t.start == t.end);
	t = rf_trim("        x", all("        x"));
	CHECK(t.start == 8 && t.end == 9);
	t = rf_trim("       \tx ", all("       \tx "));
	CHECK(t.start == 8 && t.end == 9);
}

static void
test_istarts(void)
{
	CHECK(rf_istarts("Punkt 3: Budget", all("Punkt 3: Budget"), "punkt"));
	CHECK(rf_istarts("PUNKT 3", all("PUNKT 3"), "punkt"));
	CHECK(!rf_istarts("Pu", all("Pu"), "punkt"));
	CHECK(!rf_istarts("Pankt 3", all("Pankt 3"), "punkt"));	/* the second byte */
	CHECK(!rf_istarts("Punkd 3", all("Punkd 3"), "punkt"));	/* the last byte of the word */
	CHECK(rf_istarts("Side 3", all("Side 3"), "side "));
	CHECK(!rf_istarts("Sidebar", all("Sidebar"), "side "));
	CHECK(rf_istarts("SAG NR. 130", all("SAG NR. 130"), "sag nr"));
	CHECK(rf_istarts("\xC3\x86NDRINGSFORSLAG", all("\xC3\x86NDRINGSFORSLAG"), "\xC3\xA6ndring"));
	CHECK(rf_istarts("x", all("x"), ""));
	CHECK(!rf_istarts("", all(""), "x"));
	/* a span inside the text: only its own bytes count */
	CHECK(!rf_istarts("Sag nr", (rf_span) {0, 5}, "sag nr"));
	CHECK(rf_istarts("Se Sag nr", (rf_span) {3, 9}, "sag nr"));
}

static void
test_iends(void)
{
	const char *s = "Kommunaldirekt\xC3\xB8ren indstiller";

	CHECK(rf_iends(s, all(s), " indstiller"));
	CHECK(rf_iends("Borgmesteren INDSTILLER", all("Borgmesteren INDSTILLER"), " indstiller"));
	CHECK(!rf_iends("Det indstilles", all("Det indstilles"), " indstiller"));
	CHECK(!rf_iends("at", all("at"), " at"));
	CHECK(rf_iends("indstiller at", all("indstiller at"), " at"));
	CHECK(rf_iends("ab", all("ab"), ""));
	/* the last byte a Latin-1 letter: its capital folds to it */
	CHECK(rf_iends("F\xC3\x85", all("F\xC3\x85"), "f\xC3\xA5"));
	CHECK(rf_iends("TIL \xC3\x85R", all("TIL \xC3\x85R"), "\xC3\xA5r"));
}

static void
test_ifind(void)
{
	const char *of = "\xC3\x98konomiudvalgets beslutning den 1. maj 2018";
	const char *caps = "\xC3\x98KONOMIUDVALGETS BESLUTNING DEN 1. MAJ 2018";
	const char *pkt = "\xC3\x98konomiudvalget, 1. oktober 2018, pkt. 65:";

	/* a word with a blank after its first letter: the blank is where the search jumps to */
	CHECK(rf_ifind(of, all(of), "s beslutning ") == 16);
	CHECK(rf_ifind(caps, all(caps), "s beslutning ") == 16);
	CHECK(rf_ifind(of, all(of), " den ") == 28);
	CHECK(rf_ifind(caps, all(caps), " den ") == 28);
	CHECK(rf_ifind(pkt, all(pkt), ", pkt.") == 33);
	CHECK(rf_ifind("Dato: 1. maj", all("Dato: 1. maj"), "dato:") == 0);
	CHECK(rf_ifind("Sted og DATO: 1. maj", all("Sted og DATO: 1. maj"), "dato:") == 8);
	/* the first of several, and only matches that end inside the span */
	CHECK(rf_ifind("x den y den z", all("x den y den z"), " den ") == 1);
	CHECK(rf_ifind("abc den ", all("abc den "), " den ") == 3);
	CHECK(rf_ifind("abc den", all("abc den"), " den ") == (size_t) -1);
	CHECK(rf_ifind("ab den cd", (rf_span) {0, 6}, " den ") == (size_t) -1);
	CHECK(rf_ifind("ab den cd", (rf_span) {2, 9}, " den ") == 2);
	/* a blank that is not followed by the rest, then one that is */
	CHECK(rf_ifind("s beslutter s beslutning ", all("s beslutter s beslutning "), "s beslutning ") == 12);
	/* letters only (and Latin-1 letters): compared at every byte */
	CHECK(rf_ifind("Vi ser frem til at IM\xC3\x98" "DEKOMME", all("Vi ser frem til at IM\xC3\x98" "DEKOMME"),
				   "im\xC3\xB8" "de") == 19);
	CHECK(rf_ifind("ikke", all("ikke"), "ikke ") == (size_t) -1);
}

static void
test_ifind_any(void)
{
	static const char *const stems[] = {"m\xC3\xB8" "de", "referat", "udvalg", "KB"};
	const char *w;

	/* anywhere in the word, without case, Latin-1 capitals too */
	w = "Byr\xC3\xA5" "dsm\xC3\xB8" "det";
	CHECK(rf_ifind_any(w, all(w), stems, 4));
	w = "BORGERM\xC3\x98" "DE";
	CHECK(rf_ifind_any(w, all(w), stems, 4));
	CHECK(rf_ifind_any("Referatet", all("Referatet"), stems, 4));
	CHECK(rf_ifind_any("kb", all("kb"), stems, 4));
	CHECK(rf_ifind_any("Social-Udvalget", all("Social-Udvalget"), stems, 4));
	/* none of them, or only one cut off by the span */
	CHECK(!rf_ifind_any("Kommunen", all("Kommunen"), stems, 4));
	CHECK(!rf_ifind_any("referat", (rf_span) {0, 6}, stems, 4));
	CHECK(rf_ifind_any("xreferat", (rf_span) {1, 8}, stems, 4));
	CHECK(!rf_ifind_any("xreferat", (rf_span) {2, 8}, stems, 4));
	/* a first byte that starts a word but not this word ("mødt" is not "møde") */
	w = "m\xC3\xB8" "dt m\xC3\xA6" "rke";
	CHECK(!rf_ifind_any(w, all(w), stems, 4));
	CHECK(!rf_ifind_any("", all(""), stems, 4));
	CHECK(!rf_ifind_any("referat", all("referat"), stems, 0));
}

static void
test_content(void)
{
	bool		md = true;
	rf_span		c;

	c = rf_content("Beslutning", 0, 10, &md);
	CHECK(c.start == 0 && c.end == 10 && !md);
	c = rf_content("  Beslutning \t", 0, 14, &md);
	CHECK(c.start == 2 && c.end == 12 && !md);
	/* a Latin-1 letter first or last, a bullet first: nothing to trim */
	c = rf_content("\xC3\x98konomi", 0, 8, &md);
	CHECK(c.start == 0 && c.end == 8 && !md);
	c = rf_content("Caf\xC3\xA9", 0, 5, &md);
	CHECK(c.start == 0 && c.end == 5 && !md);
	c = rf_content("\xE2\x80\xA2 Bilag 1", 0, 11, &md);
	CHECK(c.start == 0 && c.end == 11 && !md);
	/* blanks beyond ASCII at either end are trimmed: no-break space, soft hyphen, em space, BOM */
	c = rf_content("Bilag\xC2\xA0", 0, 7, &md);
	CHECK(c.start == 0 && c.end == 5 && !md);
	c = rf_content("\xC2\xAD" "Bilag", 0, 7, &md);
	CHECK(c.start == 2 && c.end == 7 && !md);
	c = rf_content("Bilag\xE2\x80\x83", 0, 8, &md);
	CHECK(c.start == 0 && c.end == 5 && !md);
	c = rf_content("\xEF\xBB\xBF" "Bilag", 0, 8, &md);
	CHECK(c.start == 3 && c.end == 8 && !md);
	/* Markdown marks go */
	c = rf_content("## Beslutning", 0, 13, &md);
	CHECK(c.start == 3 && c.end == 13 && md);
	c = rf_content("**Beslutning**", 0, 14, &md);
	CHECK(c.start == 2 && c.end == 12 && md);
	c = rf_content("#3 i rækken", 0, 12, &md);
	CHECK(c.start == 0 && c.end == 12 && !md);
	c = rf_content("", 0, 0, &md);
	CHECK(c.start == c.end && !md);
}

/* s rendered with lines joined, compared with want */
static void
check_joined(const char *s, const char *want)
{
	char		out[256];
	size_t		n = rf_render(s, 0, strlen(s), RF_RENDER_JOIN, out);

	CHECK_STR(out, n, want);
}

static void
test_render_join(void)
{
	/* single blanks between words stay as they are, runs of them become one */
	check_joined("Sagen drøftes uden beslutning", "Sagen drøftes uden beslutning");
	check_joined("Sagen  drøftes \t uden", "Sagen drøftes uden");
	check_joined("  Sagen drøftes  ", "Sagen drøftes");
	/* a blank before or after what is not copied as it is: bold marks, a no-break space, a soft hyphen */
	check_joined("Sagen **drøftes** uden", "Sagen drøftes uden");
	check_joined("kr. 140.000 \xC2\xA0mio", "kr. 140.000 mio");
	check_joined("Sagen \xC2\xAD" "drøftes", "Sagen drøftes");
	check_joined("a b c", "a b c");
	/* lines joined by one blank, a word hyphenated at the break joined up */
	check_joined("Sagen drøftes\nuden beslutning", "Sagen drøftes uden beslutning");
	check_joined("budget-\nlægges i 2025", "budgetlægges i 2025");
}

int
main(void)
{
	test_ieq();
	test_trim();
	test_istarts();
	test_iends();
	test_ifind();
	test_ifind_any();
	test_content();
	test_render_join();
	return CHECK_DONE();
}
