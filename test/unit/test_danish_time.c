/*
 * test_danish_time.c — rf_find_date, rf_find_clock, rf_read_when, rf_read_time, rf_parse_slot.
 *
 * cc -std=c99 -Wall -Wextra -Isrc/core/text test/unit/test_danish_time.c src/core/text/danish_time.c && ./a.out
 */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "danish_time.h"

static bool
date_is(const char *s, int y, int m, int d)
{
	rf_date		dt = {0, 0, 0};

	if (!rf_find_date(s, strlen(s), &dt))
	{
		fprintf(stderr, "  \"%s\": no date\n", s);
		return false;
	}
	if (dt.year != y || dt.month != m || dt.day != d)
	{
		fprintf(stderr, "  \"%s\": got %04d-%02d-%02d\n", s, dt.year, dt.month, dt.day);
		return false;
	}
	return true;
}

static bool
no_date(const char *s)
{
	rf_date		dt = {-7, -7, -7};

	if (rf_find_date(s, strlen(s), &dt))
	{
		fprintf(stderr, "  \"%s\": unexpected %04d-%02d-%02d\n", s, dt.year, dt.month, dt.day);
		return false;
	}
	return true;
}

static bool
clock_is(const char *s, int minutes)
{
	int			m = -1;

	if (!rf_find_clock(s, strlen(s), &m))
	{
		fprintf(stderr, "  \"%s\": no clock\n", s);
		return false;
	}
	if (m != minutes)
	{
		fprintf(stderr, "  \"%s\": got %d\n", s, m);
		return false;
	}
	return true;
}

static bool
no_clock(const char *s)
{
	int			m = -1;

	return !rf_find_clock(s, strlen(s), &m) && m == -1;
}

/* The slot of title s: cut title, start, end, duration (-1: none). */
static bool
slot_is(const char *s, const char *title, int start, int end, int duration)
{
	rf_slot		sl;

	if (!rf_parse_slot(s, strlen(s), &sl))
	{
		fprintf(stderr, "  \"%s\": no slot\n", s);
		return false;
	}
	if (sl.cut != strlen(title) || memcmp(s, title, sl.cut) != 0 ||
		sl.start != start || sl.end != end || sl.duration != duration)
	{
		fprintf(stderr, "  \"%s\": got \"%.*s\" %d %d %d\n", s, (int) sl.cut, s,
				sl.start, sl.end, sl.duration);
		return false;
	}
	return true;
}

static bool
no_slot(const char *s)
{
	rf_slot		sl = {12345, -7, -7, -7};

	/* *out is left alone */
	return !rf_parse_slot(s, strlen(s), &sl) &&
		sl.cut == 12345 && sl.start == -7 && sl.end == -7 && sl.duration == -7;
}

#define HM(h, m) ((h) * 60 + (m))

