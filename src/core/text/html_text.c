/*
 * html_text.c — HTML fragment to text (html_text.h).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "html_text.h"
#include "interrupt.h"
#include "text.h"

static bool
is_alnum(char c)
{
	return rf_is_digit(c) || rf_is_ascii_letter(c);
}

/* Nesting of lists whose numbering is kept; deeper lists are counted but bulleted. */
#define LIST_LEVELS 16

/* Longest tag name looked at ("blockquote"); longer names are no tag we act on. */
#define TAG_NAME_MAX 10

/* Longest character reference name ("&thetasym;"), and "&#x10FFFF;". */
#define ENTITY_MAX 10

typedef struct html
{
	rf_out	   *o;
	const char *s;
	size_t		n;
	size_t		next_gt;		/* the first '>' at or after where we last looked, n when none */
	size_t		list_depth;
	struct
	{
		bool		ordered;
		unsigned	count;
	}			lists[LIST_LEVELS];
} html;

static const struct
{
	const char *name;
	uint32_t	cp;
}			entities[] = {
	{"nbsp", 0xA0}, {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
	{"aelig", 0xE6}, {"AElig", 0xC6}, {"oslash", 0xF8}, {"Oslash", 0xD8},
	{"aring", 0xE5}, {"Aring", 0xC5}, {"eacute", 0xE9}, {"Eacute", 0xC9},
	{"egrave", 0xE8}, {"Egrave", 0xC8}, {"aacute", 0xE1}, {"agrave", 0xE0},
	{"auml", 0xE4}, {"Auml", 0xC4}, {"ouml", 0xF6}, {"Ouml", 0xD6},
	{"uuml", 0xFC}, {"Uuml", 0xDC}, {"szlig", 0xDF}, {"ccedil", 0xE7},
	{"iacute", 0xED}, {"oacute", 0xF3}, {"uacute", 0xFA}, {"ecirc", 0xEA},
	{"acirc", 0xE2}, {"ocirc", 0xF4},
	{"ndash", 0x2013}, {"mdash", 0x2014}, {"minus", 0x2212}, {"hellip", 0x2026},
	{"lsquo", 0x2018}, {"rsquo", 0x2019}, {"sbquo", 0x201A},
	{"ldquo", 0x201C}, {"rdquo", 0x201D}, {"bdquo", 0x201E},
	{"laquo", 0xAB}, {"raquo", 0xBB}, {"bull", 0x2022}, {"middot", 0xB7},
	{"deg", 0xB0}, {"sect", 0xA7}, {"para", 0xB6}, {"copy", 0xA9}, {"reg", 0xAE},
	{"trade", 0x2122}, {"euro", 0x20AC}, {"pound", 0xA3}, {"times", 0xD7},
	{"divide", 0xF7}, {"plusmn", 0xB1}, {"frac12", 0xBD}, {"frac14", 0xBC},
	{"frac34", 0xBE}, {"sup2", 0xB2}, {"sup3", 0xB3}, {"micro", 0xB5},
	{"permil", 0x2030}, {"dagger", 0x2020}, {"larr", 0x2190}, {"rarr", 0x2192},
	{"le", 0x2264}, {"ge", 0x2265}, {"ne", 0x2260},
	{"shy", 0xAD}, {"ensp", 0x2002}, {"emsp", 0x2003}, {"thinsp", 0x2009},
};

/* &#128; … &#159; mean what Windows-1252 puts there (HTML's rule). */
static const uint16_t cp1252[32] = {
	0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
	0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178
};

/* Tags that make a paragraph of their content. */
static const char *const blocks[] = {
	"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote",
	"section", "article", "header", "footer", "pre", "address", "dl", "hr", "center",
	"figure", "main", "aside", "nav", "form", "fieldset"
};

static bool
in_list(const char *name, const char *const *list, size_t count)
{
	for (size_t k = 0; k < count; k++)
		if (strcmp(name, list[k]) == 0)
			return true;
	return false;
}

/* A code point as text: white space as a blank, the soft hyphen not at all. */
static void
put_code_point(rf_out *o, uint32_t cp)
{
	char		buf[4];
	size_t		len;

	if (cp >= 0x80 && cp <= 0x9F)
		cp = cp1252[cp - 0x80];
	if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
		cp = 0xFFFD;
	if (cp <= 0x20 || cp == 0x7F || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) ||
		cp == 0x202F || cp == 0x205F || cp == 0x3000)
	{
		rf_out_blank(o, ' ');
		return;
	}
	if (cp == 0xAD)
		return;
	if (cp < 0x80)
		buf[0] = (char) cp, len = 1;
	else if (cp < 0x800)
	{
		buf[0] = (char) (0xC0 | cp >> 6);
		buf[1] = (char) (0x80 | (cp & 0x3F));
		len = 2;
	}
	else if (cp < 0x10000)
	{
		buf[0] = (char) (0xE0 | cp >> 12);
		buf[1] = (char) (0x80 | (cp >> 6 & 0x3F));
		buf[2] = (char) (0x80 | (cp & 0x3F));
		len = 3;
	}
	else
	{
		buf[0] = (char) (0xF0 | cp >> 18);
		buf[1] = (char) (0x80 | (cp >> 12 & 0x3F));
		buf[2] = (char) (0x80 | (cp >> 6 & 0x3F));
		buf[3] = (char) (0x80 | (cp & 0x3F));
		len = 4;
	}
	rf_out_text(o, buf, len);
}

