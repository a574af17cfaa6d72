/*
 * lines.c — classify a line of minutes, and the look-ahead cursor.
 */
#include <stdint.h>
#include <string.h>

#include "headings.h"
#include "interrupt.h"
#include "lines.h"
#include "sagsnr_parse.h"
#include "text.h"

/* A word or phrase and its length in bytes, for tables compared length first. */
typedef struct phrase
{
	const char *text;
	size_t		len;
} phrase;

#define PHRASE(text) {text, sizeof(text) - 1}

/*
 * Web-page and print furniture: a line that is nothing but a site's
 * navigation, print, share or cookie button.
 */
static const phrase furniture[] = {
	PHRASE("tilbage til forsiden"), PHRASE("• hent som pdf"), PHRASE("• kopier link"),
	PHRASE("tilbage til toppen"), PHRASE("til toppen"), PHRASE("printvenlig version"),
	PHRASE("udskriv"), PHRASE("udskriv siden"), PHRASE("print"), PHRASE("fold alle ud"),
	PHRASE("fold alle sammen"), PHRASE("se alle bilag"), PHRASE("abonnér"), PHRASE("abonner"),
	PHRASE("gå til indhold"), PHRASE("spring til indhold"), PHRASE("gå til hovedindhold"),
	PHRASE("spring til hovedindhold"), PHRASE("til forsiden"), PHRASE("gå til forsiden"),
	PHRASE("menu"), PHRASE("søg"), PHRASE("luk"), PHRASE("log ind"), PHRASE("del"),
	PHRASE("del på facebook"), PHRASE("del på linkedin"), PHRASE("del på x"), PHRASE("vis mere"),
	PHRASE("vis mindre"), PHRASE("accepter alle cookies"), PHRASE("afvis alle cookies"),
	PHRASE("tillad alle cookies"), PHRASE("kun nødvendige cookies"), PHRASE("cookieindstillinger"),
	PHRASE("cookiepolitik"), PHRASE("privatlivspolitik"), PHRASE("tilgængelighedserklæring"),
};

/* No phrase of furniture[] is longer, in bytes. */
#define FURNITURE_MAX 32

/*
 * Can a line of len bytes whose first byte is first (ASCII folded) be
 * furniture?  A bit per length for each first byte, made on first use.
 */
static bool
may_be_furniture(unsigned char first, size_t len)
{
	static uint64_t lengths[256];
	static bool made;

	if (!made)
	{
		for (size_t i = 0; i < sizeof(furniture) / sizeof(furniture[0]); i++)
			lengths[(unsigned char) furniture[i].text[0]] |= (uint64_t) 1 << furniture[i].len;
		made = true;
	}
	return len <= FURNITURE_MAX && (lengths[first] >> len & 1);
}

/* The first byte of a span, ASCII letters in lower case: a cheap test before comparing words. */
static unsigned char
first_folded(const char *s, rf_span sp)
{
	return rf_lower_ascii((unsigned char) s[sp.start]);
}

/* A blank, comma or colon after "indstiller" */
static bool
is_proposer_end(char c)
{
	return c == ' ' || c == ',' || c == ':';
}

/*
 * Where a proposer's line ("Direktøren indstiller, at:") would end its
 * verb: the end of sp without the blanks, commas and colons it may end
 * with, and " at" between them.
 */
static inline size_t
proposer_verb_end(const char *s, rf_span sp)
{
	while (sp.end > sp.start && is_proposer_end(s[sp.end - 1]))
		sp.end--;
	/* " at" (rf_iends, spelt out: most lines that end in a t end no " at") */
	if (sp.end - sp.start >= 3 && rf_lower_ascii((unsigned char) s[sp.end - 1]) == 't' &&
		rf_lower_ascii((unsigned char) s[sp.end - 2]) == 'a' && s[sp.end - 3] == ' ')
	{
		sp.end -= 3;
		while (sp.end > sp.start && is_proposer_end(s[sp.end - 1]))
			sp.end--;
	}
	return sp.end;
}

/* Longest line that can be a heading, a proposer or a ToC title. */
#define SHORT_LINE 200

/* Longer than any name of the vocabulary (in bytes): most lines of text are. */
#define HEADING_NAME_MAX 48

/*
 * Which tests a line can pass, from its first two bytes (ASCII folded to
 * lower case): each test below needs its line to start so, and most lines
 * of text start otherwise, so that they reach only the tests that look at
 * more than the start.
 */
enum
{
	STARTS_PUNKT = 1 << 0,		/* "pu": PUNKT, the "Punkt  Titel" head */
	STARTS_NUMBER = 1 << 1,		/* a digit: NUMBER, NUMBERED, PAGE, a case number alone */
	STARTS_BULLET = 1 << 2,		/* "•" and, after blanks, a digit: NUMBERED "• 301. Title" */
	STARTS_CASE_LABEL = 1 << 3, /* "sa", "j.", "jn", "jo": "Sagsnr.", "J.nr.", "Journalnr." */
	STARTS_EMN = 1 << 4,		/* "em": "EMN-2025-003383" alone */
	STARTS_DOC = 1 << 5,		/* "do": "Dok.nr." */
	STARTS_SIDE = 1 << 6,		/* "si": "Side 3" */
	STARTS_TOC = 1 << 7			/* "in", "da", "pu": "Indholdsfortegnelse",
								 * "Dagsordenpunkter", "Punkter" */
};

