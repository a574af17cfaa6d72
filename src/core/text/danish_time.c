/*
 * danish_time.c — dates, clock times and time slots as Danish minutes write
 * them.
 *
 *   dates:  "28. juni 2017", "Onsdag d. 01. september 2016", "1 august 2026",
 *           "8. Sept. 2016", "28-06-2017", "09.04.2025", "2025-10-01", "15-maj-2002"
 *   clocks: "kl. 10:00", "kl. 15.45", "kl.11.55", "kl. 9", "klokken 14.30"
 *   a date or a time as a line of its own: "tirsdag den 4. december 2012, kl. 13:00",
 *           "den 6. november 2017 kl. 11:30", "04-06-2020 09:00:00", "Kl. 10:30"
 *   slots:  "(kl.11.55-12.05)", "(9.00-9.15)", "(9.15.10.45)", "(kl. 9.00 - 9.30)",
 *           "(9:00–9:15)", "(kl. 10.00)", "(45 min)", "(1 time)", "(2 timer)",
 *           "(1½ time)", "(1,5 timer)"
 *
 * Plain C99, no allocation, no regular expressions, linear in the input.
 */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "danish_time.h"
#include "interrupt.h"
#include "text.h"

/* Blanks inside a line: space, tab, a Unicode space (text.h).  Returns the byte count, 0 if none. */
static size_t
blank_at(const char *s, size_t i, size_t len)
{
	if (i < len && (s[i] == ' ' || s[i] == '\t'))
		return 1;
	return i < len ? rf_wide_space_at(s, i, len) : 0;
}

/* White space including line breaks (a date may wrap in pdftotext output). */
static size_t
space_at(const char *s, size_t i, size_t len)
{
	if (i < len && (s[i] == '\n' || s[i] == '\r' || s[i] == '\f'))
		return 1;
	return blank_at(s, i, len);
}

static size_t
skip_blanks(const char *s, size_t i, size_t len)
{
	size_t		n;

	while ((n = blank_at(s, i, len)) > 0)
	{
		rf_poll(i, i + n);
		i += n;
	}
	return i;
}

static size_t
skip_space(const char *s, size_t i, size_t len)
{
	size_t		n;

	while ((n = space_at(s, i, len)) > 0)
	{
		rf_poll(i, i + n);
		i += n;
	}
	return i;
}

/* Read 1..max decimal digits at s[*i]; not more (a longer run fails). */
static bool
read_number(const char *s, size_t *i, size_t len, int max, int *value)
{
	size_t		p = *i;
	int			v = 0;
	int			n = 0;

	while (p < len && rf_is_digit(s[p]))
	{
		if (++n > max)
			return false;
		v = v * 10 + (s[p] - '0');
		p++;
	}
	if (n == 0)
		return false;
	*i = p;
	*value = v;
	return true;
}

/* Exactly n digits at s[*i], not followed by another digit. */
static bool
read_exact(const char *s, size_t *i, size_t len, int n, int *value)
{
	size_t		p = *i;

	if (!read_number(s, &p, len, n, value) || p - *i != (size_t) n)
		return false;
	*i = p;
	return true;
}

/* ---------------------------------------------------------------- dates */

static int
days_in_month(int year, int month)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (month == 2 && year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))
		return 29;
	return days[month - 1];
}

static bool
valid_date(int year, int month, int day)
{
	return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 &&
		day >= 1 && day <= days_in_month(year, month);
}

/* Compare s[b..e) with a lower-case ASCII word, without case. */
static bool
ascii_ieq(const char *s, size_t b, size_t e, const char *word)
{
	size_t		n = strlen(word);
	size_t		i;

	if (e - b != n)
		return false;
	for (i = 0; i < n; i++)
	{
		char		c = s[b + i];

		if (c >= 'A' && c <= 'Z')
			c = (char) (c + 32);
		if (c != word[i])
			return false;
	}
	return true;
}

/* Month number of the word s[b..e) ("juni", "Sept", "OKT"), 0 if none. */
static int
month_number(const char *s, size_t b, size_t e)
{
	static const char *const full[12] = {
		"januar", "februar", "marts", "april", "maj", "juni",
		"juli", "august", "september", "oktober", "november", "december"
	};
	static const char *const abbrev[12] = {
		"jan", "feb", "mar", "apr", "maj", "jun",
		"jul", "aug", "sep", "okt", "nov", "dec"
	};
	int			m;

	for (m = 0; m < 12; m++)
		if (ascii_ieq(s, b, e, full[m]) || ascii_ieq(s, b, e, abbrev[m]))
			return m + 1;
	if (ascii_ieq(s, b, e, "sept"))
		return 9;
	return 0;
}

