/*
 * headings.h — the section headings of Danish minutes: one vocabulary, kept
 * as data (headings.c), and the headings that carry a forum and a date.
 */
#ifndef RF_HEADINGS_H
#define RF_HEADINGS_H

#include <string.h>

#include "danish_time.h"
#include "minutes.h"

/* What the vocabulary says of a heading. */
typedef struct rf_heading_info
{
	rf_kind		kind;			/* the section it starts */
	bool		with_value;		/* may carry its value on its line: "Kompetence: Økonomiudvalget" */
	bool		of_motion;		/* a party's motion uses it too: "Problemstilling", "Løsning" */
} rf_heading_info;

/* Is s[name) (trimmed, without a trailing colon) a heading of the vocabulary? */
extern bool rf_heading_name(const char *s, rf_span name, rf_heading_info *info);

/*
 * Which names of the vocabulary start with byte first (ASCII in lower
 * case): a cheap test before a line is looked up.
 */
#define RF_HEADING_FIRST_ANY 1
#define RF_HEADING_FIRST_WITH_TEXT 2	/* one that may have text after its colon
										 * (with_value, or a kind of its own) */
extern unsigned rf_heading_first(unsigned char first);

/*
 * The second bytes of the names that start with byte first (ASCII in lower
 * case) and may have text after their colon (RF_HEADING_FIRST_WITH_TEXT):
 * bit c - 'a' for a small ASCII letter c, bit 26 for any other byte.
 */
extern uint32_t rf_heading_seconds(unsigned char first);

/*
 * The byte lengths of the names that start with byte first (ASCII in lower
 * case), or end with byte last (as the names are written, in lower case):
 * bit n for a name of n bytes.  Every name is shorter than 64 bytes.
 */
extern uint64_t rf_heading_lengths(unsigned char first);
extern uint64_t rf_heading_last_lengths(unsigned char last);

/* A heading that names who decided and when. */
typedef struct rf_dated_heading
{
	rf_kind		kind;			/* RF_KIND_DECISION, or RF_KIND_HISTORY for an earlier committee */
	rf_span		forum;			/* the committee, without a genitive s */
	rf_date		date;
	int			ref_no;			/* the committee's item number ("pkt. 65"), or -1 */
} rf_dated_heading;

/*
 * "Beslutning i Økonomiudvalget den 1. oktober 2018:",
 * "Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 2",
 * "Beslutning i Udvalget for plan, udvikling og kultur (PUK) den 10-04-2013"
 * (decisions), "Teknik- og Miljøudvalget, 10. september 2019, pkt. 65:"
 * (an earlier committee's decision: history).  s[sp) is a trimmed line.
 */
extern bool rf_dated_heading_parse(const char *s, rf_span sp, rf_dated_heading *h);

/* Longest line read as a dated heading. */
#define RF_DATED_MAX 200

/*
 * What rf_dated_heading_parse needs before it reads a line: 12 to
 * RF_DATED_MAX bytes, no full stop at the end (a sentence is no heading:
 * "… blev behandlet i Økonomiudvalget den 1. maj."), a capital's first byte
 * (A–Z, or the lead byte of À–Þ).  Inline: most lines fail it.
 */
static inline bool
rf_may_be_dated_heading(const char *s, rf_span sp)
{
	return sp.end - sp.start >= 12 && sp.end - sp.start <= RF_DATED_MAX && s[sp.end - 1] != '.' &&
		((s[sp.start] >= 'A' && s[sp.start] <= 'Z') || (unsigned char) s[sp.start] == 0xC3);
}

/*
 * The shortest line of the forms that need "eslutning " (all but a
 * committee's line): a forum of one letter, "s beslutning " and the
 * shortest date, as every date has a year of four digits:
 * "Xs beslutning 1/1/2018".
 */
#define RF_DATED_DECISION_MIN 22

/*
 * Does sp hold "eslutning " (the forms of rf_dated_heading_parse but a
 * committee's line, which ends with a colon, need it, in lower case)?
 * Jumps with memchr to its 'u', a letter rarer than its first; sp has 10
 * bytes or more.  Inline: the line classifier asks it of every line that
 * may be a dated heading, before it parses one.
 */
static inline bool
rf_has_eslutning(const char *s, rf_span sp)
{
	static const char word[] = "eslutning ";
	size_t		u = sp.start + 3;	/* where the u of a match at sp.start would be */
	size_t		last = sp.end - (sizeof(word) - 1) + 3;	/* and of the last match possible */

	while (u <= last)
	{
		const char *at = memchr(s + u, 'u', last + 1 - u);

		if (at == NULL)
			return false;
		u = (size_t) (at - s);
		if (memcmp(s + u - 3, word, sizeof(word) - 1) == 0)
			return true;
		u++;
	}
	return false;
}

#endif
