/*
 * title.h — the parts of an agenda item's title.
 */
#ifndef RF_TITLE_H
#define RF_TITLE_H

#include "minutes.h"

/* What the agenda marks an item as: "(B)" to decide, "(O)" for information. */
typedef enum rf_item_type
{
	RF_ITEM_TYPE_NONE = 0,
	RF_ITEM_TYPE_DECISION,
	RF_ITEM_TYPE_ORIENTATION
} rf_item_type;

typedef struct rf_title
{
	bool		closed;			/* "Lukket" or "Lukket: …" */
	rf_span		prefix;			/* routing prefix "CF", "ØU/KB"; empty when none */
	rf_span		title;			/* without prefix, "Lukket:" and time annotation */
	int			slot_start;		/* minutes of the day, or -1 */
	int			slot_end;
	int			duration;		/* minutes, or -1 */
	rf_item_type type;			/* "(B)" or "(O)" after the title */
} rf_title;

/* Split a title (rendered: one line, clean) s[0..len) into its parts. */
extern void rf_title_parts(const char *s, size_t len, rf_title *out);

#endif
