/*
 * attendance.h — who the minutes list as present at a meeting and who as
 * absent.
 *
 * rf_attendance reads the lists of members under their labels in a byte
 * range of the input: "Tilstede", "Deltagere:", "Mødedeltagere:",
 * "Sekretær" (present), "Afbud/Fraværende", "Afbud fra …", "Fraværende:",
 * "Ikke til stede:" (absent), "Indkaldelse :", "Medlemmer" (invited: present
 * unless also listed absent), one name a line or a list on the label's line.
 * rf_attendees_resolve then decides who of the invited was present.  Plain
 * C99, no allocation, linear; every span points into the input.
 */
#ifndef RF_ATTENDANCE_H
#define RF_ATTENDANCE_H

#include <stdbool.h>
#include <stdint.h>

#include "minutes.h"

typedef enum rf_list_kind
{
	RF_LIST_PRESENT = 0,		/* Tilstede, Deltagere, Mødedeltagere, Sekretær */
	RF_LIST_ABSENT,				/* Afbud, Fraværende, Ikke til stede */
	RF_LIST_INVITED				/* Indkaldelse, Medlemmer */
} rf_list_kind;

typedef struct rf_attendee
{
	rf_span		who;			/* the name: "Erik Nielsen" */
	rf_span		written;		/* the name through its party: "Erik Nielsen (A)" */
	rf_span		party;			/* the letters in the parentheses: "A", "UP"; empty when not given */
	const char *role;			/* "formand", "suppleant for", "sekretær", …; NULL when none */
	rf_span		role_text;		/* the role as written after the name ("formand" of "- formand",
								 * "protokol"), or who "suppleant for" stands for */
	rf_list_kind list;
	const char *reason;			/* RF_LIST_ABSENT: "afbud" or "fraværende"; else NULL */
	bool		present;		/* set by rf_attendees_resolve */
	bool		merged;			/* set by rf_attendees_resolve: an absence of an invited member */
} rf_attendee;

typedef void (*rf_attendee_fn) (void *ctx, const rf_attendee *attendee);

/* One call per member the lists in s[range) name, in the order written. */
extern void rf_attendance(const char *s, rf_span range, rf_attendee_fn fn, void *ctx);

/*
 * Who was there, from the members of one document e[0..n): present for the
 * present lists and for the invited not listed absent; an absence of an
 * invited member is merged into that member's entry (merged set: leave it
 * out).  slots: room for rf_attendance_slots(n) entries.
 */
extern size_t rf_attendance_slots(size_t n);
extern void rf_attendees_resolve(const char *s, rf_attendee *e, size_t n, uint32_t *slots);

/* The words of s[sp) with one blank between them (out: room for sp.end - sp.start + 1). */
extern size_t rf_attendance_words(const char *s, rf_span sp, char *out);

#endif
