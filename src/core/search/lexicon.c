/*
 * lexicon.c — check a lexicon file image and look word forms up in it.
 * The format is described in lexicon.h.
 */
#include <string.h>

#include "lexicon.h"

size_t
rf_lexicon_size(uint32_t n_slots, uint32_t n_forms, uint32_t n_lemma_refs,
				uint32_t strings_size)
{
	return sizeof(rf_lex_header) + (size_t) n_slots * sizeof(uint32_t)
		+ (size_t) n_forms * sizeof(rf_lex_form)
		+ (size_t) n_lemma_refs * sizeof(uint32_t) + strings_size;
}

/* Is there a whole string (length byte and bytes) at off? */
static bool
string_fits(const rf_lex_header *h, const unsigned char *strings, uint32_t off)
{
	return off < h->strings_size && strings[off] > 0
		&& (size_t) off + 1 + strings[off] <= h->strings_size;
}

const char *
rf_lexicon_open(rf_lexicon *lx, const void *data, size_t size)
{
	const rf_lex_header *h = data;
	const unsigned char *p = data;

	if (size < sizeof(rf_lex_header) || memcmp(h->magic, RF_LEX_MAGIC, 8) != 0)
		return "not a lexicon file";
	if (h->byte_order != RF_LEX_BYTE_ORDER)
		return "lexicon file written on a machine of another byte order";
	if (h->version != RF_LEX_VERSION)
		return "lexicon file of another version";
	/* a power of two with room to spare, so that every probe ends */
	if (h->n_slots == 0 || (h->n_slots & (h->n_slots - 1)) != 0 || h->n_slots <= h->n_forms
		|| h->n_forms > RF_LEX_MAX_FORMS || h->n_lemma_refs > RF_LEX_MAX_LEMMA_REFS)
		return "lexicon file has a bad header";
	if (rf_lexicon_size(h->n_slots, h->n_forms, h->n_lemma_refs, h->strings_size) != size)
		return "lexicon file is truncated or too long";

	lx->header = h;
	lx->slots = (const uint32_t *) (p + sizeof(rf_lex_header));
	lx->forms = (const rf_lex_form *) (lx->slots + h->n_slots);
	lx->lemmas = (const uint32_t *) (lx->forms + h->n_forms);
	lx->strings = (const unsigned char *) (lx->lemmas + h->n_lemma_refs);
	return NULL;
}

const char *
rf_lex_next_lemma(const rf_lexicon *lx, const rf_lex_form *f, uint32_t *i, size_t *len)
{
	uint32_t	at = (f->lemmas_flags >> 8) + *i,
				ref;

	/* the end of the list, or of a list that runs past the array */
	if (*i == RF_LEX_LAST || at >= lx->header->n_lemma_refs || at < *i)
		return NULL;
	ref = lx->lemmas[at];
	*i = (ref & RF_LEX_LAST) ? RF_LEX_LAST : *i + 1;
	if (!string_fits(lx->header, lx->strings, ref & ~RF_LEX_LAST))
		return NULL;
	return rf_lex_string(lx, ref & ~RF_LEX_LAST, len);
}

bool
rf_lex_lemma_cut(const rf_lexicon *lx, const char *lemma, size_t len, rf_lex_cut *cut)
{
	const rf_lex_header *h = lx->header;
	const unsigned char *p = (const unsigned char *) lemma + len;
	size_t		at = (size_t) (p - lx->strings),
				prev = 0;
	int			k;

	/* the lemma is a string of the file (rf_lex_next_lemma checked it), so at is too */
	if ((size_t) 2 > h->strings_size - at || p[1] > 1
		|| (size_t) 2 + 4 * p[1] + (size_t) p[0] * RF_LEX_CUT_PART_BYTES > h->strings_size - at)
		return false;
	cut->n_parts = p[0];
	cut->parts = p + 2 + 4 * p[1];
	cut->base = NULL;
	cut->base_len = 0;
	if (p[1])
	{
		uint32_t	off;

		memcpy(&off, p + 2, sizeof(off));
		if (!string_fits(h, lx->strings, off))
			return false;
		cut->base = rf_lex_string(lx, off, &cut->base_len);
	}
	/* parts end in order, the last at the lemma's end, and name forms of the file */
	for (k = 0; k < cut->n_parts; k++)
	{
		const unsigned char *q = cut->parts + k * RF_LEX_CUT_PART_BYTES;
		uint32_t	form;

		memcpy(&form, q + 1, sizeof(form));
		if (q[0] <= prev || q[0] > len || form >= h->n_forms)
			return false;
		prev = q[0];
	}
	return cut->n_parts != 1 && prev == (cut->n_parts > 0 ? len : 0);
}

