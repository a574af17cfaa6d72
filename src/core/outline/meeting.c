/*
 * meeting.c — the meeting header: what a person reads at the top of minutes
 * as the kind of document, the forum, the date, the start time and the place.
 *
 * The front of the document is read line by line, in order: every section
 * before the first item (page headers, web menus and headings included),
 * except the table of contents.  For each field the first value found
 * counts, except that a forum given by a label ("Udvalg:") replaces one
 * recognised otherwise.  The forms seen:
 *
 *   labels, each value on the same line or on the next non-blank line:
 *     "Mødedato Onsdag d. 28. juni 2017 kl. 10:00" / "Mødested …" (also "**Mødedato**"),
 *     "Udvalg:   Teknisk Udvalg", "Mødedato:   onsdag den 1. oktober 2025 kl. 15.45",
 *     "Dato: Onsdag den 16. august 2017" / "Tid: Kl. 17:30" / "Sted: Mødelokale 1, Forhallen",
 *     "Mødedato: 23.08.2017, kl. 11:00",
 *     "UDVALG" / "Udvalget for Ældre og Sundhed" / "MØDE" / "Referat" / "STED" / "…" /
 *     "STARTTIDSPUNKT" / "04-06-2020 09:00:00" (the value of SLUTTIDSPUNKT is passed over);
 *     a place that goes on over the next line stays whole (see place_goes_on);
 *     in a paragraph flattened from a PDF, the first date after "Dato:" anywhere in
 *     the line ("… Dato: Starttidspunkt for møde: Kl … Onsdag den 15-maj-2002 …");
 *   title lines, kind first: "REFERAT Chefforum d. 28-06-2017",
 *     "Dagsorden 8. oktober 2025 kl. 16.00", "Referat For Udvalget for …",
 *     "Referat fra mødet i … den …", "Referat af Byrådets møde den …";
 *   title lines with parts: "Økonomiudvalget – Referat – 1. oktober 2018",
 *     "Egebjerg Kommune. Kommunalbestyrelsen. Referat" (the forum is the part before the kind);
 *   title blocks of lines: "Referat" / "til" / "mødet i HMU Psykiatri og Social" /
 *     "den 6. november 2017 kl. 11:30" / "i Regionshuset Viborg, …";
 *     "Referat" / "Sundheds- og Forebyggelsesudvalget" / "tirsdag den 4. december 2012,
 *     kl. 13:00" / "i Mødecenter C, Lokale 32 på Ballerup Rådhus";
 *     "Kommunalbestyrelsen" / "24-09-2019"; "Torsdag den 20. juni 2013" / "Kl. 10:30";
 *     "Den 09.01.2020 kl. 13:00 i Byrådssalen".
 *
 * A date is taken only from a label's value, a title line or a line that is
 * a date by itself (rf_read_when), never from a sentence: "Læs dagsordener og
 * referater til og med den 10. februar 2016" is a web site's boilerplate.
 * A forum is taken only from a label, a title line, after "mødet i" in a
 * title block, or from a line that is a committee's name (committee_name).
 */
#include <string.h>

#include "interrupt.h"
#include "meeting.h"
#include "text.h"

typedef enum label
{
	LABEL_NONE,
	LABEL_DATE,					/* a date, often with the start time */
	LABEL_TIME,
	LABEL_PLACE,
	LABEL_FORUM,
	LABEL_KIND,					/* "MØDE" / "Referat" */
	LABEL_SKIP					/* a value that is none of ours: "SLUTTIDSPUNKT" */
} label;

/* What the previous non-blank line said about the next one. */
typedef struct reader
{
	const char *s;
	rf_meeting *m;
	bool		forum_labelled; /* the forum came from a label */
	label		pending;		/* a label alone on its line: its value is the next line */
	bool		after_kind;		/* "Referat" (or "til" after it): "mødet i X" may follow */
	bool		after_date;		/* a date alone: "Kl. 10:30" or "i <place>" may follow */
	bool		place_open;		/* the place was read from the previous line */
	int			place_lines;
	size_t		prev_end;		/* end of the previous non-blank line's content */
} reader;

