/*
 * test_facts.c — sentences, amounts, dates and positions, on the
 * forms the README lists and on texts that must give nothing.
 *
 * Each finder's results are written as one line of text ("140000 DKK
 * «kr. 140.000»; …") and compared with what a reader expects.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "facts.h"

static char out[8192];

static void
append(const char *fmt, const char *a, size_t alen, const char *b, size_t blen)
{
	size_t		o = strlen(out);

	if (o > 0)
		o += (size_t) snprintf(out + o, sizeof(out) - o, "; ");
	snprintf(out + o, sizeof(out) - o, fmt, (int) alen, a, (int) blen, b);
}

/* ------------------------------------------------------------ sentences */

static void
on_sentence(void *ctx, const char *text, size_t len)
{
	(void) ctx;
	append("%.*s%.*s", text, len, "", 0);
}

static long count;

static void
count_sentence(void *ctx, const char *text, size_t len)
{
	(void) ctx;
	(void) text;
	(void) len;
	count++;
}

/* The sentences of a body of lines, "; " between them. */
static const char *
sentences(const char *body, bool each_line)
{
	size_t		len = strlen(body);
	rf_range	r = {0, len, 1, 1};
	char	   *scratch = malloc(2 * (len + 1));

	out[0] = '\0';
	rf_sentences(body, r, each_line, scratch, on_sentence, NULL);
	free(scratch);
	return out;
}

#define CHECK_OUT(expr, lit) \
	do { const char *got_ = (expr); CHECK_STR(got_, strlen(got_), lit); } while (0)

static void
test_sentences(void)
{
	CHECK_OUT(sentences("Godkendt. Socialdemokratiet tog forbehold.", false),
			  "Godkendt.; Socialdemokratiet tog forbehold.");
	/* wrapped lines join, a hyphenated word too; a blank line ends a paragraph */
	CHECK_OUT(sentences("Samlet set har der været bevillinger for 912,9\nmio. kr. og budget-\nlægges i 2025.\n\nNy sætning", false),
			  "Samlet set har der været bevillinger for 912,9 mio. kr. og budgetlægges i 2025.; Ny sætning");
	/* a short line before a capital ends a sentence; a list item starts one */
	CHECK_OUT(sentences("Godkendt\nVenstre tog forbehold.\n- punkt et\n1. at noget godkendes", false),
			  "Godkendt; Venstre tog forbehold.; - punkt et; 1. at noget godkendes");
	/* no end after an initial, a day or an abbreviation before a small letter */
	CHECK_OUT(sentences("Anne M. Hansen kom d. 8. Sept. 2016 med ca. 3 mio. kr. til mødet.", false),
			  "Anne M. Hansen kom d. 8. Sept. 2016 med ca. 3 mio. kr. til mødet.");
	CHECK_OUT(sentences("Bilag 1: Notat\nBilag 2: Referat", true), "Bilag 1: Notat; Bilag 2: Referat");
	CHECK_OUT(sentences("\n\n   \n", false), "");
	/* the three marks in any order; none ends a sentence without a blank after it */
	CHECK_OUT(sentences("Hvad koster det? Det ved vi ikke! Svaret kommer. Nej!Ja. Se side 4.", false),
			  "Hvad koster det?; Det ved vi ikke!; Svaret kommer.; Nej!Ja.; Se side 4.");
	CHECK_OUT(sentences("Godkendt! Venstre? Ja. A", false), "Godkendt!; Venstre?; Ja.; A");
}

/* A paragraph of many polling pieces: every sentence is found, whichever piece it ends in. */
static void
test_long_paragraph(void)
{
	size_t		n = 0,
				len = 0;
	static char body[40000];
	rf_range	r;
	char	   *scratch;

	while (len + 40 < sizeof(body))
	{
		const char *s = n % 3 == 0 ? "Det blev vedtaget. " : n % 3 == 1 ? "Hvem stemte imod? " : "Ingen gjorde! ";

		memcpy(body + len, s, strlen(s));
		len += strlen(s);
		n++;
	}
	body[len - 1] = '\0';
	r = (rf_range) {0, len - 1, 1, 1};
	scratch = malloc(2 * len);
	count = 0;
	rf_sentences(body, r, false, scratch, count_sentence, NULL);
	free(scratch);
	CHECK(count == (long) n);
}

static void
test_context(void)
{
	char		text[1000];
	rf_span		sp;

	memset(text, 'a', sizeof(text));
	for (size_t i = 9; i < sizeof(text); i += 10)
		text[i] = ' ';
	sp = rf_context(text, 300, 10, 20);
	CHECK(sp.start == 0 && sp.end == 300);
	sp = rf_context(text, sizeof(text), 500, 510);
	CHECK(sp.end - sp.start <= RF_CONTEXT_MAX && sp.start <= 500 && sp.end >= 510);
	CHECK(text[sp.start - 1] == ' ' && text[sp.end] == ' ');
}

