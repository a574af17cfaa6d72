/*
 * search_parser.h — the next token of referat.parser, for C callers that
 * hold the state its start function made (search_token_memo.c), without a
 * call through the function manager per token.
 */
#ifndef REFERAT_SEARCH_PARSER_H
#define REFERAT_SEARCH_PARSER_H

#include "postgres.h"
#include "fmgr.h"

extern Datum referat_parser_gettoken(PG_FUNCTION_ARGS);

/* The type of the next token (0 at the end), as referat_parser_gettoken gives it. */
extern int	rf_parser_next(void *state, char **token, int *toklen);

#endif
