/*
 * search_token_memo.h — the lexemes of a text under a text-search
 * configuration, as parsetext gives them, with each token's lexemes
 * remembered for the backend (search_token_memo.c).
 */
#ifndef RF_SEARCH_TOKEN_MEMO_H
#define RF_SEARCH_TOKEN_MEMO_H

#include "postgres.h"

/* A lexeme and its position; hash is hash_bytes of its bytes. */
typedef void (*rf_lexeme_fn) (void *arg, char *word, int len, uint32 hash, uint16 pos);

/*
 * Starts a call: drops what the memo holds when a configuration, dictionary,
 * template or parser changed, or when it is full.  Lexemes handed out stay
 * valid until the next rf_token_memo_begin.
 */
extern void rf_token_memo_begin(void);

/*
 * Calls fn for each lexeme of text under config, in parsetext's order and
 * with its positions.  False, having called nothing, when a dictionary of
 * config is not one whose lexemes follow from the token alone.
 */
extern bool rf_memo_lexemes(Oid config, char *text, int len, rf_lexeme_fn fn, void *arg);

#endif
