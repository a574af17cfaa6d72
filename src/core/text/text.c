/*
 * text.c — byte-span helpers and the line renderer.
 */
#include <stdint.h>
#include <string.h>

#include "interrupt.h"
#include "text.h"

/* Width of the white space (or invisible mark) at s[i], 0 if none. */
size_t
rf_wide_space_at(const char *s, size_t i, size_t end)
{
	unsigned char c = (unsigned char) s[i];
	unsigned char c1 = i + 1 < end ? (unsigned char) s[i + 1] : 0;
	unsigned char c2 = i + 2 < end ? (unsigned char) s[i + 2] : 0;

	if (c == 0xC2 && c1 == 0xA0)
		return 2;				/* U+00A0 no-break space */
	if (c == 0xE2 && c1 == 0x80 && ((c2 >= 0x80 && c2 <= 0x8A) || c2 == 0xAF))
		return 3;				/* U+2000..U+200A (en, em, figure, thin, …), U+202F */
	if ((c == 0xE2 && c1 == 0x81 && c2 == 0x9F) || (c == 0xE3 && c1 == 0x80 && c2 == 0x80))
		return 3;				/* U+205F, U+3000 */
	return 0;
}

size_t
rf_other_space_at(const char *s, size_t i, size_t end)
{
	unsigned char c = (unsigned char) s[i];
	size_t		w;

	if ((w = rf_wide_space_at(s, i, end)) > 0)
		return w;
	if (c == 0xC2 && i + 1 < end && (unsigned char) s[i + 1] == 0xAD)
		return 2;				/* soft hyphen */
	if (c == 0xEF && i + 2 < end &&
		(unsigned char) s[i + 1] == 0xBB && (unsigned char) s[i + 2] == 0xBF)
		return 3;				/* byte-order mark */
	return 0;
}

/* Width of the white space ending just before s[end], 0 if none. */
static size_t
space_before(const char *s, size_t start, size_t end)
{
	unsigned char c = (unsigned char) s[end - 1];

	if (c == ' ' || (c < 0x20 && c != '\n'))
		return 1;
	if (c < 0x80)
		return 0;				/* the rest of ASCII: most lines end so */
	if (end - start >= 2 && (unsigned char) s[end - 2] == 0xC2 && (c == 0xA0 || c == 0xAD))
		return 2;
	if (end - start >= 3 && rf_wide_space_at(s, end - 3, end) == 3)
		return 3;
	if (end - start >= 3 && (unsigned char) s[end - 3] == 0xEF &&
		(unsigned char) s[end - 2] == 0xBB && c == 0xBF)
		return 3;
	return 0;
}

bool
rf_is_capital_at(const char *s, size_t i, size_t end)
{
	unsigned char c = (unsigned char) s[i];

	if (i >= end)
		return false;
	if (c >= 'A' && c <= 'Z')
		return true;
	/* Latin-1 capitals U+00C0..U+00DE, less the multiplication sign */
	return c == 0xC3 && i + 1 < end && (unsigned char) s[i + 1] >= 0x80 &&
		(unsigned char) s[i + 1] <= 0x9E && (unsigned char) s[i + 1] != 0x97;
}

bool
rf_is_lower_at(const char *s, size_t i, size_t end)
{
	unsigned char c = (unsigned char) s[i];

	if (i >= end)
		return false;
	if (c >= 'a' && c <= 'z')
		return true;
	/* Latin-1 lower case U+00DF..U+00FF, less the division sign */
	return c == 0xC3 && i + 1 < end && (unsigned char) s[i + 1] >= 0x9F &&
		(unsigned char) s[i + 1] != 0xB7;
}

bool
rf_next_line(const char *s, size_t *pos, size_t end, rf_span *line)
{
	const char *nl;

	if (*pos >= end)
		return false;
	nl = memchr(s + *pos, '\n', end - *pos);
	line->start = *pos;
	line->end = nl ? (size_t) (nl - s) : end;
	*pos = line->end + 1;
	rf_poll(line->start, *pos);
	return true;
}

/* A byte of ASCII that is no blank or control: it is no part of a blank either. */
static inline bool
visible_ascii(unsigned char c)
{
	return c > ' ' && c < 0x80;
}

