/*
 * danish_time.h — dates, clock times and time slots as Danish minutes write them.
 */
#ifndef RF_DANISH_TIME_H
#define RF_DANISH_TIME_H

#include <stddef.h>
#include <stdbool.h>

typedef struct rf_date
{
	int			year;			/* four digits */
	int			month;			/* 1..12 */
	int			day;			/* 1..31, valid for the month */
} rf_date;

/*
 * First date in s[0..len): "28. juni 2017", "01. september 2016",
 * "onsdag den 1. oktober 2025", "28-06-2017".  Month names are matched
 * case-insensitively.  Returns false when there is none.
 */
extern bool rf_find_date(const char *s, size_t len, rf_date *out);

/* Month number (1..12) of the word s[b..e) ("juni", "Sept", "OKT"), 0 if none. */
extern int	rf_month_number(const char *s, size_t b, size_t e);

/* Is day/month/year a date of the calendar (years 1900..2099)? */
extern bool rf_valid_date(int year, int month, int day);

/*
 * First clock time after "kl." in s[0..len): "kl. 10:00", "kl. 15.45",
 * "kl.11.55".  Minutes of the day in *minutes.
 */
extern bool rf_find_clock(const char *s, size_t len, int *minutes);

/*
 * A date at the start of s[0..len), as a line that gives the meeting's date
 * writes it: an optional weekday, an optional "den" or "d.", the date, then
 * optionally "," and a start time ("kl. 13:00", "klokken 9.30", or a bare
 * "09:00:00") with an end time after a dash.  "tirsdag den 4. december 2012,
 * kl. 13:00", "den 6. november 2017 kl. 11:30", "04-06-2020 09:00:00".
 * *minutes is the start (minutes of the day) or -1; *end is the byte where
 * the reading stopped: the caller says what may follow (" i Byrådssalen").
 */
extern bool rf_read_when(const char *s, size_t len, rf_date *date, int *minutes, size_t *end);

/*
 * A start time at the start of s[0..len): "Kl. 10:30", "kl. 13.00-15.00",
 * or a bare clock with its minutes ("09:00").  *end as rf_read_when.
 */
extern bool rf_read_time(const char *s, size_t len, int *minutes, size_t *end);

typedef struct rf_slot
{
	size_t		cut;			/* title without the annotation is s[0..cut), trailing blanks removed */
	int			start;			/* minutes of the day, or -1 */
	int			end;			/* minutes of the day, or -1 */
	int			duration;		/* minutes, or -1 */
} rf_slot;

/*
 * A time annotation at the end of an item title: "(kl.11.55-12.05)",
 * "(9.00-9.15)", "(9.15.10.45)" (typo for 9.15-10.45), "(45 min)".
 * Returns false (and leaves *out alone) when the title ends otherwise.
 */
extern bool rf_parse_slot(const char *s, size_t len, rf_slot *out);

#endif
