/*
 * search_compound.c — the dictionary template referat.compound: Danish
 * compounds read as the whole word and its parts, stemmed.  The splitting
 * is in core/compound.c; this file loads the lexicon, drops stop words and
 * stems what the splitter returns.
 *
 * Options:
 *   Lexicon   a lexicon file in $SHAREDIR/tsearch_data/ with the suffix .lex
 *             (default referat_danish, built from hunspell-da and the word
 *             lists in src/data by tools/mklexicon)
 *   StopWords a stop word file, as for the snowball template (danish)
 *   Stemmer   the dictionary that stems every term (default
 *             pg_catalog.danish_stem); what it calls a stop word yields
 *             nothing, and a lemma it would turn into another short word
 *             of the lexicon stays as it is ("ledelse" is not "led")
 *
 * The lexicon is mapped once per backend and path (search_lexicon.c) and
 * shared by every dictionary that names it: a dictionary is initialised
 * again after ALTER TEXT SEARCH DICTIONARY or a cache reset, the lexicon
 * need not be.
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "commands/defrem.h"
#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "tsearch/ts_cache.h"
#include "tsearch/ts_locale.h"
#include "tsearch/ts_public.h"
#include "utils/memutils.h"
#include "utils/regproc.h"

#include "compound.h"
#include "search_lexicon.h"

PG_FUNCTION_INFO_V1(referat_compound_init);
PG_FUNCTION_INFO_V1(referat_compound_lexize);

/*
 * The lexemes of words seen, by the word as written, so that a word costs
 * one hash probe the second time: text is Zipf-distributed, the corpus has
 * 51,000 words and 6,000 different ones.  Words of CACHE_WORD_BYTES or more
 * are not kept; when the cache holds CACHE_MAX_WORDS (a few MB) it is
 * emptied.  It lives with the dictionary, which PostgreSQL initialises
 * again when any dictionary changes, so a changed stemmer is never served
 * stale stems.  A table of its own rather than dynahash: the probe
 * compares a hash and a length before any byte, and needs no copy of the
 * word to terminate it.
 */
#define CACHE_WORD_BYTES 64
#define CACHE_MAX_WORDS 20000
#define CACHE_FIRST_SLOTS 1024	/* a power of two; the table doubles when half full */

/*
 * A word in a cache, in one allocation: this header, n cached_lexeme, the
 * word (len bytes), then the text of each lexeme with its NUL.  Packed so,
 * a fresh backend that meets thousands of new words touches less new
 * memory (a page fault each 4 kB), and the table holds only pointers.
 */
typedef struct cached_word
{
	uint32		hash;			/* rf_lex_hash of the word */
	uint16		len;
	uint16		n;
} cached_word;

typedef struct cached_lexeme
{
	uint16		nvariant;
	uint16		flags;
} cached_lexeme;

/* An open-addressing hash table of cached words; NULL is an empty slot. */
typedef struct word_cache
{
	cached_word **slots;
	uint32		n_slots;
	uint32		n_words;
} word_cache;

typedef struct compound_dict
{
	const rf_lexicon *lx;
	StopList	stoplist;
	Oid			stemmer;		/* a text-search dictionary */
	rf_compound split;			/* scratch space of lexize */
	MemoryContext cache_context;	/* of both caches */
	word_cache	words;			/* a word as written → its lexemes */
	word_cache	stems;			/* a term of the splitter → what the stemmer makes of it */
} compound_dict;

/* An empty cache of n slots in d->cache_context. */
static void
new_cache(compound_dict *d, word_cache *c, uint32 n)
{
	c->slots = MemoryContextAllocZero(d->cache_context, sizeof(cached_word *) * n);
	c->n_slots = n;
	c->n_words = 0;
}

/* Both caches empty. */
static void
new_caches(compound_dict *d)
{
	MemoryContextReset(d->cache_context);
	new_cache(d, &d->words, CACHE_FIRST_SLOTS);
	new_cache(d, &d->stems, CACHE_FIRST_SLOTS);
}

static const cached_lexeme *
cached_lexemes(const cached_word *w)
{
	return (const cached_lexeme *) (w + 1);
}

static const char *
cached_text(const cached_word *w)
{
	return (const char *) (cached_lexemes(w) + w->n);
}

/* The slot of word[0..len) with this hash: its own, or the empty one where it belongs. */
static cached_word **
cache_slot(const word_cache *c, const char *word, uint32 len, uint32 hash)
{
	uint32		i = hash & (c->n_slots - 1);

	while (c->slots[i] != NULL
		   && !(c->slots[i]->hash == hash && c->slots[i]->len == len
				&& memcmp(cached_text(c->slots[i]), word, len) == 0))
		i = (i + 1) & (c->n_slots - 1);
	return &c->slots[i];
}