static void
test_dates(void)
{
	/* the forms of the corpus */
	CHECK(date_is("Onsdag d. 28. juni 2017 kl. 10:00", 2017, 6, 28));
	CHECK(date_is("Torsdag d. 01. september 2016 kl. 09:00", 2016, 9, 1));
	CHECK(date_is("onsdag den 1. oktober 2025 kl. 15.45", 2025, 10, 1));
	CHECK(date_is("REFERAT Chefforum d. 28-06-2017", 2017, 6, 28));
	CHECK(date_is("# REFERAT Chefforum d. 16-05-2018", 2018, 5, 16));
	CHECK(date_is("Dato: 26-03-2025", 2025, 3, 26));
	CHECK(date_is("Referat 1. oktober 2025 kl. 15.45", 2025, 10, 1));
	CHECK(date_is("Mødedato:   onsdag den 8. oktober 2025 kl. 16.00", 2025, 10, 8));
	CHECK(date_is("Byrådsdebat 09.04.2025", 2025, 4, 9));
	CHECK(date_is("(påført 07.04.2025)", 2025, 4, 7));
	CHECK(date_is("på næste møde i Handicaprådet d. 8. Sept. 2016.", 2016, 9, 8));
	CHECK(date_is("ved skolens opstart pr. 1 august 2026", 2026, 8, 1));
	CHECK(date_is("i sit møde den 27. august\n2025 har", 2025, 8, 27));
	/* every month, full and abbreviated, any case */
	CHECK(date_is("1. januar 2020", 2020, 1, 1));
	CHECK(date_is("29. februar 2020", 2020, 2, 29));
	CHECK(date_is("15. marts 2023", 2023, 3, 15));
	CHECK(date_is("30. april 2023", 2023, 4, 30));
	CHECK(date_is("16. maj 2018", 2018, 5, 16));
	CHECK(date_is("30. juni 2017", 2017, 6, 30));
	CHECK(date_is("31. juli 2017", 2017, 7, 31));
	CHECK(date_is("31. august 2017", 2017, 8, 31));
	CHECK(date_is("30. september 2017", 2017, 9, 30));
	CHECK(date_is("31. oktober 2017", 2017, 10, 31));
	CHECK(date_is("30. november 2017", 2017, 11, 30));
	CHECK(date_is("31. december 2099", 2099, 12, 31));
	CHECK(date_is("3. jan. 2020", 2020, 1, 3));
	CHECK(date_is("3. feb. 2020", 2020, 2, 3));
	CHECK(date_is("3. mar. 2020", 2020, 3, 3));
	CHECK(date_is("3. apr. 2020", 2020, 4, 3));
	CHECK(date_is("3. jun. 2020", 2020, 6, 3));
	CHECK(date_is("3. jul. 2020", 2020, 7, 3));
	CHECK(date_is("3. aug. 2020", 2020, 8, 3));
	CHECK(date_is("3. sep. 2020", 2020, 9, 3));
	CHECK(date_is("3. sept. 2020", 2020, 9, 3));
	CHECK(date_is("3. okt. 2020", 2020, 10, 3));
	CHECK(date_is("3. nov. 2020", 2020, 11, 3));
	CHECK(date_is("3. dec. 2020", 2020, 12, 3));
	CHECK(date_is("3. okt 2020", 2020, 10, 3));
	CHECK(date_is("3. OKTOBER 2020", 2020, 10, 3));
	CHECK(date_is("3. Oktober 2020", 2020, 10, 3));
	CHECK(date_is("1.\xC2\xA0januar\xC2\xA0" "1900", 1900, 1, 1));
	/* numeric and ISO */
	CHECK(date_is("9/4/2025", 2025, 4, 9));
	CHECK(date_is("1-1-2000", 2000, 1, 1));
	CHECK(date_is("senest 2025-10-01.", 2025, 10, 1));
	/* the month's name between dashes (a PDF flattened by docplayer) */
	CHECK(date_is("Afbud fra: Onsdag den 15-maj-2002 Kommunalbestyrelsens", 2002, 5, 15));
	CHECK(date_is("1-Sept-2016", 2016, 9, 1));
	/* the first valid date wins; invalid ones are passed over */
	CHECK(date_is("31. juni 2017 eller 1. juli 2017", 2017, 7, 1));
	CHECK(date_is("Referat fra mødet d. 18. februar 2021 og fra mødet d. 4. marts 2021", 2021, 2, 18));
	/* a date among case numbers and other numbers */
	CHECK(date_is("00.01.00-A00-3-17 EMN-2025-003383 1-13-3-57-16 den 2. maj 2019", 2019, 5, 2));
}

