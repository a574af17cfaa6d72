/*
 * amounts.c — amounts of money in a sentence, as Danish minutes write them:
 *
 *   "208.100 kr.", "kr. 140.000", "kr. 166,54 i timen", "23 mio. kr.",
 *   "2,6 mio.kr.", "90 mio kr", "1 mia. kr.", "3,5 milliarder kroner",
 *   "500 t.kr.", "250 tkr.", "kr. 500,-", "-33,8 mio. kr.", "20–30 mia. kr." (two amounts),
 *   "14.995 kr. plus moms pr. hold", "79.860 kr. i årlig drift"
 *
 * A number is money only next to a currency: "kr.", "kr", "kroner", "DKK",
 * "euro", "EUR", "€" after it (with "mio."/"mia."/"t." between) or "kr." /
 * "DKK" before it.  "." groups thousands, "," is the decimal comma; mio. is
 * 10^6, mia. and mrd. 10^9, t. 10^3.  A scale without a currency ("4 mio.
 * indbyggere") and numbers alone (years, page numbers, "4,0 dage") are not
 * amounts.  The value is built digit by digit as decimal text: no rounding.
 */
#include <string.h>

#include "facts.h"
#include "interrupt.h"
#include "text.h"

/* Longest run of integer digits taken as money (more is not an amount). */
#define MAX_INT_DIGITS 18
#define MAX_FRAC_DIGITS 6
/* How many words before an amount "årlig"/"årligt" may stand ("årligt tilskud til … på 90 mio. kr."). */
#define YEARLY_WINDOW 6

typedef struct number
{
	size_t		start;			/* the sign or first digit */
	size_t		end;
	bool		negative;
	char		whole[MAX_INT_DIGITS + 1];
	int			whole_len;
	char		frac[MAX_FRAC_DIGITS + 1];
	int			frac_len;
} number;

typedef struct unit
{
	size_t		end;			/* past the currency (and its dot) */
	int			scale;			/* power of ten */
	const char *currency;
} unit;

/* A letter at t[i]: ASCII, or any byte of a UTF-8 sequence (æ, ø, å, é, …). */
static bool
letter_at(const char *t, size_t i, size_t len)
{
	unsigned char c = (unsigned char) t[i];

	return i < len && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80);
}

/* The word w (lower case) at t[i], not followed by a letter: its length, else 0. */
static size_t
word_at(const char *t, size_t i, size_t len, const char *w)
{
	size_t		n;

	/* the first bytes, as rf_istarts compares them: most tries end here */
	if (i >= len || rf_lower_ascii((unsigned char) t[i]) != rf_lower_ascii((unsigned char) w[0]))
		return 0;
	n = strlen(w);
	if (i + n > len || !rf_istarts(t, (rf_span) {i, len}, w) || letter_at(t, i + n, len))
		return 0;
	return n;
}

/* Past one blank at t[i], if there is one. */
static size_t
skip_blank(const char *t, size_t i, size_t len)
{
	return i < len && t[i] == ' ' ? i + 1 : i;
}

/* A minus sign at t[i]: "-" or "−" (U+2212); its width, else 0. */
static size_t
minus_at(const char *t, size_t i, size_t len)
{
	if (i < len && t[i] == '-')
		return 1;
	if (i + 2 < len && (unsigned char) t[i] == 0xE2 && (unsigned char) t[i + 1] == 0x88 &&
		(unsigned char) t[i + 2] == 0x92)
		return 3;
	return 0;
}

/* A range dash at t[i]: "-", "–", "—"; its width, else 0. */
static size_t
dash_at(const char *t, size_t i, size_t len)
{
	if (i < len && t[i] == '-')
		return 1;
	if (i + 2 < len && (unsigned char) t[i] == 0xE2 && (unsigned char) t[i + 1] == 0x80 &&
		((unsigned char) t[i + 2] == 0x93 || (unsigned char) t[i + 2] == 0x94))
		return 3;
	return 0;
}

