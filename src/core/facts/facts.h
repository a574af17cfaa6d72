/*
 * facts.h — what the sentences of minutes say: amounts of money, dates and
 * the meetings they refer to, the positions members took (who was absent:
 * attendance.h).
 *
 * A section body is first cut into sentences of clean text (rf_sentences);
 * the finders then read one sentence at a time, so every result comes with
 * the sentence it was found in.  Plain C99, no allocation, linear.
 */
#ifndef RF_FACTS_H
#define RF_FACTS_H

#include "danish_time.h"
#include "minutes.h"

/* ------------------------------------------------------------ sentences */

/*
 * Call fn once per sentence of the lines s[body]: wrapped lines joined
 * (hyphenated words too), blanks collapsed, Markdown marks dropped.  A
 * sentence ends at ". ", "! " or "? " before a capital, at a blank line, at
 * a line that starts a list ("- ", "1. ", "At 2) "), after a line that ends
 * in . ! ? : ; and after a short line (a heading, a label) followed by a
 * capital.  With each_line every line is a sentence of its own (a Bilag
 * list).  scratch needs room for 2 * (body.end - body.start + 1) bytes; the
 * text handed to fn lives there until the next call.
 */
typedef void (*rf_sentence_fn) (void *ctx, const char *text, size_t len);
extern void rf_sentences(const char *s, rf_range body, bool each_line, char *scratch,
						 rf_sentence_fn fn, void *ctx);

/* At most this many bytes of a sentence are shown around what was found. */
#define RF_CONTEXT_MAX 400

/* The part of text[0..len) to show around [start, end), cut between words. */
extern rf_span rf_context(const char *text, size_t len, size_t start, size_t end);

/* --------------------------------------------------------------- money */

/* Room for the decimal text of an amount ("-33800000", "166.54"). */
#define RF_AMOUNT_DIGITS 48

typedef struct rf_amount
{
	char		value[RF_AMOUNT_DIGITS];	/* kroner as a decimal number, '.' for the point */
	const char *currency;		/* "DKK" or "EUR" */
	char		per[32];		/* "time", "år", "hold", …; empty when not said */
	rf_span		raw;			/* in the sentence: "2,6 mio.kr.", "kr. 166,54" */
} rf_amount;

typedef void (*rf_amount_fn) (void *ctx, const rf_amount *amount);

/* Every amount of money in a sentence (see amounts.c for the forms). */
extern void rf_find_amounts(const char *text, size_t len, rf_amount_fn fn, void *ctx);

/* --------------------------------------------------------------- dates */

typedef struct rf_date_mention
{
	rf_date		date;			/* the year resolved when the text gives none */
	bool		has_date;		/* false: no year given and no meeting date to resolve it */
	bool		refers_to_meeting;
	rf_span		raw;			/* in the sentence: "14. juni 2017", "03.04.17", "9. februar" */
} rf_date_mention;

typedef void (*rf_date_fn) (void *ctx, const rf_date_mention *mention);

/*
 * Every date in a sentence.  meeting (may be NULL) resolves dates written
 * without a year; in_history says the sentence is from a Sagsforløb, whose
 * "Dato:" entries are meetings.
 */
extern void rf_find_dates(const char *text, size_t len, const rf_date *meeting,
						  bool in_history, rf_date_fn fn, void *ctx);

/* ----------------------------------------------------------- positions */

typedef enum rf_stance
{
	RF_STANCE_FORBEHOLD = 0,	/* "tog forbehold" */
	RF_STANCE_DELTOG_IKKE,		/* "deltog ikke i sagens behandling", "var forhindret i at deltage" */
	RF_STANCE_FOR,				/* "For stemte", "stemte for" */
	RF_STANCE_IMOD,				/* "Imod stemte", "stemte imod" */
	RF_STANCE_UNDLOD			/* "undlod at stemme" */
} rf_stance;

#define RF_STANCE_COUNT (RF_STANCE_UNDLOD + 1)
extern const char *const rf_stance_names[RF_STANCE_COUNT];

typedef struct rf_position
{
	rf_stance	stance;
	rf_span		who;			/* in the sentence; empty for a bare count of votes */
	int			votes;			/* "med 15 stemmer mod 6": 15; -1 when not said */
} rf_position;

typedef void (*rf_position_fn) (void *ctx, const rf_position *position);

/* One call per party or person (or count of votes) a sentence names. */
extern void rf_find_positions(const char *text, size_t len, rf_position_fn fn, void *ctx);

#endif