/* -------------------------------------------------------------- amounts */

static void
on_amount(void *ctx, const rf_amount *a)
{
	const char *s = ctx;
	char		value[128];

	snprintf(value, sizeof(value), "%s %s%s%s", a->value, a->currency, a->per[0] ? " per " : "", a->per);
	append("%.*s «%.*s»", value, strlen(value), s + a->raw.start, a->raw.end - a->raw.start);
}

static const char *
amounts(const char *s)
{
	out[0] = '\0';
	rf_find_amounts(s, strlen(s), on_amount, (void *) s);
	return out;
}

static void
test_amounts(void)
{
	/* the forms of the issue, as written in the corpus */
	CHECK_OUT(amounts("et overslag på kr. 140.000"), "140000 DKK «kr. 140.000»");
	CHECK_OUT(amounts("Systemet koster 208.100 kr. i anskaffelse"), "208100 DKK «208.100 kr.»");
	CHECK_OUT(amounts("fastsættes til 23 mio. kr., idet"), "23000000 DKK «23 mio. kr.»");
	CHECK_OUT(amounts("Besparelsen er 2,6 mio.kr. i 2024, hvoraf 0,5 mio.kr. skal"),
			  "2600000 DKK «2,6 mio.kr.»; 500000 DKK «0,5 mio.kr.»");
	CHECK_OUT(amounts("opgjort til over 1 mia. kr., hvilket er over ca. 480 mio. kr."),
			  "1000000000 DKK «1 mia. kr.»; 480000000 DKK «480 mio. kr.»");
	CHECK_OUT(amounts("Prisen er 14.995 kr. plus moms pr. hold, såfremt"), "14995 DKK per hold «14.995 kr.»");
	CHECK_OUT(amounts("i alt 1.126 mio. kr. for 2026-2029"), "1126000000 DKK «1.126 mio. kr.»");
	CHECK_OUT(amounts("et gennemsnitligt årligt råderum på 282 mio. kr.."), "282000000 DKK per år «282 mio. kr.»");
	CHECK_OUT(amounts("løntilskud fra Jobcentret på kr. 166,54 i timen."), "166.54 DKK per time «kr. 166,54»");
	/* more forms */
	CHECK_OUT(amounts("79.860 kr. i årlig drift ( 39.930 kr. pr. kilde)"),
			  "79860 DKK per år «79.860 kr.»; 39930 DKK per kilde «39.930 kr.»");
	CHECK_OUT(amounts("på 90 mio kr"), "90000000 DKK «90 mio kr»");
	CHECK_OUT(amounts("omkring 3,5 milliarder kroner. Fra 2027"), "3500000000 DKK «3,5 milliarder kroner»");
	CHECK_OUT(amounts("med -33,8 mio. kr., en reduktion"), "-33800000 DKK «-33,8 mio. kr.»");
	CHECK_OUT(amounts("anlægsudgifter (20–30 mia. kr.) og (6,3–9,4 mia. kr.)"),
			  "20000000000 DKK «20–30 mia. kr.»; 30000000000 DKK «20–30 mia. kr.»; "
			  "6300000000 DKK «6,3–9,4 mia. kr.»; 9400000000 DKK «6,3–9,4 mia. kr.»");
	CHECK_OUT(amounts("500 t.kr. og 250 tkr. og kr. 500,- og 1.200,- kr."),
			  "500000 DKK «500 t.kr.»; 250000 DKK «250 tkr.»; 500 DKK «kr. 500,-»; 1200 DKK «1.200,- kr.»");
	CHECK_OUT(amounts("kr. 2,5 mio. om året og 12 EUR per måned og DKK 1.000"),
			  "2500000 DKK per år «kr. 2,5 mio.»; 12 EUR per måned «12 EUR»; 1000 DKK «DKK 1.000»");
	CHECK_OUT(amounts("Beløbet 0,86 mio. kr. afsættes"), "860000 DKK «0,86 mio. kr.»");
	/* not money: no currency, years, case numbers, pages, days, a scale alone */
	CHECK_OUT(amounts("4,0 dage i gennemsnit, 0,2 dag og budget 2024 på side 12"), "");
	CHECK_OUT(amounts("87.00.00-A26-2-17 og EMN-2025-003383 og 1-13-3-57-16"), "");
	CHECK_OUT(amounts("4 mio. indbyggere og 2.5 kr og 19.6 kr"), "");
	CHECK_OUT(amounts("Kontor 1,015 på 1. sal, kl. 10.00-12.00, 2-3 afdelingsledere"), "");
	CHECK_OUT(amounts("krav og kroner, kr. og mio."), "");
}