/*
 * A date starting at s[i] (a digit with no digit or letter before it):
 * "28. juni 2017", "1 august 2026", "28-06-2017", "09.04.2025", "2025-10-01",
 * "15-maj-2002".  *end is the byte after it.
 */
static bool
date_at(const char *s, size_t i, size_t len, rf_date *out, size_t *end)
{
	size_t		p = i;
	int			a,
				month,
				year;

	if (!read_number(s, &p, len, 4, &a))
		return false;

	if (p - i == 4)
	{
		/* ISO: 2025-10-01 */
		int			day;

		if (p < len && s[p] == '-' && (p++, read_exact(s, &p, len, 2, &month)) &&
			p < len && s[p] == '-' && (p++, read_exact(s, &p, len, 2, &day)) &&
			valid_date(a, month, day))
		{
			out->year = a;
			out->month = month;
			out->day = day;
			*end = p;
			return true;
		}
		return false;
	}
	if (p - i > 2 || p >= len)
		return false;

	if (s[p] == '-' || s[p] == '.' || s[p] == '/')
	{
		/* numeric: 28-06-2017, 09.04.2025, 9/4/2025 (the same separator twice) */
		char		sep = s[p];
		size_t		q = p + 1;

		if (read_number(s, &q, len, 2, &month) && q < len && s[q] == sep &&
			(q++, read_exact(s, &q, len, 4, &year)) &&
			!(q < len && rf_is_ascii_letter(s[q])))
		{
			if (valid_date(year, month, a))
			{
				out->year = year;
				out->month = month;
				out->day = a;
				*end = q;
				return true;
			}
			return false;
		}
		if (sep == '-')
		{
			/* 15-maj-2002: the month's name between dashes */
			size_t		wb = p + 1;

			q = wb;
			while (q < len && rf_is_ascii_letter(s[q]))
				rf_poll(q, q + 1), q++;
			month = month_number(s, wb, q);
			if (month == 0 || q >= len || s[q] != '-')
				return false;
			q++;
			if (!read_exact(s, &q, len, 4, &year) || (q < len && rf_is_ascii_letter(s[q])) ||
				!valid_date(year, month, a))
				return false;
			out->year = year;
			out->month = month;
			out->day = a;
			*end = q;
			return true;
		}
		if (sep != '.')
			return false;
		p++;					/* "28." before a month name */
	}

	/* day [.] month-name [.] year */
	{
		size_t		q = skip_space(s, p, len);
		size_t		wb = q;

		if (q == p)
			return false;		/* "28juni" */
		while (q < len && rf_is_ascii_letter(s[q]))
			rf_poll(q, q + 1), q++;
		month = month_number(s, wb, q);
		if (month == 0)
			return false;
		if (q < len && s[q] == '.')
			q++;
		p = skip_space(s, q, len);
		if (p == q || !read_exact(s, &p, len, 4, &year))
			return false;
		if (!valid_date(year, month, a))
			return false;
		out->year = year;
		out->month = month;
		out->day = a;
		*end = p;
		return true;
	}
}

int
rf_month_number(const char *s, size_t b, size_t e)
{
	return month_number(s, b, e);
}

bool
rf_valid_date(int year, int month, int day)
{
	return valid_date(year, month, day);
}

bool
rf_find_date(const char *s, size_t len, rf_date *out)
{
	size_t		i;
	size_t		end;

	if (s == NULL)
		return false;
	for (i = 0; i < len; i++)
	{
		rf_poll(i, i + 1);
		if (!rf_is_digit(s[i]))
			continue;
		if (i > 0 && (rf_is_digit(s[i - 1]) || rf_is_ascii_letter(s[i - 1])))
			continue;
		if (date_at(s, i, len, out, &end))
			return true;
	}
	return false;
}

/* --------------------------------------------------------------- clocks */

/*
 * A clock time at s[*i]: H, HH, H.MM, HH:MM.  With need_minutes the minutes
 * must be there.  On success *i is past it and *minutes is the minute of the
 * day.
 */
