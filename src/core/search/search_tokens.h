/*
 * search_tokens.h — the tokenizer of the text-search parser referat.parser,
 * without PostgreSQL.
 *
 * One pass over UTF-8 text, no regular expressions, no allocation.  Every
 * byte of the input belongs to exactly one token, so a headline can print the
 * tokens one after the other and get the text back.  A token's text is the
 * input as written, except in words:
 *   - soft hyphens (U+00AD) are dropped ("arbejds\u00ADmiljø");
 *   - a word hyphenated at a line break is joined ("arbejds-" / "miljø" is
 *     "arbejdsmiljø"), unless the next line goes on with "og"/"eller"
 *     ("Social-" / "og sundhed") or a capital ("MED-" / "udvalget");
 *   - the word is in Unicode normal form NFKC (ICU), so that "ﬁ" reads "fi"
 *     and a decomposed "å" the same as a composed one.
 * An acronym glued to a word is two words, as if a hyphen stood between
 * them, when the tokenizer has a word test (rf_tokenizer_words) and the
 * word passes it: 2 to 5 capitals before a word in lower case ("HRchefen"
 * is "HR" and "chefen", "MEDaftalen"), or else before a capitalised word
 * ("PDFBilag" is "PDF" and "Bilag"), or after a word ("KommuneMED",
 * "arbejdspladsMEDs": "MEDs" stays one word).  So "KLaftalen" and
 * "KL-aftalen" give the same words.  A word with digits, or rewritten as
 * above, is not cut.  With the word test a hyphen that text extraction
 * left inside a word where a line break was is dropped too: when the small
 * letters after it are no word but the word joined is ("beslut-ningen",
 * "sygefravær-sstatistik"), or is once a letter written on both sides of
 * the hyphen is dropped ("sygefraværs-sstatistik"); "kommune-niveau" stays
 * two words.
 * Letter case is kept: ts_headline prints token text, and abbreviations are
 * told from words by their case ("MED", "med").  The dictionaries fold case.
 *
 * Case numbers, KLE subjects, dates and numbers are recognised on ASCII
 * text: "00.01.00-A00-3-17", "EMN-2025-003383", "330-2018-3619" (every scheme
 * that rf_sagsnr_parse accepts; in running text each group of an "other"
 * number must hold a digit, so "COVID-19-test" stays words), "81.28.00" and
 * "81.28", "28-06-2017", "09.04.2025", "2025-10-01", "19.6 2017",
 * "1.500.000", "50,3".
 */
#ifndef RF_SEARCH_TOKENS_H
#define RF_SEARCH_TOKENS_H

#include <stdbool.h>
#include <stddef.h>

#include "danish_time.h"

/*
 * Token types.  Token types, once released, keep their numbers: text-search
 * configurations store them (pg_ts_config_map), so a renumbered type would
 * silently change what every existing configuration indexes.  A new kind of
 * token gets the next free number; a retired one keeps its number unused.
 */
typedef enum rf_token_type
{
	RF_TOKEN_END = 0,			/* no more tokens */
	RF_TOKEN_WORD = 1,			/* letters (any script) */
	RF_TOKEN_NUMWORD = 2,		/* letters and digits: "CO2", "A4" */
	RF_TOKEN_CASE_NUMBER = 3,	/* "00.01.00-A00-3-17", "EMN-2025-003383" */
	RF_TOKEN_KLE = 4,			/* KLE subject "81.28.00", "81.28" */
	RF_TOKEN_DATE = 5,			/* "28-06-2017", "09.04.2025", "2025-10-01", "19.6 2017" */
	RF_TOKEN_NUMBER = 6,		/* "2017", "1.500.000", "50,3" */
	RF_TOKEN_BLANK = 7,			/* white space, line breaks, control characters */
	RF_TOKEN_PUNCT = 8,			/* punctuation and symbols */
	RF_TOKEN_OVERLONG = 9		/* a run of letters/digits too long to be a word */
} rf_token_type;

#define RF_TOKEN_LAST RF_TOKEN_OVERLONG

/* Names and descriptions of the types 1..RF_TOKEN_LAST (index 0 unused). */
extern const char *const rf_token_alias[RF_TOKEN_LAST + 1];
extern const char *const rf_token_description[RF_TOKEN_LAST + 1];

/*
 * No token is longer than this many bytes: PostgreSQL drops a token of 2048
 * bytes (MAXSTRLEN) or more with a notice, also from a headline.  Longer runs
 * are cut into several tokens at character boundaries.
 */
#define RF_TOKEN_MAX_BYTES 2047

/* A run of more letters and digits than this is overlong, not a word. */
#define RF_WORD_MAX_CHARS 64

/*
 * Is w[0..len), case-folded UTF-8 of RF_ACRONYM_WORD_MAX bytes at most, a
 * word that an acronym may be glued to?  arg is the tokenizer's words_arg.
 */
typedef bool (*rf_word_test) (void *arg, const char *w, size_t len);

#define RF_ACRONYM_MIN 2		/* capitals of an acronym */
#define RF_ACRONYM_MAX 5
#define RF_ACRONYM_WORD_MIN 3	/* characters of the word it is glued to */
#define RF_ACRONYM_WORD_MAX 128 /* bytes */

typedef struct rf_tokenizer
{
	const char *s;
	size_t		len;
	size_t		pos;
	bool		in_overlong;	/* the last token cut an overlong run */
	rf_word_test words;			/* NULL: acronyms are not cut off */
	void	   *words_arg;
	char		scratch[RF_TOKEN_MAX_BYTES + 1];	/* text of a rewritten word */
} rf_tokenizer;

typedef struct rf_token
{
	rf_token_type type;
	const char *text;			/* into the input, or into the tokenizer's scratch */
	size_t		len;
	size_t		start;			/* input bytes [start, end) */
	size_t		end;
} rf_token;

extern void rf_tokenizer_init(rf_tokenizer *t, const char *s, size_t len);

/* Cut acronyms off the words that test accepts (after rf_tokenizer_init). */
extern void rf_tokenizer_words(rf_tokenizer *t, rf_word_test test, void *arg);

/*
 * The next token in *tok; RF_TOKEN_END at the end of the input.  tok->text
 * is valid until the next call (when it points into t->scratch) or as long
 * as the input (otherwise).  Each call reads a bounded number of bytes
 * beyond the token, so tokenizing is linear in the input.
 */
extern rf_token_type rf_tokenizer_next(rf_tokenizer *t, rf_token *tok);

/*
 * A date written as the whole of s[0..len): D-M-YYYY, D.M.YYYY (one or two
 * digits for day and month), YYYY-MM-DD or D.M YYYY; false when s is
 * anything else or no such day exists.
 */
extern bool rf_token_date(const char *s, size_t len, rf_date *out);

#endif
