/*
 * search_tokens.c — the tokenizer of referat.parser (see search_tokens.h).
 *
 * At each position the first character decides: white space starts a blank
 * run, punctuation a punct run, a letter or digit a word.  A word that
 * starts with an ASCII digit, or with ASCII letters followed by a dash,
 * may be a case number, KLE subject, date or number: the longest run of
 * ASCII letters and digits joined by single separators (- – . ,) is tried
 * first, then its part before the first dash ("2016" of "2016-2017"), and
 * only then is it read as a word.  ICU classifies the characters beyond
 * Latin-1 and normalises the words that contain them.
 */
#include "search_tokens.h"

#include <stdio.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "sagsnr_parse.h"
#include "text.h"

const char *const rf_token_alias[RF_TOKEN_LAST + 1] = {
	"", "word", "numword", "sagsnr", "kle", "date", "number", "blank", "punct", "overlong"
};

const char *const rf_token_description[RF_TOKEN_LAST + 1] = {
	"",
	"Word, letters only",
	"Word, letters and digits",
	"Case number: KLE journal number, EMN or another scheme",
	"KLE subject number",
	"Date",
	"Number",
	"White space, line breaks and control characters",
	"Punctuation and symbols",
	"Run of letters and digits too long to be a word"
};

/*
 * Longest run tried as a case number, date or number: a case number is at
 * most RF_SAGSNR_MAXLEN bytes.  A longer run is read as words and numbers
 * without separators; the bound keeps hostile runs of digits and dots linear.
 */
#define SPECIAL_MAX_BYTES (RF_SAGSNR_MAXLEN + 16)

typedef enum cclass
{
	C_BLANK,					/* white space, control and format characters */
	C_LETTER,
	C_DIGIT,
	C_MARK,						/* combining marks, ZWJ/ZWNJ: continue a word */
	C_SOFT_HYPHEN,
	C_OTHER						/* punctuation, symbols, ill-formed UTF-8 */
} cclass;

static bool
is_ascii_alnum(char b)
{
	return rf_is_digit(b) || rf_is_ascii_letter(b);
}

/* Of an ASCII letter ALNUM_LETTER, of a digit ALNUM_DIGIT, else 0 (without a branch). */
#define ALNUM_LETTER 1
#define ALNUM_DIGIT 2

static inline int
alnum_kind(unsigned char b)
{
	return ((unsigned) (b - '0') < 10) << 1 | ((unsigned) ((b | 0x20) - 'a') < 26);
}

/*
 * The code point at s[i] and its width; -1 (width 1) for a byte that does
 * not start a well-formed UTF-8 sequence.
 */
static UChar32
decode(const char *s, size_t len, size_t i, size_t *width)
{
	unsigned char b = (unsigned char) s[i];
	int			more;
	UChar32		c;
	int			k;

	*width = 1;
	if (b < 0x80)
		return b;
	if (b >= 0xC2 && b <= 0xDF)
		more = 1, c = b & 0x1F;
	else if (b >= 0xE0 && b <= 0xEF)
		more = 2, c = b & 0x0F;
	else if (b >= 0xF0 && b <= 0xF4)
		more = 3, c = b & 0x07;
	else
		return -1;
	if (len - i <= (size_t) more)
		return -1;
	for (k = 1; k <= more; k++)
	{
		unsigned char cb = (unsigned char) s[i + k];

		if ((cb & 0xC0) != 0x80)
			return -1;
		c = (c << 6) | (cb & 0x3F);
	}
	if ((more == 2 && c < 0x800) || (more == 3 && (c < 0x10000 || c > 0x10FFFF)) ||
		(c >= 0xD800 && c <= 0xDFFF))
		return -1;
	*width = (size_t) more + 1;
	return c;
}

static cclass
ascii_class(unsigned char b)
{
	if (rf_is_ascii_letter(b))
		return C_LETTER;
	if (b <= ' ' || b == 0x7F)
		return C_BLANK;
	return rf_is_digit(b) ? C_DIGIT : C_OTHER;
}