/* Are the eight bytes at p all blanks (' ')? */
static inline bool
blanks8(const char *p)
{
	uint64_t	x;

	memcpy(&x, p, 8);
	return x == UINT64_C(0x2020202020202020);
}

rf_span
rf_trim(const char *s, rf_span sp)
{
	size_t		w;

	/* lines laid out as on the page start with runs of blanks: eight at a time */
	while (sp.end - sp.start >= 8 && blanks8(s + sp.start))
	{
		rf_poll(sp.start, sp.start + 8);
		sp.start += 8;
	}
	while (sp.start < sp.end && (w = rf_space_at(s, sp.start, sp.end)) > 0)
	{
		rf_poll(sp.start, sp.start + w);
		sp.start += w;
	}
	/* ASCII that is no blank ends no blank (space_before): most spans end so */
	while (sp.end > sp.start && !visible_ascii((unsigned char) s[sp.end - 1]) &&
		   (w = space_before(s, sp.start, sp.end)) > 0)
	{
		rf_poll(sp.end, sp.end - w);
		sp.end -= w;
	}
	return sp;
}

/*
 * The same of the first and the last character of s[start..end): also a
 * character beyond ASCII that is no blank (Æ, Ø, Å, •, …), and at the end a
 * Latin-1 letter (C3 xx: æ, ø, å, é, …), which no blank ends (space_before).
 */
static inline bool
plain_ends(const char *s, size_t start, size_t end)
{
	unsigned char first = (unsigned char) s[start];
	unsigned char last = (unsigned char) s[end - 1];

	return (rf_plain_edge(first) || (first >= 0x80 && rf_space_at(s, start, end) == 0)) &&
		(rf_plain_edge(last) || (last >= 0x80 && end - start >= 2 && (unsigned char) s[end - 2] == 0xC3));
}

rf_span
rf_content(const char *s, size_t start, size_t end, bool *markdown)
{
	rf_span		sp;
	size_t		i;
	bool		md = false;

	/* most lines: nothing to trim, no Markdown */
	if (start < end && plain_ends(s, start, end))
	{
		if (markdown)
			*markdown = false;
		return (rf_span) {start, end};
	}
	sp = rf_trim(s, (rf_span) {start, end});
	i = sp.start;

	/* "## heading" */
	while (i < sp.end && s[i] == '#' && i - sp.start < 6)
		i++;
	if (i > sp.start && i < sp.end && s[i] == ' ')
	{
		sp.start = i;
		sp = rf_trim(s, sp);
		md = true;
	}
	/* "**bold line**" */
	if (sp.end - sp.start >= 4 && s[sp.start] == '*' && s[sp.start + 1] == '*' &&
		s[sp.end - 1] == '*' && s[sp.end - 2] == '*')
	{
		sp.start += 2;
		sp.end -= 2;
		sp = rf_trim(s, sp);
		md = true;
	}
	if (markdown)
		*markdown = md;
	return sp;
}

/*
 * A byte folded to lower case: ASCII capitals, and the second byte of the
 * Latin-1 capitals C3 80..C3 9E (after prev, the byte before it in the same
 * match) mapped to its lower case; other bytes as they are.
 */
static inline unsigned char
fold_byte(unsigned char c, unsigned char prev)
{
	if (c >= 'A' && c <= 'Z')
		return c + ('a' - 'A');
	if (prev == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97)
		return c + 0x20;
	return c;
}

/*
 * Do the bytes of x and y (eight, or four and zeros) match without case,
 * each pair equal or an ASCII letter in its two cases?  (Other pairs that
 * fold alike, the Latin-1 letters, are left to the byte-by-byte
 * comparison.)
 */
static inline bool
ascii_imatch(uint64_t x, uint64_t y)
{
	const uint64_t ones = UINT64_C(0x0101010101010101);
	const uint64_t highs = UINT64_C(0x8080808080808080);
	uint64_t	d;
	uint64_t	low;
	uint64_t	letters;

	d = x ^ y;
	if (d == 0)
		return true;
	if ((d & ~(ones * 0x20)) != 0)
		return false;
	/* the bytes of x that are ASCII letters: (x | 0x20) & 0x7F in 'a'..'z', x < 0x80 */
	low = (x | ones * 0x20) & ~highs;
	letters = (low + ones * (0x80 - 'a')) & ~(low + ones * (0x7F - 'z')) & ~x & highs;
	/* every pair that differs (in the 0x20 bit alone) is such a letter */
	return ((d << 2) & ~letters) == 0;
}