/*
 * The tests a line can pass by its first two bytes, f and g folded (ASCII
 * letters in lower case); looked up in line_bytes (starts_row, starts).  A
 * "•" is the bullet of a number only when a digit follows it after blanks
 * (bullet_number).
 */
static unsigned
line_tests_of(unsigned char f, unsigned char g)
{
	switch (f)
	{
		case 'p':
			return g == 'u' ? STARTS_PUNKT | STARTS_TOC : 0;
		case 's':
			return g == 'a' ? STARTS_CASE_LABEL : g == 'i' ? STARTS_SIDE : 0;
		case 'j':
			return g == '.' || g == 'n' || g == 'o' ? STARTS_CASE_LABEL : 0;
		case 'd':
			return g == 'o' ? STARTS_DOC : g == 'a' ? STARTS_TOC : 0;
		case 'e':
			return g == 'm' ? STARTS_EMN : 0;
		case 'i':
			return g == 'n' ? STARTS_TOC : 0;
		case 0xE2:
			return g == 0x80 ? STARTS_BULLET : 0;
		default:
			return rf_is_digit((char) f) ? STARTS_NUMBER : 0;
	}
}

/* The first bytes (folded) that line_tests_of takes, as rows of line_bytes.starts; 0 for the rest. */
enum
{
	STARTS_ROWS = 9
};

static unsigned
starts_row_of(unsigned char f)
{
	const char *rows = "psjdei";
	const char *at = f != 0 ? strchr(rows, f) : NULL;

	if (at != NULL)
		return 1 + (unsigned) (at - rows);
	if (f == 0xE2)
		return 7;
	return rf_is_digit((char) f) ? 8 : 0;
}

/*
 * The last byte of a line folded as rf_imatch folds it after C3 (any
 * second byte of a Latin-1 capital to its small letter's): no word of the
 * tables below ends in one of those bytes, so a line that ends in one
 * matches no word either way.
 */
static unsigned char
last_folded(unsigned char z)
{
	if (z >= 0x80 && z <= 0x9E && z != 0x97)
		return z + 0x20;
	return rf_lower_ascii(z);
}

/* What the first byte of a line's content tells (line_bytes.first) */
enum
{
	FIRST_PLAIN = 1 << 0,		/* rf_plain_edge, or a byte beyond ASCII that starts no blank
								 * (rf_space_at): the line starts as its content */
	FIRST_LOWER = 1 << 1,		/* a-z: no capitals (all_caps), no dated heading */
	FIRST_CAPITAL = 1 << 2,		/* A-Z, C3: a dated heading may start so (rf_may_be_dated_heading) */
	FIRST_WITH_VALUE = 1 << 3,	/* a heading that may have text after its colon starts so */
	FIRST_I = 1 << 4			/* i, I: "Indstilling om …" */
};

/* What the last byte tells (line_bytes.last) */
enum
{
	LAST_PLAIN = 1 << 0,		/* rf_plain_edge */
	LAST_COLON = 1 << 1,		/* a heading's colon, a committee line's */
	LAST_STOP = 1 << 2,			/* a full stop: no dated heading */
	LAST_PROPOSER = 1 << 3,		/* blank, comma, colon, r, t (any case): a proposer line may end so */
	LAST_LATIN = 1 << 4,		/* 80-BF: after C3, a Latin-1 letter, which ends no blank */
	LAST_L = 1 << 5				/* l, L: the head "Punkt  Titel" ends so */
};

/*
 * The first and last bytes of a line, each looked up once: the bits above,
 * and the byte lengths (bit n: n bytes) at which a line that starts, or
 * ends, with the byte can be a heading name of the vocabulary, furniture
 * or "×" (ASCII capitals fold, and at the end a Latin-1 capital's second
 * byte: last_folded).  Made on first use.
 */
typedef struct line_bytes
{
	uint8_t		first[256];
	uint8_t		last[256];
	uint64_t	first_lengths[256];
	uint64_t	last_lengths[256];
	uint32_t	value_seconds[256];	/* rf_heading_seconds, by the first byte in any case */
	uint8_t		starts_row[256];	/* by the first byte: its row of starts, 0 when none */
	uint8_t		starts[STARTS_ROWS][256];	/* by the second byte */
} line_bytes;