static cclass
class_of(UChar32 c)
{
	uint32_t	mask;

	if (c < 0)
		return C_OTHER;
	if (c < 0x80)
		return ascii_class((unsigned char) c);
	/* Latin-1 without ICU: C1 controls, no-break space, soft hyphen, letters */
	if (c < 0x100)
	{
		if (c <= 0xA0)
			return C_BLANK;
		if (c == 0xAD)
			return C_SOFT_HYPHEN;
		if (c >= 0xC0)
			return (c == 0xD7 || c == 0xF7) ? C_OTHER : C_LETTER;
		return (c == 0xAA || c == 0xB5 || c == 0xBA) ? C_LETTER : C_OTHER;
	}
	if (c == 0x200C || c == 0x200D)
		return C_MARK;
	mask = U_GET_GC_MASK(c);
	if (u_isUWhiteSpace(c) || (mask & U_GC_CF_MASK))
		return C_BLANK;
	if (mask & U_GC_M_MASK)
		return C_MARK;
	if (mask & U_GC_ND_MASK)
		return C_DIGIT;
	return u_isUAlphabetic(c) ? C_LETTER : C_OTHER;
}

static inline cclass
class_at(const char *s, size_t len, size_t i, UChar32 *c, size_t *width)
{
	unsigned char b = (unsigned char) s[i];

	if (b < 0x80)				/* most of the text: no decoding */
	{
		*c = b;
		*width = 1;
		return ascii_class(b);
	}
	*c = decode(s, len, i, width);
	return class_of(*c);
}

/* Does a word go on at s[i] (a letter, digit or mark)? */
static bool
continues_word(const char *s, size_t len, size_t i)
{
	UChar32		c;
	size_t		w;
	cclass		cls;

	if (i >= len)
		return false;
	cls = class_at(s, len, i, &c, &w);
	return cls == C_LETTER || cls == C_DIGIT || cls == C_MARK;
}

static bool
is_lower(UChar32 c)
{
	if (c < 0x80)
		return c >= 'a' && c <= 'z';
	if (c < 0x100)
		return c >= 0xDF && c != 0xF7;
	return u_islower(c);
}

/* Only these letters can change under NFKC; ASCII and Latin-1 letters cannot. */
static bool
may_change_under_nfkc(UChar32 c)
{
	return c >= 0x100 || c == 0xAA || c == 0xB5 || c == 0xBA;
}

/* ---------------------------------------------------------------- dates */

/* min..max ASCII digits at s[*i], not followed by another digit; value in *v. */
static bool
digits(const char *s, size_t len, size_t *i, int min, int max, int *v)
{
	size_t		start = *i;

	*v = 0;
	while (*i < len && rf_is_digit(s[*i]) && *i - start < (size_t) max)
		*v = *v * 10 + (s[(*i)++] - '0');
	return *i - start >= (size_t) min && !(*i < len && rf_is_digit(s[*i]));
}

bool
rf_token_date(const char *s, size_t len, rf_date *out)
{
	size_t		i = 0;
	int			a,
				b,
				c;
	char		iso[16];
	rf_date		d;

	if (s == NULL || len < 8 || len > 10 || !digits(s, len, &i, 1, 4, &a) || i == len)
		return false;
	if (i == 4)
	{
		/* YYYY-MM-DD */
		if (len != 10 || s[4] != '-' || s[7] != '-')
			return false;
		i = 5;
		if (!digits(s, len, &i, 2, 2, &b) || (i++, !digits(s, len, &i, 2, 2, &c)))
			return false;
		d.year = a, d.month = b, d.day = c;
	}
	else
	{
		/* D-M-YYYY, D.M.YYYY, D.M YYYY */
		char		sep = s[i++];

		if ((sep != '-' && sep != '.') || !digits(s, len, &i, 1, 2, &b) || i == len ||
			!(s[i] == sep || (sep == '.' && s[i] == ' ')))
			return false;
		i++;
		if (!digits(s, len, &i, 4, 4, &c) || i != len)
			return false;
		d.year = c, d.month = b, d.day = a;
	}
	/* rf_find_date knows which days exist; hand it the date in ISO form */
	snprintf(iso, sizeof(iso), "%04d-%02d-%02d", d.year, d.month, d.day);
	if (!rf_find_date(iso, strlen(iso), &d))
		return false;
	if (out)
		*out = d;
	return true;
}

