/*
 * fuzz_time.c — libFuzzer harness: dates, clock times, time slots and the
 * parts of an item title (danish_time.h, title.h).
 *
 * Also a date or a time as a line of its own (rf_read_when, rf_read_time).
 *
 * Checked: a date found is a real date of 1900..2099, a clock time is a
 * minute of the day, a date or time line stops inside the input, a slot's start, end and duration agree and the title
 * it cuts off is a prefix of the input; rf_parse_slot leaves its output
 * alone when it finds nothing; the parts of a title are spans of it, and
 * valid UTF-8 in gives valid UTF-8 parts.
 */
#include <stdint.h>
#include <string.h>

#include "danish_time.h"
#include "fuzz.h"
#include "title.h"

static bool
real_date(const rf_date *d)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	bool		leap = d->year % 4 == 0 && (d->year % 100 != 0 || d->year % 400 == 0);

	if (d->year < 1900 || d->year > 2099 || d->month < 1 || d->month > 12 || d->day < 1)
		return false;
	return d->day <= days[d->month - 1] + (d->month == 2 && leap);
}

static void
check_slot(const char *s, size_t len)
{
	rf_slot		slot = {(size_t) -7, -7, -7, -7};

	if (!rf_parse_slot(s, len, &slot))
	{
		FUZZ_CHECK(slot.cut == (size_t) -7 && slot.start == -7 && slot.end == -7 && slot.duration == -7);
		return;
	}
	FUZZ_CHECK(slot.cut < len && memchr(s + slot.cut, '(', len - slot.cut) != NULL);
	FUZZ_CHECK(slot.start >= -1 && slot.start < 24 * 60 && slot.end >= -1 && slot.end < 24 * 60);
	FUZZ_CHECK(slot.start >= 0 || slot.end == -1);
	if (slot.end >= 0)
		FUZZ_CHECK(slot.end > slot.start && slot.duration == slot.end - slot.start);
	else if (slot.start >= 0)
		FUZZ_CHECK(slot.duration == -1);
	else
		FUZZ_CHECK(slot.duration >= 1 && slot.duration <= 12 * 60 + 30);
}

static void
check_title(const char *s, size_t len)
{
	rf_title	t;
	bool		utf8 = fuzz_utf8(s, len);

	rf_title_parts(s, len, &t);
	FUZZ_CHECK(t.prefix.start <= t.prefix.end && t.prefix.end <= t.title.start &&
			   t.title.start <= t.title.end && t.title.end <= len);
	FUZZ_CHECK(t.prefix.start == t.prefix.end || t.prefix.start == 0);
	FUZZ_CHECK(!utf8 || (fuzz_utf8(s + t.prefix.start, t.prefix.end - t.prefix.start) &&
						 fuzz_utf8(s + t.title.start, t.title.end - t.title.start)));
	FUZZ_CHECK(t.slot_start >= -1 && t.slot_start < 24 * 60 && t.slot_end >= -1 && t.slot_end < 24 * 60);
	if (t.slot_end >= 0)
		FUZZ_CHECK(t.slot_end > t.slot_start && t.duration == t.slot_end - t.slot_start);
	FUZZ_CHECK(t.duration >= -1 && t.duration < 24 * 60);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	rf_date		d;
	int			minutes;
	size_t		end;

	if (rf_find_date(s, size, &d))
		FUZZ_CHECK(real_date(&d));
	if (rf_find_clock(s, size, &minutes))
		FUZZ_CHECK(minutes >= 0 && minutes < 24 * 60);
	if (rf_read_when(s, size, &d, &minutes, &end))
		FUZZ_CHECK(real_date(&d) && minutes >= -1 && minutes < 24 * 60 && end > 0 && end <= size);
	if (rf_read_time(s, size, &minutes, &end))
		FUZZ_CHECK(minutes >= 0 && minutes < 24 * 60 && end > 0 && end <= size);
	check_slot(s, size);
	check_title(s, size);
	return 0;
}