/* ascii_imatch of the n bytes (four or eight) at a and at b */
static inline bool
ascii_imatch_at(const char *a, const char *b, size_t n)
{
	uint64_t	x = 0;
	uint64_t	y = 0;

	memcpy(&x, a, n);
	memcpy(&y, b, n);
	return ascii_imatch(x, y);
}

bool
rf_imatch(const char *s, size_t i, const char *word, size_t n)
{
	unsigned char ps = 0,
				pw = 0;
	size_t		j = 0;

	/* an ASCII last byte of the word: only its own capital folds to it: a cheap first test */
	if (n > 1 && (unsigned char) word[n - 1] < 0x80 &&
		rf_lower_ascii((unsigned char) s[i + n - 1]) != rf_lower_ascii((unsigned char) word[n - 1]))
		return false;
	/* a word of four to seven bytes: its first four and its last four */
	if (n >= 4 && n < 8 && ascii_imatch_at(s + i, word, 4) && ascii_imatch_at(s + i + n - 4, word + n - 4, 4))
		return true;

	/*
	 * eight bytes at a time while they are plain ASCII pairs (headings,
	 * labels), the last eight of a longer word too, over the ones before
	 */
	while (j + 8 <= n && ascii_imatch_at(s + i + j, word + j, 8))
		j += 8;
	if (j > 0 && j < n && ascii_imatch_at(s + i + n - 8, word + n - 8, 8))
		return true;
	if (j > 0)
	{
		ps = (unsigned char) s[i + j - 1];
		pw = (unsigned char) word[j - 1];
	}
	for (; j < n; j++)
	{
		unsigned char a = (unsigned char) s[i + j],
					b = (unsigned char) word[j];

		if (a != b && fold_byte(a, ps) != fold_byte(b, pw))
			return false;
		ps = a;
		pw = b;
	}
	return true;
}

size_t
rf_ifind(const char *s, rf_span sp, const char *word)
{
	size_t		n = strlen(word);
	size_t		k = 0;

	/*
	 * A byte of the word that folding leaves alone and no other byte folds
	 * to (ASCII but a letter: the blank of " den ", the comma of ", pkt."):
	 * jump from one of its places to the next with memchr.
	 */
	while (k < n && (rf_is_ascii_letter(word[k]) || (unsigned char) word[k] >= 0x80))
		k++;
	if (n == 0 || sp.end - sp.start < n)
		return (size_t) -1;
	if (k < n)
	{
		size_t		p = sp.start + k;	/* where word[k] stands in a match at sp.start */
		size_t		last = sp.end - n + k;	/* and in the last match possible */

		while (p <= last)
		{
			const char *at = memchr(s + p, word[k], last + 1 - p);
			size_t		next = at ? (size_t) (at - s) : last + 1;

			rf_poll(p, next);
			if (next > last)
				break;
			if (rf_imatch(s, next - k, word, n))
				return next - k;
			p = next + 1;
		}
		return (size_t) -1;
	}
	/* letters only: a match starts with the word's first byte, which folds alone (ASCII) */
	for (size_t i = sp.start; i + n <= sp.end; i++)
	{
		if (rf_lower_ascii((unsigned char) s[i]) == rf_lower_ascii((unsigned char) word[0]) &&
			rf_imatch(s, i, word, n))
			return i;
		rf_poll(i, i + 1);
	}
	return (size_t) -1;
}

/*
 * A match starts where the span's byte is the word's first byte without
 * case, and a first byte folds alone (there is no byte before it in the
 * word): ASCII capitals only.  So the first bytes of the words, so folded,
 * say at which places of the span a word may start, and only there are the
 * words compared.
 */