/* ------------------------------------------ case numbers, dates, numbers */

/* Width of a separator at s[i] that may join groups: - . , or an en dash. */
static size_t
separator_at(const char *s, size_t len, size_t i)
{
	if (i >= len)
		return 0;
	if (s[i] == '-' || s[i] == '.' || s[i] == ',')
		return 1;
	if (len - i >= 3 && (unsigned char) s[i] == 0xE2 && (unsigned char) s[i + 1] == 0x80 &&
		(unsigned char) s[i + 2] == 0x93)
		return 3;
	return 0;
}

static bool
is_dash_at(const char *s, size_t len, size_t i)
{
	size_t		w = separator_at(s, len, i);

	return w == 3 || (w == 1 && s[i] == '-');
}

/*
 * End of the run of ASCII letter/digit groups joined by single separators,
 * or 0 when the run is longer than any case number, date or number we read.
 */
static size_t
special_end(const char *s, size_t len, size_t pos)
{
	size_t		i = pos;

	for (;;)
	{
		size_t		w;

		while (i < len && is_ascii_alnum(s[i]))
			if (++i - pos > SPECIAL_MAX_BYTES)
				return 0;
		w = separator_at(s, len, i);
		if (w == 0 || i + w >= len || !is_ascii_alnum(s[i + w]))
			return i;
		i += w;
	}
}

/* In running text every group of an "other" case number holds a digit. */
static bool
groups_have_digits(const rf_sagsnr *v)
{
	bool		digit = false;
	size_t		i;

	for (i = 0; i <= v->len; i++)
	{
		if (i == v->len || v->text[i] == '-')
		{
			if (!digit)
				return false;
			digit = false;
		}
		else if (rf_is_digit(v->text[i]))
			digit = true;
	}
	return true;
}

/*
 * What s[b..e) is as a whole: a date, case number, KLE subject or number,
 * or 0.  *end is e, or past the year of "19.6 2017".
 */
static rf_token_type
classify(const char *s, size_t len, size_t b, size_t e, size_t *end)
{
	bool		dash = false,
				dot = false,
				comma = false,
				letter = false;
	rf_sagsnr	v;
	size_t		i;

	*end = e;
	if (continues_word(s, len, e))
		return RF_TOKEN_END;
	for (i = b; i < e; i++)
	{
		unsigned char c = (unsigned char) s[i];

		dash |= c == '-' || c == 0xE2;
		dot |= c == '.';
		comma |= c == ',';
		letter |= rf_is_ascii_letter(c);
	}
	if (!letter && !comma)
	{
		if (rf_token_date(s + b, e - b, NULL))
			return RF_TOKEN_DATE;
		if (dot && !dash && len - e >= 5 && s[e] == ' ' &&
			rf_token_date(s + b, e + 5 - b, NULL) && !continues_word(s, len, e + 5))
		{
			*end = e + 5;
			return RF_TOKEN_DATE;
		}
	}
	if (!comma && rf_sagsnr_parse(s + b, e - b, &v) &&
		(v.scheme != RF_SCHEME_OTHER || groups_have_digits(&v)))
		return dash ? RF_TOKEN_CASE_NUMBER : RF_TOKEN_KLE;
	if (!letter && !dash)
		return RF_TOKEN_NUMBER;
	return RF_TOKEN_END;
}

