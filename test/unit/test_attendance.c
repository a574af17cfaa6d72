/*
 * test_attendance.c — the lists of members, each form with the smallest
 * text that shows it, the texts that must give nothing, and who of the
 * invited was present.
 *
 * Members are written as one line of text: "who|party|role|list" for
 * rf_attendance, "who|party|role|present" after rf_attendees_resolve,
 * "; " between them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attendance.h"
#include "check.h"

#define CHECK_OUT(got, want) CHECK_STR((got), strlen(got), want)

static char out[8192];
static const char *const list_names[] = {"present", "absent", "invited"};

typedef struct collected
{
	const char *s;
	rf_attendee e[256];
	size_t		n;
} collected;

static void
collect(void *ctx, const rf_attendee *a)
{
	collected  *c = ctx;

	if (c->n < 256)
		c->e[c->n++] = *a;
}

static void
append_span(const char *s, rf_span sp)
{
	size_t		o = strlen(out);

	if (sp.end - sp.start < sizeof(out) - o)
		rf_attendance_words(s, sp, out + o);
}

static void
append(const char *text)
{
	strncat(out, text, sizeof(out) - strlen(out) - 1);
}

/* "who|party|role|tail" of one member. */
static void
append_member(const char *s, const rf_attendee *a, const char *tail)
{
	if (out[0] != '\0')
		append("; ");
	append_span(s, a->who);
	append("|");
	append_span(s, a->party);
	append("|");
	if (a->role)
		append(a->role);
	if (a->role && a->role_text.end > a->role_text.start)
		append(" ");
	append_span(s, a->role_text);
	append("|");
	append(tail);
}

static void
read_list(const char *s, collected *c)
{
	c->s = s;
	c->n = 0;
	out[0] = '\0';
	rf_attendance(s, (rf_span) {0, strlen(s)}, collect, c);
}

/* Every member as read, with its list (and reason). */
static const char *
members(const char *s)
{
	collected	c;

	read_list(s, &c);
	for (size_t k = 0; k < c.n; k++)
		append_member(s, &c.e[k], c.e[k].reason ? c.e[k].reason : list_names[c.e[k].list]);
	return out;
}

/* Who was there: the members after rf_attendees_resolve, merged ones left out. */
static const char *
attendees(const char *s)
{
	collected	c;
	uint32_t   *slots;

	read_list(s, &c);
	slots = malloc(rf_attendance_slots(c.n) * sizeof(*slots));
	rf_attendees_resolve(s, c.e, c.n, slots);
	free(slots);
	for (size_t k = 0; k < c.n; k++)
		if (!c.e[k].merged)
			append_member(s, &c.e[k], c.e[k].present ? "t" : "f");
	return out;
}

/* The name as the absences show it: through the party. */
static const char *
written(const char *s)
{
	collected	c;

	read_list(s, &c);
	for (size_t k = 0; k < c.n; k++)
	{
		if (k > 0)
			append("; ");
		append_span(s, c.e[k].written);
	}
	return out;
}

static void
test_lists_under_a_label(void)
{
	/* eDoc PDF: Tilstede, Afbud/Fraværende (empty), Sekretær */
	CHECK_OUT(members("Tilstede\nLolan Ottesen (A) - formand\nBirte Kramhøft (F)\n\nAfbud/Fraværende\n\n"
					  "Sekretær\nMie Helene Andresen\n\n\fSundheds- og Forebyggelsesudvalget\n"),
			  "Lolan Ottesen|A|formand|present; Birte Kramhøft|F||present; "
			  "Mie Helene Andresen||sekretær|present");
	/* web page: Medlemmer, a substitute, Fraværende with the items */
	CHECK_OUT(members("Medlemmer\n\nFormand Erik Nielsen (A)\nBrian Møller (A)\n"
					  "Birgitte Glifberg (A), Suppleant for Brian Møller (A)\n\n"
					  "Fraværende\n\nBrian Møller (A), sag 129-138\n\nSager 129 - 138\n"),
			  "Erik Nielsen|A|formand|invited; Brian Møller|A||invited; "
			  "Birgitte Glifberg|A|suppleant for Brian Møller (A)|invited; Brian Møller|A||fraværende");
	/* bullets under "Indkaldelse :" */
	CHECK_OUT(members("Indkaldelse :\n\n • Formand Steen Christiansen (A)\n • Kenni Flink Gosmann (Å)\n\n\n"
					  "Indholdsfortegnelse\n"),
			  "Steen Christiansen|A|formand|invited; Kenni Flink Gosmann|Å||invited");
	/* names apart by blank lines, a role in parentheses, the list ends at a label line */
	CHECK_OUT(members("Deltagere:\n\nJette Runchel\n\nHanne Pedersen (protokol)\n\n\nUdvalg: Økonomiudvalget\n"),
			  "Jette Runchel|||present; Hanne Pedersen||protokol|present");
	/* a label without its colon; no-break spaces and tabs between the words */
	CHECK_OUT(members("Deltagere\n\nJette Runchel\n\nUdvalg: Kommunalbestyrelsen\n"), "Jette Runchel|||present");
	CHECK_OUT(members("Tilstede\nAnne\u00a0 Hansen\t(A)\n"), "Anne Hansen|A||present");
	/* two-letter party, initials, a particle */
	CHECK_OUT(members("Tilstede\nClaus Gisselmann Olsen (UP)\nAhmed H. Dhaqane (A)\nHans von Holst\n"),
			  "Claus Gisselmann Olsen|UP||present; Ahmed H. Dhaqane|A||present; Hans von Holst|||present");
}

