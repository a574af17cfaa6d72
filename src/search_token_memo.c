/*
 * search_token_memo.c — what parsetext does for a text, with the lexemes of
 * each token remembered for the backend.
 *
 * parsetext hands every token to LexizeExec, which looks each dictionary of
 * the token type's list up in the dictionary cache and calls it through the
 * function manager: about 1,500 instructions a word, most of what making a
 * tsvector costs with referat.danish.  Yet minutes use a few thousand
 * distinct words (98 % of the tokens of a municipality's items repeat one),
 * and a dictionary that takes one token at a time gives the same lexemes
 * for the same token.  So the lexemes of each (configuration, token type,
 * token) are kept here and reused.  Only configurations whose dictionaries
 * are all known to take one token at a time (referat's own and simple) get
 * this: a thesaurus reads several tokens at once, and a dictionary of
 * another module might.  The memo is dropped when a configuration,
 * dictionary, template or parser changes (the syscache callbacks that
 * ts_cache.c uses) and when it is full.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "tsearch/ts_cache.h"
#include "tsearch/ts_public.h"
#include "tsearch/ts_type.h"
#include "utils/fmgrprotos.h"
#include "utils/inval.h"
#include "utils/memutils.h"
#include "utils/syscache.h"

#include "search_parser.h"
#include "search_token_memo.h"

/* the dictionaries of this module (search_*.c), all one token at a time */
extern Datum referat_abbreviations_lexize(PG_FUNCTION_ARGS);
extern Datum referat_compound_lexize(PG_FUNCTION_ARGS);
extern Datum referat_case_number_lexize(PG_FUNCTION_ARGS);
extern Datum referat_number_lexize(PG_FUNCTION_ARGS);

#define MEMO_MAX_TOKENS (1 << 17)
#define MEMO_MAX_BYTES (32 * 1024 * 1024)

typedef struct memo_lexeme
{
	char	   *word;
	int			len;
	uint32		hash;
	bool		add_pos;		/* TSL_ADDPOS: a position of its own */
} memo_lexeme;

/*
 * A token and its lexemes, in one allocation (the struct, its lexemes, then
 * the bytes of the token and of the lexemes), so that a lookup that finds it
 * reads one place of memory, not four.
 */
typedef struct memo_token
{
	Oid			config;
	int			type;
	int			len;
	int			n;				/* lexemes; -1: no dictionary knew the token */
	char	   *token;
	memo_lexeme lexemes[FLEXIBLE_ARRAY_MEMBER];
} memo_token;

/* The hash beside the pointer: a probe that meets another token reads no entry. */
typedef struct memo_slot
{
	uint32		hash;
	memo_token *token;
} memo_slot;

typedef struct memo_config
{
	Oid			config;
	bool		one_token_dictionaries;
} memo_config;

static MemoryContext memo_context;
static memo_slot *slots;		/* open addressing, at most half full */
static int	n_slots;			/* a power of two */
static int	n_tokens;
static memo_config *configs;
static int	n_configs;
static bool stale = true;

static void
invalidate(Datum arg, int cacheid, uint32 hashvalue)
{
	stale = true;
}

void
rf_token_memo_begin(void)
{
	static bool registered = false;

	if (!registered)
	{
		CacheRegisterSyscacheCallback(TSCONFIGOID, invalidate, (Datum) 0);
		CacheRegisterSyscacheCallback(TSCONFIGMAP, invalidate, (Datum) 0);
		CacheRegisterSyscacheCallback(TSDICTOID, invalidate, (Datum) 0);
		CacheRegisterSyscacheCallback(TSTEMPLATEOID, invalidate, (Datum) 0);
		CacheRegisterSyscacheCallback(TSPARSEROID, invalidate, (Datum) 0);
		registered = true;
	}
	if (!stale && n_tokens < MEMO_MAX_TOKENS &&
		MemoryContextMemAllocated(memo_context, true) < MEMO_MAX_BYTES)
		return;
	if (memo_context == NULL)
		memo_context = AllocSetContextCreate(TopMemoryContext, "referat token memo",
											 ALLOCSET_DEFAULT_SIZES);
	else
		MemoryContextReset(memo_context);
	n_slots = 1024;
	slots = MemoryContextAllocZero(memo_context, sizeof(memo_slot) * n_slots);
	n_tokens = 0;
	configs = NULL;
	n_configs = 0;
	stale = false;
}

