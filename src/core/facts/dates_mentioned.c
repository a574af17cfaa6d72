/*
 * dates_mentioned.c — the dates a sentence mentions, and whether they are
 * meetings.
 *
 *   "14. juni 2017", "den 13. september 2022", "8. Sept. 2016", "Den 5 november",
 *   "26-03-2025", "09.04.2025", "2025-10-01", "03.04.17" (a two-digit year),
 *   "d. 19.6 2017" and "d. 9.3." (day and month, after "d."/"den" only),
 *   "9. februar", "inden 15. august" (no year: resolved against the meeting)
 *
 * A date written without a year gets the year that puts it nearest the
 * meeting date: the meeting's year, or the one before or after when that is
 * more than half a year away ("15. januar" in a December meeting is next
 * January).  Case numbers ("27.12.10-A00-3-17"), clock times ("kl. 10.00"),
 * section numbers ("afsnit 5.2") and years alone are not dates.
 *
 * A date refers to a meeting when a word within six before it (back to the
 * previous date) or two after it, in the same sentence and not across a
 * parenthesis, names one: "møde",
 * "mødet", "-mødet", "mødtes", "referat", "dagsorden", a forum ("Chefforum",
 * "KommuneMED", "Byrådet", "Kommunalbestyrelsen", "Magistraten",
 * "udvalget", "Handicaprådet", "CF", "ØU", "KB"), and in a Sagsforløb the
 * date of each entry ("Dato: 19-08-2025").  A document named first ends the
 * search: "tiltræder … indstilling af 8. august 2025" dates a recommendation,
 * "(påført 10.09.2025)" an attachment.
 */
#include <string.h>

#include "facts.h"
#include "interrupt.h"
#include "text.h"

#define WORDS_BEFORE 6
#define WORDS_AFTER 2
/* Half a year: a date without a year is put within this many days of the meeting. */
#define HALF_YEAR 183

/* rf_digits, and how many digits it read in *count. */
static bool
digits(const char *t, size_t len, size_t *p, int max, int *value, int *count)
{
	size_t		b = *p;

	if (!rf_digits(t, len, p, max, value))
		return false;
	*count = (int) (*p - b);
	return true;
}

/* Days since 1 March of year 0 (for distances between dates). */
static long
day_number(int y, int m, int d)
{
	if (m < 3)
	{
		y--;
		m += 12;
	}
	return 365L * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d;
}

/* The year that puts day/month nearest the meeting; false when the date does not exist then. */
static bool
resolve_year(const rf_date *meeting, int month, int day, rf_date *out)
{
	int			year;
	long		diff;

	if (meeting == NULL)
		return false;
	year = meeting->year;
	diff = day_number(year, month, day) - day_number(meeting->year, meeting->month, meeting->day);
	if (diff > HALF_YEAR)
		year--;
	else if (diff < -HALF_YEAR)
		year++;
	if (!rf_valid_date(year, month, day))
		return false;
	out->year = year;
	out->month = month;
	out->day = day;
	return true;
}

/* Is the word before t[i] "d." or "den" (as in "d. 19.6 2017", "den 9.3.")? */
static bool
after_d(const char *t, size_t i)
{
	size_t		e = i,
				b;

	if (e == 0 || t[e - 1] != ' ')
		return false;
	e--;
	b = e;
	while (b > 0 && t[b - 1] != ' ')
		b--;
	return rf_ieq(t, (rf_span) {b, e}, "d.") || rf_ieq(t, (rf_span) {b, e}, "den");
}

/* A case number or a longer code goes on after a numeric date: "27.12.10-A00", "1.2.3.4". */
static bool
code_goes_on(const char *t, size_t p, size_t len)
{
	return p + 1 < len && (t[p] == '-' || t[p] == '.' || t[p] == '/') &&
		(rf_is_digit(t[p + 1]) || rf_is_ascii_letter(t[p + 1]));
}

/*
 * A date starting at the digit t[i]; *end is set past it.  has_year false:
 * day and month only (in out->day, out->month).
 */
