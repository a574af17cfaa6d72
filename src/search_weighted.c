/*
 * search_weighted.c — referat.weighted_tsvector(config, a, b, c): the
 * tsvector of three texts weighted A, B and C, equal byte for byte to
 *
 *   setweight(to_tsvector(config, a), 'A') || setweight(to_tsvector(config, b), 'B')
 *     || setweight(to_tsvector(config, c), 'C')
 *
 * which is what the store keeps for every item (referat.items.tsv).  The
 * expression sorts every word of each text with its position (make_tsvector
 * sorts the whole token list before it merges a word's positions), then
 * copies and merges the three vectors twice.  Here each word is found in a
 * hash table as it comes, its positions are appended there under the same
 * limits, and only the distinct words are sorted, once: the sort was a third
 * of the expression's time.  The texts are read by the configuration's
 * parser and dictionaries as to_tsvector reads them, each token's lexemes
 * remembered where the dictionaries allow (search_token_memo.c), else by
 * parsetext.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "tsearch/ts_type.h"
#include "tsearch/ts_utils.h"
#include "utils/memutils.h"

#include "search_token_memo.h"

/* A distinct word and its positions so far, weights included. */
typedef struct lexeme
{
	char	   *word;
	int			len;
	uint32		hash;
	uint64		key;			/* the first 8 bytes, big-endian, zero-padded: sorts as the word */
	int			npos;
	int			cap;
	WordEntryPos *pos;
	int			part;			/* the last part that had this word */
	int			part_n;			/* positions that part gave (make_tsvector's count) */
	uint16		part_last;		/* the last position that part gave */
} lexeme;

typedef struct lexemes
{
	lexeme	   *all;
	int			n;
	int			cap;
	int		   *slots;			/* open addressing: index into all, or -1 */
	int			nslots;			/* a power of two, at least twice n */
	int			maxpos;			/* the greatest position kept so far */
} lexemes;

static void
grow_slots(lexemes *ls)
{
	int			nslots = ls->nslots ? ls->nslots * 2 : 256;
	int		   *slots = palloc(sizeof(int) * nslots);

	memset(slots, -1, sizeof(int) * nslots);
	for (int i = 0; i < ls->n; i++)
	{
		int			s = ls->all[i].hash & (nslots - 1);

		while (slots[s] >= 0)
			s = (s + 1) & (nslots - 1);
		slots[s] = i;
	}
	if (ls->slots)
		pfree(ls->slots);
	ls->slots = slots;
	ls->nslots = nslots;
}

static lexeme *
find_or_add(lexemes *ls, char *word, int len, uint32 hash)
{
	int			s;
	lexeme	   *l;

	if (2 * (ls->n + 1) > ls->nslots)
		grow_slots(ls);
	for (s = hash & (ls->nslots - 1); ls->slots[s] >= 0; s = (s + 1) & (ls->nslots - 1))
	{
		l = &ls->all[ls->slots[s]];
		if (l->hash == hash && l->len == len && memcmp(l->word, word, len) == 0)
			return l;
	}
	if (ls->n == ls->cap)
	{
		ls->cap = ls->cap ? ls->cap * 2 : 64;
		ls->all = ls->all ? repalloc(ls->all, sizeof(lexeme) * ls->cap) : palloc(sizeof(lexeme) * ls->cap);
	}
	ls->slots[s] = ls->n;
	l = &ls->all[ls->n++];
	l->word = word;
	l->len = len;
	l->hash = hash;
	l->key = 0;
	for (int i = 0; i < 8; i++)
		l->key = (l->key << 8) | (i < len ? (unsigned char) word[i] : 0);
	l->npos = 0;
	l->cap = 0;
	l->pos = NULL;
	l->part = -1;
	return l;
}

static void
keep_position(lexemes *ls, lexeme *l, int pos, int weight)
{
	if (l->npos == l->cap)
	{
		l->cap = l->cap ? l->cap * 2 : 4;
		l->pos = l->pos ? repalloc(l->pos, sizeof(WordEntryPos) * l->cap) : palloc(sizeof(WordEntryPos) * l->cap);
	}
	l->pos[l->npos] = 0;
	WEP_SETWEIGHT(l->pos[l->npos], weight);
	WEP_SETPOS(l->pos[l->npos], pos);
	l->npos++;
	if (pos > ls->maxpos)
		ls->maxpos = pos;
}

/* The part being added: which, its weight, and the shift of its positions. */
typedef struct part_state
{
	lexemes    *ls;
	int			index;
	int			weight;
	int			shift;
	int			words;
} part_state;

/*
 * Adds a word of a part.  A word's positions within the part follow
 * make_tsvector: ascending (parsetext numbers them so), a repeat of the last
 * one dropped, at most MAXNUMPOS - 1, none after MAXENTRYPOS - 1.  They join
 * the word's positions of the earlier parts as tsvector_concat adds them:
 * shifted by the greatest position of the earlier parts, at most MAXNUMPOS
 * in all, none after one at MAXENTRYPOS - 1.
 */