/* The lexemes of a cached word in the current memory context (the caller may free them). */
static TSLexeme *
copy_lexemes(const cached_word *w)
{
	const cached_lexeme *l = cached_lexemes(w);
	const char *text = cached_text(w) + w->len;
	TSLexeme   *copy = palloc(sizeof(TSLexeme) * (w->n + 1));
	int			i;

	for (i = 0; i < w->n; i++)
	{
		size_t		size = strlen(text) + 1;

		copy[i].nvariant = l[i].nvariant;
		copy[i].flags = l[i].flags;
		copy[i].lexeme = memcpy(palloc(size), text, size);
		text += size;
	}
	/* all zero: PostgreSQL reads the flags of the terminator of an empty list */
	memset(&copy[w->n], 0, sizeof(TSLexeme));
	return copy;
}

/*
 * Keep word[0..len) (shorter than CACHE_WORD_BYTES) and its lexemes in c:
 * a table doubles when half full, and both are emptied when one holds
 * CACHE_MAX_WORDS.
 */
static void
cache_word(compound_dict *d, word_cache *c, const char *word, uint32 len, uint32 hash,
		   const TSLexeme *lexemes)
{
	cached_word *w;
	cached_lexeme *l;
	char	   *text;
	Size		size = len;
	int			n,
				i;

	if (c->n_words >= CACHE_MAX_WORDS)
		new_caches(d);
	else if (2 * (c->n_words + 1) > c->n_slots)
	{
		cached_word **was = c->slots;
		uint32		old = c->n_slots,
					k;

		new_cache(d, c, 2 * old);
		for (k = 0; k < old; k++)
			if (was[k] != NULL)
			{
				*cache_slot(c, cached_text(was[k]), was[k]->len, was[k]->hash) = was[k];
				c->n_words++;
			}
		pfree(was);
	}
	for (n = 0; lexemes[n].lexeme != NULL; n++)
		size += strlen(lexemes[n].lexeme) + 1;
	w = MemoryContextAlloc(d->cache_context,
						   sizeof(cached_word) + sizeof(cached_lexeme) * n + size);
	w->hash = hash;
	w->len = (uint16) len;
	w->n = (uint16) n;
	l = (cached_lexeme *) (w + 1);
	text = (char *) (l + n);
	memcpy(text, word, len);
	text += len;
	for (i = 0; i < n; i++)
	{
		size_t		lexeme_size = strlen(lexemes[i].lexeme) + 1;

		l[i].nvariant = lexemes[i].nvariant;
		l[i].flags = lexemes[i].flags;
		memcpy(text, lexemes[i].lexeme, lexeme_size);
		text += lexeme_size;
	}
	*cache_slot(c, word, len, hash) = w;
	c->n_words++;
}

static void
only_once(bool *seen, const DefElem *opt)
{
	if (*seen)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("multiple %s parameters", opt->defname)));
	*seen = true;
}

Datum
referat_compound_init(PG_FUNCTION_ARGS)
{
	List	   *options = (List *) PG_GETARG_POINTER(0);
	compound_dict *d = palloc0(sizeof(compound_dict));
	const char *lexicon_name = "referat_danish";
	const char *stemmer_name = "pg_catalog.danish_stem";
	bool		lexicon_seen = false,
				stopwords_seen = false,
				stemmer_seen = false;
	TSDictionaryCacheEntry *stemmer;
	ListCell   *lc;

	foreach(lc, options)
	{
		DefElem    *opt = (DefElem *) lfirst(lc);

		if (strcmp(opt->defname, "lexicon") == 0)
		{
			only_once(&lexicon_seen, opt);
			lexicon_name = defGetString(opt);
		}
		else if (strcmp(opt->defname, "stopwords") == 0)
		{
			only_once(&stopwords_seen, opt);
			readstoplist(defGetString(opt), &d->stoplist, lowerstr);
		}
		else if (strcmp(opt->defname, "stemmer") == 0)
		{
			only_once(&stemmer_seen, opt);
			stemmer_name = defGetString(opt);
		}
		else
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unrecognized compound dictionary parameter: \"%s\"", opt->defname),
					 errhint("The parameters are Lexicon, StopWords and Stemmer.")));
	}

	d->lx = referat_lexicon(lexicon_name);
	d->cache_context = AllocSetContextCreate(CurrentMemoryContext, "referat.compound cache",
											 ALLOCSET_DEFAULT_SIZES);
	new_caches(d);
	d->stemmer = get_ts_dict_oid(stringToQualifiedNameList(stemmer_name), false);
	stemmer = lookup_ts_dictionary_cache(d->stemmer);
	if (stemmer->lexize.fn_addr == referat_compound_lexize)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("stemmer \"%s\" is itself a compound dictionary", stemmer_name),
				 errhint("Name a stemming dictionary such as pg_catalog.danish_stem.")));
	PG_RETURN_POINTER(d);
}

