/*
 * search_lexicon.h — the lexicon files of the compound splitter
 * (core/lexicon.h) as the backend uses them: mapped into memory on first
 * use, once per backend and path, and shared by the dictionaries and the
 * parser that name them.
 */
#ifndef REFERAT_SEARCH_LEXICON_H
#define REFERAT_SEARCH_LEXICON_H

#include "lexicon.h"

/* The lexicon file tsearch_data/<name>.lex; an error when it cannot be used. */
extern const rf_lexicon *referat_lexicon(const char *name);

#endif