/* ---------------------------------------------------------------- dates */

static void
on_date(void *ctx, const rf_date_mention *dm)
{
	const char *s = ctx;
	char		when[64];

	if (dm->has_date)
		snprintf(when, sizeof(when), "%04d-%02d-%02d%s", dm->date.year, dm->date.month, dm->date.day,
				 dm->refers_to_meeting ? " møde" : "");
	else
		snprintf(when, sizeof(when), "?%s", dm->refers_to_meeting ? " møde" : "");
	append("%.*s «%.*s»", when, strlen(when), s + dm->raw.start, dm->raw.end - dm->raw.start);
}

static const rf_date meeting_2017 = {2017, 6, 28};

static const char *
dates_in(const char *s, const rf_date *meeting, bool history)
{
	out[0] = '\0';
	rf_find_dates(s, strlen(s), meeting, history, on_date, (void *) s);
	return out;
}

#define dates(s) dates_in((s), &meeting_2017, false)

static void
test_dates(void)
{
	/* the forms of the issue */
	CHECK_OUT(dates("2. at referat for mødet af 14. juni 2017 godkendes"), "2017-06-14 møde «14. juni 2017»");
	CHECK_OUT(dates("På kommuneMED d. 19.6 2017, blev rammen"), "2017-06-19 møde «19.6 2017»");
	CHECK_OUT(dates("På Chefforum d. 03.04.17 præsenterede"), "2017-04-03 møde «03.04.17»");
	CHECK_OUT(dates("Dato: 26-03-2025"), "2025-03-26 «26-03-2025»");
	CHECK_OUT(dates_in("Dato: 26-03-2025", &meeting_2017, true), "2025-03-26 møde «26-03-2025»");
	CHECK_OUT(dates("Kommunalbestyrelsen godkendte den 13. september 2022 et nyt"),
			  "2022-09-13 møde «13. september 2022»");
	/* without a year: the one nearest the meeting */
	CHECK_OUT(dates("Alle chefer melder inden 15. august lister ind"), "2017-08-15 «15. august»");
	CHECK_OUT(dates("På kommunalbestyrelsesmødet den 9. februar blev"), "2017-02-09 møde «9. februar»");
	CHECK_OUT(dates("i Byudviklingsforum d. 9.3."), "2017-03-09 møde «9.3.»");
	CHECK_OUT(dates("Den 5 november drøftede Chefforum"), "2017-11-05 møde «5 november»");
	CHECK_OUT(dates("senest 10. jan. og 20. dec."), "2017-01-10 «10. jan.»; 2017-12-20 «20. dec.»");
	CHECK_OUT(dates_in("inden 15. august", NULL, false), "? «15. august»");
	CHECK_OUT(dates_in("inden 15. januar", &(rf_date) {2016, 12, 1}, false), "2017-01-15 «15. januar»");
	CHECK_OUT(dates_in("den 15. december", &(rf_date) {2017, 1, 20}, false), "2016-12-15 «15. december»");
	CHECK_OUT(dates("den 29. februar"), "? «29. februar»");
	/* other forms, and where the search for a meeting stops */
	CHECK_OUT(dates("Handicaprådet d. 8. Sept. 2016 og 2025-10-01 og 09.04.2025"),
			  "2016-09-08 møde «8. Sept. 2016»; 2025-10-01 «2025-10-01»; 2025-04-09 «09.04.2025»");
	CHECK_OUT(dates("budgetseminarer (19. juni og 17. august) samt borgermøde (3. maj)"),
			  "2017-06-19 «19. juni»; 2017-08-17 «17. august»; 2017-05-03 møde «3. maj»");
	CHECK_OUT(dates("Foretræde Midtbyens Fællesråd (påført 22.09.2025)"), "2025-09-22 «22.09.2025»");
	CHECK_OUT(dates("byrådet tiltræder Borgmesterens Afdelings indstilling af 8. august 2025"),
			  "2025-08-08 «8. august 2025»");
	CHECK_OUT(dates("Den 20. august 2020 mødtes Lederforum"), "2020-08-20 møde «20. august 2020»");
	/* not dates */
	CHECK_OUT(dates("27.12.10-A00-3-17 og 00.01.00-A00-3-17 og EMN-2025-003383 og 330-2018-3619"), "");
	CHECK_OUT(dates("kl. 10.00-12.00, (9.15-10.45), afsnit 5.2, SKI 50.90. og 2-3 ledere"), "");
	CHECK_OUT(dates("i 2025, budget 2024-2027, 1. halvår 2016, 4,0 dage, 31. februar 2017"), "");
	CHECK_OUT(dates("kl. 10 Jan Hansen og 3 mar"), "");
}