/*
 * A number at t[i] in Danish notation: "140.000", "166,54", "1.126", "500,-",
 * with a minus sign when one stands right before it.  False when t[i] starts
 * none, or when the digits go on in a way money does not ("2.5", "1.12",
 * "00.01.00-A00").
 */
static bool
read_number(const char *t, size_t i, size_t len, number *n)
{
	size_t		p = i;
	size_t		digits;
	size_t		run;

	memset(n, 0, sizeof(*n));
	n->start = i;
	if ((run = minus_at(t, p, len)) > 0)
	{
		n->negative = true;
		p += run;
	}
	if (p >= len || !rf_is_digit(t[p]))
		return false;
	digits = p;
	for (;;)
	{
		size_t		b = p;

		while (p < len && rf_is_digit(t[p]))
		{
			if (n->whole_len == MAX_INT_DIGITS)
				return false;
			n->whole[n->whole_len++] = t[p++];
		}
		/* "140.000": a group of three after a dot; the first group has one to three */
		if (p + 3 < len && t[p] == '.' && rf_is_digit(t[p + 1]) && rf_is_digit(t[p + 2]) &&
			rf_is_digit(t[p + 3]) && !(p + 4 < len && rf_is_digit(t[p + 4])) &&
			(b != digits || p - b <= 3))
		{
			p++;
			continue;
		}
		break;
	}
	if (p + 1 < len && t[p] == ',' && rf_is_digit(t[p + 1]))
	{
		p++;
		while (p < len && rf_is_digit(t[p]))
		{
			if (n->frac_len == MAX_FRAC_DIGITS)
				return false;
			n->frac[n->frac_len++] = t[p++];
		}
	}
	else if (p + 1 < len && t[p] == ',' && t[p + 1] == '-')
	{
		/* "500,-" and "500,--": whole kroner */
		p += 2;
		if (p < len && t[p] == '-')
			p++;
	}
	/* the number must end here: "2.5", "19.6", "00.01.00" go on with digits */
	if (p + 1 < len && (t[p] == '.' || t[p] == ',') && rf_is_digit(t[p + 1]))
		return false;
	if (p < len && rf_is_digit(t[p]))
		return false;
	n->end = p;
	return true;
}

/* A scale word at t[i]: "mio.", "mia.", "mrd.", "millioner", "t."; sets *scale. */
static size_t
scale_at(const char *t, size_t i, size_t len, int *scale)
{
	static const struct
	{
		const char *word;
		int			scale;
	}			words[] = {
		{"milliarder", 9}, {"milliard", 9}, {"millioner", 6}, {"million", 6},
		{"mio", 6}, {"mill", 6}, {"mia", 9}, {"mrd", 9}
	};
	size_t		n;

	for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		if ((n = word_at(t, i, len, words[k].word)) > 0)
		{
			*scale = words[k].scale;
			return (i + n < len && t[i + n] == '.') ? n + 1 : n;
		}
	/* "t.kr.", "t. kr.": thousands, only with the dot */
	if (i + 1 < len && (t[i] == 't' || t[i] == 'T') && t[i + 1] == '.')
	{
		*scale = 3;
		return 2;
	}
	return 0;
}

