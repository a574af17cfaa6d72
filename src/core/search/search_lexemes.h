/*
 * search_lexemes.h — the lexemes that referat.danish indexes for case
 * numbers, KLE subjects, dates and numbers, without PostgreSQL.
 *
 * Each function maps every way of writing one thing to one lexeme, so that a
 * query matches however the document wrote it.
 */
#ifndef RF_SEARCH_LEXEMES_H
#define RF_SEARCH_LEXEMES_H

#include <stdbool.h>
#include <stddef.h>

#include "sagsnr_parse.h"

/* Room for a lexeme of these functions, NUL included. */
#define RF_LEXEME_MAX (RF_SAGSNR_MAXLEN + 1)

/*
 * A case number or KLE subject s[0..len): writes its lexemes to out and
 * returns how many (0 when s is no case number).  The first is the case
 * number as referat.sagsnr normalises it, in lower case ("emn-2025-3383" ->
 * "emn-2025-003383"); a full KLE journal number also yields its subject
 * ("81.28.00-P05-1-18" -> "81.28.00-p05-1-18", "81.28.00"), so that the
 * subject, and the prefix query '81.28:*', find every case filed under it.
 */
extern int	rf_case_number_lexemes(const char *s, size_t len, char out[2][RF_LEXEME_MAX]);

/*
 * The lexeme of a date or number s[0..len) in out (at most RF_LEXEME_MAX
 * bytes with the NUL; longer text yields false): a date in ISO form
 * ("28-06-2017", "28.06.2017", "19.6 2017" -> "2017-06-28"), a number with
 * Danish thousands separators removed ("1.500.000" -> "1500000",
 * "1.500,50" -> "1500,50"), anything else as written with ASCII letters in
 * lower case.
 */
extern bool rf_number_lexeme(const char *s, size_t len, char out[RF_LEXEME_MAX]);

#endif