/* The value of "#230" or "#xE6", or (uint32_t) -1. */
static uint32_t
numeric_reference(const char *t, size_t len)
{
	uint32_t	cp = 0;
	bool		hex = len > 1 && (t[1] == 'x' || t[1] == 'X');
	size_t		k = hex ? 2 : 1;

	if (k >= len)
		return (uint32_t) -1;
	for (; k < len; k++)
	{
		char		c = t[k];
		int			d;

		if (c >= '0' && c <= '9')
			d = c - '0';
		else if (hex && c >= 'a' && c <= 'f')
			d = c - 'a' + 10;
		else if (hex && c >= 'A' && c <= 'F')
			d = c - 'A' + 10;
		else
			return (uint32_t) -1;
		cp = cp * (hex ? 16 : 10) + (uint32_t) d;
		if (cp > 0x10FFFF)
			cp = 0x110000;		/* too large: U+FFFD, and no overflow */
	}
	return cp;
}

/* A character reference at s[i] ('&'): written out; returns the position after it. */
static size_t
reference(html *h, size_t i)
{
	const char *s = h->s;
	size_t		j = i + 1;
	size_t		len;
	uint32_t	cp = (uint32_t) -1;

	while (j < h->n && j - i <= ENTITY_MAX + 1 &&
		   (is_alnum(s[j]) || (j == i + 1 && s[j] == '#')))
		j++;
	len = j - i - 1;
	if (j < h->n && s[j] == ';' && len > 0 && len <= ENTITY_MAX + 1)
	{
		if (s[i + 1] == '#')
			cp = numeric_reference(s + i + 1, len);
		else
			for (size_t k = 0; k < sizeof(entities) / sizeof(entities[0]); k++)
				if (strlen(entities[k].name) == len && memcmp(entities[k].name, s + i + 1, len) == 0)
				{
					cp = entities[k].cp;
					break;
				}
	}
	if (cp == (uint32_t) -1)
	{
		rf_out_text(h->o, "&", 1);	/* not a reference: the ampersand as written */
		return i + 1;
	}
	put_code_point(h->o, cp);
	return j + 1;
}

/* Position after the first occurrence of what (ASCII, any case) at or after i, or n. */
static size_t
skip_past(const char *s, size_t i, size_t n, const char *what)
{
	size_t		w = strlen(what);

	for (; i + w <= n; i++)
	{
		size_t		k = 0;

		rf_poll(i, i + 1);
		while (k < w && (s[i + k] | 0x20) == (what[k] | 0x20))
			k++;
		if (k == w)
			return i + w;
	}
	return n;
}

static void
list_item(html *h)
{
	char		prefix[16];
	size_t		level = h->list_depth;

	if (level == 0 || level > LIST_LEVELS || !h->lists[level - 1].ordered)
	{
		rf_out_prefix(h->o, "\xE2\x80\xA2 ");	/* • */
		return;
	}
	if (h->lists[level - 1].count < 99999)
		h->lists[level - 1].count++;
	snprintf(prefix, sizeof(prefix), "%u. ", h->lists[level - 1].count);
	rf_out_prefix(h->o, prefix);
}