/* May a word end before s[i]: at the end, an ASCII non-letter, a dash or quote (E2 …), a no-break space? */
static bool
word_ends(const char *s, size_t i, size_t end)
{
	unsigned char c;

	if (i >= end)
		return true;
	c = (unsigned char) s[i];
	if (c < 0x80)
		return !rf_is_ascii_letter((char) c) && !rf_is_digit((char) c);
	return c == 0xE2 || rf_space_at(s, i, end) > 0;
}

/* Does the line start with the word (case-insensitive, whole word)?  *after is the byte after it. */
static bool
starts_word(const char *s, rf_span c, const char *word, size_t *after)
{
	size_t		n = strlen(word);

	if (!rf_istarts(s, c, word) || !word_ends(s, c.start + n, c.end))
		return false;
	*after = c.start + n;
	return true;
}

/* No lower-case letter in s[b..e) (ASCII, or à-þ in UTF-8). */
static bool
in_capitals(const char *s, size_t b, size_t e)
{
	for (size_t i = b; i < e; i++)
		if ((s[i] >= 'a' && s[i] <= 'z') ||
			((unsigned char) s[i] == 0xC3 && i + 1 < e && (unsigned char) s[i + 1] >= 0xA0))
			return false;
	return true;
}

/*
 * A label at the start of a line.  Long labels may be followed by their
 * value after a blank ("Mødedato Onsdag d. …") or stand alone with the value
 * on the next line (pdftotext); short words are labels only with a colon
 * ("Dato:", "Sted :") or alone on the line in capitals ("UDVALG", "STED"),
 * so that "Tid til …", "Sted for …" or a web menu's "Udvalg" is no label.
 */
