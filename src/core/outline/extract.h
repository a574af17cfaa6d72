/*
 * extract.h — what the body of a section holds: proposals of a
 * recommendation, attachments of a Bilag list, entries of a Sagsforløb.
 *
 * Each extractor walks the lines of one section body and calls back once
 * per result.  Text handed to a callback lives in the caller's scratch
 * buffer (room for body.end - body.start + 1 bytes) until the next call.
 */
#ifndef RF_EXTRACT_H
#define RF_EXTRACT_H

#include "danish_time.h"
#include "minutes.h"

/* who: before "indstiller" (empty when not said); body: without the leading "at". */
typedef void (*rf_proposal_fn) (void *ctx, rf_span who, const char *body, size_t len);
extern void rf_proposals(const char *s, rf_range body, char *scratch,
						 rf_proposal_fn fn, void *ctx);

/* ext: lower-case file extension ("pdf"), or NULL. */
typedef void (*rf_attachment_fn) (void *ctx, const char *name, size_t len, const char *ext);
extern void rf_attachments(const char *s, rf_range body, char *scratch,
						   rf_attachment_fn fn, void *ctx);

typedef struct rf_history_entry
{
	rf_span		committee;		/* after "Udvalg:" */
	rf_date		date;			/* after "Dato:" */
	bool		has_date;
	int			item_no;		/* after "Punktnummer:", or -1 */
	rf_range	text;			/* the lines after the labels; may be empty */
} rf_history_entry;

typedef void (*rf_history_fn) (void *ctx, const rf_history_entry *entry);
extern void rf_history(const char *s, rf_range body, rf_history_fn fn, void *ctx);

#endif