static bool
one_token_at_a_time(TSConfigCacheEntry *cfg)
{
	memo_config *c;

	for (int i = 0; i < n_configs; i++)
		if (configs[i].config == cfg->cfgId)
			return configs[i].one_token_dictionaries;
	configs = configs ? repalloc(configs, sizeof(memo_config) * (n_configs + 1))
		: MemoryContextAlloc(memo_context, sizeof(memo_config));
	c = &configs[n_configs++];
	c->config = cfg->cfgId;
	c->one_token_dictionaries = true;
	for (int t = 0; t < cfg->lenmap; t++)
		for (int d = 0; d < cfg->map[t].len; d++)
		{
			PGFunction	f = lookup_ts_dictionary_cache(cfg->map[t].dictIds[d])->lexize.fn_addr;

			if (f != referat_abbreviations_lexize && f != referat_compound_lexize &&
				f != referat_case_number_lexize && f != referat_number_lexize && f != dsimple_lexize)
				c->one_token_dictionaries = false;
		}
	return c->one_token_dictionaries;
}

/*
 * What LexizeExec does with a token when every dictionary takes one token:
 * the first dictionary of the type's list that knows it gives its lexemes,
 * a filtering one (TSL_FILTER) hands the next one its lexeme instead.
 */
static memo_token *
lexize(TSConfigCacheEntry *cfg, int type, char *token, int len)
{
	ListDictionary *map = &cfg->map[type];
	char	   *lemm = token;
	int			lenlemm = len;
	TSLexeme   *res = NULL;
	int			n = -1;
	Size		size;
	memo_token *m;
	char	   *bytes;

	for (int i = 0; i < map->len; i++)
	{
		TSDictionaryCacheEntry *dict = lookup_ts_dictionary_cache(map->dictIds[i]);
		DictSubState state = {0};

		res = (TSLexeme *) DatumGetPointer(FunctionCall4(&dict->lexize, PointerGetDatum(dict->dictData),
														 PointerGetDatum(lemm), Int32GetDatum(lenlemm),
														 PointerGetDatum(&state)));
		if (res == NULL)
			continue;
		if (res->flags & TSL_FILTER)
		{
			lemm = res->lexeme;
			lenlemm = strlen(res->lexeme);
			res = NULL;
			continue;
		}
		break;
	}
	size = offsetof(memo_token, lexemes) + len + 1;
	if (res != NULL)
		for (n = 0; res[n].lexeme != NULL; n++)
			size += sizeof(memo_lexeme) + strlen(res[n].lexeme) + 1;
	m = MemoryContextAlloc(memo_context, size);
	m->config = cfg->cfgId;
	m->type = type;
	m->len = len;
	m->n = n;
	bytes = (char *) &m->lexemes[Max(n, 0)];
	m->token = bytes;
	memcpy(bytes, token, len);
	bytes[len] = '\0';
	bytes += len + 1;
	for (int i = 0; i < n; i++)
	{
		memo_lexeme *l = &m->lexemes[i];

		l->len = strlen(res[i].lexeme);
		l->word = bytes;
		memcpy(bytes, res[i].lexeme, l->len + 1);
		bytes += l->len + 1;
		l->hash = hash_bytes((const unsigned char *) l->word, l->len);
		l->add_pos = (res[i].flags & TSL_ADDPOS) != 0;
	}
	return m;
}

static int
free_slot(memo_slot *table, int size, uint32 hash)
{
	int			s = hash & (size - 1);

	while (table[s].token != NULL)
		s = (s + 1) & (size - 1);
	return s;
}

static uint32
token_hash(TSConfigCacheEntry *cfg, int type, const char *token, int len)
{
	return hash_bytes((const unsigned char *) token, len) ^ (uint32) type ^ cfg->cfgId;
}