/* ------------------------------------------------------------ positions */

static void
on_position(void *ctx, const rf_position *p)
{
	const char *s = ctx;
	char		votes[32] = "";

	if (p->votes >= 0)
		snprintf(votes, sizeof(votes), "#%d", p->votes);
	append("%.*s:%.*s", rf_stance_names[p->stance], strlen(rf_stance_names[p->stance]),
		   s + p->who.start, p->who.end - p->who.start);
	strcat(out, votes);
}

static const char *
positions(const char *s)
{
	out[0] = '\0';
	rf_find_positions(s, strlen(s), on_position, (void *) s);
	return out;
}

static void
test_positions(void)
{
	CHECK_OUT(positions("Socialdemokratiet tog forbehold."), "forbehold:Socialdemokratiet");
	CHECK_OUT(positions("Mette Skautrup og Bünyamin Simsek tog forbehold."),
			  "forbehold:Mette Skautrup; forbehold:Bünyamin Simsek");
	CHECK_OUT(positions("Socialistisk Folkeparti, Liberal Alliance og Alternativet tog forbehold vedrørende medfinansiering."),
			  "forbehold:Socialistisk Folkeparti; forbehold:Liberal Alliance; forbehold:Alternativet");
	CHECK_OUT(positions("Socialdemokratiet, det Konservative Folkeparti og Venstre tog forbehold."),
			  "forbehold:Socialdemokratiet; forbehold:det Konservative Folkeparti; forbehold:Venstre");
	CHECK_OUT(positions("Rådmand Nicolaj Bang og Jesper Kjeldsen deltog ikke i sagens behandling."),
			  "deltog_ikke:Nicolaj Bang; deltog_ikke:Jesper Kjeldsen");
	CHECK_OUT(positions("Liv Gro Jensen var forhindret i at deltage i udvalgets behandling af sagen."),
			  "deltog_ikke:Liv Gro Jensen");
	CHECK_OUT(positions("Byrådet godkendte indstillingen, og Venstre tog forbehold."), "forbehold:Venstre");
	CHECK_OUT(positions("Enhedslisten – De Rød-Grønne stemte imod, og Anne (V) undlod at stemme."),
			  "imod:Enhedslisten – De Rød-Grønne; undlod:Anne (V)");
	/* votes */
	CHECK_OUT(positions("For stemte: A, F og Ø"), "for:A; for:F; for:Ø");
	CHECK_OUT(positions("Imod stemte: V og C (6)."), "imod:#6; imod:V; imod:C");
	CHECK_OUT(positions("Undlod at stemme: I"), "undlod:I");
	CHECK_OUT(positions("Hverken for eller imod stemte 2: O og D"), "undlod:#2; undlod:O; undlod:D");
	CHECK_OUT(positions("Forslaget blev vedtaget med 15 stemmer mod 6."), "for:#15; imod:#6");
	CHECK_OUT(positions("Indstillingen blev godkendt med 20 stemmer for og 9 imod, 2 undlod at stemme."),
			  "for:#20; imod:#9; undlod:#2");
	CHECK_OUT(positions("vedtaget med 15 stemmer (A, F, Ø) mod 6 (V, C)"),
			  "for:#15; for:A; for:F; for:Ø; imod:#6; imod:V; imod:C");
	CHECK_OUT(positions("12 stemte for."), "for:#12");
	/* must give nothing */
	CHECK_OUT(positions("Beretningen indeholder revisionspåtegning, der er afgivet uden forbehold og uden bemærkninger."), "");
	CHECK_OUT(positions("Godkendt med forbehold for finansiering. Sagen blev drøftet med medarbejderne."), "");
	CHECK_OUT(positions("Alle deltog i drøftelsen og stemte for et bredt forlig, men ingen deltog ikke."), "");
	CHECK_OUT(positions("For stemte:"), "");
	/* a phrase's first word is the whole word up to its blank: "stemtes" and "Stemte," begin none */
	CHECK_OUT(positions("Venstre stemte for."), "for:Venstre");
	CHECK_OUT(positions("Venstre stemtes for."), "");
	CHECK_OUT(positions("Venstre Stemte, for."), "");
	CHECK_OUT(positions("Venstre STEMTE IMOD."), "imod:Venstre");
	/* after "med" and its counts, a phrase further on */
	CHECK_OUT(positions("Vedtaget med 15 stemmer mod 6, og Venstre tog forbehold."), "for:#15; imod:#6; forbehold:Venstre");
}

int
main(void)
{
	test_sentences();
	test_long_paragraph();
	test_context();
	test_amounts();
	test_dates();
	test_positions();
	return CHECK_DONE();
}
