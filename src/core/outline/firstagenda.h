/*
 * firstagenda.h — a meeting from FirstAgenda's publication portal (JSON) as
 * the text of FirstAgenda's own PDF, so that rf_parse reads both.
 *
 * The JSON holds one meeting: "Udvalg" {"Navn"} is the forum; "Moede" holds
 * "Dato" (2025-01-29T17:00:00+01:00, local time), "Sted", "Afsluttet" and
 * "Moededeltagere" [{"Name", "Absent", "ParticipationCancelled"}];
 * "Dagsordenpunkter" the items [{"Punktnummer"/"Number"/"Nummer",
 * "Navn"/"Caption", "SagsNummer"/"CaseNumber", "Felter" [{"Navn", "Html"}],
 * "Bilag" [{"Navn"}]}].  The text written:
 *
 *   Referat Økonomiudvalget d. 29-01-2025        (Dagsorden … unless Afsluttet)
 *   Mødedato: Onsdag d. 29. januar 2025 kl. 17:00
 *   Udvalg: Økonomiudvalget                        (as the web page has it)
 *   Mødested: Biblioteket
 *   Mødedeltagere: A, B, C                         (those who came)
 *   Afbud: D                                       (ParticipationCancelled)
 *   Fraværende: E                                  (Absent)
 *   Punkt 1: Godkendelse af dagsorden              (per item, in order)
 *   Sagsnr.: 24-008513
 *   <each field: its name as a heading when it has one, its HTML as text>
 *   Bilag
 *   <one attachment name a line>
 *
 * with a blank line between paragraphs.  An item's number is its own when
 * it has one of up to six digits, else its place in the list.  A title is
 * written as the portal gives it: a closed item's says "Lukket: …", which
 * the parser reads as closed ("IsOpen" is false on every item the Greve
 * portal serves, open ones too, so it says nothing about closing).
 *
 * One pass over the JSON records where the values are, then the text is
 * written from them: time and memory linear in the input.  The output is
 * valid UTF-8 and at most RF_FA_OUTPUT_MAX(len) bytes.
 */
#ifndef RF_FIRSTAGENDA_H
#define RF_FIRSTAGENDA_H

#include <stddef.h>

#include "minutes.h"

/*
 * The most output for len bytes of input.  Every byte of JSON gives at most
 * three of text (a stray byte becomes U+FFFD); the lines the renderer adds
 * cost more than the JSON they come from only for the smallest items
 * ("{}," becomes "Punkt 12345: " and breaks), hence the factor and the
 * constant for the meeting's header lines.
 */
#define RF_FA_OUTPUT_MAX(len) (8 * (len) + 512)

typedef enum rf_fa_status
{
	RF_FA_OK = 0,
	RF_FA_SYNTAX,				/* not JSON: what and where in the error */
	RF_FA_DEPTH,				/* nested deeper than RF_JSON_MAX_DEPTH */
	RF_FA_SHAPE,				/* JSON, but not a FirstAgenda meeting: what is missing */
	RF_FA_NOMEM					/* the allocator returned NULL */
} rf_fa_status;

typedef struct rf_fa_error
{
	rf_fa_status status;
	const char *what;			/* a sentence without full stop; static */
	size_t		offset;			/* byte of the input where the JSON went wrong */
} rf_fa_error;

typedef struct rf_fa_result
{
	char	   *text;			/* the text, NUL-terminated, when RF_FA_OK */
	size_t		len;
	void	   *scratch;		/* the renderer's working memory */
} rf_fa_result;

/*
 * Render json[0..len).  Returns RF_FA_OK with the text in *res, or what was
 * wrong in *err.  Whatever the outcome, res->text and res->scratch are
 * blocks from alloc or NULL, which the caller frees (or leaves to its
 * memory context); after an error res->text holds no meaning.
 */
extern rf_fa_status rf_firstagenda_text(const char *json, size_t len, const rf_allocator *alloc,
										rf_fa_result *res, rf_fa_error *err);

#endif