/* A currency at t[i]: "kr.", "kr", "kroner", "kr.-", "DKK", "euro", "EUR", "€". */
static size_t
currency_at(const char *t, size_t i, size_t len, const char **currency)
{
	size_t		n;

	if ((n = word_at(t, i, len, "kroner")) > 0 || (n = word_at(t, i, len, "krone")) > 0 ||
		(n = word_at(t, i, len, "kr")) > 0)
	{
		*currency = "DKK";
		if (n == 2 && i + n < len && t[i + n] == '.')
			n++;				/* the dot of "kr.", not the full stop after "kroner." */
		if (i + n < len && t[i + n] == '-' && !(i + n + 1 < len && letter_at(t, i + n + 1, len)))
			n++;				/* "kr.-" */
		return n;
	}
	if ((n = word_at(t, i, len, "dkk")) > 0)
	{
		*currency = "DKK";
		return n;
	}
	if ((n = word_at(t, i, len, "euro")) > 0 || (n = word_at(t, i, len, "eur")) > 0)
	{
		*currency = "EUR";
		return n;
	}
	if (i + 2 < len && (unsigned char) t[i] == 0xE2 && (unsigned char) t[i + 1] == 0x82 &&
		(unsigned char) t[i + 2] == 0xAC)
	{
		*currency = "EUR";
		return 3;
	}
	return 0;
}

/* Scale and currency after a number ending at t[i]: "mio. kr.", "mio.kr.", "kr.", "t.kr.". */
static bool
unit_after(const char *t, size_t i, size_t len, unit *u)
{
	size_t		p = skip_blank(t, i, len);
	size_t		n;

	u->scale = 0;
	if ((n = word_at(t, p, len, "tkr")) > 0)
	{
		/* "250 tkr.": thousands of kroner in one word */
		u->scale = 3;
		u->currency = "DKK";
		u->end = p + n + (p + n < len && t[p + n] == '.');
		return true;
	}
	if ((n = scale_at(t, p, len, &u->scale)) > 0)
		p = skip_blank(t, p + n, len);
	if ((n = currency_at(t, p, len, &u->currency)) == 0)
		return false;
	u->end = p + n;
	return true;
}

/* "kr. ", "kr ", "DKK ", "€" right before t[i]: where it starts, else (size_t) -1. */
static size_t
currency_before(const char *t, size_t i, size_t len, const char **currency)
{
	size_t		p = i;

	if (p > 0 && t[p - 1] == ' ')
		p--;
	for (size_t back = 2; back <= 4 && back <= p; back++)
	{
		size_t		b = p - back;

		if (b > 0 && (letter_at(t, b - 1, len) || rf_is_digit(t[b - 1])))
			continue;
		if (currency_at(t, b, len, currency) == p - b)
			return b;
	}
	return (size_t) -1;
}

/* The decimal text of n scaled by 10^scale: digits moved, never rounded. */
static void
format_value(const number *n, int scale, char *out)
{
	char		digits[MAX_INT_DIGITS + MAX_FRAC_DIGITS + 1];
	int			count = 0,
				point,
				first = 0,
				last,
				o = 0;

	memcpy(digits, n->whole, n->whole_len);
	memcpy(digits + n->whole_len, n->frac, n->frac_len);
	count = n->whole_len + n->frac_len;
	point = n->whole_len + scale;	/* digits before the decimal point */
	/* leading zeros of the whole part, trailing zeros of the fraction */
	while (first < point - 1 && first < count && digits[first] == '0')
		first++;
	last = count;
	while (last > point && digits[last - 1] == '0')
		last--;
	if (n->negative)
		out[o++] = '-';
	for (int k = first; k < point; k++)
		out[o++] = k < count ? digits[k] : '0';
	if (last > point)
	{
		out[o++] = '.';
		for (int k = point; k < last; k++)
			out[o++] = digits[k];
	}
	out[o] = '\0';
	if (strcmp(out, "-0") == 0)
		strcpy(out, "0");
}

/* The word at t[i] in lower case into out (room 32), without trailing punctuation; its end. */
static size_t
lower_word(const char *t, size_t i, size_t len, char *out)
{
	size_t		p = i,
				o = 0;

	while (p < len && t[p] != ' ' && t[p] != ',' && t[p] != ';' && t[p] != ':' &&
		   t[p] != ')' && t[p] != '(' && o < 30)
	{
		unsigned char c = (unsigned char) t[p];

		if (c >= 'A' && c <= 'Z')
			c += 32;
		else if (o > 0 && (unsigned char) out[o - 1] == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97)
			c += 0x20;			/* Æ → æ, Ø → ø, Å → å */
		out[o++] = (char) c;
		p++;
	}
	while (o > 0 && (out[o - 1] == '.' || out[o - 1] == '!' || out[o - 1] == '?'))
	{
		o--;
		p--;
	}
	out[o] = '\0';
	return p;
}