bool
rf_ifind_any(const char *s, rf_span sp, const char *const *words, size_t n)
{
	uint64_t	first[4] = {0};

	for (size_t k = 0; k < n; k++)
	{
		unsigned char c = rf_lower_ascii((unsigned char) words[k][0]);

		first[c >> 6] |= (uint64_t) 1 << (c & 63);
	}
	for (size_t i = sp.start; i < sp.end; i++)
	{
		unsigned char c = rf_lower_ascii((unsigned char) s[i]);

		rf_poll(i, i + 1);
		if (!(first[c >> 6] >> (c & 63) & 1))
			continue;
		for (size_t k = 0; k < n; k++)
		{
			size_t		m = strlen(words[k]);

			if (m > 0 && m <= sp.end - i && rf_lower_ascii((unsigned char) words[k][0]) == c &&
				rf_imatch(s, i, words[k], m))
				return true;
		}
	}
	return false;
}

bool
rf_word_before(const char *s, size_t from, size_t *p, rf_span *w)
{
	while (*p > from && s[*p - 1] == ' ')
		(*p)--;
	w->end = *p;
	while (*p > from && s[*p - 1] != ' ')
		(*p)--;
	w->start = *p;
	return w->start < w->end;
}

bool
rf_word_after(const char *s, size_t *p, size_t end, rf_span *w)
{
	while (*p < end && s[*p] == ' ')
		(*p)++;
	w->start = *p;
	while (*p < end && s[*p] != ' ')
		(*p)++;
	w->end = *p;
	return w->start < w->end;
}

bool
rf_digits(const char *s, size_t end, size_t *pos, int max_digits, int *value)
{
	size_t		i = *pos;
	int			v = 0;

	while (i < end && rf_is_digit(s[i]) && (int) (i - *pos) < max_digits)
		v = v * 10 + (s[i++] - '0');
	if (i == *pos || (i < end && rf_is_digit(s[i])))
		return false;
	*pos = i;
	*value = v;
	return true;
}

bool
rf_all_digits(const char *s, rf_span sp, int max_digits, int *value)
{
	size_t		pos = sp.start;

	return rf_digits(s, sp.end, &pos, max_digits, value) && pos == sp.end;
}

/* After "## " at the start of a line: the Markdown heading mark goes. */
static size_t
skip_markdown_heading(const char *s, rf_span line)
{
	size_t		i = line.start;

	while (i < line.end && s[i] == '#' && i - line.start < 6)
		i++;
	return (i > line.start && i < line.end && s[i] == ' ') ? i + 1 : line.start;
}

/*
 * A byte emit_line copies as it is: no control character, no '*' (of a bold
 * mark), no first byte of a Unicode space, soft hyphen or byte-order mark
 * (see rf_space_at); a blank too unless blanks collapse (join).
 */
static inline bool
plain_byte(unsigned char c, bool join)
{
	if (c < 0x80)
		return (c > ' ' || (c == ' ' && !join)) && c != '*';
	return c != 0xC2 && c != 0xE2 && c != 0xE3 && c != 0xEF;
}

/*
 * Are the eight bytes at p all printable ASCII or blanks, none of them '*'
 * (plain_byte where blanks are kept)?  Most of a section body is: then it
 * is looked at eight bytes at a time.
 */
static inline bool
plain_ascii8(const char *p)
{
	const uint64_t ones = UINT64_C(0x0101010101010101);
	const uint64_t highs = UINT64_C(0x8080808080808080);
	uint64_t	x;
	uint64_t	stars;

	memcpy(&x, p, 8);
	stars = x ^ (ones * '*');
	/* a byte below ' ', a byte >= 0x80, a '*' */
	return (((x - ones * ' ') & ~x & highs) | (x & highs) | ((stars - ones) & ~stars & highs)) == 0;
}