/* Lexemes being collected, growing as needed. */
typedef struct lexemes
{
	TSLexeme   *items;
	int			n;
	int			cap;
} lexemes;

/*
 * Is stem, the stem of term, a short word of its own?  Snowball stems base
 * forms too, and so makes one word of two: "kurs" (rate) and "kur" (cure),
 * "ledelse" and "led", "borger" and "borg", "tale" and "tal".  Short words
 * are where that hurts, a query for "led" would find every "ledelse"; a
 * longer stem joins kin ("politikere" → "politik"), and a stem that is a
 * form of the term is fine ("netværke" → "netværk").
 */
#define SHORT_STEM_CHARS 4

static bool
stem_is_other_word(const rf_lexicon *lx, const char *stem, const char *term)
{
	char	   *s;
	char	   *t;

	if (strcmp(stem, term) == 0 || pg_mbstrlen(stem) > SHORT_STEM_CHARS)
		return false;
	s = pg_server_to_any(stem, strlen(stem), PG_UTF8);
	t = pg_server_to_any(term, strlen(term), PG_UTF8);
	return rf_lex_other_word(lx, s, strlen(s), t, strlen(t));
}

/*
 * Append stem, a stem of term t, with this variant, unless it is there
 * already.  A lemma whose stem is another word is kept as it is
 * (stem_is_other_word).
 */
static void
add_stem(const rf_lexicon *lx, char *stem, char *t, bool as_written, uint16 variant,
		 lexemes *out)
{
	char	   *lexeme = !as_written && stem_is_other_word(lx, stem, t) ? t : stem;
	int			k;

	for (k = 0; k < out->n; k++)
		if (out->items[k].nvariant == variant && strcmp(out->items[k].lexeme, lexeme) == 0)
			return;
	/* room for this one and the terminator */
	if (out->n + 1 >= out->cap)
	{
		out->cap *= 2;
		out->items = repalloc(out->items, sizeof(TSLexeme) * out->cap);
	}
	out->items[out->n].lexeme = lexeme;
	out->items[out->n].nvariant = variant;
	out->items[out->n].flags = 0;
	out->n++;
}

/* Append the stems of term t with this variant (add_stem). */
static void
add_stems(compound_dict *d, TSDictionaryCacheEntry *stemmer, char *t, bool as_written,
		  uint16 variant, lexemes *out)
{
	uint32		len = strlen(t),
				hash = rf_lex_hash(t, len);
	bool		cacheable = len < CACHE_WORD_BYTES;
	const cached_word *hit = cacheable ? *cache_slot(&d->stems, t, len, hash) : NULL;
	TSLexeme   *stems;
	int			i;

	/* the parts of compounds recur: each is stemmed once */
	if (hit != NULL)
		stems = copy_lexemes(hit);
	else
	{
		DictSubState state = {0};

		stems = (TSLexeme *) DatumGetPointer(FunctionCall4(&stemmer->lexize,
														   PointerGetDatum(stemmer->dictData),
														   PointerGetDatum(t),
														   Int32GetDatum((int32) len),
														   PointerGetDatum(&state)));
		/* a stemmer that does not know the word: the term as it is */
		if (stems == NULL)
		{
			stems = palloc0(sizeof(TSLexeme) * 2);
			stems[0].lexeme = pstrdup(t);
		}
		if (cacheable)
			cache_word(d, &d->stems, t, len, hash, stems);
	}
	/* the stems are this call's own: PostgreSQL frees the lexemes it is given */
	for (i = 0; stems[i].lexeme != NULL; i++)
		add_stem(d->lx, stems[i].lexeme, t, as_written, variant, out);
	pfree(stems);
}

/* Is every lexeme of out[from..to) also one of out[start..n)? */
static bool
within(const lexemes *out, int from, int to, int start)
{
	int			i,
				k;

	for (i = from; i < to; i++)
	{
		for (k = start; k < out->n; k++)
			if (strcmp(out->items[i].lexeme, out->items[k].lexeme) == 0)
				break;
		if (k == out->n)
			return false;
	}
	return true;
}