/* A case number, KLE subject, date or number at t->pos: its type and end. */
static rf_token_type
special_token(const rf_tokenizer *t, size_t *end)
{
	const char *s = t->s;
	size_t		pos = t->pos;
	size_t		e = special_end(s, t->len, pos);
	rf_token_type type;
	size_t		i;

	if (e == 0)
		return RF_TOKEN_END;
	type = classify(s, t->len, pos, e, end);
	if (type != RF_TOKEN_END)
		return type;
	for (i = pos; i < e; i++)
		if (is_dash_at(s, t->len, i))
			return classify(s, t->len, pos, i, end);
	return RF_TOKEN_END;
}

/* ---------------------------------------------------------------- words */

/* Past "[ \t]*\r?\n[ \t]*" at s[i], or i when no line break follows. */
static size_t
past_line_break(const char *s, size_t len, size_t i)
{
	size_t		j = i;

	while (j < len && (s[j] == ' ' || s[j] == '\t'))
		j++;
	if (j < len && s[j] == '\r')
		j++;
	if (j >= len || s[j] != '\n')
		return i;
	j++;
	while (j < len && (s[j] == ' ' || s[j] == '\t'))
		j++;
	return j;
}

/* Does s[i..) start with the word w (not followed by a letter)? */
static bool
word_at(const char *s, size_t len, size_t i, const char *w)
{
	size_t		n = strlen(w);

	return len - i >= n && memcmp(s + i, w, n) == 0 && !continues_word(s, len, i + n);
}

/*
 * Bytes to skip at s[i] inside a word of nchars characters so far that goes
 * on after them, or 0: a soft hyphen (with a line break after it), or a
 * hyphen at a line break between lower-case letters, unless the next line
 * goes on with "og" or "eller" ("Social-" / "og sundhed" shares an ending)
 * or the word is one letter ("p-" / "huse" is "p-huse").
 */
static size_t
joint_at(const char *s, size_t len, size_t i, UChar32 prev, cclass cls, size_t nchars)
{
	size_t		j;
	UChar32		next;
	size_t		w;

	if (cls == C_SOFT_HYPHEN)
	{
		j = past_line_break(s, len, i + 2);
		return continues_word(s, len, j) ? j - i : 0;
	}
	if (s[i] != '-' || !is_lower(prev) || nchars < 2)
		return 0;
	j = past_line_break(s, len, i + 1);
	if (j == i + 1 || j >= len)
		return 0;
	next = decode(s, len, j, &w);
	if (!is_lower(next) || class_of(next) != C_LETTER ||
		word_at(s, len, j, "og") || word_at(s, len, j, "eller"))
		return 0;
	return j - i;
}

/*
 * NFKC of s[0..n) into out (which may be s); false, leaving out alone, when
 * the text is already normalised or cannot be normalised within the limits.
 */
static bool
nfkc(const char *s, size_t n, char *out, size_t *outlen)
{
	static const UNormalizer2 *normalizer;
	UChar		in16[RF_WORD_MAX_CHARS * 2 + 2];
	UChar		out16[RF_TOKEN_MAX_BYTES];
	int32_t		n16,
				m16,
				m8;
	UErrorCode	err = U_ZERO_ERROR;

	if (normalizer == NULL)
		normalizer = unorm2_getNFKCInstance(&err);
	u_strFromUTF8(in16, (int32_t) (sizeof(in16) / sizeof(UChar)), &n16, s, (int32_t) n, &err);
	if (U_FAILURE(err) || unorm2_quickCheck(normalizer, in16, n16, &err) == UNORM_YES)
		return false;
	m16 = unorm2_normalize(normalizer, in16, n16, out16,
						   (int32_t) (sizeof(out16) / sizeof(UChar)), &err);
	if (U_FAILURE(err))
		return false;
	/* measure first: out may be s, which must not be touched on failure */
	u_strToUTF8(NULL, 0, &m8, out16, m16, &err);
	if (m8 > RF_TOKEN_MAX_BYTES)
		return false;
	err = U_ZERO_ERROR;
	u_strToUTF8(out, RF_TOKEN_MAX_BYTES, &m8, out16, m16, &err);
	if (U_FAILURE(err))
		return false;
	*outlen = (size_t) m8;
	return true;
}

