/*
 * lexicon.h — the Danish word-form lexicon of the compound splitter, as a
 * file that is used in place: mapped into memory, a header check, and
 * lookups are hash probes into it.  Nothing is parsed, allocated or even
 * read at load time, so a backend is ready at once.
 *
 * The file is written at build time by tools/mklexicon (from hunspell-da and
 * the word lists in src/data) and installed as tsearch_data/referat_danish.lex.  Word
 * forms are case-folded UTF-8.  Integers are in the byte order of the
 * machine that built the file; the header records it, and a file from a
 * machine of the other byte order is refused rather than misread.
 *
 * Layout (every section starts at a multiple of 4 bytes):
 *   rf_lex_header
 *   uint32 slots[n_slots]       open-addressing hash table, 0 = empty, else
 *                               RF_LEX_SLOT(form index, hash): the index + 1 in
 *                               the low bits, a fingerprint of the hash in the
 *                               high ones, so that a miss rarely looks further
 *   rf_lex_form forms[n_forms]
 *   uint32 lemmas[n_lemma_refs] lists of string offsets, the last of a list with RF_LEX_LAST
 *   strings[strings_size]       each string: one length byte, then the bytes;
 *                               a string that is a lemma is followed by its cut
 *
 * The cut of a lemma is what the splitter would work out for it each time
 * it meets one of its forms (compound.c, rf_compound_lemma_cut), worked out
 * once by the writer: in a backend that reads a text once, cutting lemmas
 * was most of the splitter's time.  Its bytes, unaligned, integers in the
 * file's byte order:
 *   uint8  n_parts              0 when the lemma does not split, else 2 or more
 *   uint8  has_base             1 when a derivation base follows
 *   uint32 base                 string offset of the base ("økonomi" of "økonomisk")
 *   n_parts times: uint8 end (of the part, in bytes from the lemma's start),
 *                  uint32 form (index of the part's entry)
 *
 * Genitives and s-passives ("bevillingens", "godkendes") are not stored:
 * a form that is another form plus the ending of rf_lex_genitive_base, with
 * no lemma of its own, is found through that other form (rf_lexicon_match).
 * That halves the file.
 */
#ifndef RF_LEXICON_H
#define RF_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define RF_LEX_MAGIC "RFLEX\r\n\032"	/* 8 bytes; line-end bytes catch text-mode copies */
#define RF_LEX_VERSION 2
#define RF_LEX_BYTE_ORDER 0x01020304u
#define RF_LEX_MAX_FORM 255		/* bytes; a string's length is one byte */

/* What a word form may be; a form can be several of these. */
#define RF_LEX_WORD		0x01	/* a word on its own */
#define RF_LEX_BEGIN	0x02	/* first part of a compound, linking element included ("anlægs") */
#define RF_LEX_MIDDLE	0x04	/* inner part of a compound, linking element included */
#define RF_LEX_END		0x08	/* last part of a compound, maybe inflected ("bevillingen") */
#define RF_LEX_NOPART	0x10	/* never a part (prefixes, function words): "efter" in "efterretning" */
#define RF_LEX_DOMAIN	0x20	/* from the municipal word list: short parts allowed ("sag") */
#define RF_LEX_BARE		0x40	/* a lemma: first or inner part without linking element where
								 * the dictionary asks for one (only in words it lacks) */
#define RF_LEX_UNDERIVED 0x80	/* no derivation of the shorter word it looks derived from:
								 * "journalist" of "journal", "kunstig" of "kunst" */

typedef struct rf_lex_header
{
	char		magic[8];
	uint32_t	version;
	uint32_t	byte_order;		/* RF_LEX_BYTE_ORDER as written */
	uint32_t	n_slots;		/* a power of two, more than n_forms */
	uint32_t	n_forms;
	uint32_t	n_lemma_refs;
	uint32_t	strings_size;
} rf_lex_header;

typedef struct rf_lex_form
{
	uint32_t	text;			/* offset in strings */
	uint32_t	lemmas_flags;	/* index of the lemma list << 8 | RF_LEX_* */
} rf_lex_form;

#define RF_LEX_LAST 0x80000000u	/* in lemmas: the last lemma of a form */

/* A slot of the hash table: form index + 1 and the top bits of the hash. */
#define RF_LEX_INDEX_BITS 22
#define RF_LEX_MAX_FORMS ((1u << RF_LEX_INDEX_BITS) - 2)
#define RF_LEX_FINGERPRINT(hash) ((hash) & ~((1u << RF_LEX_INDEX_BITS) - 1))
#define RF_LEX_SLOT(index, hash) (((uint32_t) (index) + 1) | RF_LEX_FINGERPRINT(hash))
#define RF_LEX_SLOT_FORM(slot) (((slot) & ((1u << RF_LEX_INDEX_BITS) - 1)) - 1)
#define RF_LEX_MAX_LEMMA_REFS (1u << 24)

