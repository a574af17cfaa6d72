/*
 * text.h — small helpers over byte spans of UTF-8 text, and the renderer
 * that turns a range of input lines into clean text.
 */
#ifndef RF_TEXT_H
#define RF_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "minutes.h"

/*
 * The content of a line: without leading and trailing white space (blanks,
 * tabs, form feeds, no-break spaces, soft hyphens, a byte-order mark),
 * Markdown heading marks ("## ") and bold marks around the whole line.
 * *markdown tells whether heading or bold marks were removed.
 */
extern rf_span rf_content(const char *s, size_t start, size_t end, bool *markdown);

/*
 * A byte at either end of a line that leaves it as it is: ASCII, no blank,
 * no Markdown mark.  A line with such bytes at both ends is its content.
 */
static inline bool
rf_plain_edge(unsigned char c)
{
	return c > ' ' && c < 0x80 && c != '#' && c != '*';
}

/* Trim white space (as rf_content) at both ends of a span. */
extern rf_span rf_trim(const char *s, rf_span sp);

/*
 * Does s[i..i + n) hold the n bytes of word, without case?  ASCII and
 * Latin-1 letters (æ/Æ, ø/Ø, å/Å, é/É, …) fold; folding keeps byte lengths.
 */
extern bool rf_imatch(const char *s, size_t i, const char *word, size_t n);

/* Position of word in s[sp), without case, or (size_t) -1. */
extern size_t rf_ifind(const char *s, rf_span sp, const char *word);

/* Does any of the n words occur in s[sp), without case?  (rf_ifind of each, in one pass.) */
extern bool rf_ifind_any(const char *s, rf_span sp, const char *const *words, size_t n);

/* ASCII digits and letters. */
static inline bool
rf_is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* An ASCII capital in lower case; every other byte (the lead byte of æ, ø, å) as it is. */
static inline unsigned char
rf_lower_ascii(unsigned char c)
{
	/* without a branch: the bit 0x20 set on A-Z alone */
	return (unsigned char) (c | ((unsigned) (c - 'A') < 26) << 5);
}

static inline bool
rf_is_ascii_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/*
 * The span is word, starts with it, ends with it, without case (rf_imatch).
 * Inline, so that the length of a literal word is known when compiling and
 * most calls end at comparing lengths or first bytes.
 */
static inline bool
rf_ieq(const char *s, rf_span sp, const char *word)
{
	size_t		n = strlen(word);

	return sp.end - sp.start == n && rf_imatch(s, sp.start, word, n);
}

static inline bool
rf_istarts(const char *s, rf_span sp, const char *word)
{
	size_t		n = strlen(word);
	unsigned char a,
				b;

	if (n == 0)
		return true;
	if (sp.end <= sp.start || sp.end - sp.start < n)
		return false;
	a = (unsigned char) s[sp.start];
	b = (unsigned char) word[0];
	/* the first byte folds alone (no byte before it): ASCII capitals only */
	if (rf_lower_ascii(a) != rf_lower_ascii(b))
		return false;
	/* after an ASCII byte, so does the second */
	if (n >= 2 && a < 0x80 &&
		rf_lower_ascii((unsigned char) s[sp.start + 1]) != rf_lower_ascii((unsigned char) word[1]))
		return false;
	return rf_imatch(s, sp.start, word, n);
}

static inline bool
rf_iends(const char *s, rf_span sp, const char *word)
{
	size_t		n = strlen(word);

	if (sp.end - sp.start < n || n == 0)
		return n == 0;
	/* an ASCII last byte of the word: only its own capital folds to it */
	if ((unsigned char) word[n - 1] < 0x80 &&
		rf_lower_ascii((unsigned char) s[sp.end - 1]) != rf_lower_ascii((unsigned char) word[n - 1]))
		return false;
	return rf_imatch(s, sp.end - n, word, n);
}

/* A capital (A-Z, Æ, Ø, Å, É, …) or a lower-case letter at s[i], before end. */
extern bool rf_is_capital_at(const char *s, size_t i, size_t end);
extern bool rf_is_lower_at(const char *s, size_t i, size_t end);

/*
 * Words of clean text, where only ' ' separates them: the word that ends
 * before *p (not reaching before from), or the word at or after *p (before
 * end), in *w; *p moves past it.  False when there is none.
 */
extern bool rf_word_before(const char *s, size_t from, size_t *p, rf_span *w);
extern bool rf_word_after(const char *s, size_t *p, size_t end, rf_span *w);

/* Parse 1..max_digits decimal digits at s[*pos]; advances *pos. */
extern bool rf_digits(const char *s, size_t end, size_t *pos, int max_digits, int *value);

/* Does s[sp) hold only decimal digits (1..max_digits of them)? */
extern bool rf_all_digits(const char *s, rf_span sp, int max_digits, int *value);

/*
 * Next line of s[*pos..end) in *line (without its newline); false at the end.
 * A loop over lines with it polls for interrupts (interrupt.h) by itself.
 */
extern bool rf_next_line(const char *s, size_t *pos, size_t end, rf_span *line);

/*
 * A Unicode space at s[i] (no-break, en/em/figure/thin/hair, narrow no-break,
 * ideographic): its width in bytes, else 0.  Text taken from PDFs and web
 * pages has them wherever a blank could stand; they are blanks everywhere.
 */
extern size_t rf_wide_space_at(const char *s, size_t i, size_t end);

/* rf_space_at for a byte C2, E2, E3 or EF: a Unicode space, soft hyphen, byte-order mark. */
extern size_t rf_other_space_at(const char *s, size_t i, size_t end);

/*
 * Blank, tab, Unicode space, soft hyphen, byte-order mark at s[i]: its
 * width, else 0.  Inline: the renderer and the trimmers ask it of every
 * byte, and most bytes are decided by the first test or two.
 */
static inline size_t
rf_space_at(const char *s, size_t i, size_t end)
{
	unsigned char c = (unsigned char) s[i];

	if (c == ' ' || (c < 0x20 && c != '\n'))
		return 1;
	if (c != 0xC2 && c != 0xE2 && c != 0xE3 && c != 0xEF)
		return 0;				/* the rest of ASCII, and æ, ø, å: most bytes */
	return rf_other_space_at(s, i, end);
}

/*
 * Join the line next to the text out[0..o) (o > 0 unless empty): a blank
 * between them, except after a word hyphenated at the line break
 * ("budget-" / "lægges" becomes "budgetlægges", "2030-" / "fremskrivning"
 * keeps its dash).  Returns the new length.
 */
extern size_t rf_join(char *out, size_t o, const char *s, rf_span next);

typedef enum rf_render_mode
{
	RF_RENDER_JOIN,				/* lines joined by one space: titles, names */
	RF_RENDER_PARAGRAPHS		/* lines kept, runs of blank lines become one */
} rf_render_mode;

/*
 * Write the clean text of s[start..end) to out, which must have room for
 * end - start + 1 bytes; returns the length written (NUL-terminated).
 * Carriage returns, form feeds and other control characters go, tabs and
 * no-break spaces become blanks, soft hyphens and Markdown bold marks are
 * dropped, trailing blanks of every line are removed.
 */
extern size_t rf_render(const char *s, size_t start, size_t end, rf_render_mode mode, char *out);

#endif