static void
add_word(line_bytes *b, const char *text, size_t len)
{
	unsigned char f = (unsigned char) text[0];
	unsigned char z = (unsigned char) text[len - 1];
	uint64_t	bit = (uint64_t) 1 << len;

	/* the bytes that fold to the word's first and last (rf_lower_ascii, last_folded) */
	b->first_lengths[f] |= bit;
	if (f >= 'a' && f <= 'z')
		b->first_lengths[f - ('a' - 'A')] |= bit;
	b->last_lengths[z] |= bit;
	if ((z >= 'a' && z <= 'z') || (z >= 0xA0 && z <= 0xBE && z != 0xB7))
		b->last_lengths[z - 0x20] |= bit;
}

static const line_bytes *
bytes(void)
{
	static line_bytes b;
	static bool made;

	if (!made)
	{
		for (unsigned c = 0; c < 256; c++)
		{
			unsigned char f = rf_lower_ascii((unsigned char) c);
			unsigned char z = last_folded((unsigned char) c);

			b.first[c] = (rf_plain_edge((unsigned char) c) ||
						  (c >= 0x80 && c != 0xC2 && c != 0xE2 && c != 0xE3 && c != 0xEF) ? FIRST_PLAIN : 0) |
				(c >= 'a' && c <= 'z' ? FIRST_LOWER : 0) |
				((c >= 'A' && c <= 'Z') || c == 0xC3 ? FIRST_CAPITAL : 0) |
				(rf_heading_first(f) & RF_HEADING_FIRST_WITH_TEXT ? FIRST_WITH_VALUE : 0) |
				(f == 'i' ? FIRST_I : 0);
			b.last[c] = (rf_plain_edge((unsigned char) c) ? LAST_PLAIN : 0) |
				(c == ':' ? LAST_COLON : 0) | (c == '.' ? LAST_STOP : 0) |
				(c >= 0x80 && c <= 0xBF ? LAST_LATIN : 0) |
				(is_proposer_end((char) c) || z == 'r' || z == 't' ? LAST_PROPOSER : 0) |
				(z == 'l' ? LAST_L : 0);
			b.starts_row[c] = (uint8_t) starts_row_of(f);
			if (c == f && b.starts_row[c] != 0)
				for (unsigned g = 0; g < 256; g++)
					b.starts[b.starts_row[c]][g] = (uint8_t) line_tests_of(f, rf_lower_ascii((unsigned char) g));
			b.first_lengths[c] = rf_heading_lengths(f);
			b.value_seconds[c] = rf_heading_seconds(f);
			b.last_lengths[c] = rf_heading_last_lengths(z);
		}
		for (size_t i = 0; i < sizeof(furniture) / sizeof(furniture[0]); i++)
			add_word(&b, furniture[i].text, furniture[i].len);
		add_word(&b, "×", 2);
		made = true;
	}
	return &b;
}

/*
 * Can s[sp) (not empty) be a heading name of the vocabulary, furniture or
 * "×", by its length and ends?
 */
static inline bool
may_be_word(const line_bytes *b, const char *s, rf_span sp)
{
	size_t		len = sp.end - sp.start;

	return ((b->first_lengths[(unsigned char) s[sp.start]] &
			 b->last_lengths[(unsigned char) s[sp.end - 1]]) >> (len & 63) & (len < 64)) != 0;
}

/*
 * Can a heading with its value (heading_with_value) start the line, by its
 * first two bytes?  The second, when an ASCII letter, must be a name's.
 */
static inline bool
may_start_with_value(const line_bytes *b, const char *s, rf_span c)
{
	unsigned char g;

	if (c.end - c.start < 2)
		return false;
	g = rf_lower_ascii((unsigned char) s[c.start + 1]);
	return b->value_seconds[(unsigned char) s[c.start]] >> (g >= 'a' && g <= 'z' ? g - 'a' : 26) & 1;
}

/*
 * Can the line be in capitals (all_caps)?  Eight capitals and a blank, the
 * first word six capitals or more and no lower-case ASCII letter: neither a
 * blank nor such a letter among its first six bytes (or characters, where
 * all_caps reads C3 and the byte after it as one).
 */
static inline bool
may_be_capitals(const char *s, rf_span c)
{
	unsigned char b1;

	if (c.end - c.start < 9)
		return false;
	/* most lines: a capital, then a small letter */
	b1 = (unsigned char) s[c.start + 1];
	if ((unsigned char) s[c.start] != 0xC3 && (b1 == ' ' || (b1 >= 'a' && b1 <= 'z')))
		return false;
	for (size_t i = c.start; i < c.start + 6; i++)
	{
		unsigned char b = (unsigned char) s[i];

		if (b == ' ' || (b >= 'a' && b <= 'z'))
			return false;
		if (b == 0xC3)
			i++;
	}
	return true;
}

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

	if (sp.end - sp.start > SHORT_LINE || !may_be_capitals(s, sp))
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
		{
			first_word = lower ? 0 : upper;
			if (first_word < 6)
				return false;	/* the first word is too short or not in capitals */
		}
	}
	return first_word >= 6 && upper >= 8 && lower * 8 <= upper + lower;
}