static bool
date_at(const char *t, size_t i, size_t len, rf_date *out, bool *has_year, size_t *end)
{
	size_t		p = i;
	int			a,
				na,
				m,
				nm,
				y,
				ny;

	if (!digits(t, len, &p, 4, &a, &na))
		return false;
	*has_year = true;
	if (na == 4)
	{
		/* ISO: 2025-10-01 */
		if (p < len && t[p] == '-' && (p++, digits(t, len, &p, 2, &m, &nm)) && nm == 2 &&
			p < len && t[p] == '-' && (p++, digits(t, len, &p, 2, &out->day, &nm)) && nm == 2 &&
			!code_goes_on(t, p, len) && rf_valid_date(a, m, out->day))
		{
			out->year = a;
			out->month = m;
			*end = p;
			return true;
		}
		return false;
	}
	if (na > 2)
		return false;
	out->day = a;

	if (p + 1 < len && (t[p] == '-' || t[p] == '.' || t[p] == '/') && rf_is_digit(t[p + 1]))
	{
		char		sep = t[p];
		size_t		q = p + 1;

		if (!digits(t, len, &q, 2, &m, &nm))
			return false;
		out->month = m;
		if (q + 1 < len && t[q] == sep && rf_is_digit(t[q + 1]))
		{
			/* 28-06-2017, 09.04.2025, 03.04.17 */
			q++;
			if (!digits(t, len, &q, 4, &y, &ny) || (ny != 4 && ny != 2) ||
				code_goes_on(t, q, len) || (q < len && rf_is_ascii_letter(t[q])))
				return false;
			if (ny == 2)
				y += y < 70 ? 2000 : 1900;
			out->year = y;
			*end = q;
			return rf_valid_date(y, m, a);
		}
		/* "d. 19.6 2017", "d. 9.3.": day and month with a dot, said to be a date by "d." */
		if (sep != '.' || !after_d(t, i))
			return false;
		if (q + 5 <= len && t[q] == ' ' && (p = q + 1, digits(t, len, &p, 4, &y, &ny)) && ny == 4)
		{
			out->year = y;
			*end = p;
			return !code_goes_on(t, p, len) && rf_valid_date(y, m, a);
		}
		if (q < len && t[q] == '.')
			q++;
		if (code_goes_on(t, q, len) || (q < len && rf_is_digit(t[q])))
			return false;
		*has_year = false;
		*end = q;
		return rf_valid_date(2000, m, a);	/* 2000 is a leap year: 29.2. exists */
	}

	/* day [.] month-name [.] [year] */
	{
		size_t		q = p < len && t[p] == '.' ? p + 1 : p;
		size_t		wb,
					we;
		bool		dot = false;
		bool		full;

		if (q >= len || t[q] != ' ')
			return false;
		wb = ++q;
		while (q < len && rf_is_ascii_letter(t[q]))
			q++;
		we = q;
		if (q < len && (unsigned char) t[q] >= 0x80)
			return false;		/* "3. augustø" is a longer word */
		m = rf_month_number(t, wb, we);
		if (m == 0)
			return false;
		if (q < len && t[q] == '.')
		{
			q++;
			dot = true;
		}
		out->month = m;
		p = q + 1;
		if (q < len && t[q] == ' ' && digits(t, len, &p, 4, &y, &ny) && ny == 4)
		{
			out->year = y;
			*end = p;
			return !code_goes_on(t, p, len) && rf_valid_date(y, m, a);
		}
		/*
		 * Without a year an abbreviation needs its dot ("10 Jan Hansen" is a
		 * name), and only an abbreviation keeps it ("19. juni." ends a
		 * sentence).  Every full name has five letters or more, but maj,
		 * juni, juli.
		 */
		full = we - wb >= 5 || m == 5 || ((m == 6 || m == 7) && we - wb == 4);
		if (!dot && !full)
			return false;
		*has_year = false;
		*end = full ? we : q;
		return rf_valid_date(2000, m, a);
	}
}

/* Does the word t[b..e) name a document ("indstilling af 16. juni 2025", "påført 10.09.2025")? */
static bool
document_word(const char *t, rf_span w)
{
	static const char *const stems[] = {
		"indstilling", "notat", "brev", "skrivelse", "henvendelse", "beretning",
		"påført", "opdateret", "forslag"
	};

	return rf_ifind_any(t, w, stems, sizeof(stems) / sizeof(stems[0]));
}

