/*
 * compound.h — split a Danish word into the parts of a compound, without
 * PostgreSQL.
 *
 * A case-folded word is read as its lemmas ("kurserne" → kurs, kursus).  A
 * word the lexicon (lexicon.h) lacks is cut into parts that are all word
 * forms of the lexicon: a first part that may begin a compound, with its
 * linking element ("anlægs", "børne"), inner parts likewise, and a last part
 * in any inflection ("bevillingen", "forslagene", a genitive); a lemma may
 * also stand without the linking element hunspell-da gives it, as the
 * minutes write "sygefraværstatistik" too.  Of all the cuts the one with the
 * fewest parts wins, then the one that keeps to the dictionary's linking
 * elements, then the one with the longest first part.  The reading is the
 * word with its last part replaced by that part's lemma
 * ("anlægsbevillingen" → anlægsbevilling).  A first piece of 3 to 5 letters
 * that is no part may stay unexplained when the rest is a word or cut
 * ("pdf|udvalgserklæring", "flex|trafik").
 *
 * Each reading is cut further: every part is replaced by the cut of its
 * lemma, read as a word of its own, until nothing splits, so that a part
 * comes out the same inside a compound as on its own:
 * "sygefraværsstatistikken" → syge | fraværs | statistik, as "sygefravær"
 * → syge | fravær.  A lemma is not cut inside a shorter word it is an
 * inflection or derivation of ("betaling" is betal + ing, not beta | ling;
 * "fortælling" is fortæl + ling), unless that word is a compound cut there
 * too ("trafik|sikkerhed" of "trafiksikker").
 *
 * No noise: a part is at least RF_COMPOUND_MIN_PART characters (linking
 * element included) unless the municipal word list has it ("sag", "by",
 * "sti"); prefixes, function words and words that double as suffixes are no
 * parts, or no last parts ("efter" in "efterretning", "skab" in
 * "fællesskab"); and the parts must cover the word exactly, so "rav", "tat"
 * and "stik" never come out of "sygefraværsstatistik".
 *
 * The result is a list of terms, the texts of the lexemes before stemming.
 * Each reading is a variant (1, 2, ...): the reading itself, then every run
 * of adjacent parts, built as the reading is: a run ends in the lemma of its
 * last part ("sygefravær", "fraværsstatistik", "syge", "fravær",
 * "statistik").  to_tsquery ANDs the lexemes of a variant and ORs the
 * variants: a query for a word asks for one of its readings with all its
 * parts, which every document word holding it also yields, so a query for
 * "sygefravær" finds "Sygefraværsstatistikken".  A part that is a
 * derivation of a word of five letters or more by a productive suffix
 * (-isk, -el, -iv, -ering, -isering, -al, -ant, -ist, -isme, -itet, -ig,
 * -lig) also yields that word, and so does the reading that ends in it:
 * "kommunaløkonomiske" → kommunaløkonomisk, kommunaløkonomi, kommunal,
 * økonomisk, økonomi; the lexicon marks the look-alikes that are none
 * (src/data/not_derived.words: "journalist", "positiv").  A word that is neither in
 * the lexicon nor cut is one term, as written (as_written).
 */
#ifndef RF_COMPOUND_H
#define RF_COMPOUND_H

#include <stdbool.h>
#include <stddef.h>

#include "lexicon.h"

#define RF_COMPOUND_MAX_BYTES RF_LEX_MAX_FORM	/* a longer word is kept whole */
#define RF_COMPOUND_MAX_PARTS 16
#define RF_COMPOUND_MAX_RUN_PARTS 6 /* more parts: no runs of several */
#define RF_COMPOUND_MAX_TERMS 64
#define RF_COMPOUND_TEXT_BYTES 4096
#define RF_COMPOUND_MIN_PART 4	/* characters, linking element included */
#define RF_COMPOUND_MIN_DOMAIN_PART 2	/* for words of the municipal list */
#define RF_COMPOUND_BASE_BYTES (RF_LEX_MAX_FORM + 8)	/* a derivation base and its NUL */

typedef struct rf_term
{
	unsigned short offset;		/* of the text in rf_compound.text, NUL-terminated */
	unsigned short len;
	unsigned short variant;		/* 1, 2, ... */
	bool		reading;		/* a reading of the whole word, not a run of parts */
	bool		as_written;		/* the word as written: not in the lexicon, not cut */
} rf_term;

typedef struct rf_compound
{
	bool		known;			/* the lexicon has the word */
	bool		unknown_piece;	/* the cut begins with a piece the lexicon lacks ("pdf|…") */
	int			n_parts;		/* parts of the first reading, 0 when it does not split */
	int			n_terms;		/* 0 only for an empty word */
	rf_term		terms[RF_COMPOUND_MAX_TERMS];
	char		text[RF_COMPOUND_TEXT_BYTES];
} rf_compound;

/* Split the case-folded UTF-8 word w[0..len) into out. */
extern void rf_compound_split(const rf_lexicon *lx, const char *w, size_t len,
							  rf_compound *out);

/*
 * For tools/mklexicon, which stores both with each lemma (lexicon.h), so
 * that the splitter need not work them out for every word it meets: the
 * cut of lemma w[0..len) read as a word of its own (the end of each part
 * and its entry; 0 parts when it does not split or has more than
 * RF_COMPOUND_MAX_PARTS), and its derivation base (written to base, of
 * RF_COMPOUND_BASE_BYTES; its length, 0 when there is none).  Both are
 * worked out from the lexicon's forms, never read from its stored cuts.
 */
extern int	rf_compound_lemma_cut(const rf_lexicon *lx, const char *w, size_t len,
								  size_t *ends, const rf_lex_form **forms);
extern size_t rf_compound_derivation_base(const rf_lexicon *lx, const char *w, size_t len,
										  char *base);

/* The text of term i. */
static inline const char *
rf_compound_term(const rf_compound *c, int i)
{
	return c->text + c->terms[i].offset;
}

#endif