/* "Beslutning i Økonomiudvalget den 1. oktober 2018:" and the like (headings.h). */
static bool
dated_heading(const char *s, rf_span sp, rf_line *l)
{
	rf_dated_heading h;

	if (!rf_dated_heading_parse(s, sp, &h))
		return false;
	l->kind = h.kind;
	l->dated = true;
	l->forum = h.forum;
	l->date = h.date;
	l->ref_no = h.ref_no;
	return true;
}

/*
 * A heading of the vocabulary with its value on the line: "Kompetence:
 * Økonomiudvalget" (a procedural heading: the line is the heading), or
 * "Beslutning: Godkendt." (the line starts the section and is its text).
 */
static bool
heading_with_value(const char *s, rf_span sp, rf_line *l)
{
	/* the name before the colon is at most HEADING_NAME_MAX bytes: look no further */
	size_t		n = sp.end - sp.start < HEADING_NAME_MAX + 1 ? sp.end - sp.start : HEADING_NAME_MAX + 1;
	const char *colon;
	rf_heading_info info;
	rf_span		name;

	if (!(rf_heading_first(first_folded(s, sp)) & RF_HEADING_FIRST_WITH_TEXT) ||
		(colon = memchr(s + sp.start, ':', n)) == NULL)
		return false;
	name = rf_trim(s, (rf_span) {sp.start, (size_t) (colon - s)});
	if (!rf_heading_name(s, name, &info) || (!info.with_value && info.kind == RF_KIND_OTHER))
		return false;
	l->kind = info.kind;
	l->with_value = info.with_value;
	l->inline_text = !info.with_value;
	l->colon = true;
	return true;
}

/*
 * A heading: the known names, "Indstilling om …", capitals, Markdown (the
 * dated decisions are looked for before, by rf_classify_line).
 */
static bool
heading_kind(const char *s, rf_span sp, rf_line *l)
{
	rf_kind    *kind = &l->kind;

	l->colon = sp.end > sp.start && s[sp.end - 1] == ':';
	while (sp.end > sp.start && s[sp.end - 1] == ':')
		sp.end--;
	if (l->colon)
		sp = rf_trim(s, sp);	/* the content is trimmed: only blanks before a colon are left */
	if (sp.start == sp.end)
		return false;
	if (sp.end - sp.start <= HEADING_NAME_MAX && may_be_word(bytes(), s, sp))
	{
		rf_heading_info info;

		if (rf_heading_name(s, sp, &info))
		{
			*kind = info.kind;
			l->of_motion = info.of_motion;
			l->with_value = info.with_value;
			return true;
		}
	}
	if (all_caps(s, sp))
	{
		*kind = RF_KIND_OTHER;
		l->capitals = true;
		return true;
	}
	/* "Indstilling om sygefraværstatistikken for 1. kvartal 2018" */
	if (first_folded(s, sp) == 'i' && rf_istarts(s, sp, "indstilling om ") &&
		sp.end - sp.start <= SHORT_LINE && s[sp.end - 1] != '.')
	{
		*kind = RF_KIND_RECOMMENDATION;
		return true;
	}
	if (l->markdown)
	{
		*kind = RF_KIND_OTHER;
		return true;
	}
	return heading_with_value(s, sp, l);
}

/* Skip blanks of any kind (text.h) from i; returns the new position. */
static size_t
skip_blanks(const char *s, size_t i, size_t end)
{
	size_t		w;

	while (i < end && s[i] != '\f' && (w = rf_space_at(s, i, end)) > 0)
		i += w;
	return i;
}

/*
 * "Punkt 12: title", "Punkt 12 : title", "Punkt 12. title", "Punkt 12 - title"
 * (a hyphen or dash), with any kind of blank; only the colon may have the
 * title on the next line.
 */
static bool
punkt_line(const char *s, rf_span sp, int *number, rf_span *title)
{
	size_t		i = sp.start + 5;
	size_t		sep;

	if (!rf_istarts(s, sp, "punkt") || i >= sp.end || rf_space_at(s, i, sp.end) == 0)
		return false;
	i = skip_blanks(s, i, sp.end);
	if (!rf_digits(s, sp.end, &i, 5, number))
		return false;
	sep = skip_blanks(s, i, sp.end);
	if (sep >= sp.end)
		return false;
	if (s[sep] == ':')
		i = sep + 1;
	else if ((s[sep] == '.' && sep == i) || (s[sep] == '-' && sep > i))
		i = sep + 1;
	else if (sep > i && rf_istarts(s, (rf_span) {sep, sp.end}, "–"))
		i = sep + 3;			/* en dash */
	else
		return false;
	*title = rf_trim(s, (rf_span) {i, sp.end});
	return s[sep] == ':' || title->start < title->end;
}

/*
 * "3. Title", "301. Title", "• 301. Title": a number with a full stop, a
 * blank and a title that does not start in lower case ("1. at …" is a
 * proposal, "4. december" a date).  Whether it is an item is for the
 * outline parser to decide from what surrounds it.
 */