static void
test_bad_dates(void)
{
	CHECK(no_date("31. juni 2017"));
	CHECK(no_date("29-02-2023"));
	CHECK(no_date("29. februar 1900"));	/* 1900 was no leap year */
	CHECK(no_date("30. februar 2024"));
	CHECK(no_date("32. januar 2020"));
	CHECK(no_date("0. januar 2020"));
	CHECK(no_date("31-04-2020"));
	CHECK(no_date("13-13-2020"));
	CHECK(no_date("00-01-2020"));
	CHECK(no_date("1. januar 1899"));
	CHECK(no_date("1. januar 2100"));
	CHECK(no_date("31-12-1899"));
	CHECK(no_date("2025-13-01"));
	/* incomplete or not a date */
	CHECK(no_date(""));
	CHECK(no_date("den 27. august"));		/* no year */
	CHECK(no_date("d. 03.04.17"));			/* two-digit year */
	CHECK(no_date("d. 19.6 2017"));
	CHECK(no_date("Byudviklingsforum d. 9.3."));
	CHECK(no_date("28. juni17"));
	CHECK(no_date("28.juni 2017"));			/* no blank before the month */
	CHECK(no_date("28. juni 20171"));
	CHECK(no_date("28. juniper 2017"));
	CHECK(no_date("28-06/2017"));			/* mixed separators */
	CHECK(no_date("128-06-2017"));
	CHECK(no_date("A28-06-2017"));
	CHECK(no_date("00.01.00-A00-3-17"));
	CHECK(no_date("EMN-2025-003383"));
	CHECK(no_date("330-2018-3619"));
	CHECK(no_date("15-maj2002"));
	CHECK(no_date("15-maj-02"));
	CHECK(no_date("15-maj-20021"));
	CHECK(no_date("31-juni-2017"));
	CHECK(no_date("15-majs-2002"));
	CHECK(no_date("Lokalplan 1221 (tillæg 2 til lokalplan 411)"));
	CHECK(!rf_find_date(NULL, 0, NULL));
	/* only len bytes are read */
	CHECK(!rf_find_date("28-06-2017", 9, &(rf_date) {0, 0, 0}));
}

static void
test_clocks(void)
{
	CHECK(clock_is("Onsdag d. 28. juni 2017 kl. 10:00", HM(10, 0)));
	CHECK(clock_is("Torsdag d. 01. september 2016 kl. 09:00", HM(9, 0)));
	CHECK(clock_is("onsdag den 1. oktober 2025 kl. 15.45", HM(15, 45)));
	CHECK(clock_is("Referat 1. oktober 2025 kl. 15.45", HM(15, 45)));
	CHECK(clock_is("Onsdag d. 15. marts 2023 kl. 12:30", HM(12, 30)));
	CHECK(clock_is("(kl.11.55-12.05)", HM(11, 55)));
	CHECK(clock_is("i dag kl. 16.00, og", HM(16, 0)));
	CHECK(clock_is("Kl. 9", HM(9, 0)));
	CHECK(clock_is("kl 8.30", HM(8, 30)));
	CHECK(clock_is("telefontid kl. 10-12", HM(10, 0)));
	CHECK(clock_is("klokken 14.30", HM(14, 30)));
	CHECK(clock_is("KL. 0:00", 0));
	CHECK(clock_is("kl. 23.59", HM(23, 59)));
	CHECK(clock_is("kl.\xC2\xA0" "9.15", HM(9, 15)));
	/* the first valid one after "kl." */
	CHECK(clock_is("kl. 25.00 eller kl. 9.00", HM(9, 0)));
	CHECK(clock_is("10.00 og kl. 11.00", HM(11, 0)));

	CHECK(no_clock(""));
	CHECK(no_clock("10:00"));
	CHECK(no_clock("kl. 24.00"));
	CHECK(no_clock("kl. 9.60"));
	CHECK(no_clock("kl. 9.5"));
	CHECK(no_clock("kl. 100"));
	CHECK(no_clock("kl. 10.000"));
	CHECK(no_clock("kl."));
	CHECK(no_clock("Klager som kilde til læring 10.00"));
	CHECK(no_clock("Skl. 10.00"));
	CHECK(no_clock("klubber 10.00"));
	CHECK(!rf_find_clock(NULL, 0, NULL));
}

