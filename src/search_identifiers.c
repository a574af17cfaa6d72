/*
 * search_identifiers.c — the dictionary templates referat.case_number (case
 * numbers and KLE subjects) and referat.number (dates and numbers), thin
 * over core/search_lexemes.c.
 */
#include "postgres.h"

#include "fmgr.h"
#include "tsearch/ts_public.h"

#include "search_lexemes.h"

PG_FUNCTION_INFO_V1(referat_case_number_lexize);
PG_FUNCTION_INFO_V1(referat_number_lexize);

/*
 * Lexemes of one variant (nvariant 0): a query for a case number requires
 * its KLE subject too, which every document with that case number has.
 */
static TSLexeme *
lexemes(char out[][RF_LEXEME_MAX], int n)
{
	TSLexeme   *res = palloc0(sizeof(TSLexeme) * (n + 1));
	int			i;

	for (i = 0; i < n; i++)
		res[i].lexeme = pstrdup(out[i]);
	return res;
}

/* The normalised case number and its KLE subject; NULL for anything else. */
Datum
referat_case_number_lexize(PG_FUNCTION_ARGS)
{
	const char *in = (const char *) PG_GETARG_POINTER(1);
	int32		len = PG_GETARG_INT32(2);
	char		out[2][RF_LEXEME_MAX];
	int			n = len > 0 ? rf_case_number_lexemes(in, (size_t) len, out) : 0;

	PG_RETURN_POINTER(n > 0 ? lexemes(out, n) : NULL);
}

/* A date in ISO form, a number without thousands separators; NULL when too long. */
Datum
referat_number_lexize(PG_FUNCTION_ARGS)
{
	const char *in = (const char *) PG_GETARG_POINTER(1);
	int32		len = PG_GETARG_INT32(2);
	char		out[1][RF_LEXEME_MAX];

	if (len <= 0 || !rf_number_lexeme(in, (size_t) len, out[0]))
		PG_RETURN_POINTER(NULL);
	PG_RETURN_POINTER(lexemes(out, 1));
}
