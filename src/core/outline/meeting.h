/*
 * meeting.h — the meeting header: kind, forum, date, time, place.
 */
#ifndef RF_MEETING_H
#define RF_MEETING_H

#include "danish_time.h"
#include "minutes.h"

typedef enum rf_doc_kind
{
	RF_DOC_UNKNOWN = -1,
	RF_DOC_REFERAT = 0,			/* minutes */
	RF_DOC_DAGSORDEN = 1		/* agenda */
} rf_doc_kind;

typedef struct rf_meeting
{
	rf_doc_kind kind;
	rf_span		forum;			/* empty when unknown */
	rf_date		date;
	bool		has_date;
	int			starts_at;		/* minutes of the day, or -1 */
	rf_span		location;		/* empty when unknown */
} rf_meeting;

/*
 * Read the meeting header of an outlined document: every section before the
 * first item (all of them when there is none) except the table of contents.
 */
extern void rf_meeting_parse(const rf_doc *doc, rf_meeting *m);

#endif