/* A view of a lexicon file in memory (which the caller keeps alive). */
typedef struct rf_lexicon
{
	const rf_lex_header *header;
	const uint32_t *slots;
	const rf_lex_form *forms;
	const uint32_t *lemmas;
	const unsigned char *strings;
} rf_lexicon;

/* The hash of the table, FNV-1a over the bytes: start, then one step per byte. */
#define RF_LEX_HASH_START 2166136261u

static inline uint32_t
rf_lex_hash_step(uint32_t h, unsigned char c)
{
	return (h ^ c) * 16777619u;
}

static inline uint32_t
rf_lex_hash(const char *s, size_t len)
{
	uint32_t	h = RF_LEX_HASH_START;

	while (len-- > 0)
		h = rf_lex_hash_step(h, (unsigned char) *s++);
	return h;
}

/* Bytes a lexicon of these counts takes (for the writer). */
extern size_t rf_lexicon_size(uint32_t n_slots, uint32_t n_forms,
							  uint32_t n_lemma_refs, uint32_t strings_size);

/*
 * Check the header of a file image of size bytes and set *lx up to read
 * it.  Returns NULL on success, else what is wrong (a static string).  The
 * sections are not read here, so that opening costs nothing however large
 * the file: each lookup checks the offsets it follows, and a damaged entry
 * reads as a missing one.  data must be aligned for uint32_t.
 */
extern const char *rf_lexicon_open(rf_lexicon *lx, const void *data, size_t size);

/* The entry of a case-folded word form, or NULL. */
extern const rf_lex_form *rf_lexicon_find(const rf_lexicon *lx, const char *s, size_t len);

/* The same with the hash of s already known (rf_lex_hash: it can be built byte by byte). */
extern const rf_lex_form *rf_lexicon_find_hashed(const rf_lexicon *lx, const char *s, size_t len,
												 uint32_t hash);

/* A string of the file (a form's text or a lemma) and its length. */
static inline const char *
rf_lex_string(const rf_lexicon *lx, uint32_t off, size_t *len)
{
	*len = lx->strings[off];
	return (const char *) lx->strings + off + 1;
}

/* The flags of form f. */
static inline unsigned
rf_lex_flags(const rf_lex_form *f)
{
	return f->lemmas_flags & 0xFF;
}

/*
 * The lemmas of form f: call with *i = 0, then again while it returns
 * non-NULL.  At least one in a sound file; sorted by string, no duplicates.
 */
extern const char *rf_lex_next_lemma(const rf_lexicon *lx, const rf_lex_form *f, uint32_t *i,
									 size_t *len);

/* The stored cut of a lemma (see the layout above). */
typedef struct rf_lex_cut
{
	int			n_parts;		/* 0: the lemma does not split */
	const unsigned char *parts; /* n_parts × RF_LEX_CUT_PART_BYTES: end, form index */
	const char *base;			/* the derivation base, or NULL */
	size_t		base_len;
} rf_lex_cut;

#define RF_LEX_CUT_PART_BYTES 5

/*
 * The stored cut of lemma[0..len), a lemma that rf_lex_next_lemma returned
 * (the cut follows its bytes).  false when the record is damaged: it runs
 * past the strings, or names a form, an end or a base that is not there.
 */
extern bool rf_lex_lemma_cut(const rf_lexicon *lx, const char *lemma, size_t len, rf_lex_cut *cut);

/* Part k of a stored cut: its end (from the lemma's start) and its entry. */
static inline const rf_lex_form *
rf_lex_cut_part(const rf_lexicon *lx, const rf_lex_cut *cut, int k, size_t *end)
{
	const unsigned char *p = cut->parts + k * RF_LEX_CUT_PART_BYTES;
	uint32_t	form;

	memcpy(&form, p + 1, sizeof(form));
	*end = p[0];
	return &lx->forms[form];
}

/*
 * Is s[0..len) a word in its own right, and no form of the word lemma[0..lemma_len)?
 * ("kur" is, of "kurs"; "netværk" is a form of the verb "netværke").
 */
extern bool rf_lex_other_word(const rf_lexicon *lx, const char *s, size_t len,
							  const char *lemma, size_t lemma_len);

/*
 * If s[0..len) can be a genitive or s-passive of another form, the length
 * of that form, else 0: "bevillingens" → "bevillingen", "kursus'" →
 * "kursus"; "-s" never follows s, x or z, "'" always does.
 */
extern size_t rf_lex_genitive_base(const char *s, size_t len);

/*
 * The entry of word form s[0..len) with all the flags in need, or NULL;
 * for need within RF_LEX_WORD | RF_LEX_END a genitive is found through its
 * base form (then *genitive is set).
 */
extern const rf_lex_form *rf_lexicon_match(const rf_lexicon *lx, const char *s, size_t len,
										   unsigned need, bool *genitive);

#endif
