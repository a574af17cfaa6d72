/*
 * sagsnr_parse.c — case numbers (sagsnumre) without PostgreSQL.
 *
 * Seven schemes (sagsnr_parse.h has the exact forms), tried on the trimmed,
 * upper-cased text with en dashes (U+2013) turned into '-':
 *
 *   kle        NN.NN.NN-FFF-SEQ-YY (KLE journal number) or a bare subject
 *              NN.NN / NN.NN.NN.  Any text containing '.' must be KLE.
 *   emn        EMN-YYYY-N (Aarhus).  Any text whose first group is EMN must
 *              be EMN.
 *   yy_seq     25-008334, 12/27845 (a two-digit year and a sequence).
 *   year_seq   2012-28504 (eDoc).
 *   municipal  330-2018-3619 (municipality code, year, sequence).
 *   region     1-13-3-57-16 (the regions' journal numbers).
 *   other      3..8 groups of letters and digits, none of the above.
 *
 * The last five are digits and separators that running text also uses for
 * dates, year ranges, counts and phone numbers, so each is bounded to keep
 * those out: the boundaries are stated at each parse_* function.
 *
 * Everything runs in time linear in the input, without allocation.
 */
#include "sagsnr_parse.h"

#include <string.h>

#include "danish_time.h"
#include "text.h"

#define MAX_GROUPS 8			/* no scheme has more groups than "other" */
#define MAX_GROUP_LEN 10		/* so that a group of digits fits a long long */

/* Two-digit years up to this one are 20YY, later ones 19YY. */
#define TWO_DIGIT_CUTOFF 69

/* A group of the normalised text, between '-' (or the '/' of YY/N). */
typedef struct group
{
	size_t		start;
	size_t		len;
} group;

static bool
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static bool
is_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

static bool
all_digits(const char *s, size_t len)
{
	size_t		i;

	for (i = 0; i < len; i++)
		if (!rf_is_digit(s[i]))
			return false;
	return true;
}