static bool
numbered_line(const char *s, rf_span sp, int *number, rf_span *title)
{
	size_t		i = sp.start;

	if (sp.end - sp.start > 3 && memcmp(s + sp.start, "•", 3) == 0)
		i = skip_blanks(s, i + 3, sp.end);
	if (!rf_digits(s, sp.end, &i, 4, number) || i >= sp.end || s[i] != '.')
		return false;
	i++;
	if (i >= sp.end || rf_space_at(s, i, sp.end) == 0)
		return false;
	i = skip_blanks(s, i, sp.end);
	if (i >= sp.end || rf_is_lower_at(s, i, sp.end))
		return false;
	*title = (rf_span) {i, sp.end};
	return true;
}

/* "3" or "3." alone on its line: at most four digits, so five bytes */
static bool
number_line(const char *s, rf_span sp, rf_line *l)
{
	l->dotted = sp.end - sp.start > 1 && s[sp.end - 1] == '.';
	if (l->dotted)
		sp.end--;
	return sp.end - sp.start <= 4 && rf_all_digits(s, sp, 4, &l->number);
}

/* "Side 3", "Side 3 af 12", "Side 3/12", "3 af 12", "3 of 12": a page number. */
static bool
page_line(const char *s, rf_span sp)
{
	size_t		i = sp.start;
	bool		side;
	int			n;

	if (sp.end - sp.start > 24 || !(first_folded(s, sp) == 's' || rf_is_digit(s[sp.start])))
		return false;
	side = rf_istarts(s, sp, "side ");
	if (side)
		i = skip_blanks(s, i + 5, sp.end);
	if (!rf_digits(s, sp.end, &i, 4, &n))
		return false;
	if (i == sp.end)
		return side;
	if (s[i] == '/')
		i++;
	else
	{
		i = skip_blanks(s, i, sp.end);
		if (i + 3 > sp.end || !(rf_istarts(s, (rf_span) {i, sp.end}, "af ") ||
								rf_istarts(s, (rf_span) {i, sp.end}, "of ")))
			return false;
		i = skip_blanks(s, i + 3, sp.end);
	}
	return rf_digits(s, sp.end, &i, 4, &n) && i == sp.end;
}

/* "Kommunaldirektøren indstiller,", "Styregruppen … indstiller at:" */
static bool
indstiller_line(const char *s, rf_span sp, rf_span *who)
{
	static const char verb[] = " indstiller";

	if (sp.end - sp.start > SHORT_LINE)
		return false;
	sp.end = proposer_verb_end(s, sp);
	if (!rf_iends(s, sp, verb) || sp.end - sp.start <= sizeof(verb) - 1)
		return false;
	*who = rf_trim(s, (rf_span) {sp.start, sp.end - (sizeof(verb) - 1)});
	return who->start < who->end;
}

/*
 * Labels of a case number.  "Sag nr." also numbers the item itself (a plain
 * number: "Sag nr. 130"); "Sag:" needs its colon ("Sag om …" is text).
 */
static const struct
{
	phrase		word;
	bool		colon;			/* only with a colon */
}			case_labels[] = {
	{PHRASE("sagsnummer"), false}, {PHRASE("sagsnr"), false}, {PHRASE("sags nr"), false},
	{PHRASE("sag nr"), false}, {PHRASE("sagnr"), false}, {PHRASE("journalnummer"), false},
	{PHRASE("journalnr"), false}, {PHRASE("journal nr"), false}, {PHRASE("j.nr"), false},
	{PHRASE("j. nr"), false}, {PHRASE("jnr"), false}, {PHRASE("sag"), true},
};

/* After a case label at the start of sp: where its value starts; else (size_t) -1. */
static size_t
after_case_label(const char *s, rf_span sp)
{
	unsigned char first = first_folded(s, sp);

	/*
	 * every label starts with "sag" or "j": most lines that start with s or j
	 * go no further ("sag" as rf_istarts compares it: after an ASCII byte,
	 * each byte folds as ASCII)
	 */
	if (first == 's' && !(sp.end - sp.start >= 3 &&
						  rf_lower_ascii((unsigned char) s[sp.start + 1]) == 'a' &&
						  rf_lower_ascii((unsigned char) s[sp.start + 2]) == 'g'))
		return (size_t) -1;
	if (first != 's' && first != 'j')
		return (size_t) -1;
	/*
	 * after "sag" a letter is the s of "sags…" and then an n ("sagsnr",
	 * "sagsnummer"), or the n of "sagnr": "Sagen", "Sagsfremstilling" are
	 * other words
	 */
	if (first == 's' && sp.end - sp.start > 3 && rf_is_ascii_letter(s[sp.start + 3]) &&
		(rf_lower_ascii((unsigned char) s[sp.start + 3]) == 's' ?
		 sp.end - sp.start > 4 && rf_is_ascii_letter(s[sp.start + 4]) &&
		 rf_lower_ascii((unsigned char) s[sp.start + 4]) != 'n' :
		 rf_lower_ascii((unsigned char) s[sp.start + 3]) != 'n'))
		return (size_t) -1;
	for (size_t k = 0; k < sizeof(case_labels) / sizeof(case_labels[0]); k++)
	{
		size_t		i = sp.start + case_labels[k].word.len;
		bool		colon = false;
		bool		ends;

		if ((unsigned char) case_labels[k].word.text[0] != first || i > sp.end ||
			!rf_imatch(s, sp.start, case_labels[k].word.text, case_labels[k].word.len))
			continue;
		if (i < sp.end && s[i] == '.')
			i++;
		/* the word ends here: "Sagsnrene", "Sagen" are other words */
		ends = i == sp.end || s[i - 1] == '.' || s[i] == ':' || rf_space_at(s, i, sp.end) > 0;
		i = skip_blanks(s, i, sp.end);
		if (i < sp.end && s[i] == ':')
			colon = true, i++;
		if (!ends || (case_labels[k].colon && !colon))
			continue;
		return skip_blanks(s, i, sp.end);
	}
	return (size_t) -1;
}