static void
add_word(void *arg, char *word, int len, uint32 hash, uint16 pos)
{
	part_state *ps = arg;
	lexeme	   *l;

	if ((ps->words++ & 1023) == 0)
		CHECK_FOR_INTERRUPTS();
	l = find_or_add(ps->ls, word, len, hash);
	if (l->part != ps->index)
	{
		l->part = ps->index;
		l->part_n = 1;
	}
	else if (l->part_n < MAXNUMPOS - 1 && l->part_last != MAXENTRYPOS - 1 && l->part_last != pos)
		l->part_n++;
	else
		return;
	l->part_last = pos;
	if (ps->index == 0 ||
		(l->npos < MAXNUMPOS && (l->npos == 0 || WEP_GETPOS(l->pos[l->npos - 1]) != MAXENTRYPOS - 1)))
		keep_position(ps->ls, l, ps->index == 0 ? pos : LIMITPOS(pos + ps->shift), ps->weight);
}

/* Adds one part's words: remembered per token where the configuration allows, else by parsetext. */
static void
add_part(lexemes *ls, Oid config, text *part, int index, int weight)
{
	part_state	ps = {ls, index, weight, ls->maxpos, 0};
	ParsedText	prs;

	if (rf_memo_lexemes(config, VARDATA_ANY(part), VARSIZE_ANY_EXHDR(part), add_word, &ps))
		return;
	prs.lenwords = Max((VARSIZE_ANY_EXHDR(part)) / 6, 2);
	prs.curwords = 0;
	prs.pos = 0;
	prs.words = palloc(sizeof(ParsedWord) * prs.lenwords);
	parsetext(config, &prs, VARDATA_ANY(part), VARSIZE_ANY_EXHDR(part));
	for (int i = 0; i < prs.curwords; i++)
		add_word(&ps, prs.words[i].word, prs.words[i].len,
				 hash_bytes((const unsigned char *) prs.words[i].word, prs.words[i].len),
				 LIMITPOS(prs.words[i].pos.pos));
}

/*
 * tsCompareString's order (bytes, then the shorter first), told by the keys
 * alone unless the words share their first 8 bytes: a lexeme holds no zero
 * byte, so padding with zeros sorts a prefix first.
 */
static inline int
compare_lexemes(const lexeme *a, const lexeme *b)
{
	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	return tsCompareString(a->word, a->len, b->word, b->len, false);
}

typedef lexeme *lexeme_ref;

#define ST_SORT sort_lexemes
#define ST_ELEMENT_TYPE lexeme_ref
#define ST_COMPARE(a, b) compare_lexemes(*(a), *(b))
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"

/* The tsvector of the words, laid out as make_tsvector lays it out. */
static TSVector
build_tsvector(lexemes *ls)
{
	int			lenstr = 0;
	int			stroff = 0;
	TSVector	out;
	WordEntry  *entry;
	char	   *str;
	lexeme	  **sorted = palloc(sizeof(lexeme *) * Max(ls->n, 1));

	for (int i = 0; i < ls->n; i++)
	{
		sorted[i] = &ls->all[i];
		lenstr = SHORTALIGN(lenstr + ls->all[i].len) + sizeof(uint16) + ls->all[i].npos * sizeof(WordEntryPos);
	}
	sort_lexemes(sorted, ls->n);
	if (lenstr > MAXSTRPOS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("string is too long for tsvector (%d bytes, max %d bytes)", lenstr, MAXSTRPOS),
				 errhint("Split the text into smaller parts.")));
	out = palloc0(CALCDATASIZE(ls->n, lenstr));
	SET_VARSIZE(out, CALCDATASIZE(ls->n, lenstr));
	out->size = ls->n;
	entry = ARRPTR(out);
	str = STRPTR(out);
	for (int i = 0; i < ls->n; i++, entry++)
	{
		lexeme	   *l = sorted[i];

		entry->len = l->len;
		entry->pos = stroff;
		entry->haspos = 1;
		memcpy(str + stroff, l->word, l->len);
		stroff = SHORTALIGN(stroff + l->len);
		*(uint16 *) (str + stroff) = (uint16) l->npos;
		memcpy(POSDATAPTR(out, entry), l->pos, l->npos * sizeof(WordEntryPos));
		stroff += sizeof(uint16) + l->npos * sizeof(WordEntryPos);
	}
	pfree(sorted);
	return out;
}

PG_FUNCTION_INFO_V1(referat_weighted_tsvector);
Datum
referat_weighted_tsvector(PG_FUNCTION_ARGS)
{
	Oid			config = PG_GETARG_OID(0);
	MemoryContext work = AllocSetContextCreate(CurrentMemoryContext, "weighted_tsvector",
											   ALLOCSET_DEFAULT_SIZES);
	MemoryContext caller = MemoryContextSwitchTo(work);
	lexemes		ls = {0};
	TSVector	out;

	rf_token_memo_begin();

	/* weights as setweight stores them: A 3, B 2, C 1 */
	for (int part = 0; part < 3; part++)
		add_part(&ls, config, PG_GETARG_TEXT_PP(part + 1), part, 3 - part);
	MemoryContextSwitchTo(caller);
	out = build_tsvector(&ls);
	MemoryContextDelete(work);
	PG_RETURN_POINTER(out);
}