static bool
read_clock(const char *s, size_t *i, size_t len, bool need_minutes, int *minutes)
{
	size_t		p = *i;
	int			h,
				m = 0;

	if (!read_number(s, &p, len, 2, &h) || h > 23)
		return false;
	if (p + 2 < len && (s[p] == '.' || s[p] == ':') && rf_is_digit(s[p + 1]) && rf_is_digit(s[p + 2]) &&
		!(p + 3 < len && rf_is_digit(s[p + 3])))
	{
		m = (s[p + 1] - '0') * 10 + (s[p + 2] - '0');
		if (m > 59)
			return false;
		p += 3;
	}
	else if (need_minutes)
		return false;
	else if (p < len && (s[p] == ':' || (s[p] == '.' && p + 1 < len && rf_is_digit(s[p + 1]))))
		return false;			/* "10:5", "9.5" */
	*i = p;
	*minutes = h * 60 + m;
	return true;
}

/* "kl." / "kl" / "klokken" at s[i] (no letter before); returns the byte after it, 0 if none. */
static size_t
kl_at(const char *s, size_t i, size_t len)
{
	size_t		p;

	if (i > 0 && (rf_is_ascii_letter(s[i - 1]) || (unsigned char) s[i - 1] >= 0x80))
		return 0;
	if (i + 7 <= len && ascii_ieq(s, i, i + 7, "klokken"))
		p = i + 7;
	else if (i + 2 <= len && ascii_ieq(s, i, i + 2, "kl"))
	{
		p = i + 2;
		if (p < len && s[p] == '.')
			p++;
	}
	else
		return 0;
	if (p < len && (rf_is_ascii_letter(s[p]) ||
					((unsigned char) s[p] >= 0x80 && !blank_at(s, p, len))))
		return 0;				/* "klage", "klubber", "kløver" */
	return p;
}

bool
rf_find_clock(const char *s, size_t len, int *minutes)
{
	size_t		i;

	if (s == NULL)
		return false;
	for (i = 0; i < len; i++)
	{
		size_t		p;

		rf_poll(i, i + 1);
		if (s[i] != 'k' && s[i] != 'K')
			continue;
		p = kl_at(s, i, len);
		if (p == 0)
			continue;
		p = skip_blanks(s, p, len);
		if (read_clock(s, &p, len, false, minutes) && !(p < len && rf_is_digit(s[p])))
			return true;
	}
	return false;
}

/* ---------------------------------------------------------------- slots */

/* A range dash at s[*i]: "-", "–" (E2 80 93), "—" (E2 80 94) or the word "til". */
static bool
read_dash(const char *s, size_t *i, size_t len)
{
	size_t		p = *i;

	if (p < len && s[p] == '-')
		p++;
	else if (p + 2 < len && (unsigned char) s[p] == 0xE2 && (unsigned char) s[p + 1] == 0x80 &&
			 ((unsigned char) s[p + 2] == 0x93 || (unsigned char) s[p + 2] == 0x94))
		p += 3;
	else if (p + 3 < len && ascii_ieq(s, p, p + 3, "til") && blank_at(s, p + 3, len))
		p += 3;
	else
		return false;
	*i = p;
	return true;
}

/* The word s[b..e) as a unit of time: minutes (1) or hours (60); 0 if neither. */
static int
time_unit(const char *s, size_t b, size_t e)
{
	if (ascii_ieq(s, b, e, "min") || ascii_ieq(s, b, e, "min.") || ascii_ieq(s, b, e, "minut") ||
		ascii_ieq(s, b, e, "minutter") || ascii_ieq(s, b, e, "minutters"))
		return 1;
	if (ascii_ieq(s, b, e, "time") || ascii_ieq(s, b, e, "timer") || ascii_ieq(s, b, e, "t") ||
		ascii_ieq(s, b, e, "t."))
		return 60;
	return 0;
}

/*
 * A duration filling s[p..e): "45 min", "1 time", "2 timer", "1½ time",
 * "½ time", "1,5 timer".  Returns minutes, or -1.
 */