/* rf_read_when on a line: date, start time (-1: none) and what is left after it */
static bool
when_is(const char *s, int y, int m, int d, int minutes, const char *rest)
{
	rf_date		dt = {0, 0, 0};
	int			mn = -7;
	size_t		end = 0;

	if (!rf_read_when(s, strlen(s), &dt, &mn, &end))
	{
		fprintf(stderr, "  \"%s\": no date line\n", s);
		return false;
	}
	if (dt.year != y || dt.month != m || dt.day != d || mn != minutes || strcmp(s + end, rest) != 0)
	{
		fprintf(stderr, "  \"%s\": got %04d-%02d-%02d %d \"%s\"\n", s, dt.year, dt.month, dt.day, mn, s + end);
		return false;
	}
	return true;
}

static bool
no_when(const char *s)
{
	rf_date		dt;
	int			mn;
	size_t		end;

	return !rf_read_when(s, strlen(s), &dt, &mn, &end);
}

static bool
time_is(const char *s, int minutes, const char *rest)
{
	int			mn = -7;
	size_t		end = 0;

	if (!rf_read_time(s, strlen(s), &mn, &end) || mn != minutes || strcmp(s + end, rest) != 0)
	{
		fprintf(stderr, "  \"%s\": got %d \"%s\"\n", s, mn, s + end);
		return false;
	}
	return true;
}

static bool
no_time(const char *s)
{
	int			mn;
	size_t		end;

	return !rf_read_time(s, strlen(s), &mn, &end);
}

static void
test_date_lines(void)
{
	/* the forms seen */
	CHECK(when_is("tirsdag den 4. december 2012, kl. 13:00", 2012, 12, 4, HM(13, 0), ""));
	CHECK(when_is("den 6. november 2017 kl. 11:30", 2017, 11, 6, HM(11, 30), ""));
	CHECK(when_is("Den 09.01.2020 kl. 13:00 i Byrådssalen", 2020, 1, 9, HM(13, 0), " i Byrådssalen"));
	CHECK(when_is("Torsdag den 20. juni 2013", 2013, 6, 20, -1, ""));
	CHECK(when_is("04-06-2020 09:00:00", 2020, 6, 4, HM(9, 0), ""));
	CHECK(when_is("24-09-2019", 2019, 9, 24, -1, ""));
	CHECK(when_is("Onsdag d. 28. juni 2017 kl. 10:00", 2017, 6, 28, HM(10, 0), ""));
	CHECK(when_is("Onsdag den 15-maj-2002", 2002, 5, 15, -1, ""));
	/* a weekday with ø and a comma, an end time, "klokken" */
	CHECK(when_is("Lørdag, den 1. februar 2020 kl. 9.00-12.00", 2020, 2, 1, HM(9, 0), ""));
	CHECK(when_is("SØNDAG 2. februar 2020 klokken 10", 2020, 2, 2, HM(10, 0), ""));
	CHECK(when_is("4. juni 2020 09:00 - 11:00 i salen", 2020, 6, 4, HM(9, 0), " i salen"));
	/* what follows is left to the caller */
	CHECK(when_is("28. juni 2017 Referat", 2017, 6, 28, -1, " Referat"));
	CHECK(when_is("04.12.2012 13", 2012, 12, 4, -1, " 13"));	/* a bare hour is no time */
	CHECK(when_is("04.12.2012 10.30.45", 2012, 12, 4, -1, " 10.30.45"));

	CHECK(no_when(""));
	CHECK(no_when("Læs dagsordener og referater til og med den 10. februar 2016"));
	CHECK(no_when("den 27. august"));
	CHECK(no_when("tirsdag"));
	CHECK(no_when("tirsdagen den 4. december 2012"));
	CHECK(no_when("49. Godkendelse af dagsorden til mødet den 4. juni 2020"));
	CHECK(no_when("Sager 129 - 138"));
	CHECK(!rf_read_when(NULL, 0, NULL, NULL, NULL));

	CHECK(time_is("Kl. 10:30", HM(10, 30), ""));
	CHECK(time_is("kl. 13.00-15.00", HM(13, 0), ""));
	CHECK(time_is("klokken 9", HM(9, 0), ""));
	CHECK(time_is("09:00:00", HM(9, 0), ""));
	CHECK(time_is("  17.30 og frem", HM(17, 30), " og frem"));
	CHECK(no_time("10"));						/* bare hours need "kl." */
	CHECK(no_time("04.12.2012"));
	CHECK(no_time("kl. 25.00"));
	CHECK(no_time("Kl"));
	CHECK(no_time("Klage"));
	CHECK(!rf_read_time(NULL, 0, NULL, NULL));
}