/* Does the word t[b..e) name a meeting or a forum? */
static bool
meeting_word(const char *t, size_t b, size_t e)
{
	static const char *const stems[] = {
		"møde", "mødt", "referat", "dagsorden", "forum", "byråd", "kommunalbestyrelse",
		"magistraten", "udvalg", "rådet", "rådets"
	};
	static const char *const exact[] = {"CF", "ØU", "KB", "MED", "HMU"};
	rf_span		w = {b, e};

	/* punctuation around the word: "KommuneMED,", "(påført" */
	while (w.start < w.end && (t[w.start] == '(' || t[w.start] == '"'))
		w.start++;
	while (w.end > w.start && (t[w.end - 1] == ',' || t[w.end - 1] == '.' || t[w.end - 1] == ':' ||
							   t[w.end - 1] == ')' || t[w.end - 1] == ';' || t[w.end - 1] == '"'))
		w.end--;
	if (w.start == w.end)
		return false;
	for (size_t k = 0; k < sizeof(exact) / sizeof(exact[0]); k++)
		if (w.end - w.start == strlen(exact[k]) && memcmp(t + w.start, exact[k], w.end - w.start) == 0)
			return true;
	/* KommuneMED, HovedMED, MED-udvalg: "MED" in capitals */
	if (w.end - w.start > 3 && memcmp(t + w.end - 3, "MED", 3) == 0)
		return true;
	if (w.end - w.start > 4 && memcmp(t + w.end - 4, "MEDs", 4) == 0)
		return true;
	if (rf_ifind(t, w, "imøde") != (size_t) -1 || rf_istarts(t, w, "udvalgt"))
		return false;			/* "imødekomme", "udvalgte" */
	return rf_ifind_any(t, w, stems, sizeof(stems) / sizeof(stems[0]));
}

/*
 * A word naming a meeting among the few around t[start..end) in the same
 * clause, after the previous date (which ends at from).
 */
static bool
refers_to_meeting(const char *t, size_t len, size_t from, size_t start, size_t end, bool in_history)
{
	size_t		p = start;
	rf_span		w;

	/* "borgermøde (3. maj)": a date alone in brackets belongs to the word before them */
	if (p > from && t[p - 1] == '(')
		p--;
	for (int n = 0; n < WORDS_BEFORE && rf_word_before(t, from, &p, &w); n++)
	{
		if (n == 0 && in_history && rf_ieq(t, w, "dato:"))
			return true;
		if (n == 0 && (rf_ieq(t, w, "d.") || rf_ieq(t, w, "den")))
		{
			n--;				/* "d." and "den" belong to the date */
			continue;
		}
		if (t[w.end - 1] == ')')
			break;				/* "(påført 10.09.2025) Referat": another bracket */
		if (meeting_word(t, w.start, w.end))
			return true;
		if (document_word(t, w))
			break;				/* "byrådet tiltræder …s indstilling af 8. august 2025" */
		if (t[w.start] == '(')
			break;				/* "(påført 10.09.2025)": only the words inside count */
	}
	p = end;
	for (int n = 0; n < WORDS_AFTER && p < len; n++)
	{
		if (t[p] == ')' || t[p] == ',' || !rf_word_after(t, &p, len, &w) || t[w.start] == '(')
			break;
		if (meeting_word(t, w.start, w.end))
			return true;
		if (t[w.end - 1] == ')' || t[w.end - 1] == ',' || t[w.end - 1] == '.')
			break;
	}
	return false;
}

void
rf_find_dates(const char *text, size_t len, const rf_date *meeting, bool in_history,
			  rf_date_fn fn, void *ctx)
{
	const char *t = text;
	size_t		i = 0;
	size_t		prev_end = 0;	/* where the previous date ended */
	size_t		polled = 0;

	while (i < len)
	{
		rf_date_mention dm;
		bool		has_year;
		size_t		end;

		/* a date starts with a digit: on to the next one */
		while (i < len && !rf_is_digit(t[i]))
			i++;
		if (i == len)
			break;
		rf_poll(polled, i);
		polled = i;
		if (!rf_is_digit(t[i]) ||
			(i > 0 && (rf_is_digit(t[i - 1]) || rf_is_ascii_letter(t[i - 1]) || (unsigned char) t[i - 1] >= 0x80 ||
					   t[i - 1] == '.' || t[i - 1] == ',' || t[i - 1] == '-' || t[i - 1] == '/' ||
					   t[i - 1] == ':')) ||
			!date_at(t, i, len, &dm.date, &has_year, &end))
		{
			/* past the rest of a number that is no date */
			while (i < len && rf_is_digit(t[i]))
				i++;
			if (i < len && !rf_is_digit(t[i]))
				i++;
			continue;
		}
		dm.has_date = has_year || resolve_year(meeting, dm.date.month, dm.date.day, &dm.date);
		dm.raw = (rf_span) {i, end};
		dm.refers_to_meeting = refers_to_meeting(t, len, prev_end, i, end, in_history);
		fn(ctx, &dm);
		prev_end = i = end;
	}
}