static int
duration_in(const char *s, size_t p, size_t e)
{
	int			whole = 0;
	int			half = 0;
	bool		any = false;
	size_t		wb;
	int			unit;

	if (p < e && rf_is_digit(s[p]))
	{
		if (!read_number(s, &p, e, 3, &whole))
			return -1;
		any = true;
	}
	if (p + 1 < e && (unsigned char) s[p] == 0xC2 && (unsigned char) s[p + 1] == 0xBD)
	{
		half = 30;				/* ½ */
		p += 2;
		any = true;
	}
	else if (any && p + 1 < e && (s[p] == ',' || s[p] == '.') && s[p + 1] == '5' &&
			 !(p + 2 < e && rf_is_digit(s[p + 2])))
	{
		half = 30;				/* 1,5 */
		p += 2;
	}
	if (!any)
		return -1;
	p = skip_blanks(s, p, e);
	wb = p;
	while (p < e && (rf_is_ascii_letter(s[p]) || s[p] == '.'))
		p++;
	unit = time_unit(s, wb, p);
	if (unit == 0 || skip_blanks(s, p, e) != e)
		return -1;
	if (unit == 1)
	{
		if (half || whole < 1 || whole > 720)
			return -1;			/* "1½ min" is no slot */
		return whole;
	}
	if (whole > 12 || (whole == 0 && !half))
		return -1;
	return whole * 60 + half;
}

/*
 * A clock range or start filling s[p..e): "kl.11.55-12.05", "9.00-9.15",
 * "9.15.10.45", "kl. 9.00 - 9.30", "9:00–9:15", "kl. 10.00".
 */
static bool
range_in(const char *s, size_t p, size_t e, int *start, int *end)
{
	bool		kl = false;
	size_t		q;
	int			a,
				b;

	q = kl_at(s, p, e);
	if (q)
	{
		kl = true;
		p = skip_blanks(s, q, e);
	}
	if (!read_clock(s, &p, e, !kl, &a))
		return false;

	/* "9.15.10.45": four numbers joined by dots */
	if (p < e && s[p] == '.' && p + 1 < e && rf_is_digit(s[p + 1]))
	{
		q = p + 1;
		if (read_clock(s, &q, e, true, &b) && skip_blanks(s, q, e) == e)
		{
			*start = a;
			*end = b;
			return true;
		}
		return false;
	}
	p = skip_blanks(s, p, e);
	if (p == e)
	{
		if (!kl)
			return false;		/* "(9.00)" alone is not said to be a time */
		*start = a;
		*end = -1;
		return true;
	}
	if (!read_dash(s, &p, e))
		return false;
	p = skip_blanks(s, p, e);
	q = kl_at(s, p, e);
	if (q)
		p = skip_blanks(s, q, e);
	if (!read_clock(s, &p, e, !kl, &b) || skip_blanks(s, p, e) != e)
		return false;
	*start = a;
	*end = b;
	return true;
}

bool
rf_parse_slot(const char *s, size_t len, rf_slot *out)
{
	size_t		e = len;
	size_t		open,
				close,
				cut;
	int			start = -1,
				end = -1,
				duration = -1;

	if (s == NULL)
		return false;
	/* trailing white space */
	for (;;)
	{
		if (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n' ||
					  s[e - 1] == '\r' || s[e - 1] == '\f'))
			e--;
		else if (e > 1 && (unsigned char) s[e - 2] == 0xC2 && (unsigned char) s[e - 1] == 0xA0)
			e -= 2;
		else
			break;
	}
	if (e < 2 || s[e - 1] != ')')
		return false;
	close = e - 1;
	open = close;
	while (open > 0)
	{
		open--;
		if (s[open] == '(')
			break;
		if (s[open] == ')')
			return false;
	}
	if (s[open] != '(')
		return false;

	{
		size_t		p = skip_blanks(s, open + 1, close);
		size_t		q = close;

		/* blanks before ")" */
		while (q > p)
		{
			if (s[q - 1] == ' ' || s[q - 1] == '\t')
				q--;
			else if (q - 1 > p && (unsigned char) s[q - 2] == 0xC2 && (unsigned char) s[q - 1] == 0xA0)
				q -= 2;
			else
				break;
		}
		if (p >= q)
			return false;
		if (range_in(s, p, q, &start, &end))
		{
			if (end >= 0)
			{
				if (end <= start)
					return false;	/* ends before it starts */
				duration = end - start;
			}
		}
		else if ((duration = duration_in(s, p, q)) < 0)
			return false;
	}

	/* the title without the annotation and the blanks before it */
	cut = open;
	for (;;)
	{
		if (cut > 0 && (s[cut - 1] == ' ' || s[cut - 1] == '\t'))
			cut--;
		else if (cut > 1 && (unsigned char) s[cut - 2] == 0xC2 && (unsigned char) s[cut - 1] == 0xA0)
			cut -= 2;
		else
			break;
	}
	out->cut = cut;
	out->start = start;
	out->end = end;
	out->duration = duration;
	return true;
}

