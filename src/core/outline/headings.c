/*
 * headings.c — the heading vocabulary of Danish minutes.
 *
 * Every agenda system names its sections a little differently; each name a
 * person reads as one of the section kinds is one line of the table below.
 * Names are lower case; a line matches without regard to case and with an
 * optional trailing colon.  The table is searched by length and first byte
 * before any text is compared, so a longer table costs almost nothing.
 */
#include <stdint.h>
#include <string.h>

#include "headings.h"
#include "text.h"

typedef struct heading_name
{
	const char *name;
	unsigned char len;
	rf_heading_info info;
} heading_name;

#define H(name, kind) {name, sizeof(name) - 1, {kind, false, false}}
/* with its value on the same line */
#define HV(name, kind) {name, sizeof(name) - 1, {kind, true, false}}
/* a heading of parties' motions as well */
#define HM(name, kind) {name, sizeof(name) - 1, {kind, false, true}}

static const heading_name vocabulary[] = {
	H("anledning", RF_KIND_OCCASION),
	HM("problemstilling", RF_KIND_OCCASION),
	H("beslutningstema", RF_KIND_OCCASION),
	H("resume", RF_KIND_SUMMARY),
	H("resumé", RF_KIND_SUMMARY),
	H("sammendrag", RF_KIND_SUMMARY),
	H("sagens kerne", RF_KIND_SUMMARY),
	H("sagsfremstilling", RF_KIND_PRESENTATION),
	H("supplerende sagsfremstilling", RF_KIND_PRESENTATION),
	H("sagsbeskrivelse", RF_KIND_PRESENTATION),
	H("beskrivelse af sagen", RF_KIND_PRESENTATION),
	H("fremstilling", RF_KIND_PRESENTATION),
	HM("løsning", RF_KIND_PRESENTATION),
	H("indstilling", RF_KIND_RECOMMENDATION),
	H("indstillinger", RF_KIND_RECOMMENDATION),
	H("beslutningspunkter", RF_KIND_RECOMMENDATION),
	H("forslag til beslutning", RF_KIND_RECOMMENDATION),
	H("beslutning", RF_KIND_DECISION),
	H("beslutninger", RF_KIND_DECISION),
	H("indstilling og beslutning", RF_KIND_DECISION),
	H("sagsforløb", RF_KIND_HISTORY),
	H("tidligere beslutninger", RF_KIND_HISTORY),
	H("tidligere behandling", RF_KIND_HISTORY),
	H("bilag", RF_KIND_ATTACHMENTS),
	H("bilagsliste", RF_KIND_ATTACHMENTS),
	H("økonomi", RF_KIND_OTHER),
	H("økonomiske konsekvenser", RF_KIND_OTHER),
	H("økonomiske konsekvenser og finansiering", RF_KIND_OTHER),
	H("økonomi og finansiering", RF_KIND_OTHER),
	H("lovgrundlag", RF_KIND_OTHER),
	H("retsgrundlag", RF_KIND_OTHER),
	H("historik", RF_KIND_OTHER),
	H("baggrund", RF_KIND_OTHER),
	H("begrundelse", RF_KIND_OTHER),
	H("motivering", RF_KIND_OTHER),
	H("tidsplan", RF_KIND_OTHER),
	H("høring", RF_KIND_OTHER),
	H("kommunikation", RF_KIND_OTHER),
	H("personale", RF_KIND_OTHER),
	H("personalemæssige konsekvenser", RF_KIND_OTHER),
	H("politisk handlerum", RF_KIND_OTHER),
	H("videre proces", RF_KIND_OTHER),
	H("sagsprocedure", RF_KIND_OTHER),
	H("borgmesterens afdelings påtegning", RF_KIND_OTHER),
	HV("sagsgang og sagstype", RF_KIND_OTHER),
	HV("kompetence", RF_KIND_OTHER),
	HV("beslutningskompetence", RF_KIND_OTHER),
	HV("sagen afgøres i", RF_KIND_OTHER),
	HV("beslutningen træffes af", RF_KIND_OTHER),
};

/* Longer than any name of the vocabulary, in bytes (and at most 64: lengths_by_first). */
#define HEADING_LEN_MAX 64

/*
 * The vocabulary by length and first byte: by_key is a table of
 * HEADING_SLOTS places, open addressing from key_slot, each 0 or 1 + the
 * index of a name in vocabulary[] (a name may stand after another's slot:
 * a look-up walks on to the next empty place); by_first[c]:
 * RF_HEADING_FIRST_* of the names that start with byte c;
 * lengths_by_first[c], lengths_by_last[c]: bit n for a name of n bytes that
 * starts, or ends, with byte c.  Made once, on first use.
 */
#define HEADING_SLOTS 128		/* a power of two, more than twice the names */
static uint8_t by_key[HEADING_SLOTS];
static bool made;
static uint8_t by_first[256];
static uint64_t lengths_by_first[256];
static uint64_t lengths_by_last[256];
static uint32_t seconds_by_first[256];

/* Where a look-up for a name of len bytes that starts with byte first begins */
static inline size_t
key_slot(size_t len, unsigned char first)
{
	return (len * 29 + first) & (HEADING_SLOTS - 1);
}