/* ------------------------------------------------------------- acronyms */

/* 'U' for a capital, 'l' for a small letter of ASCII or Latin-1, else 0. */
static char
latin_case(UChar32 c)
{
	if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7))
		return 'U';
	if ((c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7))
		return 'l';
	return 0;
}

/* The letters of a word: case and byte offset of each, and the end. */
typedef struct letters
{
	size_t		n;
	char		kase[RF_WORD_MAX_CHARS + 1];
	UChar32		c[RF_WORD_MAX_CHARS + 1];
	size_t		at[RF_WORD_MAX_CHARS + 1];	/* at[n]: the end */
} letters;

/*
 * s[0..n) in lower case into out (cap bytes), when it is letters of ASCII
 * and Latin-1 only; its length, else 0.
 */
static size_t
lower_latin(const char *s, size_t n, char *out, size_t cap)
{
	size_t		i = 0,
				o = 0;

	while (i < n)
	{
		size_t		width;
		UChar32		c = decode(s, n, i, &width);
		char		k = latin_case(c);

		if (k == 0 || o + 2 > cap)
			return 0;
		if (k == 'U')
			c += 0x20;
		if (c < 0x80)
			out[o++] = (char) c;
		else
		{
			out[o++] = (char) (0xC0 | (c >> 6));
			out[o++] = (char) (0x80 | (c & 0x3F));
		}
		i += width;
	}
	return o;
}

/* Does the word test accept letters [a, b) of w in lower case? */
static bool
test_word(const rf_tokenizer *t, const char *w, const letters *l, size_t a, size_t b)
{
	char		lower[RF_ACRONYM_WORD_MAX];
	size_t		n;

	if (b - a < RF_ACRONYM_WORD_MIN)
		return false;
	n = lower_latin(w + l->at[a], l->at[b] - l->at[a], lower, sizeof(lower));
	return n > 0 && t->words(t->words_arg, lower, n);
}

/* Letters [a, b) all of case k? */
static bool
all_case(const letters *l, size_t a, size_t b, char k)
{
	for (; a < b; a++)
		if (l->kase[a] != k)
			return false;
	return true;
}

/* Is the byte at w[i] the start of a capital of ASCII or Latin-1 ("À".."Þ" are C3 80..9E)? */
static bool
capital_at(const char *w, size_t n, size_t i)
{
	unsigned char b = (unsigned char) w[i];

	return (b >= 'A' && b <= 'Z')
		|| (b == 0xC3 && i + 1 < n && (unsigned char) w[i + 1] >= 0x80
			&& (unsigned char) w[i + 1] <= 0x9E && (unsigned char) w[i + 1] != 0x97);
}

/*
 * Where an acronym glued to a word is cut off the word w[0..n) (see
 * search_tokens.h): the bytes of the first of the two, or 0.  Most words
 * are turned away at once: the first two letters of the word are capitals,
 * or its last letter, or the one before a last "s".
 */