/* ------------------------------------------- a date or a time as a line */

/* End of the word at s[p]: ASCII letters and the bytes of UTF-8 letters. */
static size_t
word_end(const char *s, size_t p, size_t len)
{
	while (p < len && (rf_is_ascii_letter(s[p]) || ((unsigned char) s[p] >= 0x80 && !blank_at(s, p, len))))
		rf_poll(p, p + 1), p++;
	return p;
}

static bool
weekday(const char *s, size_t b, size_t e)
{
	static const char *const days[7] = {
		"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"
	};
	rf_span		w = {b, e};

	for (int i = 0; i < 7; i++)
		if (rf_ieq(s, w, days[i]))
			return true;
	return false;
}

/* Past the seconds of "09:00:00" at s[p] (p just after "09:00"). */
static size_t
skip_seconds(const char *s, size_t p, size_t len)
{
	if (p + 2 < len && s[p] == ':' && rf_is_digit(s[p + 1]) && rf_is_digit(s[p + 2]) &&
		!(p + 3 < len && rf_is_digit(s[p + 3])))
		return p + 3;
	return p;
}

/*
 * A start time at s[*p]: "kl. 13:00", "Kl. 10.30", "klokken 9", or a bare
 * clock with its minutes ("09:00", "9.30"); seconds ("09:00:00") and an end
 * ("kl. 13.00-15.00", "09:00 - 11:00") may follow and are passed over.
 */
static bool
read_time(const char *s, size_t *p, size_t len, int *minutes)
{
	size_t		q = *p;
	size_t		k;
	bool		kl = false;
	int			start,
				until;

	if ((k = kl_at(s, q, len)) != 0)
	{
		kl = true;
		q = skip_blanks(s, k, len);
	}
	if (!read_clock(s, &q, len, !kl, &start) || (q < len && rf_is_digit(s[q])))
		return false;
	q = skip_seconds(s, q, len);
	if (q + 1 < len && (s[q] == '.' || s[q] == ':') && rf_is_digit(s[q + 1]))
		return false;			/* "04.12.2012" is no clock */
	*p = q;
	*minutes = start;

	/* the end of the meeting */
	q = skip_blanks(s, q, len);
	if (!read_dash(s, &q, len))
		return true;
	q = skip_blanks(s, q, len);
	if ((k = kl_at(s, q, len)) != 0)
		q = skip_blanks(s, k, len);
	if (read_clock(s, &q, len, !kl, &until) && !(q < len && rf_is_digit(s[q])))
		*p = skip_seconds(s, q, len);
	return true;
}

bool
rf_read_when(const char *s, size_t len, rf_date *date, int *minutes, size_t *end)
{
	size_t		p,
				q,
				we;

	if (s == NULL)
		return false;
	p = skip_blanks(s, 0, len);
	we = word_end(s, p, len);
	if (weekday(s, p, we))
	{
		p = we;
		if (p < len && s[p] == ',')
			p++;
		p = skip_blanks(s, p, len);
		we = word_end(s, p, len);
	}
	if (ascii_ieq(s, p, we, "den"))
		p = skip_blanks(s, we, len);
	else if (ascii_ieq(s, p, we, "d") && we < len && s[we] == '.')
		p = skip_blanks(s, we + 1, len);
	if (p >= len || !rf_is_digit(s[p]) || !date_at(s, p, len, date, &p))
		return false;

	*minutes = -1;
	q = skip_blanks(s, p, len);
	if (q < len && s[q] == ',')
		q = skip_blanks(s, q + 1, len);
	if (q > p && read_time(s, &q, len, minutes))
		p = q;
	*end = p;
	return true;
}

bool
rf_read_time(const char *s, size_t len, int *minutes, size_t *end)
{
	size_t		p;

	if (s == NULL)
		return false;
	p = skip_blanks(s, 0, len);
	if (!read_time(s, &p, len, minutes))
		return false;
	*end = p;
	return true;
}