static void
index_names(void)
{
	for (size_t i = 0; i < sizeof(vocabulary) / sizeof(vocabulary[0]); i++)
	{
		const rf_heading_info *info = &vocabulary[i].info;
		size_t		slot = key_slot(vocabulary[i].len, (unsigned char) vocabulary[i].name[0]);

		by_first[(unsigned char) vocabulary[i].name[0]] |= RF_HEADING_FIRST_ANY |
			(info->with_value || info->kind != RF_KIND_OTHER ? RF_HEADING_FIRST_WITH_TEXT : 0);
		if (info->with_value || info->kind != RF_KIND_OTHER)
		{
			unsigned char second = (unsigned char) vocabulary[i].name[1];

			seconds_by_first[(unsigned char) vocabulary[i].name[0]] |=
				(uint32_t) 1 << (second >= 'a' && second <= 'z' ? second - 'a' : 26);
		}
		lengths_by_first[(unsigned char) vocabulary[i].name[0]] |= (uint64_t) 1 << vocabulary[i].len;
		lengths_by_last[(unsigned char) vocabulary[i].name[vocabulary[i].len - 1]] |=
			(uint64_t) 1 << vocabulary[i].len;
		while (by_key[slot] != 0)
			slot = (slot + 1) & (HEADING_SLOTS - 1);
		by_key[slot] = (uint8_t) (i + 1);
	}
	made = true;
}

/* The tables above, made on first use. */
static inline void
indexed(void)
{
	if (!made)
		index_names();
}

unsigned
rf_heading_first(unsigned char first)
{
	indexed();
	return by_first[first];
}

uint64_t
rf_heading_lengths(unsigned char first)
{
	indexed();
	return lengths_by_first[first];
}

uint32_t
rf_heading_seconds(unsigned char first)
{
	indexed();
	return seconds_by_first[first];
}

uint64_t
rf_heading_last_lengths(unsigned char last)
{
	indexed();
	return lengths_by_last[last];
}

bool
rf_heading_name(const char *s, rf_span name, rf_heading_info *info)
{
	size_t		len = name.end - name.start;
	unsigned char first;

	if (len == 0 || len >= HEADING_LEN_MAX)
		return false;
	first = rf_lower_ascii((unsigned char) s[name.start]);
	if (!(rf_heading_first(first) & RF_HEADING_FIRST_ANY))
		return false;
	for (size_t slot = key_slot(len, first); by_key[slot] != 0; slot = (slot + 1) & (HEADING_SLOTS - 1))
	{
		const heading_name *h = &vocabulary[by_key[slot] - 1];

		if (h->len == len && (unsigned char) h->name[0] == first && rf_imatch(s, name.start, h->name, len))
		{
			*info = h->info;
			return true;
		}
	}
	return false;
}

/* Where " den " or " d. " stands in sp, or (size_t) -1. */
static size_t
den_at(const char *s, rf_span sp)
{
	size_t		at = rf_ifind(s, sp, " den ");

	return at != (size_t) -1 ? at : rf_ifind(s, sp, " d. ");
}

/* "Beslutning i <forum> den <date>" */
static bool
decision_in(const char *s, rf_span sp, rf_dated_heading *h)
{
	size_t		den;
	rf_span		forum;

	if (!rf_istarts(s, sp, "beslutning i ") && !rf_istarts(s, sp, "beslutning på "))
		return false;
	den = den_at(s, sp);
	if (den == (size_t) -1)
		return false;
	forum = rf_trim(s, (rf_span) {sp.start + 12, den});
	if (forum.start == forum.end || !rf_find_date(s + den, sp.end - den, &h->date))
		return false;
	h->forum = forum;
	return true;
}

/* "<forum>s beslutning den <date>" */
static bool
decision_of(const char *s, rf_span sp, rf_dated_heading *h)
{
	size_t		at = rf_ifind(s, sp, "s beslutning ");
	rf_span		forum;

	if (at == (size_t) -1 || at == sp.start)
		return false;
	forum = rf_trim(s, (rf_span) {sp.start, at});
	if (forum.start == forum.end || !rf_is_capital_at(s, forum.start, forum.end) ||
		!rf_find_date(s + at, sp.end - at, &h->date))
		return false;
	h->forum = forum;
	return true;
}

/* "<forum>, <date>, pkt. <n>:" (the forum may hold commas: "Børn, Unge og Læring") */
static bool
committee_line(const char *s, rf_span sp, rf_dated_heading *h)
{
	size_t		pkt = rf_ifind(s, sp, ", pkt.");
	size_t		comma;
	size_t		pos;
	int			no;

	if (pkt == (size_t) -1)
		return false;
	pos = pkt + 6;
	while (pos < sp.end && s[pos] == ' ')
		pos++;
	if (!rf_digits(s, sp.end, &pos, 5, &no) || pos != sp.end - 1)
		return false;
	/* the date stands between the last comma before "pkt." and "pkt." */
	for (comma = pkt; comma > sp.start && !(s[comma - 1] == ',' && s[comma] == ' '); comma--)
		;
	if (comma <= sp.start + 1)
		return false;
	comma--;
	if (!rf_is_capital_at(s, sp.start, comma) ||
		!rf_find_date(s + comma, pkt - comma, &h->date))
		return false;
	h->forum = (rf_span) {sp.start, comma};
	h->ref_no = no;
	h->kind = RF_KIND_HISTORY;
	return true;
}

bool
rf_dated_heading_parse(const char *s, rf_span sp, rf_dated_heading *h)
{
	if (!rf_may_be_dated_heading(s, sp))
		return false;
	h->kind = RF_KIND_DECISION;
	h->ref_no = -1;
	/*
	 * every form starts with a capital; most lines are none of these: look
	 * for the one word they need before anything else
	 */
	if (!rf_is_capital_at(s, sp.start, sp.end))
		return false;
	/* a committee's line ends with its item number and the colon */
	if (s[sp.end - 1] == ':' && rf_is_digit(s[sp.end - 2]) && committee_line(s, sp, h))
		return true;
	if (sp.end - sp.start < RF_DATED_DECISION_MIN || !rf_has_eslutning(s, sp))
		return false;
	return decision_in(s, sp, h) || decision_of(s, sp, h);
}