static label
line_label(const char *s, rf_span c, rf_span *value)
{
	static const struct
	{
		const char *word;
		label		l;
		bool		loose;		/* the value may follow after a blank */
	}			labels[] = {
		{"mødedato", LABEL_DATE, true}, {"mødested", LABEL_PLACE, true},
		{"mødetidspunkt", LABEL_DATE, true}, {"starttidspunkt", LABEL_DATE, true},
		{"sluttidspunkt", LABEL_SKIP, true},
		{"dato og tid", LABEL_DATE, false}, {"tid og sted", LABEL_DATE, false},
		{"dato", LABEL_DATE, false}, {"tid", LABEL_TIME, false}, {"tidspunkt", LABEL_TIME, false},
		{"sted", LABEL_PLACE, false}, {"udvalg", LABEL_FORUM, false}, {"møde", LABEL_KIND, false}
	};

	while (c.start < c.end && s[c.start] == '*')
		c.start++;
	for (size_t i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
	{
		size_t		after;
		size_t		p;

		if (!starts_word(s, c, labels[i].word, &after))
			continue;
		while (after < c.end && s[after] == '*')
			after++;
		p = rf_trim(s, (rf_span) {after, c.end}).start;
		if (p < c.end && s[p] == ':')
			p++;
		else if (p < c.end && (!labels[i].loose || p == after))
			continue;			/* "Tid til …", "Møde-": no label */
		else if (p == c.end && !labels[i].loose && !in_capitals(s, c.start, after))
			continue;			/* "Udvalg" in a menu */
		while (p < c.end && (s[p] == '*' || s[p] == ':'))
			p++;
		*value = rf_trim(s, (rf_span) {p, c.end});
		return labels[i].l;
	}
	return LABEL_NONE;
}

/*
 * "Referat", "REFERAT", "Åbent referat", "Dagsorden", "Lukket dagsorden",
 * "Beslutningsprotokol" (minutes too) at c.start; *after past it.
 */
static rf_doc_kind
kind_at(const char *s, rf_span c, size_t *after)
{
	static const char *const open[] = {"åbent ", "åben ", "lukket "};
	rf_span		w = c;

	for (size_t i = 0; i < sizeof(open) / sizeof(open[0]); i++)
		if (rf_istarts(s, c, open[i]))
		{
			w = rf_trim(s, (rf_span) {c.start + strlen(open[i]), c.end});
			break;
		}
	if (starts_word(s, w, "referat", after) || starts_word(s, w, "beslutningsprotokol", after))
		return RF_DOC_REFERAT;
	if (starts_word(s, w, "dagsorden", after))
		return RF_DOC_DAGSORDEN;
	return RF_DOC_UNKNOWN;
}

/* The whole line is a kind: "Referat", "Åbent referat", "MØDE"'s value. */
static rf_doc_kind
kind_line(const char *s, rf_span c)
{
	size_t		after;
	rf_doc_kind k = kind_at(s, c, &after);

	return after == c.end ? k : RF_DOC_UNKNOWN;
}

/* An upper-case letter at s[i]: A-Z, or À-Þ (Æ, Ø, Å) in UTF-8. */
static bool
capital_at(const char *s, size_t i, size_t end)
{
	unsigned char c = (unsigned char) s[i];

	if (c >= 'A' && c <= 'Z')
		return true;
	return c == 0xC3 && i + 1 < end && (unsigned char) s[i + 1] >= 0x80 &&
		(unsigned char) s[i + 1] <= 0x9E && (unsigned char) s[i + 1] != 0x97;
}

/*
 * Could s[c) name a forum given after "mødet i", "Referat for" or before
 * "– Referat –": it starts with a capital letter and is no sentence (no
 * ".", ":", ";", "?", "!").
 */
static bool
name_like(const char *s, rf_span c)
{
	if (c.start == c.end || !capital_at(s, c.start, c.end))
		return false;
	for (size_t i = c.start; i < c.end; i++)
	{
		if (s[i] == '.' || s[i] == ':' || s[i] == ';' || s[i] == '?' || s[i] == '!')
			return false;
		rf_poll(i, i + 1);
	}
	return true;
}

/*
 * A line that is a committee's name by itself, as a person recognises one:
 * at most eight words, no digit, no sentence punctuation; either "Udvalg" or
 * "Udvalget" followed by "for" or "om" ("Udvalget for Ældre og Sundhed"), or
 * every word capitalised, "og", "&" or the first half of a compound
 * ("Sundheds-", "Klima-,") with the last word a committee word: one ending in
 * -udvalg(et), -bestyrelse(n), -råd(et), -forum or -repræsentation(en) —
 * "Kommunalbestyrelsen", "Byrådet", "Aarhus Byråd", "Regionsrådet", "Chefforum",
 * "Borgerrepræsentationen", "Teknisk Udvalg" — but not such a word alone
 * ("Udvalget", "Forum").  "Formand for Økonomiudvalget" is no name ("for"),
 * nor is "Klage over afgørelse i Folkeoplysningsudvalg".
 */
static bool
committee_name(const char *s, rf_span c)
{
	static const char *const committee_words[] = {
		"udvalg", "udvalget", "bestyrelse", "bestyrelsen", "råd", "rådet", "forum",
		"repræsentation", "repræsentationen"
	};
	size_t		p = c.start;
	rf_span		w = {0, 0};
	rf_span		first = {0, 0};
	int			words = 0;
	bool		udvalg_for = false;

	while (p < c.end)
	{
		size_t		sp;

		while (p < c.end && (sp = rf_space_at(s, p, c.end)) > 0)
			p += sp;
		if (p >= c.end)
			break;
		w.start = p;
		for (; p < c.end && rf_space_at(s, p, c.end) == 0; p++)
		{
			char		ch = s[p];

			if (rf_is_digit(ch) || ch == '.' || ch == ':' || ch == ';' || ch == '?' || ch == '!' ||
				(ch == ',' && !(p > w.start && s[p - 1] == '-')))
				return false;
			rf_poll(p, p + 1);
		}
		w.end = p;
		if (++words > 8)
			return false;
		if (words == 1)
			first = w;
		if (words == 2 && (rf_ieq(s, first, "udvalg") || rf_ieq(s, first, "udvalget")) &&
			(rf_ieq(s, w, "for") || rf_ieq(s, w, "om")))
			udvalg_for = true;	/* "Udvalg(et) for …": any words may follow */
		else if (!udvalg_for && !capital_at(s, w.start, w.end) && !rf_ieq(s, w, "og") &&
				 !rf_ieq(s, w, "&") && s[w.end - 1] != '-' &&
				 !(w.end - w.start >= 2 && s[w.end - 1] == ',' && s[w.end - 2] == '-'))
			return false;
	}
	if (udvalg_for)
		return words > 2;
	for (size_t i = 0; i < sizeof(committee_words) / sizeof(committee_words[0]); i++)
	{
		size_t		n = strlen(committee_words[i]);

		if (words > 0 && rf_iends(s, w, committee_words[i]) && (w.end - w.start > n || words > 1))
			return true;
	}
	return false;
}

static void
set_forum(reader *r, rf_span v, bool labelled)
{
	if (v.start == v.end)
		return;
	if (r->m->forum.start == r->m->forum.end || (labelled && !r->forum_labelled))
	{
		r->m->forum = v;
		r->forum_labelled = labelled;
	}
}

static void
set_date(reader *r, rf_span v)
{
	if (!r->m->has_date)
		r->m->has_date = rf_find_date(r->s + v.start, v.end - v.start, &r->m->date);
}

static void
set_place(reader *r, rf_span v)
{
	if (r->m->location.start != r->m->location.end || v.start == v.end)
		return;
	r->m->location = v;
	r->place_open = true;
	r->place_lines = 1;
}

/* A label's value. */
static void
set_value(reader *r, label l, rf_span v)
{
	const char *s = r->s;
	rf_meeting *m = r->m;
	rf_date		d;
	size_t		end;
	int			minutes = -1;

	switch (l)
	{
		case LABEL_DATE:
			set_date(r, v);
			r->after_date = true;
			if (m->starts_at < 0 &&
				(rf_find_clock(s + v.start, v.end - v.start, &minutes) ||
				 rf_read_when(s + v.start, v.end - v.start, &d, &minutes, &end)))
				m->starts_at = minutes;
			break;
		case LABEL_TIME:
			if (m->starts_at < 0 &&
				(rf_find_clock(s + v.start, v.end - v.start, &minutes) ||
				 rf_read_time(s + v.start, v.end - v.start, &minutes, &end)))
				m->starts_at = minutes;
			break;
		case LABEL_PLACE:
			set_place(r, v);
			break;
		case LABEL_FORUM:
			set_forum(r, v, true);
			break;
		case LABEL_KIND:
			if (m->kind == RF_DOC_UNKNOWN)
				m->kind = kind_line(s, v);
			break;
		case LABEL_SKIP:
		case LABEL_NONE:
			break;
	}
}

/*
 * The forum in the rest of a title line: up to " d. ", " den ", a weekday,
 * "kl.", a dash, a comma (not one after a compound's first half) or a
 * number; "Byrådets møde" is "Byrådet".
 */
static rf_span
title_forum(const char *s, rf_span rest)
{
	static const char *const stops[] = {
		" d. ", " den ", " mandag ", " tirsdag ", " onsdag ", " torsdag ", " fredag ", " lørdag ",
		" søndag ", " kl. ", " – ", " - ", " — ", ", "
	};
	static const char *const meeting[] = {" møde", " mødet"};
	size_t		end = rest.end;
	rf_span		f;

	for (size_t i = rest.start; i < rest.end && end == rest.end; i++)
	{
		rf_poll(i, i + 1);
		if (s[i] != ' ' && s[i] != ',')
			continue;
		/* "Klima-, Teknik- og Miljøudvalget": a comma after a compound's first half */
		if (s[i] == ',' && i > rest.start && s[i - 1] == '-')
			continue;
		if (s[i] == ' ' && i + 1 < rest.end && rf_is_digit(s[i + 1]))
			end = i;
		for (size_t k = 0; k < sizeof(stops) / sizeof(stops[0]) && end == rest.end; k++)
			if (rf_istarts(s, (rf_span) {i, rest.end}, stops[k]))
				end = i;
	}
	f = rf_trim(s, (rf_span) {rest.start, end});
	/* "Kommunalbestyrelsens møde": the forum without its genitive */
	for (size_t i = 0; i < sizeof(meeting) / sizeof(meeting[0]); i++)
		if (rf_iends(s, f, meeting[i]) && f.end - f.start > strlen(meeting[i]) + 1 &&
			s[f.end - strlen(meeting[i]) - 1] == 's')
		{
			f.end -= strlen(meeting[i]) + 1;
			break;
		}
	return f;
}

/* Past "til", "fra", "for", "af" and then "mødet i" or "møde i" at the start of rest. */
static size_t
skip_connectors(const char *s, rf_span rest)
{
	static const char *const connectors[] = {"til", "fra", "for", "af"};
	size_t		after;

	for (size_t i = 0; i < sizeof(connectors) / sizeof(connectors[0]); i++)
		if (starts_word(s, rest, connectors[i], &after))
		{
			rest = rf_trim(s, (rf_span) {after, rest.end});
			break;
		}
	if (starts_word(s, rest, "mødet i", &after) || starts_word(s, rest, "møde i", &after))
		rest = rf_trim(s, (rf_span) {after, rest.end});
	return rest.start;
}

/*
 * A title line that starts with the kind: "REFERAT Chefforum d. 28-06-2017",
 * "Dagsorden 8. oktober 2025 kl. 16.00", "Referat For Udvalget for …",
 * "Referat" alone.  Returns false when the line is no title; *bare when
 * nothing but the kind (and a connector, "Referat til") is on it, so that
 * the forum may follow on the next line.  Once the kind is known, only a
 * bare title counts: a later "Referat fra …" is read as any other line.
 */
static bool
title_line(reader *r, rf_span c, bool *bare)
{
	const char *s = r->s;
	rf_meeting *m = r->m;
	size_t		after;
	rf_doc_kind k = kind_at(s, c, &after);
	rf_span		rest;
	int			minutes;

	if (k == RF_DOC_UNKNOWN)
		return false;
	rest = rf_trim(s, (rf_span) {after, c.end});
	while (rest.start < rest.end && (s[rest.start] == '-' || s[rest.start] == ':' || s[rest.start] == ','))
		rest = rf_trim(s, (rf_span) {rest.start + 1, rest.end});
	if (rest.end - rest.start >= 3 && (unsigned char) s[rest.start] == 0xE2 &&
		(unsigned char) s[rest.start + 1] == 0x80 &&
		((unsigned char) s[rest.start + 2] == 0x93 || (unsigned char) s[rest.start + 2] == 0x94))
		rest = rf_trim(s, (rf_span) {rest.start + 3, rest.end});	/* en or em dash */
	rest.start = skip_connectors(s, rest);
	*bare = rest.start == rest.end;
	if (m->kind != RF_DOC_UNKNOWN)
		return *bare;			/* a later title: only "Referat" alone counts */
	m->kind = k;
	if (*bare)
		return true;
	set_date(r, rest);
	if (m->starts_at < 0 && rf_find_clock(s + rest.start, rest.end - rest.start, &minutes))
		m->starts_at = minutes;
	if (!rf_is_digit(s[rest.start]))
	{
		rf_span		f = title_forum(s, rest);

		if (name_like(s, f))
			set_forum(r, f, false);
	}
	return true;
}

/* A separator of title parts at s[i]: " – ", " - ", " — " or ". " after a letter; its length. */
static size_t
part_separator(const char *s, size_t i, size_t end)
{
	if (s[i] == '.' && i + 1 < end && s[i + 1] == ' ' && i > 0 && !rf_is_digit(s[i - 1]))
		return 2;
	if (s[i] != ' ' || i + 2 >= end)
		return 0;
	if (s[i + 1] == '-' && s[i + 2] == ' ')
		return 3;
	if (i + 4 < end && (unsigned char) s[i + 1] == 0xE2 && (unsigned char) s[i + 2] == 0x80 &&
		((unsigned char) s[i + 3] == 0x93 || (unsigned char) s[i + 3] == 0x94) && s[i + 4] == ' ')
		return 5;
	return 0;
}

/*
 * A title line of parts, the kind one of them: "Økonomiudvalget – Referat –
 * 1. oktober 2018", "Egebjerg Kommune. Kommunalbestyrelsen. Referat".  The
 * forum is the part before the kind, the date is read after it.
 */
static bool
parts_title(reader *r, rf_span c)
{
	const char *s = r->s;
	size_t		part = c.start;		/* start of the current part */

	for (size_t i = c.start; i < c.end; i++)
	{
		size_t		n = part_separator(s, i, c.end);
		rf_span		next;
		size_t		after;
		rf_doc_kind k;

		rf_poll(i, i + 1);
		if (n == 0)
			continue;
		next = (rf_span) {i + n, c.end};
		k = kind_at(s, next, &after);
		if (k != RF_DOC_UNKNOWN && (after == c.end || part_separator(s, after, c.end) > 0))
		{
			rf_span		forum = rf_trim(s, (rf_span) {part, i});

			if (r->m->kind == RF_DOC_UNKNOWN)
				r->m->kind = k;
			if (name_like(s, forum))
				set_forum(r, forum, false);
			set_date(r, (rf_span) {after, c.end});
			return true;
		}
		part = i + n;
		i += n - 1;
	}
	return false;
}

/*
 * "… Dato: … Onsdag den 15-maj-2002 …": the first date after the first
 * "Dato:" inside the line (not "Udsendelsesdato:").
 */
static void
date_inside(reader *r, rf_span c)
{
	const char *s = r->s;
	size_t		i = c.start;

	while (!r->m->has_date && i < c.end)
	{
		size_t		at = rf_ifind(s, (rf_span) {i, c.end}, "dato:");

		if (at == (size_t) -1)
			return;
		if (at > c.start && s[at - 1] == ' ')
		{
			set_date(r, (rf_span) {at + 5, c.end});
			return;				/* a later "Dato:" would find no other date */
		}
		i = at + 5;
	}
}

/* The line is a date by itself, with the time and " i <place>" after it. */
static bool
when_line(reader *r, rf_span c)
{
	const char *s = r->s;
	rf_date		d;
	int			minutes;
	size_t		end;
	rf_span		rest;

	if (!rf_read_when(s + c.start, c.end - c.start, &d, &minutes, &end))
		return false;
	rest = rf_trim(s, (rf_span) {c.start + end, c.end});
	if (rest.start != rest.end && !(rf_istarts(s, rest, "i ") && rest.start > c.start + end))
		return false;
	if (!r->m->has_date)
	{
		r->m->date = d;
		r->m->has_date = true;
	}
	if (r->m->starts_at < 0)
		r->m->starts_at = minutes;
	if (rest.start != rest.end)
		set_place(r, rf_trim(s, (rf_span) {rest.start + 2, rest.end}));
	return true;
}

/*
 * Does the place go on in the next line c?  When its brackets are still
 * open ("Kontor 1,015 på 1. sal i Sundhedshuset (Leder af" /
 * "plejeboligområdets kontor)", as pdftotext wraps it) or the line goes on in
 * lower case, with no blank line between and three lines at most.
 */
static bool
place_goes_on(reader *r, rf_span c)
{
	const char *s = r->s;
	rf_span		place = r->m->location;
	int			open = 0;
	size_t		newlines = 0;
	unsigned char first = (unsigned char) s[c.start];

	if (r->place_lines >= 3)
		return false;
	for (size_t i = r->prev_end; i < c.start && newlines < 2; i++)
	{
		newlines += s[i] == '\n';
		rf_poll(i, i + 1);
	}
	if (newlines != 1)
		return false;
	for (size_t i = place.start; i < place.end; i++)
	{
		open += s[i] == '(';
		open -= s[i] == ')';
		rf_poll(i, i + 1);
	}
	return open > 0 || (first >= 'a' && first <= 'z') ||
		(first == 0xC3 && c.start + 1 < c.end && (unsigned char) s[c.start + 1] >= 0xA0);
}

static void
read_line(reader *r, rf_span c)
{
	const char *s = r->s;
	rf_meeting *m = r->m;
	bool		after_kind = r->after_kind;
	bool		after_date = r->after_date;
	bool		bare;
	rf_span		value;
	label		l;
	int			minutes;
	size_t		end;

	r->after_kind = r->after_date = false;
	if (r->place_open && place_goes_on(r, c) && line_label(s, c, &value) == LABEL_NONE)
	{
		m->location.end = c.end;
		r->place_lines++;
		return;
	}
	r->place_open = false;

	if ((l = line_label(s, c, &value)) != LABEL_NONE)
	{
		r->pending = value.start == value.end ? l : LABEL_NONE;
		if (value.start != value.end)
			set_value(r, l, value);
	}
	else if (r->pending != LABEL_NONE)
	{
		l = r->pending;
		r->pending = LABEL_NONE;
		set_value(r, l, c);
	}
	else if (title_line(r, c, &bare))
		r->after_kind = bare;
	else if (after_kind && (rf_ieq(s, c, "til") || rf_ieq(s, c, "fra") || rf_ieq(s, c, "for")))
		r->after_kind = true;
	else if (after_kind && skip_connectors(s, c) != c.start)
	{
		rf_span		f = {skip_connectors(s, c), c.end};

		if (name_like(s, f))
			set_forum(r, f, false);
	}
	else if (parts_title(r, c))
		;
	else if (when_line(r, c))
		r->after_date = true;
	else if (after_date && rf_read_time(s + c.start, c.end - c.start, &minutes, &end) &&
			 c.start + end == c.end)
	{
		if (m->starts_at < 0)
			m->starts_at = minutes;
		r->after_date = true;
	}
	else if (after_date && rf_istarts(s, c, "i "))
		set_place(r, rf_trim(s, (rf_span) {c.start + 2, c.end}));
	else if (committee_name(s, c))
		set_forum(r, c, false);
	else
		date_inside(r, c);
}

static void
read_range(reader *r, rf_range range)
{
	size_t		pos = range.start;
	rf_span		line;

	if (RF_RANGE_EMPTY(range))
		return;
	while (rf_next_line(r->s, &pos, range.end, &line))
	{
		rf_span		c = rf_content(r->s, line.start, line.end, NULL);

		if (c.start == c.end)
			continue;
		read_line(r, c);
		r->prev_end = c.end;
	}
}

void
rf_meeting_parse(const rf_doc *doc, rf_meeting *m)
{
	reader		r = {doc->text, m, false, LABEL_NONE, false, false, false, 0, 0};

	m->kind = RF_DOC_UNKNOWN;
	m->forum = m->location = (rf_span) {0, 0};
	m->has_date = false;
	m->starts_at = -1;

	for (uint32_t i = 0; i < doc->section_count && doc->sections[i].item == 0; i++)
	{
		const rf_section *sec = &doc->sections[i];

		if (sec->kind == RF_KIND_TOC)
			continue;
		read_range(&r, sec->heading);
		read_range(&r, sec->body);
	}
}