const rf_lex_form *
rf_lexicon_find_hashed(const rf_lexicon *lx, const char *s, size_t len, uint32_t hash)
{
	uint32_t	mask = lx->header->n_slots - 1;
	uint32_t	i = hash & mask;
	uint32_t	fingerprint = RF_LEX_FINGERPRINT(hash);
	uint32_t	slot,
				probes = 0;

	if (len == 0 || len > RF_LEX_MAX_FORM)
		return NULL;
	/* linear probing up to an empty slot, and never round the table twice (a damaged file) */
	while ((slot = lx->slots[i]) != 0 && probes++ < lx->header->n_slots)
	{
		/* the fingerprint saves reading the form and its text */
		if (RF_LEX_FINGERPRINT(slot) == fingerprint && RF_LEX_SLOT_FORM(slot) < lx->header->n_forms)
		{
			const rf_lex_form *f = &lx->forms[RF_LEX_SLOT_FORM(slot)];
			const unsigned char *t = lx->strings + f->text;

			if (string_fits(lx->header, lx->strings, f->text) && t[0] == len
				&& memcmp(t + 1, s, len) == 0)
				return f;
		}
		i = (i + 1) & mask;
	}
	return NULL;
}

const rf_lex_form *
rf_lexicon_find(const rf_lexicon *lx, const char *s, size_t len)
{
	return rf_lexicon_find_hashed(lx, s, len, rf_lex_hash(s, len));
}

bool
rf_lex_other_word(const rf_lexicon *lx, const char *s, size_t len, const char *lemma,
				  size_t lemma_len)
{
	const rf_lex_form *f = rf_lexicon_find(lx, s, len);
	uint32_t	it = 0;
	const char *l;
	size_t		l_len;
	bool		own = false,
				of_lemma = false;

	while (f != NULL && (l = rf_lex_next_lemma(lx, f, &it, &l_len)) != NULL)
	{
		own |= l_len == len && memcmp(l, s, len) == 0;
		of_lemma |= l_len == lemma_len && memcmp(l, lemma, lemma_len) == 0;
	}
	return own && !of_lemma;
}

size_t
rf_lex_genitive_base(const char *s, size_t len)
{
	char		before;

	if (len < 3)
		return 0;
	before = s[len - 2];
	if (s[len - 1] == 's' && before != 's' && before != 'x' && before != 'z')
		return len - 1;
	if (s[len - 1] == '\'' && (before == 's' || before == 'x' || before == 'z'))
		return len - 1;
	return 0;
}

const rf_lex_form *
rf_lexicon_match(const rf_lexicon *lx, const char *s, size_t len, unsigned need,
				 bool *genitive)
{
	const rf_lex_form *f = rf_lexicon_find(lx, s, len);
	size_t		base;

	*genitive = false;
	if (f != NULL && (rf_lex_flags(f) & need) == need)
		return f;
	if ((need & ~(RF_LEX_WORD | RF_LEX_END)) != 0 || (base = rf_lex_genitive_base(s, len)) == 0)
		return NULL;
	f = rf_lexicon_find(lx, s, base);
	if (f == NULL || (rf_lex_flags(f) & need) != need)
		return NULL;
	*genitive = true;
	return f;
}