/*
 * Drop the last variant, out[start..n), if it has every lexeme of an
 * earlier one: a query would OR it with that one, which it implies
 * ("netværket" reads netværk and netværke, both stemmed "netværk").
 */
static void
drop_redundant_variant(lexemes *out, int start)
{
	int			from,
				to;

	for (from = 0; from < start; from = to)
	{
		for (to = from + 1; to < start && out->items[to].nvariant == out->items[from].nvariant; to++)
			;
		if (within(out, from, to, start))
		{
			out->n = start;
			return;
		}
	}
}

/*
 * Would lowerstr_with_len return word[0..len) unchanged?  Yes when it is
 * ASCII without capitals, or in a UTF-8 database also has the lower-case
 * letters of Latin-1 (U+00DF to U+00FF but U+00F7: "æ", "ø", "å", "é"),
 * which every locale leaves as they are.  Most words of the minutes are
 * written so, and lowerstr_with_len goes through wide characters (about
 * 1,500 instructions a word): checked here, a word seen for the first time
 * costs that much less.
 */
static bool
already_lower(const char *word, int len)
{
	bool		utf8 = GetDatabaseEncoding() == PG_UTF8;
	int			i;

	for (i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) word[i];

		if (c == 0xC3 && utf8 && i + 1 < len)
		{
			unsigned char next = (unsigned char) word[++i];

			if (next < 0x9F || next > 0xBF || next == 0xB7)
				return false;
		}
		else if (c == '\0' || c >= 0x80 || (c >= 'A' && c <= 'Z'))
			return false;
	}
	return true;
}

Datum
referat_compound_lexize(PG_FUNCTION_ARGS)
{
	compound_dict *d = (compound_dict *) PG_GETARG_POINTER(0);
	char	   *in = (char *) PG_GETARG_POINTER(1);
	int32		len = PG_GETARG_INT32(2);
	char	   *word;
	char	   *utf8;
	TSDictionaryCacheEntry *stemmer;
	bool		cacheable = len > 0 && len < CACHE_WORD_BYTES;
	uint32		hash = 0;
	const cached_word *hit;
	lexemes		out;
	int			i,
				start = 0;

	/*
	 * The cache is keyed by the word as written, so that a word seen before
	 * is neither case-folded nor looked up in the stop words again
	 * (lowerstr_with_len goes through wide characters, the dearest step of
	 * a dictionary call).
	 */
	if (cacheable)
	{
		hash = rf_lex_hash(in, len);
		hit = *cache_slot(&d->words, in, len, hash);
		if (hit != NULL)
			PG_RETURN_POINTER(copy_lexemes(hit));
	}
	word = already_lower(in, len) ? pnstrdup(in, len) : lowerstr_with_len(in, len);
	if (*word == '\0' || searchstoplist(&d->stoplist, word))
	{
		TSLexeme   *none = palloc0(sizeof(TSLexeme));

		if (cacheable)
			cache_word(d, &d->words, in, len, hash, none);
		PG_RETURN_POINTER(none);
	}

	/* the lexicon is UTF-8 */
	utf8 = pg_server_to_any(word, strlen(word), PG_UTF8);
	rf_compound_split(d->lx, utf8, strlen(utf8), &d->split);

	stemmer = lookup_ts_dictionary_cache(d->stemmer);
	out.cap = d->split.n_terms + 1;
	out.n = 0;
	out.items = palloc(sizeof(TSLexeme) * out.cap);
	for (i = 0; i < d->split.n_terms; i++)
	{
		const char *term = rf_compound_term(&d->split, i);
		char	   *t = pg_any_to_server(term, d->split.terms[i].len, PG_UTF8);

		if (i > 0 && d->split.terms[i].variant != d->split.terms[i - 1].variant)
		{
			drop_redundant_variant(&out, start);
			start = out.n;
		}
		/* a copy: the split is overwritten by the next word */
		if (t == term)
			t = pnstrdup(term, d->split.terms[i].len);
		add_stems(d, stemmer, t, d->split.terms[i].as_written, d->split.terms[i].variant, &out);
	}
	drop_redundant_variant(&out, start);
	/* all zero: PostgreSQL reads the flags of the terminator of an empty list */
	memset(&out.items[out.n], 0, sizeof(TSLexeme));
	if (cacheable)
		cache_word(d, &d->words, in, len, hash, out.items);
	PG_RETURN_POINTER(out.items);
}