static size_t
acronym_cut(const rf_tokenizer *t, const char *w, size_t n)
{
	letters		l;
	size_t		i = 0,
				caps = 0,
				end;

	if (n < RF_ACRONYM_MIN + RF_ACRONYM_WORD_MIN
		|| !((capital_at(w, n, 0) && (capital_at(w, n, 1) || capital_at(w, n, 2)))
			 || capital_at(w, n, n - 1) || capital_at(w, n, n - 2)
			 || (w[n - 1] == 's' && capital_at(w, n, n - 3))))
		return 0;
	for (l.n = 0; i < n; l.n++)
	{
		size_t		width;

		if (l.n == RF_WORD_MAX_CHARS)
			return 0;
		l.c[l.n] = decode(w, n, i, &width);
		l.kase[l.n] = latin_case(l.c[l.n]);
		if (l.kase[l.n] == 0)
			return 0;
		l.at[l.n] = i;
		i += width;
	}
	l.at[l.n] = n;
	while (caps < l.n && l.kase[caps] == 'U')
		caps++;
	/* capitals, then small letters: "HRchefen", "PDFBilag" */
	if (caps >= RF_ACRONYM_MIN && caps < l.n && all_case(&l, caps, l.n, 'l'))
	{
		if (caps <= RF_ACRONYM_MAX && test_word(t, w, &l, caps, l.n))
			return l.at[caps];
		if (caps > RF_ACRONYM_MIN && caps - 1 <= RF_ACRONYM_MAX && test_word(t, w, &l, caps - 1, l.n))
			return l.at[caps - 1];
		return 0;
	}
	/* a word, then capitals and maybe a genitive s: "KommuneMED", "arbejdspladsMEDs" */
	end = l.n > 0 && l.kase[l.n - 1] == 'l' && l.c[l.n - 1] == 's' ? l.n - 1 : l.n;
	for (i = 1; i < end && l.kase[i] == 'l'; i++)
		;
	if (end - i >= RF_ACRONYM_MIN && end - i <= RF_ACRONYM_MAX && all_case(&l, i, end, 'U')
		&& test_word(t, w, &l, 0, i))
		return l.at[i];
	return 0;
}

/*
 * A hyphen left inside a word by text extraction, where a line break once
 * was: at t->s[i], after the word head[0..head_len) so far, before small
 * letters.  The bytes to skip to join the word, or 0 when the hyphen stays:
 * it is a break only when the letters after it are no word of their own
 * but the word joined is one ("beslut-ningen", "sygefravær-sstatistik"),
 * also with a letter written twice across it dropped once
 * ("sygefraværs-sstatistik").  A hyphen between two words stays
 * ("kommune-niveau").
 */
static size_t
broken_hyphen(const rf_tokenizer *t, const char *head, size_t head_len, size_t i)
{
	char		w[RF_ACRONYM_WORD_MAX];
	size_t		j = i + 1,
				hl,
				tl,
				first;
	UChar32		c;

	while (j < t->len)
	{
		c = decode(t->s, t->len, j, &first);
		if (latin_case(c) != 'l')
			break;
		j += first;
	}
	/* the letters after the hyphen end the word: no digit, capital or other letter follows */
	if (j - i - 1 < RF_ACRONYM_WORD_MIN || continues_word(t->s, t->len, j)
		|| (hl = lower_latin(head, head_len, w, sizeof(w))) == 0
		|| hl + (j - i - 1) > sizeof(w))
		return 0;
	memcpy(w + hl, t->s + i + 1, j - i - 1);
	tl = j - i - 1;
	if (t->words(t->words_arg, w + hl, tl))
		return 0;
	if (t->words(t->words_arg, w, hl + tl))
		return 1;
	decode(t->s, t->len, i + 1, &first);
	if (first <= hl && memcmp(w + hl - first, w + hl, first) == 0
		&& (memmove(w + hl, w + hl + first, tl - first), t->words(t->words_arg, w, hl + tl - first)))
		return 1 + first;
	return 0;
}

static rf_token_type
emit(rf_tokenizer *t, rf_token *tok, rf_token_type type, size_t end,
	 const char *text, size_t len)
{
	tok->type = type;
	tok->start = t->pos;
	tok->end = end;
	tok->text = text;
	tok->len = len;
	t->pos = end;
	t->in_overlong = false;
	return type;
}

static rf_token_type
emit_raw(rf_tokenizer *t, rf_token *tok, rf_token_type type, size_t end)
{
	return emit(t, tok, type, end, t->s + t->pos, end - t->pos);
}

/* A run of characters of one kind, at most RF_TOKEN_MAX_BYTES long. */
static rf_token_type
run_token(rf_tokenizer *t, rf_token *tok, rf_token_type type)
{
	size_t		i = t->pos;
	size_t		limit = t->len - i > RF_TOKEN_MAX_BYTES ? i + RF_TOKEN_MAX_BYTES : t->len;

	while (i < limit)
	{
		UChar32		c;
		size_t		w;
		cclass		cls = class_at(t->s, t->len, i, &c, &w);
		bool		blank = cls == C_BLANK || cls == C_SOFT_HYPHEN;
		bool		punct = cls == C_OTHER || cls == C_MARK;

		if ((type == RF_TOKEN_BLANK ? !blank : !punct) || i + w > limit)
			break;
		i += w;
	}
	return emit_raw(t, tok, type, i);
}