/* Value of a run of at most 18 digits (callers check the length). */
static long long
digits_value(const char *s, size_t len)
{
	long long	v = 0;
	size_t		i;

	for (i = 0; i < len; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

/* "NN.NN" (dots == 1) or "NN.NN.NN" (dots == 2). */
static bool
is_subject(const char *s, size_t len, int dots)
{
	size_t		i;

	if (len != (size_t) (3 * dots + 2))
		return false;
	for (i = 0; i < len; i++)
	{
		if (i % 3 == 2)
		{
			if (s[i] != '.')
				return false;
		}
		else if (!rf_is_digit(s[i]))
			return false;
	}
	return true;
}

/* Append s[0..len) to out->text; the caller guarantees the room. */
static void
put(rf_sagsnr *out, const char *s, size_t len)
{
	memcpy(out->text + out->len, s, len);
	out->len += len;
}

/* Append the digits s[0..len) without leading zeros, left-padded to width. */
static void
put_number(rf_sagsnr *out, const char *s, size_t len, size_t width)
{
	while (len > 0 && *s == '0')
	{
		s++;
		len--;
	}
	while (width > len)
	{
		out->text[out->len++] = '0';
		width--;
	}
	put(out, s, len);
}

static bool
parse_kle(const char *b, size_t n, const group *g, int ng, rf_sagsnr *out)
{
	const char *emne = b + g[0].start;
	const char *facet;
	const char *seq;
	const char *year;

	if (ng == 1)
	{
		if (!is_subject(emne, n, 1) && !is_subject(emne, n, 2))
			return false;
		out->scheme = RF_SCHEME_KLE;
		put(out, b, n);
		return true;
	}
	if (ng != 4 || !is_subject(emne, g[0].len, 2))
		return false;

	facet = b + g[1].start;
	if (g[1].len != 3 || !rf_is_digit(facet[1]) ||
		!rf_is_digit(facet[2]))
		return false;
	if (!(is_upper((unsigned char) facet[0]) ||
		  (facet[0] == '0' && facet[1] == '0' && facet[2] == '0')))
		return false;

	seq = b + g[2].start;
	if (g[2].len < 1 || g[2].len > 7 || !all_digits(seq, g[2].len) ||
		digits_value(seq, g[2].len) == 0)
		return false;

	year = b + g[3].start;
	if (g[3].len != 2 || !all_digits(year, 2))
		return false;

	out->scheme = RF_SCHEME_KLE;
	put(out, emne, g[0].len);
	put(out, "-", 1);
	put(out, facet, 3);
	put(out, "-", 1);
	put_number(out, seq, g[2].len, 1);
	put(out, "-", 1);
	put(out, year, 2);
	return true;
}

static bool
parse_emn(const char *b, const group *g, int ng, rf_sagsnr *out)
{
	const char *year;
	const char *seq;
	long long	y;

	if (ng != 3)
		return false;
	year = b + g[1].start;
	if (g[1].len != 4 || !all_digits(year, 4))
		return false;
	y = digits_value(year, 4);
	if (y < 1900 || y > 2099)
		return false;
	seq = b + g[2].start;
	if (g[2].len < 1 || g[2].len > 9 || !all_digits(seq, g[2].len))
		return false;

	out->scheme = RF_SCHEME_EMN;
	put(out, "EMN-", 4);
	put(out, year, 4);
	put(out, "-", 1);
	put_number(out, seq, g[2].len, 6);
	return true;
}

/* Is group k all digits and 1..max long?  Its value in *value if so. */
static bool
digit_group(const char *b, const group *g, int k, size_t max, long long *value)
{
	if (g[k].len < 1 || g[k].len > max || !all_digits(b + g[k].start, g[k].len))
		return false;
	if (value)
		*value = digits_value(b + g[k].start, g[k].len);
	return true;
}

static bool
is_year(long long y)
{
	return y >= 1900 && y <= 2099;
}

static int
two_digit_year(long long yy)
{
	return (int) yy + (yy <= TWO_DIGIT_CUTOFF ? 2000 : 1900);
}

/*
 * YY-N or YY/N (Acadre and FirstAgenda portals: 12/27845, 26/1172,
 * 25-008334, and with a letter after it, 20-072985K).  The dash form wants
 * five digits or more, because running text writes counts and ranges as
 * "10-1000"; the slash form four or more, but not a year ("12/2020" is a
 * month).
 */
static bool
parse_yy_seq(const char *b, size_t n, const group *g, bool slash, rf_sagsnr *out)
{
	const char *seq = b + g[1].start;
	size_t		digits = g[1].len;

	if (!digit_group(b, g, 0, 2, NULL) || g[0].len != 2)
		return false;
	if (digits > 0 && is_upper((unsigned char) seq[digits - 1]))
		digits--;				/* one letter may follow the number */
	if (digits < (slash ? 4u : 5u) || digits > 8 || !all_digits(seq, digits))
		return false;
	if (digits == 4 && is_year(digits_value(seq, 4)))
		return false;
	out->scheme = RF_SCHEME_YY_SEQ;
	put(out, b, n);
	return true;
}

/*
 * YYYY-N (eDoc: 2012-28504, 2010-3082).  N has three digits or more, and
 * four digits that are a later year up to 2099 make a year range
 * ("2019-2022"), not a case.
 */
static bool
parse_year_seq(const char *b, size_t n, const group *g, rf_sagsnr *out)
{
	long long	year;
	long long	seq;

	if (g[0].len != 4 || !digit_group(b, g, 0, 4, &year) || !is_year(year) ||
		!digit_group(b, g, 1, MAX_GROUP_LEN, &seq) || g[1].len < 3)
		return false;
	if (g[1].len == 4 && seq > year && is_year(seq))
		return false;
	out->scheme = RF_SCHEME_YEAR_SEQ;
	put(out, b, n);
	return true;
}

/*
 * CCC-YYYY-N (330-2018-3619, 306-2009-600): a municipality code of three
 * digits in 101..860 (the range of the Danish kommunekoder), a year, a
 * sequence.
 */
static bool
parse_municipal(const char *b, size_t n, const group *g, int ng, rf_sagsnr *out)
{
	long long	code;
	long long	year;

	if (ng != 3 || g[0].len != 3 || !digit_group(b, g, 0, 3, &code) ||
		code < 101 || code > 860 ||
		g[1].len != 4 || !digit_group(b, g, 1, 4, &year) || !is_year(year) ||
		!digit_group(b, g, 2, MAX_GROUP_LEN, NULL))
		return false;
	out->scheme = RF_SCHEME_MUNICIPAL;
	put(out, b, n);
	return true;
}

/* 1-13-3-57-16, 1-51-71-3321-08: 4..6 groups of digits, the first of one. */
static bool
parse_region(const char *b, size_t n, const group *g, int ng, rf_sagsnr *out)
{
	int			k;

	if (ng < 4 || ng > 6 || g[0].len != 1)
		return false;
	for (k = 0; k < ng; k++)
		if (!digit_group(b, g, k, MAX_GROUP_LEN, NULL))
			return false;
	out->scheme = RF_SCHEME_REGION;
	put(out, b, n);
	return true;
}

/*
 * Three groups of digits that make a date of the calendar: D-M-YYYY,
 * D-M-YY (the year read as two-digit years are) or YYYY-M-D.  Day and month
 * count by value, so "013-2-2017" is a date too, as it is to the text-search
 * parser; "31-02-2017" is no date, for both.
 */
static bool
is_date(const char *b, const group *g, int ng)
{
	long long	v[3];
	int			k;

	if (ng != 3)
		return false;
	for (k = 0; k < 3; k++)
		if (!digit_group(b, g, k, 4, &v[k]))
			return false;
	if ((g[2].len == 4 || g[2].len == 2) &&
		rf_valid_date(g[2].len == 2 ? two_digit_year(v[2]) : (int) v[2], (int) v[1], (int) v[0]))
		return true;
	return g[0].len == 4 && rf_valid_date((int) v[0], (int) v[1], (int) v[2]);
}

/* A Danish phone number written in pairs: 43-66-35-70. */
static bool
is_phone(const char *b, const group *g, int ng)
{
	int			k;

	if (ng != 4)
		return false;
	for (k = 0; k < 4; k++)
		if (g[k].len != 2 || !digit_group(b, g, k, 2, NULL))
			return false;
	return true;
}

static bool
parse_other(const char *b, size_t n, const group *g, int ng, rf_sagsnr *out)
{
	bool		digit = false;
	int			i;
	size_t		j;

	if (ng < 3 || ng > 8)
		return false;
	for (i = 0; i < ng; i++)
		if (g[i].len > MAX_GROUP_LEN)
			return false;
	/* Only [A-Z0-9-] are left at this point ('.' went to parse_kle). */
	for (j = 0; j < n; j++)
		if (rf_is_digit(b[j]))
			digit = true;
	if (!digit || is_date(b, g, ng) || is_phone(b, g, ng))
		return false;

	out->scheme = RF_SCHEME_OTHER;
	put(out, b, n);
	return true;
}

/* Drop ASCII white space at both ends of s[0..*len). */
static void
trim_space(const char **s, size_t *len)
{
	while (*len > 0 && is_space((unsigned char) (*s)[0]))
	{
		(*s)++;
		(*len)--;
	}
	while (*len > 0 && is_space((unsigned char) (*s)[*len - 1]))
		(*len)--;
}

bool
rf_sagsnr_parse(const char *s, size_t len, rf_sagsnr *out)
{
	char		b[RF_SAGSNR_MAXLEN + 1];
	size_t		n = 0;
	size_t		i;
	group		g[MAX_GROUPS];
	int			ng = 0;
	bool		dot = false;
	int			slashes = 0;
	bool		ok;
	rf_sagsnr	r;

	if (s == NULL)
		return false;

	trim_space(&s, &len);

	/*
	 * One pass: upper-case, en dash to '-', reject anything outside
	 * [A-Za-z0-9./-], and cut the text into groups at '-' and '/'.
	 */
	g[0].start = 0;
	for (i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (n == RF_SAGSNR_MAXLEN)
			return false;		/* too long */
		if (c == 0xE2)
		{
			if (i + 2 >= len || (unsigned char) s[i + 1] != 0x80 ||
				(unsigned char) s[i + 2] != 0x93)
				return false;
			i += 2;
			c = '-';
		}
		if (c >= 'a' && c <= 'z')
			c = (unsigned char) (c - 'a' + 'A');
		if (c == '.')
			dot = true;
		else if (c == '-' || c == '/')
		{
			g[ng].len = n - g[ng].start;
			if (g[ng].len == 0 || ng + 1 == MAX_GROUPS)
				return false;	/* empty group, or too many groups */
			ng++;
			g[ng].start = n + 1;
			slashes += c == '/';
		}
		else if (!rf_is_digit(c) && !is_upper(c))
			return false;		/* blank, control, other punctuation, non-ASCII */
		b[n++] = (char) c;
	}
	if (n == 0)
		return false;
	g[ng].len = n - g[ng].start;
	if (g[ng].len == 0)
		return false;
	ng++;
	b[n] = '\0';

	memset(&r, 0, sizeof(r));
	if (slashes > 0)
		/* '/' only in YY/N: one slash and nothing else between groups */
		ok = !dot && ng == 2 && slashes == 1 && parse_yy_seq(b, n, g, true, &r);
	else if (dot)
		ok = parse_kle(b, n, g, ng, &r);
	else if (g[0].len == 3 && memcmp(b, "EMN", 3) == 0)
		ok = parse_emn(b, g, ng, &r);
	else if (ng == 2)
		ok = parse_yy_seq(b, n, g, false, &r) || parse_year_seq(b, n, g, &r);
	else
		ok = parse_municipal(b, n, g, ng, &r) || parse_region(b, n, g, ng, &r) ||
			parse_other(b, n, g, ng, &r);
	if (!ok)
		return false;

	r.text[r.len] = '\0';
	if (out)
		*out = r;
	return true;
}

/*
 * Scheme code first; within yy_seq the year (so 99/… comes before 00/…);
 * then natural order: runs of digits compare by numeric value (by
 * significant length, then digit by digit, so any length works), other bytes
 * bytewise.  When that finds no difference, the bytes decide, so the result
 * is 0 only for identical texts.
 */
int
rf_sagsnr_cmp_text(rf_scheme sa, const char *a, size_t la,
				   rf_scheme sb, const char *b, size_t lb)
{
	size_t		i = 0;
	size_t		j = 0;
	int			c;

	if (sa != sb)
		return (int) sa < (int) sb ? -1 : 1;
	/* YY/N: the century the two digits stand for decides first */
	if (sa == RF_SCHEME_YY_SEQ && la >= 2 && lb >= 2)
	{
		int			ya = two_digit_year(digits_value(a, 2));
		int			yb = two_digit_year(digits_value(b, 2));

		if (ya != yb)
			return ya < yb ? -1 : 1;
	}

	while (i < la && j < lb)
	{
		unsigned char ca = (unsigned char) a[i];
		unsigned char cb = (unsigned char) b[j];

		if (rf_is_digit(ca) && rf_is_digit(cb))
		{
			size_t		ea = i;
			size_t		eb = j;
			size_t		za;
			size_t		zb;

			while (ea < la && a[ea] == '0')
				ea++;
			while (eb < lb && b[eb] == '0')
				eb++;
			za = ea;
			zb = eb;
			while (ea < la && rf_is_digit(a[ea]))
				ea++;
			while (eb < lb && rf_is_digit(b[eb]))
				eb++;
			/* significant digits: a[za..ea), b[zb..eb) */
			if (ea - za != eb - zb)
				return ea - za < eb - zb ? -1 : 1;
			c = memcmp(a + za, b + zb, ea - za);
			if (c != 0)
				return c < 0 ? -1 : 1;
			i = ea;
			j = eb;
		}
		else
		{
			if (ca != cb)
				return ca < cb ? -1 : 1;
			i++;
			j++;
		}
	}
	if (i < la)
		return 1;
	if (j < lb)
		return -1;

	c = memcmp(a, b, la < lb ? la : lb);
	if (c != 0)
		return c < 0 ? -1 : 1;
	if (la != lb)
		return la < lb ? -1 : 1;
	return 0;
}

int
rf_sagsnr_cmp(const rf_sagsnr *a, const rf_sagsnr *b)
{
	return rf_sagsnr_cmp_text(a->scheme, a->text, a->len,
							  b->scheme, b->text, b->len);
}

bool
rf_sagsnr_from_binary(int scheme, const char *s, size_t len, rf_sagsnr *out)
{
	rf_sagsnr	r;

	if (s == NULL || len == 0 || len > RF_SAGSNR_MAXLEN)
		return false;
	if (!rf_sagsnr_parse(s, len, &r))
		return false;
	if ((int) r.scheme != scheme || r.len != len || memcmp(r.text, s, len) != 0)
		return false;
	if (out)
		*out = r;
	return true;
}

const char *
rf_scheme_name(rf_scheme scheme)
{
	switch (scheme)
	{
		case RF_SCHEME_KLE:
			return "kle";
		case RF_SCHEME_EMN:
			return "emn";
		case RF_SCHEME_OTHER:
			return "other";
		case RF_SCHEME_REGION:
			return "region";
		case RF_SCHEME_MUNICIPAL:
			return "municipal";
		case RF_SCHEME_YEAR_SEQ:
			return "year_seq";
		case RF_SCHEME_YY_SEQ:
			return "yy_seq";
	}
	return "other";
}

/* Length of the first group (up to the first '-', or the whole text). */
static size_t
first_group_len(const rf_sagsnr *v)
{
	size_t		i = 0;

	while (i < v->len && v->text[i] != '-')
		i++;
	return i;
}

bool
rf_sagsnr_kle_subject(const rf_sagsnr *v, const char **p, size_t *len)
{
	if (v->scheme != RF_SCHEME_KLE)
		return false;
	*p = v->text;
	*len = first_group_len(v);
	return true;
}

bool
rf_sagsnr_facet(const rf_sagsnr *v, const char **p, size_t *len)
{
	size_t		e = first_group_len(v);

	/* NN.NN.NN-FFF-...: the facet follows the subject */
	if (v->scheme != RF_SCHEME_KLE || e + 4 > v->len)
		return false;
	*p = v->text + e + 1;
	*len = 3;
	return true;
}

/* Last group of a full KLE number: the two-digit year. */
static const char *
kle_year(const rf_sagsnr *v)
{
	if (v->scheme != RF_SCHEME_KLE || first_group_len(v) == v->len)
		return NULL;
	return v->text + v->len - 2;
}

/*
 * For "other": the first group of exactly four digits in 1900..2099, as
 * [start, start + 4); returns false when there is none.
 */
static bool
other_year_group(const rf_sagsnr *v, size_t *start)
{
	size_t		i = 0;

	while (i < v->len)
	{
		size_t		e = i;

		while (e < v->len && v->text[e] != '-')
			e++;
		if (e - i == 4 && all_digits(v->text + i, 4))
		{
			long long	y = digits_value(v->text + i, 4);

			if (y >= 1900 && y <= 2099)
			{
				*start = i;
				return true;
			}
		}
		i = e + 1;
	}
	return false;
}

/* Value of the digits from v->text[start] up to the next '-', '/' or letter. */
static long long
number_at(const rf_sagsnr *v, size_t start)
{
	size_t		e = start;

	while (e < v->len && rf_is_digit(v->text[e]))
		e++;
	return digits_value(v->text + start, e - start);
}

int
rf_sagsnr_year(const rf_sagsnr *v)
{
	const char *yy;
	size_t		start;

	switch (v->scheme)
	{
		case RF_SCHEME_KLE:
			yy = kle_year(v);
			if (yy == NULL)
				return -1;
			return two_digit_year(digits_value(yy, 2));
		case RF_SCHEME_EMN:
			return (int) digits_value(v->text + 4, 4);
		case RF_SCHEME_OTHER:
			if (!other_year_group(v, &start))
				return -1;
			return (int) digits_value(v->text + start, 4);
		case RF_SCHEME_REGION:
			return -1;
		case RF_SCHEME_MUNICIPAL:
			/* CCC-YYYY-N */
			return (int) digits_value(v->text + 4, 4);
		case RF_SCHEME_YEAR_SEQ:
			return (int) digits_value(v->text, 4);
		case RF_SCHEME_YY_SEQ:
			return two_digit_year(digits_value(v->text, 2));
	}
	return -1;
}

long long
rf_sagsnr_seq(const rf_sagsnr *v)
{
	size_t		s;
	size_t		e;

	switch (v->scheme)
	{
		case RF_SCHEME_KLE:
			if (kle_year(v) == NULL)
				return -1;
			/* NN.NN.NN-FFF-SEQ-YY */
			s = first_group_len(v) + 5;
			return digits_value(v->text + s, v->len - 3 - s);
		case RF_SCHEME_EMN:
			/* EMN-YYYY-N */
			return digits_value(v->text + 9, v->len - 9);
		case RF_SCHEME_OTHER:
			if (!other_year_group(v, &s))
				return -1;
			s += 5;
			if (s >= v->len)
				return -1;		/* the year is the last group */
			e = s;
			while (e < v->len && v->text[e] != '-')
				e++;
			/* groups are at most 10 characters, so the value fits */
			if (!all_digits(v->text + s, e - s))
				return -1;
			return digits_value(v->text + s, e - s);
		case RF_SCHEME_REGION:
			return -1;
		case RF_SCHEME_MUNICIPAL:
			/* CCC-YYYY-N */
			return number_at(v, 9);
		case RF_SCHEME_YEAR_SEQ:
			/* YYYY-N */
			return number_at(v, 5);
		case RF_SCHEME_YY_SEQ:
			/* YY-N or YY/N, maybe a letter after N */
			return number_at(v, 3);
	}
	return -1;
}

int
rf_sagsnr_municipality(const rf_sagsnr *v)
{
	if (v->scheme != RF_SCHEME_MUNICIPAL)
		return -1;
	return (int) digits_value(v->text, 3);
}

bool
rf_kle_prefix_parse(const char *s, size_t len, rf_kle_prefix *out)
{
	rf_kle_prefix p;
	int			k;

	if (s == NULL)
		return false;
	trim_space(&s, &len);
	if (len != 2 && len != 5 && len != 8)
		return false;
	p.ngroups = (int) (len + 1) / 3;
	for (k = 0; k < p.ngroups; k++)
	{
		const char *d = s + 3 * k;

		if (!rf_is_digit(d[0]) || !rf_is_digit(d[1]))
			return false;
		if (k > 0 && d[-1] != '.')
			return false;
		p.group[k] = (d[0] - '0') * 10 + (d[1] - '0');
	}
	for (; k < 3; k++)
		p.group[k] = 0;
	if (out)
		*out = p;
	return true;
}

bool
rf_sagsnr_kle_under(const rf_sagsnr *v, const rf_kle_prefix *p)
{
	const char *subj;
	size_t		len;
	int			k;

	if (!rf_sagsnr_kle_subject(v, &subj, &len))
		return false;
	/* subject is "NN.NN" or "NN.NN.NN": 2 or 3 groups */
	if ((int) (len + 1) / 3 < p->ngroups)
		return false;
	for (k = 0; k < p->ngroups; k++)
	{
		const char *d = subj + 3 * k;

		if ((d[0] - '0') * 10 + (d[1] - '0') != p->group[k])
			return false;
	}
	return true;
}

/* Write groups g[0..n) as a bare subject, at least two groups. */
static void
put_subject(rf_sagsnr *out, const int *g, int n)
{
	int			k;

	memset(out, 0, sizeof(*out));
	out->scheme = RF_SCHEME_KLE;
	if (n < 2)
		n = 2;					/* "NN" -> "NN.00" (g[1] is 0 then) */
	for (k = 0; k < n; k++)
	{
		if (k > 0)
			out->text[out->len++] = '.';
		out->text[out->len++] = (char) ('0' + g[k] / 10);
		out->text[out->len++] = (char) ('0' + g[k] % 10);
	}
	out->text[out->len] = '\0';
}

void
rf_kle_prefix_lower(const rf_kle_prefix *p, rf_sagsnr *lower)
{
	int			g[3] = {0, 0, 0};
	int			k;

	for (k = 0; k < p->ngroups; k++)
		g[k] = p->group[k];
	put_subject(lower, g, p->ngroups);
}

bool
rf_kle_prefix_upper(const rf_kle_prefix *p, rf_sagsnr *upper)
{
	int			g[3] = {0, 0, 0};
	int			k;

	for (k = 0; k < p->ngroups; k++)
		g[k] = p->group[k];
	/* increment the last group that is not 99; drop the groups after it */
	for (k = p->ngroups - 1; k >= 0 && g[k] == 99; k--)
		g[k] = 0;
	if (k < 0)
		return false;
	g[k]++;
	put_subject(upper, g, k + 1);
	return true;
}

bool
rf_sagsnr_alone(const rf_sagsnr *v)
{
	if (v->scheme == RF_SCHEME_KLE)
		return memchr(v->text, '-', v->len) != NULL;
	return v->scheme == RF_SCHEME_EMN;
}
