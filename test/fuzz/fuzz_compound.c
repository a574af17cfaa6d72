/*
 * fuzz_compound.c — libFuzzer harness: the compound splitter (compound.h)
 * with the lexicon make builds (build/referat_danish.lex), on any word of
 * valid UTF-8 (what the dictionary gets from PostgreSQL).
 *
 * Checked: a word has terms unless it is empty, never more than the arrays
 * hold; each term is NUL-terminated text inside the result, valid UTF-8;
 * variants are numbered 1, 2, … in order; a split has at least two parts;
 * a word the lexicon lacks and that does not split, or one too long to try,
 * is one term, as written; only a cut can begin with an unknown piece.
 */
#include <stdint.h>
#include <string.h>

#include "compound.h"
#include "fuzz.h"

#define LEXICON "build/referat_danish.lex"

static rf_lexicon lx;
static rf_compound c;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	FILE	   *f = fopen(LEXICON, "rb");
	void	   *data;
	long		n;
	const char *why;

	(void) argc;
	(void) argv;
	if (f == NULL)
	{
		perror(LEXICON " (make build/referat_danish.lex)");
		exit(2);
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	data = malloc((size_t) n);
	if (data == NULL || fread(data, 1, (size_t) n, f) != (size_t) n)
		exit(2);
	fclose(f);
	if ((why = rf_lexicon_open(&lx, data, (size_t) n)) != NULL)
	{
		fprintf(stderr, "%s: %s\n", LEXICON, why);
		exit(2);
	}
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *w = (const char *) data;
	int			variant = 1;

	if (!fuzz_utf8(w, size))
		return 0;
	rf_compound_split(&lx, w, size, &c);
	FUZZ_CHECK(c.n_terms >= 0 && c.n_terms <= RF_COMPOUND_MAX_TERMS && (c.n_terms == 0) == (size == 0));
	FUZZ_CHECK(c.n_parts == 0 || (c.n_parts >= 2 && c.n_parts <= RF_COMPOUND_MAX_PARTS));
	FUZZ_CHECK(!c.unknown_piece || (!c.known && c.n_parts >= 2));
	for (int i = 0; i < c.n_terms; i++)
	{
		const rf_term *t = &c.terms[i];
		const char *text = rf_compound_term(&c, i);

		FUZZ_CHECK(t->len >= 1 && (size_t) t->offset + t->len < RF_COMPOUND_TEXT_BYTES);
		FUZZ_CHECK(text[t->len] == '\0' && strlen(text) == t->len && fuzz_utf8(text, t->len));
		FUZZ_CHECK(t->variant == variant || t->variant == variant + 1);
		FUZZ_CHECK(i > 0 || t->variant == 1);
		variant = t->variant;
	}
	if (size > RF_COMPOUND_MAX_BYTES || (!c.known && c.n_parts == 0 && size > 0))
		FUZZ_CHECK(c.n_terms == 1 && c.terms[0].len == size &&
				   memcmp(rf_compound_term(&c, 0), w, size) == 0);
	return 0;
}