/* An overlong run of letters and digits, cut at RF_TOKEN_MAX_BYTES. */
static rf_token_type
overlong_token(rf_tokenizer *t, rf_token *tok)
{
	size_t		i = t->pos;
	size_t		limit = t->len - i > RF_TOKEN_MAX_BYTES ? i + RF_TOKEN_MAX_BYTES : t->len;
	bool		cut = false;

	while (i < t->len)
	{
		UChar32		c;
		size_t		w;
		cclass		cls = class_at(t->s, t->len, i, &c, &w);

		if (cls != C_LETTER && cls != C_DIGIT && cls != C_MARK && cls != C_SOFT_HYPHEN)
			break;
		if (i + w > limit)
		{
			cut = true;
			break;
		}
		i += w;
	}
	emit_raw(t, tok, RF_TOKEN_OVERLONG, i);
	t->in_overlong = cut;
	return RF_TOKEN_OVERLONG;
}

/*
 * The word at t->pos, whose first run_end - t->pos bytes are ASCII letters
 * and digits (of the kinds said), as alnum_run found them.
 */
static rf_token_type
word_token(rf_tokenizer *t, rf_token *tok, size_t run_end, int kinds)
{
	const char *s = t->s;
	size_t		len = t->len;
	size_t		i = run_end;
	size_t		nchars = run_end - t->pos;
	size_t		o = 0;			/* bytes in scratch once the text is rewritten */
	bool		rewritten = false,
				letter = (kinds & ALNUM_LETTER) != 0,
				digit = (kinds & ALNUM_DIGIT) != 0,
				normalise = false;
	UChar32		prev = run_end > t->pos ? (unsigned char) s[run_end - 1] : -1;
	const char *text;
	size_t		textlen,
				cut;
	rf_token_type type;

	if (nchars > RF_WORD_MAX_CHARS)
		return overlong_token(t, tok);
	while (i < len)
	{
		UChar32		c;
		size_t		w;
		cclass		cls;
		size_t		skip;

		/* most of a word: an ASCII letter or digit, nothing to decode or normalise */
		if (!rewritten && is_ascii_alnum(s[i]))
		{
			if (++nchars > RF_WORD_MAX_CHARS)
				return overlong_token(t, tok);
			if (rf_is_digit(s[i]))
				digit = true;
			else
				letter = true;
			prev = (unsigned char) s[i++];
			continue;
		}
		cls = class_at(s, len, i, &c, &w);
		if (cls == C_LETTER || cls == C_DIGIT || cls == C_MARK)
		{
			if (++nchars > RF_WORD_MAX_CHARS)
				return overlong_token(t, tok);
			letter |= cls == C_LETTER;
			digit |= cls == C_DIGIT;
			normalise |= may_change_under_nfkc(c);
			if (rewritten)
			{
				memcpy(t->scratch + o, s + i, w);
				o += w;
			}
			prev = c;
			i += w;
			continue;
		}
		skip = prev >= 0 ? joint_at(s, len, i, prev, cls, nchars) : 0;
		if (skip == 0 && t->words != NULL && s[i] == '-' && is_lower(prev))
			skip = broken_hyphen(t, rewritten ? t->scratch : s + t->pos,
								 rewritten ? o : i - t->pos, i);
		if (skip == 0)
			break;
		if (!rewritten)
		{
			o = i - t->pos;
			memcpy(t->scratch, s + t->pos, o);
			rewritten = true;
		}
		i += skip;
	}

	text = rewritten ? t->scratch : s + t->pos;
	textlen = rewritten ? o : i - t->pos;
	if (normalise && nfkc(text, textlen, t->scratch, &textlen))
		text = t->scratch;
	type = !letter ? RF_TOKEN_NUMBER : digit ? RF_TOKEN_NUMWORD : RF_TOKEN_WORD;
	if (type == RF_TOKEN_WORD && t->words != NULL && text == s + t->pos
		&& (cut = acronym_cut(t, text, textlen)) > 0)
		return emit(t, tok, type, t->pos + cut, text, cut);
	return emit(t, tok, type, i, text, textlen);
}