/*
 * A case number alone, or after a label: "Sagsnr.: 2012-28504",
 * "Sagsnr.: 330-2018-3619   Dok.nr.: 330-2018-500301   Åbent" (the first
 * word after the label), "Sag nr. 130" (an item number), "Sagsnr.:" alone
 * (its value follows on a later line).  Alone on a line, only a KLE or EMN
 * number is believed: dates and other number groups look like the rest.
 */
static rf_line_class
case_line(const char *s, rf_span sp, rf_line *l)
{
	rf_sagsnr	v;
	unsigned char first = first_folded(s, sp);
	size_t		value = first == 's' || first == 'j' ? after_case_label(s, sp) : (size_t) -1;
	size_t		word_end;

	if (value == (size_t) -1)
	{
		/* a KLE number starts with its subject "00.01", an EMN number with EMN */
		if (!(sp.end - sp.start >= 3 &&
			  ((rf_is_digit(s[sp.start]) && rf_is_digit(s[sp.start + 1]) && s[sp.start + 2] == '.') ||
			   rf_istarts(s, sp, "emn"))) ||
			sp.end - sp.start > RF_SAGSNR_MAXLEN + 16 ||
			!rf_sagsnr_parse(s + sp.start, sp.end - sp.start, &v) || !rf_sagsnr_alone(&v))
			return RF_LINE_TEXT;
		l->rest = sp;
		return RF_LINE_CASE;
	}
	if (value == sp.end)
		return RF_LINE_CASE_LABEL;
	for (word_end = value; word_end < sp.end && rf_space_at(s, word_end, sp.end) == 0;)
		word_end++;
	if (rf_istarts(s, sp, "sag nr") && rf_all_digits(s, (rf_span) {value, word_end}, 5, &l->number))
		return RF_LINE_ITEM_NO;
	if (!rf_sagsnr_parse(s + value, word_end - value, &v))
		return RF_LINE_TEXT;
	l->rest = (rf_span) {value, word_end};
	return RF_LINE_CASE;
}

/* "Dok.nr.: 2012-203438", "Dok.: …": a document number, never the case's. */
static bool
doc_no_line(const char *s, rf_span sp)
{
	return first_folded(s, sp) == 'd' &&
		(rf_istarts(s, sp, "dok.") || rf_istarts(s, sp, "dok nr") ||
		 rf_istarts(s, sp, "dokumentnr") || rf_istarts(s, sp, "dokument nr"));
}

static bool
toc_heading(const char *s, rf_span sp)
{
	unsigned char first = first_folded(s, sp);

	if (first != 'i' && first != 'p' && first != 'd')
		return false;
	while (sp.end > sp.start && s[sp.end - 1] == ':')
		sp.end--;
	return rf_ieq(s, sp, "indholdsfortegnelse") || rf_ieq(s, sp, "punkter") ||
		rf_ieq(s, sp, "dagsordenpunkter");
}

/* After "•" at the start of c, blanks and a digit ("• 301. Title")? */
static bool
bullet_number(const char *s, rf_span c)
{
	size_t		i;

	if (c.end - c.start <= 3 || memcmp(s + c.start, "\xE2\x80\xA2", 3) != 0)
		return false;
	i = c.start + 3;
	/* most: a blank, then ASCII that is no blank ("• Hent som PDF"), where skip_blanks stops */
	if (s[i] == ' ' && i + 1 < c.end && (unsigned char) s[i + 1] > ' ' &&
		(unsigned char) s[i + 1] < 0x80)
		return rf_is_digit(s[i + 1]);
	i = skip_blanks(s, i, c.end);
	return i < c.end && rf_is_digit(s[i]);
}

/*
 * Can the line be a proposer's (indstiller_line): up to where it would end
 * its verb, longer than " indstiller" and ending in its "ler"?
 */
static inline bool
may_be_proposer(const char *s, rf_span c)
{
	size_t		e = proposer_verb_end(s, c);

	return e - c.start >= sizeof(" indstiller") && rf_lower_ascii((unsigned char) s[e - 1]) == 'r' &&
		rf_lower_ascii((unsigned char) s[e - 2]) == 'e' && rf_lower_ascii((unsigned char) s[e - 3]) == 'l';
}