/* Forms of the same unit of time under one name: "timen" → "time", "året" → "år". */
static void
normalise_per(char *per)
{
	static const char *const same[][2] = {
		{"timen", "time"}, {"timer", "time"}, {"t", "time"},
		{"året", "år"}, {"årligt", "år"},
		{"måneden", "måned"}, {"md", "måned"}, {"mdr", "måned"}, {"månedligt", "måned"},
		{"ugen", "uge"}, {"ugentligt", "uge"},
		{"dagen", "dag"}, {"døgn", "dag"}, {"døgnet", "dag"}, {"dagligt", "dag"}
	};

	for (size_t k = 0; k < sizeof(same) / sizeof(same[0]); k++)
		if (strcmp(per, same[k][0]) == 0)
		{
			strcpy(per, same[k][1]);
			return;
		}
}

/*
 * What an amount ending at t[i] is per: "pr. hold", "per time", "/år",
 * "i timen", "om året", "årligt", "i årlig drift", after "plus moms",
 * "ekskl. moms" and the like.
 */
static void
per_after(const char *t, size_t i, size_t len, char *per)
{
	static const char *const vat[] = {"plus", "ekskl.", "eksl.", "ekskl", "excl.", "ex.",
	"inkl.", "incl.", "inkl", "inklusive", "eksklusive", "+"};
	static const char *const time_nouns[] = {"timen", "året", "måneden", "ugen", "dagen", "døgnet"};
	size_t		p = skip_blank(t, i, len);
	size_t		n;

	per[0] = '\0';
	for (size_t k = 0; k < sizeof(vat) / sizeof(vat[0]); k++)
	{
		size_t		m = strlen(vat[k]);

		if (p + m < len && rf_istarts(t, (rf_span) {p, len}, vat[k]) &&
			word_at(t, skip_blank(t, p + m, len), len, "moms") > 0)
		{
			p = skip_blank(t, skip_blank(t, p + m, len) + 4, len);
			break;
		}
	}
	if ((n = word_at(t, p, len, "pr")) > 0 || (n = word_at(t, p, len, "per")) > 0)
	{
		p += n;
		if (p < len && t[p] == '.')
			p++;
		lower_word(t, skip_blank(t, p, len), len, per);
	}
	else if (p < len && t[p] == '/')
		lower_word(t, p + 1, len, per);
	else if (word_at(t, p, len, "i") > 0 || word_at(t, p, len, "om") > 0)
	{
		size_t		q = skip_blank(t, p + (t[p] == 'i' || t[p] == 'I' ? 1 : 2), len);

		for (size_t k = 0; k < sizeof(time_nouns) / sizeof(time_nouns[0]); k++)
			if (word_at(t, q, len, time_nouns[k]) > 0)
				lower_word(t, q, len, per);
		if (per[0] == '\0' && (word_at(t, q, len, "årlig") > 0 || word_at(t, q, len, "årlige") > 0))
			strcpy(per, "år");
	}
	else if (word_at(t, p, len, "årligt") > 0 || word_at(t, p, len, "månedligt") > 0 ||
			 word_at(t, p, len, "ugentligt") > 0 || word_at(t, p, len, "dagligt") > 0)
		lower_word(t, p, len, per);
	normalise_per(per);
}

/* "årligt råderum på 282 mio. kr.": "årlig(t/e)" among the words in t[from..i). */
static bool
yearly_before(const char *t, size_t from, size_t i)
{
	size_t		p = i;
	rf_span		w;

	for (int words = 0; words < YEARLY_WINDOW && rf_word_before(t, from, &p, &w); words++)
		if (word_at(t, w.start, w.end, "årligt") || word_at(t, w.start, w.end, "årlig") ||
			word_at(t, w.start, w.end, "årlige"))
			return true;
	return false;
}

