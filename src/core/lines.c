/*
 * lines.c — classify a line of minutes, and the look-ahead cursor.
 */
#include <string.h>

#include "lines.h"
#include "sagsnr_parse.h"
#include "text.h"

typedef struct heading_name
{
	const char *name;
	rf_kind		kind;
} heading_name;

/* Section headings written alone on their line (a trailing colon allowed). */
static const heading_name headings[] = {
	{"anledning", RF_KIND_OCCASION},
	{"resume", RF_KIND_SUMMARY},
	{"resumé", RF_KIND_SUMMARY},
	{"sagsfremstilling", RF_KIND_PRESENTATION},
	{"indstilling", RF_KIND_RECOMMENDATION},
	{"beslutningspunkter", RF_KIND_RECOMMENDATION},
	{"beslutning", RF_KIND_DECISION},
	{"beslutninger", RF_KIND_DECISION},
	{"sagsforløb", RF_KIND_HISTORY},
	{"bilag", RF_KIND_ATTACHMENTS},
	{"økonomi", RF_KIND_OTHER},
	{"økonomiske konsekvenser", RF_KIND_OTHER},
	{"lovgrundlag", RF_KIND_OTHER},
	{"historik", RF_KIND_OTHER},
	{"baggrund", RF_KIND_OTHER},
	{"begrundelse", RF_KIND_OTHER},
	{"motivering", RF_KIND_OTHER},
	{"tidsplan", RF_KIND_OTHER},
	{"høring", RF_KIND_OTHER},
	{"kommunikation", RF_KIND_OTHER},
	{"borgmesterens afdelings påtegning", RF_KIND_OTHER},
};

static const char *const furniture[] = {
	"tilbage til forsiden", "• hent som pdf", "• kopier link",
};

/* Longest line that can be a heading, a proposer or a ToC title. */
#define SHORT_LINE 200

/* Longer than any name in headings[] (in bytes): most lines of text are. */
#define HEADING_NAME_MAX 40

/*
 * "INDSTILLING FRA MAGISTRATSAFDELINGEN", "BESLUTNINGSFORSLAG FRA V, LA, M og
 * ALT": two or more words, the first in capitals and six letters or more, at
 * most one letter in eight in lower case.
 */
static bool
all_caps(const char *s, rf_span sp)
{
	int			upper = 0;
	int			lower = 0;
	int			first_word = -1;	/* capitals before the first blank */

	if (sp.end - sp.start > SHORT_LINE)
		return false;
	for (size_t i = sp.start; i < sp.end; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c >= 'a' && c <= 'z')
		{
			if (first_word < 0)
				return false;	/* the first word must be in capitals: most lines end here */
			lower++;
		}
		else if (c >= 'A' && c <= 'Z')
			upper++;
		else if (c == 0xC3 && i + 1 < sp.end)
		{
			if ((unsigned char) s[++i] >= 0x9F)
				lower++;		/* Latin-1 lower case: æ ø å é … */
			else
				upper++;
		}
		else if (c == ' ' && first_word < 0)
			first_word = lower ? 0 : upper;
	}
	return first_word >= 6 && upper >= 8 && lower * 8 <= upper + lower;
}

/* A heading: the known names, "Indstilling om …", capitals, Markdown. */
static bool
heading_kind(const char *s, rf_span sp, rf_line *l)
{
	rf_kind    *kind = &l->kind;

	l->colon = sp.end > sp.start && s[sp.end - 1] == ':';
	while (sp.end > sp.start && s[sp.end - 1] == ':')
		sp.end--;
	sp = rf_trim(s, sp);
	if (sp.start == sp.end)
		return false;
	for (size_t i = 0; i < sizeof(headings) / sizeof(headings[0]) && sp.end - sp.start <= HEADING_NAME_MAX; i++)
		if (rf_ieq(s, sp, headings[i].name))
		{
			*kind = headings[i].kind;
			return true;
		}
	if (all_caps(s, sp))
	{
		*kind = RF_KIND_OTHER;
		l->capitals = true;
		return true;
	}
	/* "Indstilling om sygefraværstatistikken for 1. kvartal 2018" */
	if (rf_istarts(s, sp, "indstilling om ") && sp.end - sp.start <= SHORT_LINE &&
		s[sp.end - 1] != '.')
	{
		*kind = RF_KIND_RECOMMENDATION;
		return true;
	}
	if (l->markdown)
	{
		*kind = RF_KIND_OTHER;
		return true;
	}
	return false;
}

/* "Punkt 12: title" */
static bool
punkt_line(const char *s, rf_span sp, int *number, rf_span *title)
{
	size_t		i = sp.start + 5;

	if (!rf_istarts(s, sp, "punkt ") )
		return false;
	while (i < sp.end && s[i] == ' ')
		i++;
	if (!rf_digits(s, sp.end, &i, 5, number))
		return false;
	while (i < sp.end && s[i] == ' ')
		i++;
	if (i >= sp.end || s[i] != ':')
		return false;
	*title = rf_trim(s, (rf_span) {i + 1, sp.end});
	return true;
}

