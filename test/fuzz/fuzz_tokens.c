/*
 * fuzz_tokens.c — libFuzzer harness: the tokenizer of the text-search parser
 * referat.parser (search_tokens.h).
 *
 * Checked: the tokens cover the input, each byte in exactly one token and in
 * order; every token has a known type and 1 to RF_TOKEN_MAX_BYTES bytes of
 * text, which is the input as written or a rewritten word (or number) in
 * the tokenizer's scratch; valid UTF-8 in gives valid UTF-8 tokens (PostgreSQL
 * keeps them as text); a case-number token is a case number rf_sagsnr_parse
 * accepts, a KLE token a bare KLE subject, a date token a date
 * rf_token_date reads.  Each input is tokenized twice: as it is, and with
 * a word test that cuts acronyms off words (rf_tokenizer_words); the word
 * test is handed valid UTF-8 of 3 to RF_ACRONYM_WORD_MAX bytes, no capitals.
 */
#include <stdint.h>
#include <string.h>

#include "fuzz.h"
#include "sagsnr_parse.h"
#include "search_tokens.h"

static void
check_token(const rf_tokenizer *t, const rf_token *tok, bool utf8)
{
	const char *s = t->s;
	rf_sagsnr	v;
	rf_date		d;

	FUZZ_CHECK(tok->type >= 1 && tok->type <= RF_TOKEN_LAST);
	FUZZ_CHECK(tok->len >= 1 && tok->len <= RF_TOKEN_MAX_BYTES);
	FUZZ_CHECK(tok->start < tok->end && tok->end <= t->len);
	/* a number with a combining mark ("202\u030A5") is normalised too */
	if (tok->text >= t->scratch && tok->text < t->scratch + sizeof(t->scratch))
		FUZZ_CHECK(tok->type == RF_TOKEN_WORD || tok->type == RF_TOKEN_NUMWORD ||
				   tok->type == RF_TOKEN_NUMBER);
	else
		FUZZ_CHECK(tok->text == s + tok->start && tok->len == tok->end - tok->start);
	FUZZ_CHECK(!utf8 || fuzz_utf8(tok->text, tok->len));
	switch (tok->type)
	{
		case RF_TOKEN_CASE_NUMBER:
			FUZZ_CHECK(rf_sagsnr_parse(tok->text, tok->len, &v));
			break;
		case RF_TOKEN_KLE:
			FUZZ_CHECK(rf_sagsnr_parse(tok->text, tok->len, &v) && v.scheme == RF_SCHEME_KLE &&
					   memchr(v.text, '-', v.len) == NULL);
			break;
		case RF_TOKEN_DATE:
			FUZZ_CHECK(rf_token_date(tok->text, tok->len, &d));
			break;
		default:
			break;
	}
}

/* A word test that accepts about half the words it is asked about, deterministically. */
static bool
some_words(void *arg, const char *w, size_t len)
{
	(void) arg;
	FUZZ_CHECK(len >= 3 && len <= RF_ACRONYM_WORD_MAX && fuzz_utf8(w, len));
	for (size_t i = 0; i < len; i++)
		FUZZ_CHECK(!(w[i] >= 'A' && w[i] <= 'Z'));
	return (w[0] ^ w[len - 1] ^ (char) len) & 1;
}

static void
tokenize(const uint8_t *data, size_t size, rf_word_test words)
{
	rf_tokenizer *t = malloc(sizeof(rf_tokenizer));
	rf_token	tok;
	size_t		pos = 0;
	size_t		n = 0;
	bool		utf8 = fuzz_utf8((const char *) data, size);

	rf_tokenizer_init(t, (const char *) data, size);
	if (words != NULL)
		rf_tokenizer_words(t, words, NULL);
	while (rf_tokenizer_next(t, &tok) != RF_TOKEN_END)
	{
		check_token(t, &tok, utf8);
		FUZZ_CHECK(tok.start == pos);
		pos = tok.end;
		FUZZ_CHECK(++n <= size);
	}
	FUZZ_CHECK(pos == size);
	FUZZ_CHECK(rf_tokenizer_next(t, &tok) == RF_TOKEN_END);
	free(t);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	tokenize(data, size, NULL);
	tokenize(data, size, some_words);
	return 0;
}