static void
emit(const char *t, size_t len, const number *n, const unit *u, size_t raw_start,
	 size_t raw_end, size_t after, size_t prev_end, rf_amount_fn fn, void *ctx)
{
	rf_amount	a;

	format_value(n, u->scale, a.value);
	a.currency = u->currency;
	a.raw = (rf_span) {raw_start, raw_end};
	per_after(t, after, len, a.per);
	if (a.per[0] == '\0' && yearly_before(t, prev_end, raw_start))
		strcpy(a.per, "år");
	fn(ctx, &a);
}

/* The bytes an amount can start with: a digit, '-', or the first byte of "−" (U+2212). */
static const bool may_start_amount[256] = {
	['0'] = true, ['1'] = true, ['2'] = true, ['3'] = true, ['4'] = true,
	['5'] = true, ['6'] = true, ['7'] = true, ['8'] = true, ['9'] = true,
	['-'] = true, [0xE2] = true,
};

void
rf_find_amounts(const char *text, size_t len, rf_amount_fn fn, void *ctx)
{
	const char *t = text;
	size_t		prev_end = 0;	/* end of the last amount: "årligt" before it is its own */
	size_t		i = 0;
	size_t		polled = 0;

	while (i < len)
	{
		number		a,
					b;
		unit		u;
		size_t		start,
					q,
					w;

		/* most bytes start no number: on to the next digit or minus sign */
		while (i < len && !may_start_amount[(unsigned char) t[i]])
			i++;
		if (i == len)
			break;
		rf_poll(polled, i);
		polled = i;
		/* a number starts a word: not inside "A26", "2.5", "-3-17" */
		if (!(rf_is_digit(t[i]) || (minus_at(t, i, len) && i + 1 < len)) ||
			(i > 0 && (letter_at(t, i - 1, len) || rf_is_digit(t[i - 1]) || t[i - 1] == '.' ||
					   t[i - 1] == ',' || t[i - 1] == '-')) ||
			!read_number(t, i, len, &a))
		{
			i++;
			continue;
		}
		/* "20–30 mia. kr.": two amounts under one unit */
		q = a.end;
		if (!a.negative && (w = dash_at(t, skip_blank(t, q, len), len)) > 0 &&
			read_number(t, skip_blank(t, skip_blank(t, q, len) + w, len), len, &b) &&
			!b.negative && unit_after(t, b.end, len, &u))
		{
			emit(t, len, &a, &u, a.start, u.end, u.end, prev_end, fn, ctx);
			emit(t, len, &b, &u, a.start, u.end, u.end, prev_end, fn, ctx);
			prev_end = i = u.end;
			continue;
		}
		if (unit_after(t, a.end, len, &u))
		{
			emit(t, len, &a, &u, a.start, u.end, u.end, prev_end, fn, ctx);
			prev_end = i = u.end;
			continue;
		}
		/* "kr. 140.000", "kr. 2,5 mio." */
		if ((start = currency_before(t, a.start, len, &u.currency)) != (size_t) -1)
		{
			size_t		end = a.end;
			size_t		p = skip_blank(t, a.end, len);
			size_t		n;
			const char *again;

			u.scale = 0;
			if ((n = scale_at(t, p, len, &u.scale)) > 0)
			{
				end = p + n;
				/* "kr. 2 mio. kr." names the currency twice */
				p = skip_blank(t, end, len);
				if ((n = currency_at(t, p, len, &again)) > 0)
					end = p + n;
			}
			u.end = end;
			emit(t, len, &a, &u, start, end, end, prev_end, fn, ctx);
			prev_end = i = end;
			continue;
		}
		i = a.end;
	}
}
