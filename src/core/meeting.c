/*
 * meeting.c — the meeting header.  The forms seen:
 *   REFERAT Chefforum d. 28-06-2017 / Mødedato Onsdag d. 28. juni 2017 kl. 10:00 / Mødested …
 *   the same with each value on the line after its label (pdftotext),
 *   Referat 1. oktober 2025 kl. 15.45 / Udvalg: Teknisk Udvalg / Mødedato: … (web page).
 */
#include <string.h>

#include "meeting.h"
#include "text.h"

typedef enum label
{
	LABEL_NONE,
	LABEL_DATE,
	LABEL_PLACE,
	LABEL_FORUM
} label;

/* "Mødedato", "**Mødested**", "Udvalg:" at the start of a line; *value is the rest. */
static label
line_label(const char *s, rf_span c, rf_span *value)
{
	static const struct
	{
		const char *word;
		label		l;
	}			labels[] = {
		{"mødedato", LABEL_DATE}, {"mødested", LABEL_PLACE}, {"udvalg", LABEL_FORUM}
	};

	while (c.start < c.end && s[c.start] == '*')
		c.start++;
	for (size_t i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
	{
		size_t		after = c.start + strlen(labels[i].word);

		if (!rf_istarts(s, c, labels[i].word))
			continue;
		if (after < c.end && s[after] != '*' && s[after] != ':' && s[after] != ' ' && s[after] != '\t')
			continue;
		while (after < c.end && (s[after] == '*' || s[after] == ':'))
			after++;
		*value = rf_trim(s, (rf_span) {after, c.end});
		return labels[i].l;
	}
	return LABEL_NONE;
}

static void
set_value(const char *s, rf_meeting *m, label l, rf_span v)
{
	int			minutes;

	switch (l)
	{
		case LABEL_DATE:
			m->has_date = rf_find_date(s + v.start, v.end - v.start, &m->date) || m->has_date;
			if (rf_find_clock(s + v.start, v.end - v.start, &minutes))
				m->starts_at = minutes;
			break;
		case LABEL_PLACE:
			m->location = v;
			break;
		case LABEL_FORUM:
			m->forum = v;
			break;
		case LABEL_NONE:
			break;
	}
}

/* "REFERAT Chefforum d. 28-06-2017", "Dagsorden 8. oktober 2025 kl. 16.00" */
static void
title_line(const char *s, rf_span c, rf_meeting *m)
{
	size_t		word;
	rf_span		rest;
	size_t		cut;
	int			minutes;

	if (rf_istarts(s, c, "referat ") || rf_ieq(s, c, "referat"))
		m->kind = RF_DOC_REFERAT, word = 7;
	else if (rf_istarts(s, c, "dagsorden ") || rf_ieq(s, c, "dagsorden"))
		m->kind = RF_DOC_DAGSORDEN, word = 9;
	else
		return;
	rest = rf_trim(s, (rf_span) {c.start + word, c.end});
	if (!m->has_date)
		m->has_date = rf_find_date(s + rest.start, rest.end - rest.start, &m->date);
	if (m->starts_at < 0 && rf_find_clock(s + rest.start, rest.end - rest.start, &minutes))
		m->starts_at = minutes;
	if (rest.start == rest.end || (s[rest.start] >= '0' && s[rest.start] <= '9'))
		return;					/* no forum in the line */
	cut = rf_ifind(s, rest, " d. ");
	if (cut == (size_t) -1)
		cut = rf_ifind(s, rest, " den ");
	if (cut != (size_t) -1)
		rest.end = cut;
	if (m->forum.start == m->forum.end)
		m->forum = rf_trim(s, rest);
}

void
rf_meeting_parse(const rf_doc *doc, rf_meeting *m)
{
	const char *s = doc->text;

	m->kind = RF_DOC_UNKNOWN;
	m->forum = m->location = (rf_span) {0, 0};
	m->has_date = false;
	m->starts_at = -1;

	for (uint32_t i = 0; i < doc->section_count && doc->sections[i].item == 0; i++)
	{
		const rf_section *sec = &doc->sections[i];
		size_t		pos = sec->body.start;
		rf_span		line;
		label		pending = LABEL_NONE;

		if (sec->kind != RF_KIND_HEADER || RF_RANGE_EMPTY(sec->body))
			continue;
		while (rf_next_line(s, &pos, sec->body.end, &line))
		{
			rf_span		c = rf_content(s, line.start, line.end, NULL);
			rf_span		value;
			label		l;

			if (c.start == c.end)
				continue;
			if (pending != LABEL_NONE)
			{
				set_value(s, m, pending, c);
				pending = LABEL_NONE;
			}
			else if ((l = line_label(s, c, &value)) != LABEL_NONE)
			{
				if (value.start == value.end)
					pending = l;
				else
					set_value(s, m, l, value);
			}
			else if (m->kind == RF_DOC_UNKNOWN)
				title_line(s, c, m);
		}
	}
}
