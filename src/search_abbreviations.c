/*
 * search_abbreviations.c — the dictionary template referat.abbreviations:
 * municipal abbreviations ("ØU", "KB", "MED") read as what they stand for.
 *
 * Options: DictFile, a file in $SHAREDIR/tsearch_data/ with the suffix .syn
 * (referat_abbreviations.syn is installed), and Dictionary, the dictionary
 * that makes lexemes of words (referat.danish_compound in referat.danish).
 *
 * Each line of the file is an abbreviation as written, then what it stands
 * for, as written in running text; '#' starts a comment line:
 *
 *     ØU   Økonomiudvalget
 *     MED  medindflydelse og medbestemmelse
 *
 * An abbreviation matches only in the letter case of the file, because many
 * are also words in lower case ("MED" and "med", "KL" and "kl.").  When the
 * dictionary is loaded, every word of the long form goes through the
 * Dictionary, so an abbreviation yields exactly the lexemes that the long
 * form yields in a document: 'ØU' finds "Økonomiudvalget" and the other way
 * round, whatever the compound splitter and stemmer make of it.  A long form
 * of several words yields the lexemes of all of them (stop words dropped),
 * which a query then requires together.  The genitive without apostrophe
 * ("MEDs") reads as the abbreviation.
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "commands/defrem.h"
#include "fmgr.h"
#include "tsearch/ts_cache.h"
#include "tsearch/ts_locale.h"
#include "tsearch/ts_public.h"
#include "utils/regproc.h"

#include "search_tokens.h"

typedef struct abbreviation
{
	char	   *key;			/* as the parser reads it (NFKC) */
	int			keylen;
	int			line;			/* later lines win over earlier ones */
	int			nlexemes;
	TSLexeme   *lexemes;		/* the long form's, nlexemes of them */
} abbreviation;

typedef struct abbreviations
{
	int			n;
	abbreviation *entries;		/* sorted by key, keys unique */
	bool		first_byte[256];	/* cheap rejection of most words */
} abbreviations;

PG_FUNCTION_INFO_V1(referat_abbreviations_init);
PG_FUNCTION_INFO_V1(referat_abbreviations_lexize);

static int
key_cmp(const char *a, int la, const char *b, int lb)
{
	int			c = memcmp(a, b, Min(la, lb));

	return c != 0 ? c : (la > lb) - (la < lb);
}

static int
entry_cmp(const void *a, const void *b)
{
	const abbreviation *x = a;
	const abbreviation *y = b;
	int			c = key_cmp(x->key, x->keylen, y->key, y->keylen);

	return c != 0 ? c : (x->line > y->line) - (x->line < y->line);
}

/* Append the lexemes the sub-dictionary makes of one word of a long form. */
static void
add_lexemes(TSDictionaryCacheEntry *sub, const rf_token *word, abbreviation *e, int *cap)
{
	DictSubState state = {0};
	char	   *text = pnstrdup(word->text, word->len);
	TSLexeme   *res;
	TSLexeme   *l;

	res = (TSLexeme *) DatumGetPointer(FunctionCall4(&sub->lexize,
													 PointerGetDatum(sub->dictData),
													 PointerGetDatum(text),
													 Int32GetDatum((int32) word->len),
													 PointerGetDatum(&state)));
	for (l = res; l != NULL && l->lexeme != NULL; l++)
	{
		if (e->nlexemes == *cap)
		{
			*cap *= 2;
			e->lexemes = repalloc(e->lexemes, sizeof(TSLexeme) * *cap);
		}
		e->lexemes[e->nlexemes] = *l;
		e->lexemes[e->nlexemes].flags &= ~(TSL_ADDPOS | TSL_FILTER);
		e->nlexemes++;
	}
	if (res != NULL)
		pfree(res);				/* the lexemes themselves are kept */
	pfree(text);
}

/*
 * One line of the file into *e: false for a blank or comment line.  The line
 * is read by the parser's own tokenizer, so that the key is what the parser
 * makes of the abbreviation in a document.
 */
static bool
parse_line(const char *line, int lineno, TSDictionaryCacheEntry *sub, abbreviation *e)
{
	rf_tokenizer *t = palloc(sizeof(rf_tokenizer));
	rf_token	tok;
	int			nwords = 0;
	int			cap = 8;
	int			i;

	rf_tokenizer_init(t, line, strlen(line));
	while (rf_tokenizer_next(t, &tok) == RF_TOKEN_BLANK)
		;
	if (tok.type == RF_TOKEN_END || (tok.type == RF_TOKEN_PUNCT && tok.text[0] == '#'))
	{
		pfree(t);
		return false;
	}
	e->key = pnstrdup(tok.text, tok.len);
	e->keylen = (int) tok.len;
	e->line = lineno;
	if ((tok.type != RF_TOKEN_WORD && tok.type != RF_TOKEN_NUMWORD) ||
		(rf_tokenizer_next(t, &tok) != RF_TOKEN_BLANK && tok.type != RF_TOKEN_END))
		ereport(ERROR,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("invalid line in abbreviation file: \"%s\"", pchomp(line)),
				 errhint("A line holds an abbreviation of letters and digits, a blank, and the words it stands for.")));

	e->nlexemes = 0;
	e->lexemes = palloc(sizeof(TSLexeme) * cap);
	while (rf_tokenizer_next(t, &tok) != RF_TOKEN_END)
	{
		if (tok.type != RF_TOKEN_WORD && tok.type != RF_TOKEN_NUMWORD)
			continue;
		add_lexemes(sub, &tok, e, &cap);
		nwords++;
	}
	pfree(t);
	if (nwords == 0)
		ereport(ERROR,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("abbreviation \"%s\" has no long form", e->key),
				 errhint("Write the words it stands for after the abbreviation, on the same line.")));
	/* a long form of several words is one variant: a query requires all its lexemes */
	if (nwords > 1)
		for (i = 0; i < e->nlexemes; i++)
			e->lexemes[i].nvariant = 1;
	return true;
}