static void
tag(html *h, const char *name, bool closing)
{
	rf_out	   *o = h->o;

	if (strcmp(name, "br") == 0)
		rf_out_add_break(o);
	else if (strcmp(name, "li") == 0)
	{
		if (closing)
			rf_out_break(o, 1);
		else
			list_item(h);
	}
	else if (strcmp(name, "tr") == 0 || strcmp(name, "dt") == 0 || strcmp(name, "dd") == 0)
		rf_out_break(o, 1);
	else if (strcmp(name, "td") == 0 || strcmp(name, "th") == 0)
	{
		if (!closing)
			rf_out_blank(o, '\t');
	}
	else if (in_list(name, blocks, sizeof(blocks) / sizeof(blocks[0])))
	{
		bool		list = strcmp(name, "ul") == 0 || strcmp(name, "ol") == 0;

		if (list && closing && h->list_depth > 0)
			h->list_depth--;
		rf_out_break(o, h->list_depth > 0 ? 1 : 2);
		if (list && !closing)
		{
			if (h->list_depth < LIST_LEVELS)
			{
				h->lists[h->list_depth].ordered = name[0] == 'o';
				h->lists[h->list_depth].count = 0;
			}
			h->list_depth++;
		}
	}
}

/* Markup at s[i] ('<'): acted on; returns the position after it. */
static size_t
markup(html *h, size_t i)
{
	const char *s = h->s;
	size_t		n = h->n;
	size_t		j = i + 1;
	char		name[TAG_NAME_MAX + 1];
	size_t		len = 0;
	bool		closing;

	if (j + 2 < n && s[j] == '!' && s[j + 1] == '-' && s[j + 2] == '-')
		return skip_past(s, j + 3, n, "-->");
	closing = j < n && s[j] == '/';
	if (closing)
		j++;
	if (!(j < n && (rf_is_ascii_letter(s[j]) || (!closing && (s[j] == '!' || s[j] == '?')))))
	{
		rf_out_text(h->o, "<", 1);	/* "a < b": not markup */
		return i + 1;
	}
	if (h->next_gt < i)
	{
		const char *gt = memchr(s + i, '>', n - i);

		h->next_gt = gt ? (size_t) (gt - s) : n;
	}
	if (h->next_gt == n)
	{
		rf_out_text(h->o, "<", 1);	/* never closed: text */
		return i + 1;
	}
	while (j < n && len < TAG_NAME_MAX && is_alnum(s[j]))
		name[len++] = (char) (s[j++] | 0x20);
	name[len] = '\0';
	if (j < n && is_alnum(s[j]))
		name[0] = '\0';			/* a longer name: none we know */
	if (!closing && (strcmp(name, "script") == 0 || strcmp(name, "style") == 0))
	{
		size_t		end = skip_past(s, h->next_gt + 1, n, name[1] == 'c' ? "</script" : "</style");
		const char *gt = memchr(s + end, '>', n - end);

		return gt ? (size_t) (gt - s) + 1 : n;
	}
	tag(h, name, closing);
	return h->next_gt + 1;
}

void
rf_html_text(rf_out *o, const char *s, size_t n)
{
	html		h;
	size_t		i = 0;

	memset(&h, 0, sizeof(h));
	h.o = o;
	h.s = s;
	h.n = n;
	h.next_gt = memchr(s, '>', n) ? (size_t) ((const char *) memchr(s, '>', n) - s) : n;
	while (i < n)
	{
		size_t		from = i;

		if (s[i] == '<')
			i = markup(&h, i);
		else if (s[i] == '&')
			i = reference(&h, i);
		else
		{
			size_t		run = i;

			while (run < n && s[run] != '<' && s[run] != '&')
				run++;
			rf_out_text(o, s + i, run - i);
			i = run;
		}
		rf_poll(from, i);
	}
	o->prefix[0] = '\0';		/* a list item without text: no bullet on what follows */
}