static void
test_slots(void)
{
	/* the corpus */
	CHECK(slot_is("CF - Registrering af krænkende hændelser (kl.11.55-12.05)",
				  "CF - Registrering af krænkende hændelser", HM(11, 55), HM(12, 5), 10));
	CHECK(slot_is("CF - Velkommen til ny leder af HR Jura (9.00-9.15)",
				  "CF - Velkommen til ny leder af HR Jura", HM(9, 0), HM(9, 15), 15));
	CHECK(slot_is("CF - Borgersamlingens anbefalinger (9.15.10.45)",
				  "CF - Borgersamlingens anbefalinger", HM(9, 15), HM(10, 45), 90));
	CHECK(slot_is("CF - Status på budgetaftalen 2020 og 2021 (10.45-11.15)",
				  "CF - Status på budgetaftalen 2020 og 2021", HM(10, 45), HM(11, 15), 30));
	CHECK(slot_is("CF - Coronaforankring på baggrund af alle afdelingernes indmeldinger (11.15-11.45)",
				  "CF - Coronaforankring på baggrund af alle afdelingernes indmeldinger",
				  HM(11, 15), HM(11, 45), 30));
	CHECK(slot_is("CF - Status på Covid-19 (11.45-11.55)", "CF - Status på Covid-19",
				  HM(11, 45), HM(11, 55), 10));
	CHECK(slot_is("CF - Opsamling på pilotprojektet \"Klager som kilde til læring\" (45 min)",
				  "CF - Opsamling på pilotprojektet \"Klager som kilde til læring\"", -1, -1, 45));
	CHECK(slot_is("CF - Fokusering af netværkstemaet: Samarbejde mellem kommune, boligsociale aktører og borgere (30 min)",
				  "CF - Fokusering af netværkstemaet: Samarbejde mellem kommune, boligsociale aktører og borgere",
				  -1, -1, 30));
	/* other ways to write a range */
	CHECK(slot_is("Punkt (kl. 9.00 - 9.30)", "Punkt", HM(9, 0), HM(9, 30), 30));
	CHECK(slot_is("Punkt (9:00-9:15)", "Punkt", HM(9, 0), HM(9, 15), 15));
	CHECK(slot_is("Punkt (9.00\xE2\x80\x93" "9.15)", "Punkt", HM(9, 0), HM(9, 15), 15));
	CHECK(slot_is("Punkt (kl. 9.00 til kl. 9.45)", "Punkt", HM(9, 0), HM(9, 45), 45));
	CHECK(slot_is("Punkt (kl. 9-10)", "Punkt", HM(9, 0), HM(10, 0), 60));
	CHECK(slot_is("Punkt (KL. 13.00-14.30)", "Punkt", HM(13, 0), HM(14, 30), 90));
	CHECK(slot_is("Punkt ( 9.00-9.15 )", "Punkt", HM(9, 0), HM(9, 15), 15));
	CHECK(slot_is("Punkt (kl. 10.00)", "Punkt", HM(10, 0), -1, -1));
	/* durations */
	CHECK(slot_is("Punkt (45 min.)", "Punkt", -1, -1, 45));
	CHECK(slot_is("Punkt (20 minutter)", "Punkt", -1, -1, 20));
	CHECK(slot_is("Punkt (1 time)", "Punkt", -1, -1, 60));
	CHECK(slot_is("Punkt (2 timer)", "Punkt", -1, -1, 120));
	CHECK(slot_is("Punkt (1½ time)", "Punkt", -1, -1, 90));
	CHECK(slot_is("Punkt (½ time)", "Punkt", -1, -1, 30));
	CHECK(slot_is("Punkt (1,5 timer)", "Punkt", -1, -1, 90));
	CHECK(slot_is("Punkt (1.5 timer)", "Punkt", -1, -1, 90));
	CHECK(slot_is("Punkt (30min)", "Punkt", -1, -1, 30));
	CHECK(slot_is("Punkt (2 TIMER)", "Punkt", -1, -1, 120));
	/* trailing white space after the annotation, blanks before it */
	CHECK(slot_is("Punkt (30 min)  \n", "Punkt", -1, -1, 30));
	CHECK(slot_is("Punkt \t (30 min)", "Punkt", -1, -1, 30));
	CHECK(slot_is("Punkt\xC2\xA0(30 min)", "Punkt", -1, -1, 30));
	CHECK(slot_is("Punkt(30 min)", "Punkt", -1, -1, 30));
	CHECK(slot_is("(30 min)", "", -1, -1, 30));
	/* an earlier parenthesis is part of the title */
	CHECK(slot_is("Lokalplan 1221 (tillæg 2) (10.00-10.30)", "Lokalplan 1221 (tillæg 2)",
				  HM(10, 0), HM(10, 30), 30));
}