/* Append one line's clean text; blanks collapse when join is set. */
static size_t
emit_line(const char *s, size_t i, size_t end, bool join, char *out, size_t o)
{
	while (i < end)
		for (size_t piece = rf_piece(i, end); i < piece;)
		{
			unsigned char c = (unsigned char) s[i];
			size_t		run = i;
			size_t		w;

			/*
			 * a run of plain bytes (a word; most of a line of a body) goes out
			 * in one copy; when blanks collapse, a single blank between two
			 * plain bytes goes out as it is, so it stays in the run
			 */
			if (join)
				while (run < piece &&
					   (plain_byte((unsigned char) s[run], true) ||
						(s[run] == ' ' && run > i && run + 1 < piece &&
						 plain_byte((unsigned char) s[run + 1], true))))
					run++;
			else
				for (;;)
				{
					size_t		stop;

					while (run + 8 <= piece && plain_ascii8(s + run))
						run += 8;
					/* byte by byte past a letter such as æ, eight at a time again after */
					stop = piece - run > 8 ? run + 8 : piece;
					while (run < stop && plain_byte((unsigned char) s[run], false))
						run++;
					if (run < stop || run == piece)
						break;
				}
			if (run > i)
			{
				memcpy(out + o, s + i, run - i);
				o += run - i;
				i = run;
				continue;
			}
			w = rf_space_at(s, i, end);

			if (w > 0)
			{
				bool		blank = (c == ' ' || c == '\t' || rf_wide_space_at(s, i, end) > 0);

				if (blank && !(join && (o == 0 || out[o - 1] == ' ')))
					out[o++] = ' ';
				i += w;
			}
			else if (c == '*' && i + 1 < end && s[i + 1] == '*')
				i += 2;
			else
				out[o++] = s[i++];
		}
	return o;
}

size_t
rf_join(char *out, size_t o, const char *s, rf_span next)
{
	unsigned char c,
				before;
	bool		lower;

	/* nothing to join to, or nothing to join (s[next.start] may be past the text) */
	if (o == 0 || next.start == next.end)
		return o;
	c = (unsigned char) s[next.start];
	lower = (c >= 'a' && c <= 'z') ||
		(c == 0xC3 && next.end - next.start > 1 && (unsigned char) s[next.start + 1] >= 0xA0);
	before = o >= 2 ? (unsigned char) out[o - 2] : ' ';
	/* "trivsels-" / "og APV-måling": a shared ending, not a broken word */
	if (lower && out[o - 1] == '-' && before != ' ' &&
		!rf_istarts(s, next, "og ") && !rf_istarts(s, next, "eller "))
	{
		/* "budget-" / "lægges" was one word; "2030-" / "fremskrivning" keeps its dash */
		if (!(before >= '0' && before <= '9'))
			o--;
		return o;
	}
	out[o++] = ' ';
	return o;
}

size_t
rf_render(const char *s, size_t start, size_t end, rf_render_mode mode, char *out)
{
	size_t		o = 0;
	bool		pending_blank = false;

	while (start < end)
	{
		const char *nl = memchr(s + start, '\n', end - start);
		size_t		le = nl ? (size_t) (nl - s) : end;
		rf_span		line;
		size_t		w;

		rf_poll(start, le + 1);
		if (mode == RF_RENDER_JOIN)
			line = rf_content(s, start, le, NULL);
		else
		{
			/* keep the indentation of sub-bullets, drop only trailing space */
			line = (rf_span) {start, le};
			while (line.end > line.start && (w = space_before(s, line.start, line.end)) > 0)
			{
				rf_poll(line.end, line.end - w);
				line.end -= w;
			}
			while (line.start < line.end && s[line.start] != ' ' &&
				   (w = rf_space_at(s, line.start, line.end)) > 0)
			{
				rf_poll(line.start, line.start + w);
				line.start += w;
			}
			line.start = skip_markdown_heading(s, line);
		}

		if (line.start == line.end)
			pending_blank = (o > 0);
		else
		{
			size_t		before = o;
			size_t		text;

			if (o > 0 && mode == RF_RENDER_PARAGRAPHS)
			{
				out[o++] = '\n';
				if (pending_blank)
					out[o++] = '\n';
			}
			else
				o = rf_join(out, o, s, line);
			text = o;
			o = emit_line(s, line.start, line.end, mode == RF_RENDER_JOIN, out, o);
			while (o > 0 && out[o - 1] == ' ')
				o--;
			if (o > text)
				pending_blank = false;
			else
			{
				/* nothing left but marks ("**"): the line counts as blank */
				o = before;
				pending_blank = pending_blank || o > 0;
			}
		}
		start = le + 1;
	}
	out[o] = '\0';
	return o;
}
