/*
 * sagsnr_parse.c — case numbers (sagsnumre) without PostgreSQL.
 *
 * Three schemes, tried in this order on the trimmed, upper-cased text with
 * en dashes (U+2013) turned into '-':
 *
 *   kle    NN.NN.NN-FFF-SEQ-YY (KLE journal number) or a bare subject NN.NN /
 *          NN.NN.NN.  Any text containing '.' must be KLE.  SEQ is 1..7
 *          digits, not zero, stored without leading zeros.
 *   emn    EMN-YYYY-N (Aarhus).  Any text whose first group is EMN must be
 *          EMN.  YYYY in 1900..2099; N is 1..9 digits, stored zero-padded to
 *          at least 6 digits.
 *   other  3..8 groups of 1..10 ASCII letters/digits separated by '-', at
 *          least one digit somewhere; stored as written.
 *
 * Everything runs in time linear in the input, without allocation.
 */
#include "sagsnr_parse.h"

#include <string.h>

#include "text.h"

#define MAX_GROUPS 8			/* no scheme has more groups than "other" */

/* A '-'-separated group of the normalised text. */
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

static bool
parse_other(const char *b, size_t n, const group *g, int ng, rf_sagsnr *out)
{
	bool		digit = false;
	int			i;
	size_t		j;

	if (ng < 3 || ng > 8)
		return false;
	for (i = 0; i < ng; i++)
		if (g[i].len > 10)
			return false;
	/* Only [A-Z0-9-] are left at this point ('.' went to parse_kle). */
	for (j = 0; j < n; j++)
		if (rf_is_digit(b[j]))
			digit = true;
	if (!digit)
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
	rf_sagsnr	r;

	if (s == NULL)
		return false;

	trim_space(&s, &len);

	/*
	 * One pass: upper-case, en dash to '-', reject anything outside
	 * [A-Za-z0-9.-], and cut the text into '-'-separated groups.
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
		else if (c == '-')
		{
			g[ng].len = n - g[ng].start;
			if (g[ng].len == 0 || ng + 1 == MAX_GROUPS)
				return false;	/* empty group, or too many groups */
			ng++;
			g[ng].start = n + 1;
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
	if (dot)
	{
		if (!parse_kle(b, n, g, ng, &r))
			return false;
	}
	else if (g[0].len == 3 && memcmp(b, "EMN", 3) == 0)
	{
		if (!parse_emn(b, g, ng, &r))
			return false;
	}
	else if (!parse_other(b, n, g, ng, &r))
		return false;

	r.text[r.len] = '\0';
	if (out)
		*out = r;
	return true;
}

/*
 * Natural order: runs of digits compare by numeric value (by significant
 * length, then digit by digit, so any length works), other bytes bytewise.
 * When that finds no difference, the bytes decide, so the result is 0 only
 * for identical texts.
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
			/* two-digit year: 00..69 -> 2000..2069, 70..99 -> 1970..1999 */
			return (int) digits_value(yy, 2) + (digits_value(yy, 2) <= 69 ? 2000 : 1900);
		case RF_SCHEME_EMN:
			return (int) digits_value(v->text + 4, 4);
		case RF_SCHEME_OTHER:
			if (!other_year_group(v, &start))
				return -1;
			return (int) digits_value(v->text + start, 4);
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
	}
	return -1;
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