/*
 * Can s[start, colon) be a heading name of the vocabulary, as heading_kind
 * and heading_with_value take the name before a colon?  Where a blank,
 * another colon or a byte beyond ASCII ends it, they trim or strip it
 * first: then it may be.  An empty name is none.
 */
static inline bool
may_be_name_before(const line_bytes *b, const char *s, size_t start, size_t colon)
{
	unsigned char z;

	if (colon <= start)
		return false;
	z = (unsigned char) s[colon - 1];
	if (z <= ' ' || z >= 0x80 || z == ':')
		return true;
	return may_be_word(b, s, (rf_span) {start, colon});
}

/*
 * A line that can only be text, proved from its length and a few of its
 * first and last bytes: most lines of a document, which then skip the
 * tests for headings, proposers and furniture.  c is the content of a line
 * of at most SHORT_LINE bytes that none of the tests its first two bytes
 * chose took and that is no dated heading; fb and lb what its first and
 * last bytes tell (line_bytes), markdown as rf_content said.  Each test says
 * why the line cannot be what those tests look for.
 */
static inline bool
only_text(const char *s, rf_span c, const line_bytes *b, unsigned fb, unsigned lb, bool markdown,
		  unsigned starts)
{
	size_t		len = c.end - c.start;

	/*
	 * a Markdown line is a heading; "Indstilling om …" starts with an i and
	 * ends with no full stop (or a colon), "Punkt  Titel" starts and ends
	 * so; a heading name, furniture and "×" are the whole line.  Or-ed, not
	 * and-ed: one branch for all, as the outcome of each depends on the line.
	 */
	if ((unsigned) markdown | (fb & FIRST_I ? ~lb & LAST_STOP : 0) |
		(starts & STARTS_PUNKT ? lb & LAST_L : 0) | (unsigned) may_be_word(b, s, c))
		return false;
	/* a colon last: a heading's name before it (the committee lines were tried before) */
	if ((lb & LAST_COLON) && may_be_name_before(b, s, c.start, c.end - 1))
		return false;
	if ((lb & LAST_PROPOSER) && may_be_proposer(s, c))
		return false;
	/* capitals start with no lower-case letter */
	if (!(fb & FIRST_LOWER) && may_be_capitals(s, c))
		return false;
	/* a heading with its value: a name that may have one, then a colon within reach */
	if ((fb & FIRST_WITH_VALUE) && may_start_with_value(b, s, c))
	{
		const char *colon = memchr(s + c.start, ':', len < HEADING_NAME_MAX + 1 ? len : HEADING_NAME_MAX + 1);

		if (colon != NULL && may_be_name_before(b, s, c.start, (size_t) (colon - s)))
			return false;
	}
	return true;
}

/*
 * The tests that the first two bytes chose (starts not 0), in their order,
 * on a line of at most SHORT_LINE bytes: its class, or RF_LINE_TEXT when
 * none took it.
 */
static rf_line_class
started_line(const char *s, rf_span c, unsigned starts, rf_line *l)
{
	rf_line_class cls;

	if ((starts & STARTS_NUMBER) && number_line(s, c, l))
		return RF_LINE_NUMBER;
	if ((starts & (STARTS_NUMBER | STARTS_BULLET)) && numbered_line(s, c, &l->number, &l->rest))
		return RF_LINE_NUMBERED;
	if ((starts & STARTS_DOC) && doc_no_line(s, c))
		return RF_LINE_DOC_NO;
	if ((starts & (STARTS_CASE_LABEL | STARTS_NUMBER | STARTS_EMN)) &&
		(cls = case_line(s, c, l)) != RF_LINE_TEXT)
		return cls;
	if ((starts & STARTS_TOC) && toc_heading(s, c))
		return RF_LINE_TOC_HEADING;
	if ((starts & (STARTS_SIDE | STARTS_NUMBER)) && page_line(s, c))
		return RF_LINE_PAGE;
	return RF_LINE_TEXT;
}

/*
 * The tests after only_text, in their order, on a line of at most
 * SHORT_LINE bytes that only_text did not prove text.
 */
static rf_line_class
other_line(const char *s, rf_span c, unsigned char f, unsigned starts, rf_line *l)
{
	size_t		len = c.end - c.start;

	if (heading_kind(s, c, l))
		return RF_LINE_HEADING;
	if (may_be_proposer(s, c) && indstiller_line(s, c, &l->rest))
		return RF_LINE_INDSTILLER;
	if (len == 2 && rf_ieq(s, c, "×"))
		return RF_LINE_FURNITURE_TAIL;
	if (may_be_furniture(f, len))
		for (size_t i = 0; i < sizeof(furniture) / sizeof(furniture[0]); i++)
			if (len == furniture[i].len && (unsigned char) furniture[i].text[0] == f &&
				rf_imatch(s, c.start, furniture[i].text, len))
				return RF_LINE_FURNITURE;
	/* the web page's table head "Punkt  Titel" */
	if (len <= 16 && (starts & STARTS_PUNKT) && rf_istarts(s, c, "punkt ") && rf_iends(s, c, " titel"))
		return RF_LINE_FURNITURE;
	return RF_LINE_TEXT;
}