static void
test_lists_on_the_line(void)
{
	/* "Afbud fra" without a colon, a party followed by the next name */
	CHECK_OUT(members("Afbud fra Jens Mikkelsen (A) og Dennis Schmock (B) Helge Bo Jensen (Ø)\n"),
			  "Jens Mikkelsen|A||afbud; Dennis Schmock|B||afbud; Helge Bo Jensen|Ø||afbud");
	/* in a decision, ending in a full stop */
	CHECK_OUT(members("Beslutning\n\nAfbud fra: Gert Pilgaard, Per Jørgensen og Lene Glassau Brynning.\n\n"
					  "HMU besluttede at godkende dagsordnen.\n"),
			  "Gert Pilgaard|||afbud; Per Jørgensen|||afbud; Lene Glassau Brynning|||afbud");
	CHECK_OUT(members("    Ikke til stede: Mikkel Lundemann Rasmussen (C)\n\n    Godkendt.\n"),
			  "Mikkel Lundemann Rasmussen|C||fraværende");
	/* labels inside one flattened paragraph; a page mark after the last name */
	CHECK_OUT(members("1 Kommunalbestyrelsen Referat Mødested: Afbud fra: Onsdag den 15-maj-2002 "
					  "Kommunalbestyrelsens mødelokaler Fraværende: Ingen. Mødedeltagere: Arne Ebsen, "
					  "Birger Jensen, Vibeke Rindom åben\n"),
			  "Arne Ebsen|||present; Birger Jensen|||present; Vibeke Rindom|||present");
	CHECK_OUT(members("Meldt afbud: Bo Jensen\nIkke til stede: Carl Olsen\nForfald: Ib Holm og Eva Lund\n"),
			  "Bo Jensen|||afbud; Carl Olsen|||fraværende; Ib Holm|||afbud; Eva Lund|||afbud");
}

static void
test_written(void)
{
	/* as referat.absences shows them: role words dropped, party kept */
	CHECK_OUT(written("Mødested Byrådssalen\nAfbud fra: Rådmand Anne Hansen (A), Bo Jensen og Carl Olsen.\n"),
			  "Anne Hansen (A); Bo Jensen; Carl Olsen");
	CHECK_OUT(written("Fraværende:\n\nDitte Ø. Nielsen\nMødested: Rådhuset"), "Ditte Ø. Nielsen");
	CHECK_OUT(written("Fraværende:\nBritt Jensen (A), sag 129-138\n"), "Britt Jensen (A)");
}

static void
test_nothing(void)
{
	/* nobody */
	CHECK_OUT(members("Afbud: Ingen\nFraværende: -\nAfbud/Fraværende\nIntet\n"), "");
	/* a label with an empty list, then a decision or text */
	CHECK_OUT(members("Fraværende: \u00a0\nGodkendt.\n"), "");
	CHECK_OUT(members("Fraværende:\nOle Kristensen orienterede om henvendelse fra Vestermose Skole og garantistillelse.\n"),
			  "");
	CHECK_OUT(members("Mødedeltagere:\n\nPunkt  Titel\n\n1\nGodkendelse af dagsorden\n"), "");
	/* words that only look like labels or names */
	CHECK_OUT(members("Afbudsliste\nAfbud fra dem der kunne\nMedlemmer af udvalget blev orienteret.\n"), "");
	CHECK_OUT(members("Mødedato Onsdag d. 28. juni 2017 kl. 10:00\nMødested Kontor 1,015\n"), "");
	CHECK_OUT(members("Forside:\n\nLene Rygaard Jessen (Ø) og Lars Gravgaard (C) deltog under punkterne 1 og 4.\n"), "");
	/* one name is no list of persons: a name has two words at least */
	CHECK_OUT(members("Afbud: Venstre\n"), "");
	/* an earlier meeting's record quoted in a decision: its absences are not this meeting's */
	CHECK_OUT(members("Plan, Miljø og Teknik, 7. januar 2020, pkt. 207:\n\nIkke til stede: Helen Sørensen (A)\n"), "");
	CHECK_OUT(members(""), "");
}

static void
test_long_list(void)
{
	/* a list longer than any council is no list */
	size_t		n = 300;
	char	   *s = malloc(16 + n * 14);

	strcpy(s, "Afbud: ");
	for (size_t k = 0; k < n; k++)
		strcat(s, "Anne Hansen, ");
	CHECK_OUT(members(s), "");
	free(s);
}

static void
test_resolve(void)
{
	/* the invited are present unless listed absent; the absence merges into the member */
	CHECK_OUT(attendees("Afbud fra Jens Mikkelsen (A)\n\nIndkaldelse :\n • Formand Steen Christiansen (A)\n"
						" • Jens Mikkelsen (A)\n • Leif Pedersen (F)\n"),
			  "Steen Christiansen|A|formand|t; Jens Mikkelsen|A||f; Leif Pedersen|F||t");
	CHECK_OUT(attendees("Medlemmer\nBritt Jensen (A)\nBrian  Møller (A)\n\nFraværende\nBrian Møller (A), sag 129-138\n"
						"Kim Hammer (O)\n"),
			  "Britt Jensen|A||t; Brian Møller|A||f; Kim Hammer|O||f");
	/* present lists say present; an absence of someone not invited stays a row */
	CHECK_OUT(attendees("Tilstede\nLolan Ottesen (A) - formand\n\nAfbud/Fraværende\nPer Mortensen (A)\n"),
			  "Lolan Ottesen|A|formand|t; Per Mortensen|A||f");
}

int
main(void)
{
	test_lists_under_a_label();
	test_lists_on_the_line();
	test_written();
	test_nothing();
	test_long_list();
	test_resolve();
	return CHECK_DONE();
}
