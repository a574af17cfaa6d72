/*
 * search_parser.c — the text-search parser referat.parser: start, gettoken,
 * end, lextypes and headline over the tokenizer in core/search_tokens.c.
 *
 * An acronym glued to a word ("HRchefen", "KommuneMED") is cut off when the
 * word is in the lexicon of the compound splitter, referat_danish, or is a
 * compound of its words; the lexicon is mapped the first time such a word
 * turns up.
 */
#include "postgres.h"

#include "fmgr.h"
#include "miscadmin.h"
#include "tsearch/ts_public.h"
#include "utils/fmgrprotos.h"

#include "compound.h"
#include "search_lexicon.h"
#include "search_parser.h"
#include "search_tokens.h"

typedef struct parser_state
{
	rf_tokenizer tokenizer;
	const rf_lexicon *lexicon;	/* NULL until the word test needs it */
} parser_state;

/*
 * The word test of the tokenizer: a word of the lexicon, or a compound of
 * its words (not one that begins with a piece the lexicon lacks: "ME" +
 * "Daftalens" is no daf|talens).  arg is the parser_state; the lexicon is
 * looked up once per parse (finding it by name builds its path).
 */
static bool
lexicon_word(void *arg, const char *w, size_t len)
{
	parser_state *st = arg;
	static rf_compound split;

	if (st->lexicon == NULL)
		st->lexicon = referat_lexicon("referat_danish");
	rf_compound_split(st->lexicon, w, len, &split);
	return split.known || (split.n_parts > 0 && !split.unknown_piece);
}

PG_FUNCTION_INFO_V1(referat_parser_start);
PG_FUNCTION_INFO_V1(referat_parser_gettoken);
PG_FUNCTION_INFO_V1(referat_parser_end);
PG_FUNCTION_INFO_V1(referat_parser_lextype);
PG_FUNCTION_INFO_V1(referat_parser_headline);

Datum
referat_parser_start(PG_FUNCTION_ARGS)
{
	parser_state *st = palloc(sizeof(parser_state));
	int32		len = PG_GETARG_INT32(1);

	rf_tokenizer_init(&st->tokenizer, (const char *) PG_GETARG_POINTER(0),
					  len > 0 ? (size_t) len : 0);
	st->lexicon = NULL;
	rf_tokenizer_words(&st->tokenizer, lexicon_word, st);
	PG_RETURN_POINTER(st);
}

/*
 * PostgreSQL keeps the token pointers of a whole parse (a thesaurus may look
 * ahead), so a token rewritten in the tokenizer's scratch buffer is copied.
 */
int
rf_parser_next(void *state, char **token, int *toklen)
{
	parser_state *st = state;
	rf_token	tok;

	CHECK_FOR_INTERRUPTS();
	if (rf_tokenizer_next(&st->tokenizer, &tok) == RF_TOKEN_END)
		return 0;
	if (tok.text == st->tokenizer.scratch)
		*token = pnstrdup(tok.text, tok.len);
	else
		*token = unconstify(char *, tok.text);
	*toklen = (int) tok.len;
	return (int) tok.type;
}

Datum
referat_parser_gettoken(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(rf_parser_next(PG_GETARG_POINTER(0), (char **) PG_GETARG_POINTER(1),
								   (int *) PG_GETARG_POINTER(2)));
}

Datum
referat_parser_end(PG_FUNCTION_ARGS)
{
	pfree(PG_GETARG_POINTER(0));
	PG_RETURN_VOID();
}

Datum
referat_parser_lextype(PG_FUNCTION_ARGS)
{
	LexDescr   *descr = palloc(sizeof(LexDescr) * (RF_TOKEN_LAST + 1));
	int			i;

	for (i = 1; i <= RF_TOKEN_LAST; i++)
	{
		descr[i - 1].lexid = i;
		descr[i - 1].alias = pstrdup(rf_token_alias[i]);
		descr[i - 1].descr = pstrdup(rf_token_description[i]);
	}
	descr[RF_TOKEN_LAST].lexid = 0;
	PG_RETURN_POINTER(descr);
}

/*
 * Token numbers of PostgreSQL's default parser (wparser_def.c), the only ones
 * its headline function prsd_headline understands: spaces are not counted as
 * words, and a fragment does not end on a space or a number.
 */
#define DEFAULT_PARSER_WORD 2
#define DEFAULT_PARSER_SPACE 12
#define DEFAULT_PARSER_UINT 22

/*
 * ts_headline: the selection of fragments is PostgreSQL's own (prsd_headline,
 * with all its options), given our tokens as the default parser's types.
 * Our tokens never overlap, so nothing has to be skipped.
 */
Datum
referat_parser_headline(PG_FUNCTION_ARGS)
{
	HeadlineParsedText *prs = (HeadlineParsedText *) PG_GETARG_POINTER(0);
	int			i;

	for (i = 0; i < prs->curwords; i++)
	{
		switch ((rf_token_type) prs->words[i].type)
		{
			case RF_TOKEN_WORD:
			case RF_TOKEN_NUMWORD:
			case RF_TOKEN_CASE_NUMBER:
			case RF_TOKEN_KLE:
				prs->words[i].type = DEFAULT_PARSER_WORD;
				break;
			case RF_TOKEN_DATE:
			case RF_TOKEN_NUMBER:
				prs->words[i].type = DEFAULT_PARSER_UINT;
				break;
			default:
				prs->words[i].type = DEFAULT_PARSER_SPACE;
				break;
		}
	}
	return DirectFunctionCall3(prsd_headline, PG_GETARG_DATUM(0), PG_GETARG_DATUM(1),
							   PG_GETARG_DATUM(2));
}