static void
test_not_slots(void)
{
	CHECK(no_slot("Lokalplan 1221 (tillæg 2 til lokalplan 411) – Erhvervsområde ved Kattrup"));
	CHECK(no_slot("Lokalplan 1221 (tillæg 2 til lokalplan 411)"));
	CHECK(no_slot("CF - Opsamling på pilotprojektet \"Klager som kilde til læring\""));
	CHECK(no_slot("Klager som kilde til læring"));
	CHECK(no_slot(""));
	CHECK(no_slot(")"));
	CHECK(no_slot("()"));
	CHECK(no_slot("Punkt ( )"));
	CHECK(no_slot("Punkt 45 min)"));
	CHECK(no_slot("Punkt (45 min"));
	CHECK(no_slot("Punkt (45 min) og mere"));	/* not at the end */
	CHECK(no_slot("Punkt (9.15-9.00)"));		/* ends before it starts */
	CHECK(no_slot("Punkt (9.15-9.15)"));
	CHECK(no_slot("Punkt (9.15.9.00)"));
	CHECK(no_slot("Punkt (9-10)"));			/* bare hours need "kl." */
	CHECK(no_slot("Punkt (9.00)"));			/* a start alone needs "kl." */
	CHECK(no_slot("Punkt (2023)"));
	CHECK(no_slot("Punkt (2)"));
	CHECK(no_slot("Punkt (25.00-26.00)"));
	CHECK(no_slot("Punkt (9.60-10.00)"));
	CHECK(no_slot("Punkt (9.00-)"));
	CHECK(no_slot("Punkt (9.00-9.15-9.30)"));
	CHECK(no_slot("Punkt (9.15.10.45.11)"));
	CHECK(no_slot("Punkt (0 min)"));
	CHECK(no_slot("Punkt (1½ min)"));
	CHECK(no_slot("Punkt (13 timer)"));
	CHECK(no_slot("Punkt (45 sekunder)"));
	CHECK(no_slot("Punkt (min)"));
	CHECK(no_slot("Punkt (kl.)"));
	CHECK(no_slot("Punkt (a (9.00-9.15))"));
	CHECK(no_slot("Svar på forslag fra EL og Viggo Jonasen, UFP, om særskilt budgettering"));
	CHECK(no_slot("Afrapportering (jf. bilag 2)"));
	CHECK(!rf_parse_slot(NULL, 0, NULL));
}

int
main(void)
{
	test_dates();
	test_bad_dates();
	test_clocks();
	test_date_lines();
	test_slots();
	test_not_slots();
	return CHECK_DONE();
}