/* The token's lexemes, from the memo or from the dictionaries (and then kept while there is room). */
static memo_token *
token_lexemes(TSConfigCacheEntry *cfg, int type, char *token, int len, uint32 hash)
{
	int			s = hash & (n_slots - 1);
	memo_token *m;

	for (; slots[s].token != NULL; s = (s + 1) & (n_slots - 1))
	{
		m = slots[s].token;
		if (slots[s].hash == hash && m->config == cfg->cfgId && m->type == type && m->len == len &&
			memcmp(m->token, token, len) == 0)
			return m;
	}
	m = lexize(cfg, type, token, len);
	if (n_tokens >= MEMO_MAX_TOKENS)
		return m;
	if (2 * (n_tokens + 1) > n_slots)
	{
		memo_slot  *bigger = MemoryContextAllocZero(memo_context, sizeof(memo_slot) * n_slots * 2);

		for (int i = 0; i < n_slots; i++)
			if (slots[i].token != NULL)
				bigger[free_slot(bigger, n_slots * 2, slots[i].hash)] = slots[i];
		pfree(slots);
		slots = bigger;
		n_slots *= 2;
		s = free_slot(slots, n_slots, hash);
	}
	slots[s].hash = hash;
	slots[s].token = m;
	n_tokens++;
	return m;
}

/*
 * The memo is larger than the CPU's caches: reading a token's slot, then
 * its entry, were each a miss of the cache, most of this file's time.  So
 * tokens go through a short queue: as a token enters, its slot is fetched
 * ahead (prefetch); one step on, the entry the slot points to; two steps
 * on, the token is looked up, by then in the cache.  The lexemes still go
 * out in the tokens' order.
 */
#define AHEAD 2

typedef struct queued_token
{
	int			type;
	char	   *token;
	int			len;
	uint32		hash;
} queued_token;

static inline void
prefetch(const void *p)
{
#ifdef __GNUC__
	__builtin_prefetch(p);
#endif
}

bool
rf_memo_lexemes(Oid config, char *text, int len, rf_lexeme_fn fn, void *arg)
{
	TSConfigCacheEntry *cfg = lookup_ts_config_cache(config);
	TSParserCacheEntry *prs = lookup_ts_parser_cache(cfg->prsId);
	void	   *prsdata;
	queued_token queue[AHEAD + 1];
	int			queued = 0,
				head = 0,		/* the oldest */
				pos = 0;
	bool		more = true;

	if (!one_token_at_a_time(cfg))
		return false;
	prsdata = DatumGetPointer(FunctionCall2(&prs->prsstart, PointerGetDatum(text), Int32GetDatum(len)));
	while (more || queued > 0)
	{
		memo_token *m;
		queued_token *q;

		while (more && queued <= AHEAD)
		{
			char	   *token = NULL;
			int			toklen,
						type;

			/* referat.parser's tokens straight from it, others through the function manager */
			type = prs->prstoken.fn_addr == referat_parser_gettoken ?
				rf_parser_next(prsdata, &token, &toklen) :
				DatumGetInt32(FunctionCall3(&prs->prstoken, PointerGetDatum(prsdata),
											PointerGetDatum(&token), PointerGetDatum(&toklen)));
			if (type <= 0)
			{
				more = false;
				break;
			}
			if (toklen >= MAXSTRLEN)
			{
				/* as parsetext says it */
				ereport(NOTICE,
						(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						 errmsg("word is too long to be indexed"),
						 errdetail("Words longer than %d characters are ignored.", MAXSTRLEN)));
				continue;
			}
			if (type >= cfg->lenmap || cfg->map[type].len == 0)
				continue;
			if (queued > 0)
			{
				/* the token before this one: its slot is in the cache by now */
				q = &queue[(head + queued - 1) % (AHEAD + 1)];
				prefetch(slots[q->hash & (n_slots - 1)].token);
			}
			q = &queue[(head + queued) % (AHEAD + 1)];
			q->type = type;
			q->token = token;
			q->len = toklen;
			q->hash = token_hash(cfg, type, token, toklen);
			prefetch(&slots[q->hash & (n_slots - 1)]);
			queued++;
		}
		if (queued == 0)
			break;
		q = &queue[head];
		head = (head + 1) % (AHEAD + 1);
		queued--;
		m = token_lexemes(cfg, q->type, q->token, q->len, q->hash);
		if (m->n < 0)
			continue;
		pos++;
		for (int i = 0; i < m->n; i++)
		{
			if (m->lexemes[i].add_pos)
				pos++;
			fn(arg, m->lexemes[i].word, m->lexemes[i].len, m->lexemes[i].hash, LIMITPOS(pos));
		}
	}
	FunctionCall1(&prs->prsend, PointerGetDatum(prsdata));
	return true;
}