static void
read_file(const char *name, TSDictionaryCacheEntry *sub, abbreviations *d)
{
	char	   *path = get_tsearch_config_filename(name, "syn");
	tsearch_readline_state trst;
	char	   *line;
	int			cap = 64;
	int			lineno = 0;
	int			i,
				n;

	if (!tsearch_readline_begin(&trst, path))
		ereport(ERROR,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("could not open abbreviation file \"%s\": %m", path),
				 errhint("The file belongs in the tsearch_data directory of the server's share directory; \"make install\" puts referat_abbreviations.syn there.")));
	d->entries = palloc(sizeof(abbreviation) * cap);
	d->n = 0;
	while ((line = tsearch_readline(&trst)) != NULL)
	{
		if (d->n == cap)
		{
			cap *= 2;
			d->entries = repalloc(d->entries, sizeof(abbreviation) * cap);
		}
		if (parse_line(line, ++lineno, sub, &d->entries[d->n]))
			d->n++;
		pfree(line);
	}
	tsearch_readline_end(&trst);

	/* sort, and keep the last line of every key */
	qsort(d->entries, d->n, sizeof(abbreviation), entry_cmp);
	for (i = 0, n = 0; i < d->n; i++)
	{
		if (i + 1 < d->n && key_cmp(d->entries[i].key, d->entries[i].keylen,
									d->entries[i + 1].key, d->entries[i + 1].keylen) == 0)
			continue;
		d->entries[n++] = d->entries[i];
	}
	d->n = n;
	memset(d->first_byte, 0, sizeof(d->first_byte));
	for (i = 0; i < d->n; i++)
		d->first_byte[(unsigned char) d->entries[i].key[0]] = true;
}

Datum
referat_abbreviations_init(PG_FUNCTION_ARGS)
{
	List	   *options = (List *) PG_GETARG_POINTER(0);
	abbreviations *d = palloc0(sizeof(abbreviations));
	char	   *file = NULL;
	char	   *subname = NULL;
	ListCell   *l;

	foreach(l, options)
	{
		DefElem    *opt = (DefElem *) lfirst(l);

		if (pg_strcasecmp(opt->defname, "DictFile") == 0 && file == NULL)
			file = defGetString(opt);
		else if (pg_strcasecmp(opt->defname, "Dictionary") == 0 && subname == NULL)
			subname = defGetString(opt);
		else
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unrecognized or repeated abbreviations parameter: \"%s\"",
							opt->defname),
					 errhint("The parameters are DictFile and Dictionary, once each.")));
	}
	if (file == NULL || subname == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("missing %s parameter", file == NULL ? "DictFile" : "Dictionary"),
				 errhint("Give DictFile = referat_abbreviations and Dictionary = referat.danish_compound.")));

	read_file(file, lookup_ts_dictionary_cache(get_ts_dict_oid(stringToQualifiedNameList(subname),
																false)), d);
	PG_RETURN_POINTER(d);
}

/* The entry of abbreviation in[0..len), or NULL. */
static const abbreviation *
find(const abbreviations *d, const char *in, int len)
{
	int			lo = 0,
				hi = d->n - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		const abbreviation *e = &d->entries[mid];
		int			c = key_cmp(in, len, e->key, e->keylen);

		if (c < 0)
			hi = mid - 1;
		else if (c > 0)
			lo = mid + 1;
		else
			return e;
	}
	return NULL;
}

/*
 * The long form's lexemes, or NULL (not an abbreviation: ask the next
 * dictionary).  A genitive s, written without the apostrophe ("MEDs",
 * "KLs"), reads as the abbreviation.
 */
Datum
referat_abbreviations_lexize(PG_FUNCTION_ARGS)
{
	abbreviations *d = (abbreviations *) PG_GETARG_POINTER(0);
	const char *in = (const char *) PG_GETARG_POINTER(1);
	int32		len = PG_GETARG_INT32(2);
	const abbreviation *e;
	TSLexeme   *res;
	int			i;

	if (len <= 0 || !d->first_byte[(unsigned char) in[0]])
		PG_RETURN_POINTER(NULL);
	e = find(d, in, len);
	if (e == NULL && len > 2 && in[len - 1] == 's')
		e = find(d, in, len - 1);
	if (e == NULL || e->nlexemes == 0)
		PG_RETURN_POINTER(NULL);
	res = palloc0(sizeof(TSLexeme) * (e->nlexemes + 1));
	for (i = 0; i < e->nlexemes; i++)
	{
		res[i] = e->lexemes[i];
		res[i].lexeme = pstrdup(e->lexemes[i].lexeme);
	}
	PG_RETURN_POINTER(res);
}