/*
 * The end of the ASCII letters and digits at t->pos, read no further than
 * a word (RF_WORD_MAX_CHARS) or a case number, date or number
 * (SPECIAL_MAX_BYTES) can reach and one byte more; their kinds in *kinds.
 * Most words are all of it: the word and what may be special are told from
 * this one reading.
 */
#define ALNUM_RUN_MAX ((RF_WORD_MAX_CHARS > SPECIAL_MAX_BYTES ? RF_WORD_MAX_CHARS : SPECIAL_MAX_BYTES) + 1)

static size_t
alnum_run(const rf_tokenizer *t, int *kinds)
{
	size_t		i = t->pos;
	size_t		limit = t->len - i > ALNUM_RUN_MAX ? i + ALNUM_RUN_MAX : t->len;
	int			k,
				all = 0;

	while (i < limit && (k = alnum_kind((unsigned char) t->s[i])) != 0)
	{
		all |= k;
		i++;
	}
	*kinds = all;
	return i;
}

/* Might a case number, KLE subject, date or number start at t->pos, before run_end (alnum_run)? */
static bool
may_be_special(const rf_tokenizer *t, size_t run_end)
{
	if (rf_is_digit(t->s[t->pos]))
		return true;
	if (!rf_is_ascii_letter(t->s[t->pos]))
		return false;
	/* letters first: only a case number ("EMN-2025-003383"), so a dash must follow */
	return run_end - t->pos <= SPECIAL_MAX_BYTES && is_dash_at(t->s, t->len, run_end);
}

void
rf_tokenizer_init(rf_tokenizer *t, const char *s, size_t len)
{
	t->s = s;
	t->len = s ? len : 0;
	t->pos = 0;
	t->in_overlong = false;
	t->words = NULL;
	t->words_arg = NULL;
}

void
rf_tokenizer_words(rf_tokenizer *t, rf_word_test test, void *arg)
{
	t->words = test;
	t->words_arg = arg;
}

rf_token_type
rf_tokenizer_next(rf_tokenizer *t, rf_token *tok)
{
	UChar32		c;
	size_t		w;
	size_t		end,
				run_end;
	rf_token_type type;
	cclass		cls;
	int			kinds;

	if (t->pos >= t->len)
		return emit(t, tok, RF_TOKEN_END, t->pos, "", 0);
	cls = class_at(t->s, t->len, t->pos, &c, &w);
	/* most blanks and punctuation: one ASCII byte before an ASCII byte of another kind */
	if (c < 0x80 && (cls == C_BLANK || cls == C_OTHER) && t->len - t->pos > 1 &&
		(unsigned char) t->s[t->pos + 1] < 0x80 && ascii_class((unsigned char) t->s[t->pos + 1]) != cls)
		return emit_raw(t, tok, cls == C_BLANK ? RF_TOKEN_BLANK : RF_TOKEN_PUNCT, t->pos + 1);
	switch (cls)
	{
		case C_BLANK:
		case C_SOFT_HYPHEN:
			return run_token(t, tok, RF_TOKEN_BLANK);
		case C_LETTER:
		case C_DIGIT:
			if (t->in_overlong)
				return overlong_token(t, tok);
			run_end = alnum_run(t, &kinds);
			if (may_be_special(t, run_end) && (type = special_token(t, &end)) != RF_TOKEN_END)
				return emit_raw(t, tok, type, end);
			return word_token(t, tok, run_end, kinds);
		default:
			return run_token(t, tok, RF_TOKEN_PUNCT);
	}
}
