/*
 * hunspell_expand.h — the word forms of a hunspell dictionary (.aff + .dic),
 * for tools/mklexicon.  Only what hunspell-da uses: numeric flags, suffixes
 * (up to two, the second allowed by the first's continuation flags), the
 * compound flags, NEEDAFFIX, ONLYINCOMPOUND, FORBIDDENWORD and the "st:"
 * (stem) field of irregular forms.  Prefixes are read and not applied: in
 * hunspell-da they are the hyphen before a compound's last part and the
 * "Nord-"/"Syd-" of place names, neither of which a search token carries.
 */
#ifndef RF_HUNSPELL_EXPAND_H
#define RF_HUNSPELL_EXPAND_H

#include <stddef.h>

typedef struct hs_affixes hs_affixes;

/* A dictionary entry: a root, its flags and its lemma. */
typedef struct hs_entry
{
	char	   *word;			/* as written (the affix conditions see case) */
	char	   *lemma;			/* the "st:" field, else word */
	unsigned short *flags;
	int			n_flags;
} hs_entry;

/* Called for every word form: the form, its lemma and its RF_LEX_* bits (not case-folded). */
typedef void (*hs_emit_fn) (void *arg, const char *form, const char *lemma,
							unsigned bits);

/* Read an .aff file; exits with a message on error. */
extern hs_affixes *hs_read_aff(const char *path);

/*
 * Read a .dic file into *entries (malloc'd).  Entries that are several
 * words, forbidden words and words longer than max_len bytes are left out.
 */
extern int	hs_read_dic(const hs_affixes *aff, const char *path, size_t max_len,
						hs_entry **entries);

/* Emit every form of an entry. */
extern void hs_expand(const hs_affixes *aff, const hs_entry *e, hs_emit_fn emit,
					  void *arg);

/* Case-fold UTF-8 (ASCII and Latin-1 letters) into a new string. */
extern char *hs_fold(const char *s, size_t len);

#endif