void
rf_classify_line(const char *s, rf_line *l)
{
	const line_bytes *b = bytes();
	rf_span		c = {l->start, l->end};
	size_t		len;
	unsigned	starts;
	unsigned	fb = 0;
	unsigned	lb = 0;

	if (c.start < c.end)
	{
		fb = b->first[(unsigned char) s[c.start]];
		lb = b->last[(unsigned char) s[c.end - 1]];
	}
	l->rest = l->content = c;
	l->number = 0;
	l->kind = RF_KIND_OTHER;
	l->colon = l->capitals = l->dated = l->of_motion = l->dotted = l->with_value = l->inline_text = false;
	/*
	 * no blank or Markdown mark at either end (as rf_content tests them): the
	 * line is its content, with no form feed; most lines
	 */
	if (((fb & FIRST_PLAIN) ||
		 (c.end - c.start >= 3 && memcmp(s + c.start, "\xE2\x80\xA2", 3) == 0)) &&
		((lb & LAST_PLAIN) ||
		 ((lb & LAST_LATIN) && c.end - c.start >= 2 && (unsigned char) s[c.end - 2] == 0xC3)))
		l->markdown = l->page_start = false;
	else
	{
		l->page_start = c.start < c.end && s[c.start] == '\f';
		c = rf_content(s, l->start, l->end, &l->markdown);
		l->rest = l->content = c;
		if (c.start == c.end)
		{
			l->cls = RF_LINE_BLANK;
			return;
		}
		fb = b->first[(unsigned char) s[c.start]];
		lb = b->last[(unsigned char) s[c.end - 1]];
	}
	len = c.end - c.start;
	/* the tests the first two bytes choose (line_tests_of) */
	starts = b->starts[b->starts_row[(unsigned char) s[c.start]]]
		[len >= 2 ? (unsigned char) s[c.start + 1] : 0];
	if ((starts & STARTS_BULLET) && !bullet_number(s, c))
		starts = 0;
	if ((starts & STARTS_PUNKT) && punkt_line(s, c, &l->number, &l->rest))
		l->cls = RF_LINE_PUNKT;
	else if (len > SHORT_LINE)
		l->cls = RF_LINE_TEXT;	/* a paragraph: nothing else is this long */
	else if (starts != 0 && (l->cls = started_line(s, c, starts, l)) != RF_LINE_TEXT)
		;
	/*
	 * rf_may_be_dated_heading, from the bytes looked up, and the colon or
	 * (on a line long enough for a forum, the word and a date) the word that
	 * rf_dated_heading_parse needs
	 */
	else if ((fb & FIRST_CAPITAL) && !(lb & LAST_STOP) && len >= 12 &&
			 ((lb & LAST_COLON) || (len >= RF_DATED_DECISION_MIN && rf_has_eslutning(s, c))) &&
			 dated_heading(s, c, l))
		l->cls = RF_LINE_HEADING;
	else if (only_text(s, c, b, fb, lb, l->markdown, starts))
		l->cls = RF_LINE_TEXT;
	else
		l->cls = other_line(s, c, first_folded(s, c), starts, l);
}

void
rf_cursor_init(rf_cursor *c, const char *s, size_t len)
{
	memset(c, 0, sizeof(*c));
	c->s = s;
	c->len = len;
}

const rf_line *
rf_cursor_fill(rf_cursor *c, unsigned k)
{
	const char *s = c->s;
	size_t		len = c->len;
	size_t		pos = c->pos;
	uint32_t	line_no = c->line_no;
	unsigned	count = c->count;	/* kept in locals: classifying a line writes only the line */
	unsigned	head = c->head;

	if (k > RF_LOOKAHEAD)
		return NULL;
	/* a line is classified alone: fill the whole ring, so that the next peeks find their lines */
	while (count < RF_RING && pos < len)
	{
		const char *nl;
		size_t		end;
		rf_line    *l;

		/* an empty line is blank: nothing to classify (about a third of the lines) */
		if (s[pos] == '\n')
		{
			rf_poll(pos, pos + 1);
			pos++;
			line_no++;
			continue;
		}
		nl = memchr(s + pos, '\n', len - pos);
		end = nl ? (size_t) (nl - s) : len;
		l = &c->ring[(head + count) & (RF_RING - 1)];
		l->start = pos;
		l->end = end;
		l->no = ++line_no;
		pos = nl ? end + 1 : len;
		rf_classify_line(s, l);
		if (l->cls != RF_LINE_BLANK)
			count++;
	}
	c->pos = pos;
	c->line_no = line_no;
	c->count = count;
	return k < count ? &c->ring[(head + k) & (RF_RING - 1)] : NULL;
}