/* "Kommunaldirektøren indstiller,", "Styregruppen … indstiller at:" */
static bool
indstiller_line(const char *s, rf_span sp, rf_span *who)
{
	static const char verb[] = " indstiller";

	if (sp.end - sp.start > SHORT_LINE)
		return false;
	while (sp.end > sp.start && strchr(" ,:", s[sp.end - 1]))
		sp.end--;
	if (rf_iends(s, sp, " at"))
		sp.end -= 3;
	while (sp.end > sp.start && strchr(" ,:", s[sp.end - 1]))
		sp.end--;
	if (!rf_iends(s, sp, verb) || sp.end - sp.start <= sizeof(verb) - 1)
		return false;
	*who = rf_trim(s, (rf_span) {sp.start, sp.end - (sizeof(verb) - 1)});
	return who->start < who->end;
}

/* A case number alone, or after a label such as "Sagsnr.:". */
static bool
case_line(const char *s, rf_span sp, rf_span *number)
{
	rf_sagsnr	v;

	if (sp.end - sp.start > RF_SAGSNR_MAXLEN + 16)
		return false;
	if (rf_istarts(s, sp, "sagsnr") || rf_istarts(s, sp, "sags nr") ||
		rf_istarts(s, sp, "journalnr"))
	{
		const char *colon = memchr(s + sp.start, ':', sp.end - sp.start);

		if (!colon)
			return false;
		sp = rf_trim(s, (rf_span) {(size_t) (colon - s) + 1, sp.end});
	}
	if (!rf_sagsnr_parse(s + sp.start, sp.end - sp.start, &v))
		return false;
	/* a bare KLE subject ("81.28") is a reference, not a case */
	if (v.scheme == RF_SCHEME_KLE && memchr(v.text, '-', v.len) == NULL)
		return false;
	*number = sp;
	return true;
}

void
rf_classify_line(const char *s, rf_line *l)
{
	rf_span		c = rf_content(s, l->start, l->end, &l->markdown);

	l->content = c;
	l->rest = c;
	l->number = 0;
	l->kind = RF_KIND_OTHER;
	l->colon = l->capitals = false;
	if (c.start == c.end)
		l->cls = RF_LINE_BLANK;
	else if (punkt_line(s, c, &l->number, &l->rest))
		l->cls = RF_LINE_PUNKT;
	else if (c.end - c.start > SHORT_LINE)
		l->cls = RF_LINE_TEXT;	/* a paragraph: nothing else is this long */
	else if (rf_all_digits(s, c, 4, &l->number))
		l->cls = RF_LINE_NUMBER;
	else if (case_line(s, c, &l->rest))
		l->cls = RF_LINE_CASE;
	else if (rf_ieq(s, c, "indholdsfortegnelse"))
		l->cls = RF_LINE_TOC_HEADING;
	else if (heading_kind(s, c, l))
		l->cls = RF_LINE_HEADING;
	else if (indstiller_line(s, c, &l->rest))
		l->cls = RF_LINE_INDSTILLER;
	else if (rf_ieq(s, c, "×"))
		l->cls = RF_LINE_FURNITURE_TAIL;
	else
	{
		l->cls = RF_LINE_TEXT;
		for (size_t i = 0; i < sizeof(furniture) / sizeof(furniture[0]); i++)
			if (rf_ieq(s, c, furniture[i]))
				l->cls = RF_LINE_FURNITURE;
		/* the web page's table head "Punkt  Titel" */
		if (c.end - c.start <= 16 && rf_istarts(s, c, "punkt ") && rf_iends(s, c, " titel"))
			l->cls = RF_LINE_FURNITURE;
	}
}

void
rf_cursor_init(rf_cursor *c, const char *s, size_t len)
{
	memset(c, 0, sizeof(*c));
	c->s = s;
	c->len = len;
}

/* Read raw lines until a non-blank one is in the ring; false at the end. */
static bool
fill_one(rf_cursor *c)
{
	while (c->pos < c->len)
	{
		const char *nl = memchr(c->s + c->pos, '\n', c->len - c->pos);
		size_t		end = nl ? (size_t) (nl - c->s) : c->len;
		rf_line    *l = &c->ring[(c->head + c->count) % (RF_LOOKAHEAD + 1)];

		l->start = c->pos;
		l->end = end;
		l->no = ++c->line_no;
		c->pos = nl ? end + 1 : c->len;
		rf_classify_line(c->s, l);
		if (l->cls != RF_LINE_BLANK)
		{
			c->count++;
			return true;
		}
	}
	return false;
}

const rf_line *
rf_cursor_peek(rf_cursor *c, unsigned k)
{
	if (k > RF_LOOKAHEAD)
		return NULL;
	while (c->count <= k)
		if (!fill_one(c))
			return NULL;
	return &c->ring[(c->head + k) % (RF_LOOKAHEAD + 1)];
}

void
rf_cursor_next(rf_cursor *c)
{
	if (c->count == 0 && !fill_one(c))
		return;
	c->head = (c->head + 1) % (RF_LOOKAHEAD + 1);
	c->count--;
}
