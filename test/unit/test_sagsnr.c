/*
 * test_sagsnr.c — the case-number core without PostgreSQL.
 *
 *   cc -std=c99 -Wall -Wextra -Isrc/core/text test/unit/test_sagsnr.c src/core/text/sagsnr_parse.c \
 *      src/core/text/danish_time.c
 */
#include "check.h"
#include "sagsnr_parse.h"

#include <stdlib.h>

/* Parse a C string; returns the scheme, or -1 when it is not a case number. */
static int
parse(const char *s, rf_sagsnr *out)
{
	rf_sagsnr	tmp;

	if (!rf_sagsnr_parse(s, strlen(s), out ? out : &tmp))
		return -1;
	return (int) (out ? out : &tmp)->scheme;
}

/* The normalised text of s, or "<invalid>". */
static const char *
norm(const char *s)
{
	static rf_sagsnr v;

	if (!rf_sagsnr_parse(s, strlen(s), &v))
		return "<invalid>";
	CHECK(v.len == strlen(v.text));
	return v.text;
}

#define CHECK_NORM(in, expect) \
	do { const char *n_ = norm(in); CHECK_STR(n_, strlen(n_), expect); } while (0)

static int
cmp(const char *a, const char *b)
{
	rf_sagsnr	va;
	rf_sagsnr	vb;

	if (!rf_sagsnr_parse(a, strlen(a), &va) || !rf_sagsnr_parse(b, strlen(b), &vb))
	{
		fprintf(stderr, "cmp: invalid operand %s / %s\n", a, b);
		return 99;
	}
	return rf_sagsnr_cmp(&va, &vb);
}

static void
test_valid(void)
{
	/* KLE journal numbers from real minutes */
	CHECK(parse("00.01.00-A00-3-17", NULL) == RF_SCHEME_KLE);
	CHECK_NORM("00.01.00-A00-3-17", "00.01.00-A00-3-17");
	CHECK_NORM("00.01.00-A00-108-15", "00.01.00-A00-108-15");
	CHECK_NORM("87.00.00-G00-3-15", "87.00.00-G00-3-15");
	CHECK_NORM("81.28.00-P05-1-18", "81.28.00-P05-1-18");
	CHECK_NORM("00.30.14-G01-4-17", "00.30.14-G01-4-17");
	CHECK_NORM("00.30.14-000-4-17", "00.30.14-000-4-17");
	/* normalisation: case, trimming, en dash, leading zeros of SEQ */
	CHECK_NORM("  00.01.00-a00-3-17\n", "00.01.00-A00-3-17");
	CHECK_NORM("00.01.00\xE2\x80\x93" "A00\xE2\x80\x93" "3\xE2\x80\x93" "17", "00.01.00-A00-3-17");
	CHECK_NORM("00.01.00-A00-0003-17", "00.01.00-A00-3-17");
	CHECK_NORM("00.01.00-A00-1234567-17", "00.01.00-A00-1234567-17");
	CHECK_NORM("\t00.01.00-A00-3-17 \r\n", "00.01.00-A00-3-17");
	/* bare subjects */
	CHECK(parse("00.01", NULL) == RF_SCHEME_KLE);
	CHECK_NORM("00.01", "00.01");
	CHECK_NORM("00.01.05", "00.01.05");
	/* EMN */
	CHECK(parse("EMN-2025-3383", NULL) == RF_SCHEME_EMN);
	CHECK_NORM("EMN-2025-3383", "EMN-2025-003383");
	CHECK_NORM("emn-2025-003383", "EMN-2025-003383");
	CHECK_NORM("EMN\xE2\x80\x93" "2023\xE2\x80\x93" "9832", "EMN-2023-009832");
	CHECK_NORM("EMN-2025-000000003383", "<invalid>");	/* 12 digits */
	CHECK_NORM("EMN-2025-000003383", "EMN-2025-003383");	/* 9 digits */
	CHECK_NORM("EMN-2025-123456789", "EMN-2025-123456789");
	CHECK_NORM("EMN-1900-1", "EMN-1900-000001");
	CHECK_NORM("EMN-2099-1", "EMN-2099-000001");
	/* other */
	CHECK(parse("330-2018-3619", NULL) == RF_SCHEME_MUNICIPAL);
	CHECK_NORM("330-2018-3619", "330-2018-3619");
	CHECK_NORM("1-13-3-57-16", "1-13-3-57-16");
	CHECK_NORM("0330-2018-03619", "0330-2018-03619");	/* stored as written */
	CHECK_NORM("sag-2018-x1", "SAG-2018-X1");
	CHECK_NORM("A-B-1", "A-B-1");
	CHECK_NORM("1-2-3-4-5-6-7-8", "1-2-3-4-5-6-7-8");
	CHECK_NORM("ABCDEFGHIJ-1234567890-X", "ABCDEFGHIJ-1234567890-X");
	CHECK_NORM("330\xE2\x80\x93" "2018-3619", "330-2018-3619");
	CHECK_NORM("EMNX-25-1", "EMNX-25-1");	/* not the EMN scheme */
	/* exactly RF_SAGSNR_MAXLEN: 6 groups of 10 plus 5 dashes = 65; use 64 */
	CHECK_NORM("ABCDEFGHI1-ABCDEFGHIJ-ABCDEFGHIJ-ABCDEFGHIJ-ABCDEFGHIJ-ABCDEFGHIJ",
			   "<invalid>");	/* 65 characters */
	CHECK_NORM("ABCDEFGHI1-ABCDEFGHIJ-ABCDEFGHIJ-ABCDEFGHIJ-ABCDEFGHIJ-ABCDEFGHI",
			   "ABCDEFGHI1-ABCDEFGHIJ-ABCDEFGHIJ-ABCDEFGHIJ-ABCDEFGHIJ-ABCDEFGHI");
}

static void
test_invalid(void)
{
	static const char *const bad[] = {
		"", "   ", "\n",
		"00.01.00-A00-3",		/* missing year */
		"00.01.00-A00-0-17",	/* SEQ 0 */
		"00.01.00-A00-0000-17", /* SEQ 0 with zeros */
		"00.01.00-A00-12345678-17",	/* SEQ 8 digits */
		"00.01.00-A00-3-2017",	/* 4-digit year */
		"00.01.00-A00-3-7",		/* 1-digit year */
		"00.01.00-A0-3-17",		/* short facet */
		"00.01.00-AA0-3-17",	/* facet letter+letter */
		"00.01.00-0A0-3-17",
		"00.01.00-100-3-17",	/* digits facet other than 000 */
		"00.01.00-A00--17",
		"00.01.00-A00-3-17-1",
		"00.01-A00-3-17",		/* two-group subject in a full number */
		"00.1.00-A00-3-17",
		"000.01.00-A00-3-17",
		"00.01.00.00",
		"00", "00.", ".00.01", "00..01", "00.01.", "0a.01", "00.01.0x",
		"00.01.00-A00-X-17",
		"EMN-25-1",
		"EMN-2025",
		"EMN-2025-",
		"EMN-2025-1-2",
		"EMN-1899-1",
		"EMN-2100-1",
		"EMN-2025-1234567890",	/* 10 digits */
		"EMN-2025-12A",
		"1-2",					/* two groups */
		"1-2-3-4-5-6-7-8-9",	/* nine groups */
		"A-B-C",				/* no digit */
		"ABCDEFGHIJK-1-2",		/* group of 11 */
		"330-2018-",
		"-330-2018-3619",
		"330--2018-3619",
		"330_2018_3619",
		"330 2018 3619",
		"00.01.00 - A00-3-17",
		"00.01.00-A00-3-17 x",
		"330-2018-3619\x01",
		"330-2018-\x7f" "3619",
		"330-2018-3619\xC2\xA0",	/* NBSP is not trimmed */
		"330\xE2\x80\x94" "2018-3619",	/* em dash */
		"330\xE2\x80" "2018-3619",	/* truncated en dash */
		"330-2018-3619\xE2\x80",
		"330-2018-3619\xE2",
		"\xC3\x86" "-2018-3619",	/* AE */
		"330/2018/3619",
		"330-2018-36,19",
	};
	size_t		i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
	{
		rf_sagsnr	v;

		v.len = 12345;
		if (rf_sagsnr_parse(bad[i], strlen(bad[i]), &v))
		{
			fprintf(stderr, "accepted invalid [%s] as [%s]\n", bad[i], v.text);
			CHECK(0);
		}
		else
		{
			CHECK(v.len == 12345);	/* *out untouched on failure */
		}
	}
	/* NUL inside the given length */
	CHECK(!rf_sagsnr_parse("330-2018-3619\0x", 15, NULL));
	CHECK(rf_sagsnr_parse("330-2018-3619\0x", 13, NULL));
	CHECK(!rf_sagsnr_parse(NULL, 0, NULL));

	/* long input is rejected without reading it all as one value */
	{
		size_t		n = 100000;
		char	   *big = malloc(n);

		CHECK(big != NULL);
		if (big)
		{
			memset(big, '1', n);
			CHECK(!rf_sagsnr_parse(big, n, NULL));
			memset(big, ' ', n);
			CHECK(!rf_sagsnr_parse(big, n, NULL));
			memcpy(big + 50, "330-2018-3619", 13);
			CHECK(rf_sagsnr_parse(big, n, NULL));
			free(big);
		}
	}
	/* length limit counts the normalised text: en dashes count once */
	{
		char		buf[256];
		size_t		n = 0;
		int			k;

		/* 21 groups would be too many; build 8 groups of 7 = 56 + 7 dashes = 63 */
		for (k = 0; k < 8; k++)
		{
			if (k > 0)
			{
				memcpy(buf + n, "\xE2\x80\x93", 3);
				n += 3;
			}
			memcpy(buf + n, "1234567", 7);
			n += 7;
		}
		CHECK(n > RF_SAGSNR_MAXLEN);
		CHECK(rf_sagsnr_parse(buf, n, NULL));
	}
}

static void
test_order(void)
{
	/* scheme first */
	CHECK(cmp("99.99.99-Z99-9999999-99", "EMN-1900-1") < 0);
	CHECK(cmp("EMN-2099-999999999", "1-1-1") < 0);
	CHECK(cmp("1-1-1", "00.01") > 0);
	/* numeric runs */
	CHECK(cmp("00.01.00-A00-3-17", "00.01.00-A00-108-15") < 0);
	CHECK(cmp("00.01.00-A00-108-15", "00.01.00-A00-3-17") > 0);
	CHECK(cmp("00.01.00-A00-3-17", "00.01.00-A00-3-18") < 0);
	CHECK(cmp("00.01.00-000-3-17", "00.01.00-A00-3-17") < 0);
	CHECK(cmp("EMN-2025-3383", "EMN-2025-12345") < 0);
	CHECK(cmp("EMN-2025-999999", "EMN-2025-1000000") < 0);
	CHECK(cmp("EMN-2024-999999", "EMN-2025-1") < 0);
	CHECK(cmp("1-13-3-57-16", "330-2018-3619") < 0);
	CHECK(cmp("2-1-1", "10-1-1") < 0);
	CHECK(cmp("AB-1-2", "ABC-1-2") < 0);	/* '-' < 'C' */
	/* equality iff same normalised text */
	CHECK(cmp("00.01.00-A00-3-17", "00.01.00-a00-0003-17") == 0);
	CHECK(cmp("EMN-2025-3383", "emn-2025-003383") == 0);
	CHECK(cmp("330-2018-3619", "330-2018-3619") == 0);
	/* leading zeros in other: numerically equal, still different values */
	CHECK(cmp("0330-2018-3619", "330-2018-3619") < 0);
	CHECK(cmp("330-2018-3619", "0330-2018-3619") > 0);
	CHECK(cmp("330-2018-03619", "0330-2018-3619") > 0);
	CHECK(cmp("01-2-X", "1-3-X") < 0);		/* the 2 < 3 decides, not the zero */
	/* bare subjects bracket their numbers */
	CHECK(cmp("00.01", "00.01.00") < 0);
	CHECK(cmp("00.01", "00.01.00-A00-3-17") < 0);
	CHECK(cmp("00.01", "00.01.99-Z99-9999999-99") < 0);
	CHECK(cmp("00.02", "00.01.99-Z99-9999999-99") > 0);
	CHECK(cmp("00.02", "00.01.00-A00-3-17") > 0);
	CHECK(cmp("00.01.00", "00.01.00-000-1-00") < 0);
	CHECK(cmp("00.01.01", "00.01.00-Z99-9999999-99") > 0);

	/* long digit runs: no overflow */
	{
		rf_sagsnr	a;
		rf_sagsnr	b;

		memset(&a, 0, sizeof(a));
		memset(&b, 0, sizeof(b));
		a.scheme = b.scheme = RF_SCHEME_OTHER;
		strcpy(a.text, "X-99999999999999999999999999999999999999");
		strcpy(b.text, "X-100000000000000000000000000000000000000");
		a.len = strlen(a.text);
		b.len = strlen(b.text);
		CHECK(rf_sagsnr_cmp(&a, &b) < 0);
		CHECK(rf_sagsnr_cmp(&b, &a) > 0);
		strcpy(b.text, "X-00000000099999999999999999999999999999999999999");
		b.len = strlen(b.text);
		CHECK(rf_sagsnr_cmp(&a, &b) > 0);	/* equal numbers: bytes decide */
		CHECK(rf_sagsnr_cmp(&b, &a) < 0);
		strcpy(b.text, "X-99999999999999999999999999999999999998");
		b.len = strlen(b.text);
		CHECK(rf_sagsnr_cmp(&a, &b) > 0);
		strcpy(a.text, "X-0000");
		strcpy(b.text, "X-0");
		a.len = strlen(a.text);
		b.len = strlen(b.text);
		CHECK(rf_sagsnr_cmp(&a, &b) > 0);	/* all zeros: equal, then bytes */
		CHECK(rf_sagsnr_cmp(&b, &a) < 0);
	}
}

/* Brute force: order properties on a pool of values. */
static void
test_order_properties(void)
{
	static const char *const pool[] = {
		"00.01", "00.02", "00.01.00", "00.01.05", "00.01.00-A00-3-17",
		"00.01.00-A00-108-15", "00.01.00-000-3-17", "00.01.05-G01-1-18",
		"00.02.00-A00-1-00", "99.99", "99.99.99-Z99-9999999-99", "87.00.00-G00-3-15",
		"EMN-2025-3383", "EMN-2025-1000000", "EMN-1900-1", "EMN-2099-0",
		"330-2018-3619", "0330-2018-3619", "330-2018-03619", "1-13-3-57-16",
		"01-13-3-57-16", "1-013-3-57-16", "A-B-1", "A-B-01", "A-B-10", "AB-1-2",
		"ABC-1-2", "A1-B-C", "A01-B-C", "A1B-C-D", "A01B-C-D", "Z-0-0", "Z-00-0",
		"Z-0-00",
	};
	enum { N = sizeof(pool) / sizeof(pool[0]) };
	rf_sagsnr	v[N];
	int			c[N][N];
	int			i, j, k;
	int			bad = 0;

	for (i = 0; i < N; i++)
	{
		if (!rf_sagsnr_parse(pool[i], strlen(pool[i]), &v[i]))
		{
			fprintf(stderr, "pool value invalid: %s\n", pool[i]);
			CHECK(0);
			return;
		}
	}
	for (i = 0; i < N; i++)
		for (j = 0; j < N; j++)
			c[i][j] = rf_sagsnr_cmp(&v[i], &v[j]);
	for (i = 0; i < N; i++)
		for (j = 0; j < N; j++)
		{
			bool		same = v[i].len == v[j].len &&
				memcmp(v[i].text, v[j].text, v[i].len) == 0;

			if ((c[i][j] == 0) != same || c[i][j] != -c[j][i] ||
				c[i][j] < -1 || c[i][j] > 1)
				bad++;
			for (k = 0; k < N; k++)
				if (c[i][j] <= 0 && c[j][k] <= 0 && c[i][k] > 0)
					bad++;
		}
	CHECK(bad == 0);
}

static void
test_binary(void)
{
	rf_sagsnr	v;

	CHECK(rf_sagsnr_from_binary(RF_SCHEME_KLE, "00.01.00-A00-3-17", 17, &v));
	CHECK_STR(v.text, v.len, "00.01.00-A00-3-17");
	CHECK(rf_sagsnr_from_binary(RF_SCHEME_EMN, "EMN-2025-003383", 15, &v));
	CHECK(rf_sagsnr_from_binary(RF_SCHEME_MUNICIPAL, "330-2018-3619", 13, &v));
	CHECK(rf_sagsnr_from_binary(RF_SCHEME_KLE, "00.01", 5, &v));
	/* wrong scheme byte */
	CHECK(!rf_sagsnr_from_binary(RF_SCHEME_OTHER, "00.01.00-A00-3-17", 17, &v));
	CHECK(!rf_sagsnr_from_binary(RF_SCHEME_KLE, "EMN-2025-003383", 15, &v));
	CHECK(!rf_sagsnr_from_binary(3, "330-2018-3619", 13, &v));
	CHECK(!rf_sagsnr_from_binary(-1, "330-2018-3619", 13, &v));
	/* not canonical */
	CHECK(!rf_sagsnr_from_binary(RF_SCHEME_EMN, "EMN-2025-3383", 13, &v));
	CHECK(!rf_sagsnr_from_binary(RF_SCHEME_OTHER, "330-2018-3619 ", 14, &v));
	CHECK(!rf_sagsnr_from_binary(RF_SCHEME_OTHER, "sag-2018-1", 10, &v));
	CHECK(!rf_sagsnr_from_binary(RF_SCHEME_KLE, "00.01.00-A00-03-17", 18, &v));
	CHECK(!rf_sagsnr_from_binary(RF_SCHEME_OTHER, "330\xE2\x80\x93" "2018-3619", 15, &v));
	/* invalid, empty, NUL bytes */
	CHECK(!rf_sagsnr_from_binary(RF_SCHEME_OTHER, "", 0, &v));
	CHECK(!rf_sagsnr_from_binary(RF_SCHEME_OTHER, "330-2018-3619\0", 14, &v));
	CHECK(!rf_sagsnr_from_binary(RF_SCHEME_KLE, "00.01.00-A00-3", 14, &v));
	CHECK(!rf_sagsnr_from_binary(RF_SCHEME_KLE, NULL, 0, &v));
}

static void
test_accessors(void)
{
	rf_sagsnr	v;
	const char *p;
	size_t		n;

	CHECK(parse("00.30.14-G01-0004-17", &v) == RF_SCHEME_KLE);
	CHECK(strcmp(rf_scheme_name(v.scheme), "kle") == 0);
	CHECK(rf_sagsnr_kle_subject(&v, &p, &n));
	CHECK_STR(p, n, "00.30.14");
	CHECK(rf_sagsnr_facet(&v, &p, &n));
	CHECK_STR(p, n, "G01");
	CHECK(rf_sagsnr_year(&v) == 2017);
	CHECK(rf_sagsnr_seq(&v) == 4);

	CHECK(parse("81.28.00-000-1234567-70", &v) == RF_SCHEME_KLE);
	CHECK(rf_sagsnr_facet(&v, &p, &n));
	CHECK_STR(p, n, "000");
	CHECK(rf_sagsnr_year(&v) == 1970);
	CHECK(rf_sagsnr_seq(&v) == 1234567);
	CHECK(parse("81.28.00-P05-1-69", &v) == RF_SCHEME_KLE);
	CHECK(rf_sagsnr_year(&v) == 2069);
	CHECK(parse("81.28.00-P05-1-00", &v) == RF_SCHEME_KLE);
	CHECK(rf_sagsnr_year(&v) == 2000);
	CHECK(parse("81.28.00-P05-1-99", &v) == RF_SCHEME_KLE);
	CHECK(rf_sagsnr_year(&v) == 1999);

	CHECK(parse("00.01", &v) == RF_SCHEME_KLE);
	CHECK(rf_sagsnr_kle_subject(&v, &p, &n));
	CHECK_STR(p, n, "00.01");
	CHECK(!rf_sagsnr_facet(&v, &p, &n));
	CHECK(rf_sagsnr_year(&v) == -1);
	CHECK(rf_sagsnr_seq(&v) == -1);
	CHECK(parse("00.01.05", &v) == RF_SCHEME_KLE);
	CHECK(rf_sagsnr_kle_subject(&v, &p, &n));
	CHECK_STR(p, n, "00.01.05");
	CHECK(!rf_sagsnr_facet(&v, &p, &n));

	CHECK(parse("EMN-2025-3383", &v) == RF_SCHEME_EMN);
	CHECK(strcmp(rf_scheme_name(v.scheme), "emn") == 0);
	CHECK(!rf_sagsnr_kle_subject(&v, &p, &n));
	CHECK(!rf_sagsnr_facet(&v, &p, &n));
	CHECK(rf_sagsnr_year(&v) == 2025);
	CHECK(rf_sagsnr_seq(&v) == 3383);
	CHECK(parse("EMN-1999-987654321", &v) == RF_SCHEME_EMN);
	CHECK(rf_sagsnr_year(&v) == 1999);
	CHECK(rf_sagsnr_seq(&v) == 987654321LL);

	CHECK(parse("330-2018-3619", &v) == RF_SCHEME_MUNICIPAL);
	CHECK(strcmp(rf_scheme_name(v.scheme), "municipal") == 0);
	CHECK(!rf_sagsnr_kle_subject(&v, &p, &n));
	CHECK(rf_sagsnr_year(&v) == 2018);
	CHECK(rf_sagsnr_seq(&v) == 3619);
	CHECK(parse("1-13-3-57-16", &v) == RF_SCHEME_REGION);
	CHECK(rf_sagsnr_year(&v) == -1);
	CHECK(rf_sagsnr_seq(&v) == -1);
	CHECK(parse("330-2018-36A", &v) == RF_SCHEME_OTHER);
	CHECK(rf_sagsnr_year(&v) == 2018);
	CHECK(rf_sagsnr_seq(&v) == -1);		/* not all digits */
	CHECK(parse("330-X-2018", &v) == RF_SCHEME_OTHER);
	CHECK(rf_sagsnr_year(&v) == 2018);
	CHECK(rf_sagsnr_seq(&v) == -1);		/* year is the last group */
	CHECK(parse("1899-2100-20190-2019-0000000042-X", &v) == RF_SCHEME_OTHER);
	CHECK(rf_sagsnr_year(&v) == 2019);	/* first 4-digit group in range */
	CHECK(rf_sagsnr_seq(&v) == 42);
	CHECK(parse("2019-9999999999-1", &v) == RF_SCHEME_OTHER);
	CHECK(rf_sagsnr_seq(&v) == 9999999999LL);
	CHECK(parse("A2019-1-2", &v) == RF_SCHEME_OTHER);
	CHECK(rf_sagsnr_year(&v) == -1);
}

static bool
prefix(const char *s, rf_kle_prefix *p)
{
	return rf_kle_prefix_parse(s, strlen(s), p);
}

static bool
under(const char *value, const char *pre)
{
	rf_sagsnr	v;
	rf_kle_prefix p;

	if (!rf_sagsnr_parse(value, strlen(value), &v) || !prefix(pre, &p))
	{
		fprintf(stderr, "under: invalid operand %s / %s\n", value, pre);
		CHECK(0);
		return false;
	}
	return rf_sagsnr_kle_under(&v, &p);
}

static void
check_bounds(const char *pre, const char *lo, const char *hi)
{
	rf_kle_prefix p;
	rf_sagsnr	l;
	rf_sagsnr	u;
	rf_sagsnr	reparsed;

	CHECK(prefix(pre, &p));
	rf_kle_prefix_lower(&p, &l);
	CHECK_STR(l.text, l.len, lo);
	CHECK(l.scheme == RF_SCHEME_KLE);
	/* the bounds are values the type accepts */
	CHECK(rf_sagsnr_parse(l.text, l.len, &reparsed) && rf_sagsnr_cmp(&l, &reparsed) == 0);
	if (hi == NULL)
		CHECK(!rf_kle_prefix_upper(&p, &u));
	else
	{
		CHECK(rf_kle_prefix_upper(&p, &u));
		CHECK_STR(u.text, u.len, hi);
		CHECK(rf_sagsnr_parse(u.text, u.len, &reparsed) && rf_sagsnr_cmp(&u, &reparsed) == 0);
	}
}

static void
test_prefix(void)
{
	rf_kle_prefix p;

	CHECK(prefix("00", &p) && p.ngroups == 1 && p.group[0] == 0);
	CHECK(prefix("00.01", &p) && p.ngroups == 2 && p.group[1] == 1);
	CHECK(prefix(" 81.28.05 ", &p) && p.ngroups == 3 && p.group[0] == 81 &&
		  p.group[1] == 28 && p.group[2] == 5);
	CHECK(!prefix("", &p));
	CHECK(!prefix("0", &p));
	CHECK(!prefix("000", &p));
	CHECK(!prefix("00.1", &p));
	CHECK(!prefix("00.01.", &p));
	CHECK(!prefix("00-01", &p));
	CHECK(!prefix("00.01.00.00", &p));
	CHECK(!prefix("00.01.00-A00", &p));
	CHECK(!prefix("0x.01", &p));
	CHECK(!prefix("00,01", &p));
	CHECK(!rf_kle_prefix_parse(NULL, 0, &p));

	CHECK(under("00.01.00-A00-3-17", "00.01"));
	CHECK(under("00.01.05-G01-1-18", "00.01"));
	CHECK(under("00.01", "00.01"));
	CHECK(under("00.01.05", "00.01"));
	CHECK(under("00.01.00-A00-3-17", "00"));
	CHECK(under("00.01.00-A00-3-17", "00.01.00"));
	CHECK(!under("00.01.00-A00-3-17", "00.01.01"));
	CHECK(!under("00.01", "00.01.00"));
	CHECK(!under("00.02.00-A00-3-17", "00.01"));
	CHECK(!under("00.10.00-A00-3-17", "00.01"));
	CHECK(!under("01.01.00-A00-3-17", "00.01"));
	CHECK(!under("EMN-2025-3383", "00"));
	CHECK(!under("00-01-00", "00.01"));		/* other scheme */
	CHECK(!under("00-01-2", "00"));

	check_bounds("00.01", "00.01", "00.02");
	check_bounds("00", "00.00", "01.00");
	check_bounds("98", "98.00", "99.00");
	check_bounds("99", "99.00", NULL);
	check_bounds("00.99", "00.99", "01.00");
	check_bounds("99.99", "99.99", NULL);
	check_bounds("99.99.99", "99.99.99", NULL);
	check_bounds("05.99.99", "05.99.99", "06.00");
	check_bounds("05.07.99", "05.07.99", "05.08");
	check_bounds("05.07.03", "05.07.03", "05.07.04");
	check_bounds("00.01.00", "00.01.00", "00.01.01");
}

/*
 * The bounds are exact for KLE values: for every value in a dense pool,
 * kle_under(v, p) == (lower <= v < upper) when v is KLE.
 */
static void
test_prefix_bounds_exhaustive(void)
{
	static const int g[] = {0, 1, 2, 9, 10, 98, 99};
	enum { NG = sizeof(g) / sizeof(g[0]) };
	static const char *const tails[] = {"", "-000-1-00", "-A00-3-17", "-Z99-9999999-99"};
	char		pre[16];
	char		val[64];
	int			a, b, c, x, y, z, t, np;
	int			bad = 0;
	int			tried = 0;

	for (np = 1; np <= 3; np++)
		for (a = 0; a < NG; a++)
			for (b = 0; b < (np > 1 ? NG : 1); b++)
				for (c = 0; c < (np > 2 ? NG : 1); c++)
				{
					rf_kle_prefix p;
					rf_sagsnr	lo;
					rf_sagsnr	hi;
					bool		has_hi;

					if (np == 1)
						snprintf(pre, sizeof(pre), "%02d", g[a]);
					else if (np == 2)
						snprintf(pre, sizeof(pre), "%02d.%02d", g[a], g[b]);
					else
						snprintf(pre, sizeof(pre), "%02d.%02d.%02d", g[a], g[b], g[c]);
					if (!prefix(pre, &p))
					{
						bad++;
						continue;
					}
					rf_kle_prefix_lower(&p, &lo);
					has_hi = rf_kle_prefix_upper(&p, &hi);

					for (x = 0; x < NG; x++)
						for (y = 0; y < NG; y++)
							for (z = -1; z < NG; z++)
								for (t = 0; t < 4; t++)
								{
									rf_sagsnr	v;
									bool		in_range;

									if (z < 0 && t > 0)
										continue;	/* two-group subject is bare */
									if (z < 0)
										snprintf(val, sizeof(val), "%02d.%02d", g[x], g[y]);
									else
										snprintf(val, sizeof(val), "%02d.%02d.%02d%s",
												 g[x], g[y], g[z], tails[t]);
									if (!rf_sagsnr_parse(val, strlen(val), &v))
									{
										bad++;
										continue;
									}
									tried++;
									in_range = rf_sagsnr_cmp(&lo, &v) <= 0 &&
										(!has_hi || rf_sagsnr_cmp(&v, &hi) < 0);
									if (in_range != rf_sagsnr_kle_under(&v, &p))
									{
										fprintf(stderr, "bounds %s: %s in range %d\n",
												pre, val, (int) in_range);
										bad++;
									}
								}
				}
	CHECK(bad == 0);
	CHECK(tried > 10000);
}

/*
 * The schemes besides KLE and EMN, each with its own code, from real
 * minutes: Slagelse (330-2018-3619), Ballerup's eDoc (2012-28504), Greve's
 * FirstAgenda portal (25-008334, 20-072985K), Region Midtjylland
 * (1-13-3-57-16); and the forms of issue 11 (306-2009-600, 12/27845,
 * 26/1172, 1-51-71-3321-08).
 */
static void
test_new_schemes(void)
{
	/* municipality code, year, sequence */
	CHECK(parse("330-2018-3619", NULL) == RF_SCHEME_MUNICIPAL);
	CHECK(parse("306-2009-600", NULL) == RF_SCHEME_MUNICIPAL);
	CHECK(parse("101-1999-1", NULL) == RF_SCHEME_MUNICIPAL);
	CHECK(parse("860-2099-1234567890", NULL) == RF_SCHEME_MUNICIPAL);
	CHECK_NORM(" 306\xE2\x80\x93" "2009\xE2\x80\x93" "600\n", "306-2009-600");
	CHECK_NORM("330-2018-03619", "330-2018-03619");	/* digits as written */
	/* not a municipality code or not a year: the catch-all keeps them */
	CHECK(parse("100-2018-3619", NULL) == RF_SCHEME_OTHER);
	CHECK(parse("861-2018-3619", NULL) == RF_SCHEME_OTHER);
	CHECK(parse("0330-2018-3619", NULL) == RF_SCHEME_OTHER);
	CHECK(parse("330-1899-3619", NULL) == RF_SCHEME_OTHER);
	CHECK(parse("330-2018-12345678901", NULL) == -1);	/* a group of 11 */

	/* year, sequence */
	CHECK(parse("2012-28504", NULL) == RF_SCHEME_YEAR_SEQ);
	CHECK(parse("2010-3082", NULL) == RF_SCHEME_YEAR_SEQ);
	CHECK(parse("2012-100", NULL) == RF_SCHEME_YEAR_SEQ);
	CHECK(parse("1900-1234567890", NULL) == RF_SCHEME_YEAR_SEQ);
	CHECK(parse("2012-1999", NULL) == RF_SCHEME_YEAR_SEQ);	/* an earlier year: no range */
	CHECK(parse("2012-2012", NULL) == RF_SCHEME_YEAR_SEQ);
	CHECK(parse("2012-2100", NULL) == RF_SCHEME_YEAR_SEQ);	/* 2100 is no year of ours */
	CHECK_NORM("2012\xE2\x80\x93" "028504", "2012-028504");

	/* two-digit year, sequence */
	CHECK(parse("25-008334", NULL) == RF_SCHEME_YY_SEQ);
	CHECK(parse("12/27845", NULL) == RF_SCHEME_YY_SEQ);
	CHECK(parse("26/1172", NULL) == RF_SCHEME_YY_SEQ);
	CHECK(parse("99-12345", NULL) == RF_SCHEME_YY_SEQ);
	CHECK(parse("00/12345678", NULL) == RF_SCHEME_YY_SEQ);
	CHECK_NORM("20-072985k", "20-072985K");	/* Greve: a letter after the number */
	CHECK_NORM("19/1234K", "19/1234K");
	CHECK_NORM(" 12/27845 ", "12/27845");
	CHECK_NORM("25\xE2\x80\x93" "008334", "25-008334");
	/* the separator is part of the number as its system writes it */
	CHECK(cmp("12/27845", "12-27845") != 0);

	/* the regions */
	CHECK(parse("1-13-3-57-16", NULL) == RF_SCHEME_REGION);
	CHECK(parse("1-51-71-3321-08", NULL) == RF_SCHEME_REGION);
	CHECK(parse("1-2-3-4", NULL) == RF_SCHEME_REGION);
	CHECK(parse("9-2-3-4-5-6", NULL) == RF_SCHEME_REGION);
	CHECK_NORM("1\xE2\x80\x93" "51-71-3321-08", "1-51-71-3321-08");
	/* three or seven groups, a first group of two digits, or a letter: other */
	CHECK(parse("1-2-3", NULL) == RF_SCHEME_OTHER);
	CHECK(parse("1-2-3-4-5-6-7", NULL) == RF_SCHEME_OTHER);
	CHECK(parse("11-13-3-57-16", NULL) == RF_SCHEME_OTHER);
	CHECK(parse("1-13-3-57-A", NULL) == RF_SCHEME_OTHER);

	/* the names */
	CHECK(strcmp(rf_scheme_name(RF_SCHEME_REGION), "region") == 0);
	CHECK(strcmp(rf_scheme_name(RF_SCHEME_MUNICIPAL), "municipal") == 0);
	CHECK(strcmp(rf_scheme_name(RF_SCHEME_YEAR_SEQ), "year_seq") == 0);
	CHECK(strcmp(rf_scheme_name(RF_SCHEME_YY_SEQ), "yy_seq") == 0);
	CHECK(RF_NSCHEMES == 7);
}

/* What running text writes with the same digits and separators. */
static void
test_lookalikes(void)
{
	static const char *const bad[] = {
		/* dates of the calendar, every order and year length */
		"04-06-2020", "4-6-2020", "28-06-2017", "29-02-2016", "2020-06-04", "2020-6-4",
		"04-06-20", "31-12-99", "01-01-00", "013-2-2017", "0004-06-2020", "04\xE2\x80\x93" "06\xE2\x80\x93" "2020",
		"04.12.2012", "04.06.2020",
		"04/06/2020", "04/06", "12/2020", "06/2021", "1/1900",
		/* year ranges and years with months */
		"2012-2013", "2019-2022", "2022-2025", "1990-2099", "2019-22", "2020-06", "2020-6",
		"06-2021", "12-2020",
		/* times */
		"09:00:00", "13:00", "13.00-15.00", "10-12", "kl.13",
		/* phone numbers */
		"43-66-35-70", "+45-43-66-35-70", "4366 3570", "43 66 35 70",
		/* counts and ranges in running text */
		"10-1000", "50-1000", "12-345", "1-2", "12-3456",
		/* a two-digit year with too short or too long a number */
		"12/123", "12/123456789", "12-1234", "25-123456789", "123/45678",
		/* more than one slash, slash with dash or dot, letters where digits are */
		"12/34/5678", "12/3456-7", "12-3456/7", "12/3456.7", "AB/12345", "12/ABCDE",
		"12/1234KK", "12/K1234", "1/12345", "/12345", "12/", "12//12345",
		/* a year and a sequence that is too short or too long */
		"2012-12", "2012-12345678901", "1899-28504", "2100-28504", "20120-28504",
	};
	size_t		i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
	{
		rf_sagsnr	v;

		if (rf_sagsnr_parse(bad[i], strlen(bad[i]), &v))
		{
			fprintf(stderr, "accepted look-alike [%s] as %s [%s]\n", bad[i],
					rf_scheme_name(v.scheme), v.text);
			CHECK(0);
		}
		else
			CHECK(1);
	}
	/* not a date of the calendar: still a case number of the catch-all */
	CHECK(parse("31-02-2017", NULL) == RF_SCHEME_OTHER);
	CHECK(parse("29-02-2017", NULL) == RF_SCHEME_OTHER);
	CHECK(parse("00-01-00", NULL) == RF_SCHEME_OTHER);
	CHECK(parse("13-13-2020", NULL) == RF_SCHEME_OTHER);
	/* pairs, but not four of them */
	CHECK(parse("43-66-35", NULL) == RF_SCHEME_OTHER);
	CHECK(parse("43-66-35-70-12", NULL) == RF_SCHEME_OTHER);
}

static void
test_new_order(void)
{
	/* the scheme code decides between schemes */
	CHECK(cmp("EMN-2099-1", "SAG-2018-X1") < 0);
	CHECK(cmp("SAG-2018-X1", "1-13-3-57-16") < 0);	/* other < region */
	CHECK(cmp("9-99-99-99-99", "101-1900-1") < 0);	/* region < municipal */
	CHECK(cmp("860-2099-9999999999", "1900-100") < 0);	/* municipal < year_seq */
	CHECK(cmp("2099-9999999999", "70-10000") < 0);	/* year_seq < yy_seq */
	/* within a scheme: digit runs by value */
	CHECK(cmp("306-2009-600", "330-2018-3619") < 0);
	CHECK(cmp("330-2018-600", "330-2018-3619") < 0);
	CHECK(cmp("330-2017-9999", "330-2018-1") < 0);
	CHECK(cmp("2011-29298", "2012-28504") < 0);
	CHECK(cmp("2012-28504", "2012-28505") < 0);
	CHECK(cmp("2012-3082", "2012-28504") < 0);
	CHECK(cmp("1-13-3-57-16", "1-51-71-3321-08") < 0);
	CHECK(cmp("1-13-3-57-16", "1-13-3-57-16-1") < 0);
	/* yy_seq: the year first, across the century */
	CHECK(cmp("99-123456", "00-000001") < 0);
	CHECK(cmp("70/1234", "69/1234") < 0);
	CHECK(cmp("12/27845", "25-008334") < 0);
	CHECK(cmp("25-08334", "25-008335") < 0);
	CHECK(cmp("25-008334", "25-008334K") < 0);
	CHECK(cmp("26/1172", "26/27845") < 0);
	CHECK(cmp("12-27845", "12/27845") < 0);	/* '-' before '/' */
	/* equal only when the normalised text is */
	CHECK(cmp("20-072985k", "20-072985K") == 0);
	CHECK(cmp("25-08334", "25-008334") != 0);
}

/* The order properties over all schemes together. */
static void
test_new_order_properties(void)
{
	static const char *const pool[] = {
		"00.01", "00.01.00-A00-3-17", "EMN-2025-3383", "330-2018-3619", "306-2009-600",
		"330-2018-03619", "860-2099-1", "101-1900-1", "2012-28504", "2010-3082", "2012-028504",
		"1900-100", "25-008334", "12/27845", "12-27845", "26/1172", "99-123456",
		"00-12345", "25-08334", "69/1234", "70/1234", "20-072985K", "20-072985", "1-13-3-57-16",
		"1-51-71-3321-08", "1-13-3-57-16-1", "01-13-3-57-16", "9-1-1-1", "A-B-1", "1-1-1",
		"0330-2018-3619", "31-02-2017",
	};
	enum { N = sizeof(pool) / sizeof(pool[0]) };
	rf_sagsnr	v[N];
	int			i, j, k;
	int			bad = 0;

	for (i = 0; i < N; i++)
		if (!rf_sagsnr_parse(pool[i], strlen(pool[i]), &v[i]))
		{
			fprintf(stderr, "pool value invalid: %s\n", pool[i]);
			CHECK(0);
			return;
		}
	for (i = 0; i < N; i++)
		for (j = 0; j < N; j++)
		{
			int			c = rf_sagsnr_cmp(&v[i], &v[j]);
			bool		same = v[i].scheme == v[j].scheme && v[i].len == v[j].len &&
				memcmp(v[i].text, v[j].text, v[i].len) == 0;

			if ((c == 0) != same || c != -rf_sagsnr_cmp(&v[j], &v[i]))
				bad++;
			for (k = 0; k < N; k++)
				if (c <= 0 && rf_sagsnr_cmp(&v[j], &v[k]) <= 0 &&
					rf_sagsnr_cmp(&v[i], &v[k]) > 0)
					bad++;
		}
	CHECK(bad == 0);
}

static void
test_new_binary(void)
{
	rf_sagsnr	v;

	CHECK(rf_sagsnr_from_binary(RF_SCHEME_REGION, "1-13-3-57-16", 12, &v));
	CHECK(v.scheme == RF_SCHEME_REGION);
	CHECK(rf_sagsnr_from_binary(RF_SCHEME_YEAR_SEQ, "2012-28504", 10, &v));
	CHECK(rf_sagsnr_from_binary(RF_SCHEME_YY_SEQ, "12/27845", 8, &v));
	CHECK(rf_sagsnr_from_binary(RF_SCHEME_YY_SEQ, "20-072985K", 10, &v));
	/* wrong scheme, not canonical, unknown code, a date */
	CHECK(!rf_sagsnr_from_binary(RF_SCHEME_OTHER, "330-2018-3619", 13, &v));
	CHECK(!rf_sagsnr_from_binary(RF_SCHEME_OTHER, "1-13-3-57-16", 12, &v));
	CHECK(!rf_sagsnr_from_binary(RF_SCHEME_YY_SEQ, "2012-28504", 10, &v));
	CHECK(!rf_sagsnr_from_binary(RF_SCHEME_YY_SEQ, "20-072985k", 10, &v));
	CHECK(!rf_sagsnr_from_binary(RF_NSCHEMES, "12/27845", 8, &v));
	CHECK(!rf_sagsnr_from_binary(RF_SCHEME_OTHER, "04-06-2020", 10, &v));
}

static void
test_new_accessors(void)
{
	rf_sagsnr	v;
	const char *p;
	size_t		n;

	CHECK(parse("330-2018-3619", &v) == RF_SCHEME_MUNICIPAL);
	CHECK(rf_sagsnr_year(&v) == 2018);
	CHECK(rf_sagsnr_seq(&v) == 3619);
	CHECK(rf_sagsnr_municipality(&v) == 330);
	CHECK(!rf_sagsnr_kle_subject(&v, &p, &n) && !rf_sagsnr_facet(&v, &p, &n));
	CHECK(parse("306-2009-0600", &v) == RF_SCHEME_MUNICIPAL);
	CHECK(rf_sagsnr_year(&v) == 2009 && rf_sagsnr_seq(&v) == 600 &&
		  rf_sagsnr_municipality(&v) == 306);
	CHECK(parse("860-2099-1234567890", &v) == RF_SCHEME_MUNICIPAL);
	CHECK(rf_sagsnr_seq(&v) == 1234567890LL && rf_sagsnr_municipality(&v) == 860);

	CHECK(parse("2012-28504", &v) == RF_SCHEME_YEAR_SEQ);
	CHECK(rf_sagsnr_year(&v) == 2012);
	CHECK(rf_sagsnr_seq(&v) == 28504);
	CHECK(rf_sagsnr_municipality(&v) == -1);
	CHECK(parse("1900-0000000100", &v) == RF_SCHEME_YEAR_SEQ);
	CHECK(rf_sagsnr_year(&v) == 1900 && rf_sagsnr_seq(&v) == 100);

	/* two-digit years: 00..69 are 2000..2069, 70..99 are 1970..1999 */
	CHECK(parse("25-008334", &v) == RF_SCHEME_YY_SEQ);
	CHECK(rf_sagsnr_year(&v) == 2025);
	CHECK(rf_sagsnr_seq(&v) == 8334);
	CHECK(parse("12/27845", &v) == RF_SCHEME_YY_SEQ);
	CHECK(rf_sagsnr_year(&v) == 2012 && rf_sagsnr_seq(&v) == 27845);
	CHECK(parse("26/1172", &v) == RF_SCHEME_YY_SEQ);
	CHECK(rf_sagsnr_year(&v) == 2026 && rf_sagsnr_seq(&v) == 1172);
	CHECK(parse("69/1234", &v) == RF_SCHEME_YY_SEQ);
	CHECK(rf_sagsnr_year(&v) == 2069);
	CHECK(parse("70/1234", &v) == RF_SCHEME_YY_SEQ);
	CHECK(rf_sagsnr_year(&v) == 1970);
	CHECK(parse("99-12345678", &v) == RF_SCHEME_YY_SEQ);
	CHECK(rf_sagsnr_year(&v) == 1999 && rf_sagsnr_seq(&v) == 12345678);
	CHECK(parse("00-12345", &v) == RF_SCHEME_YY_SEQ);
	CHECK(rf_sagsnr_year(&v) == 2000);
	CHECK(parse("20-072985K", &v) == RF_SCHEME_YY_SEQ);
	CHECK(rf_sagsnr_year(&v) == 2020 && rf_sagsnr_seq(&v) == 72985);
	CHECK(rf_sagsnr_municipality(&v) == -1);

	/* the regions' numbers: no part is known to be a year */
	CHECK(parse("1-13-3-57-16", &v) == RF_SCHEME_REGION);
	CHECK(rf_sagsnr_year(&v) == -1 && rf_sagsnr_seq(&v) == -1);
	CHECK(parse("1-51-71-3321-08", &v) == RF_SCHEME_REGION);
	CHECK(rf_sagsnr_year(&v) == -1 && rf_sagsnr_seq(&v) == -1);
	CHECK(parse("1-2018-3-4", &v) == RF_SCHEME_REGION);
	CHECK(rf_sagsnr_year(&v) == -1);
	CHECK(rf_sagsnr_municipality(&v) == -1);

	/* KLE and EMN have no municipality code */
	CHECK(parse("00.01.00-A00-3-17", &v) == RF_SCHEME_KLE);
	CHECK(rf_sagsnr_municipality(&v) == -1);
	CHECK(parse("EMN-2025-3383", &v) == RF_SCHEME_EMN);
	CHECK(rf_sagsnr_municipality(&v) == -1);
}

/*
 * Pseudo-random strings over the interesting bytes: whatever is accepted must
 * be a fixed point of normalisation, round-trip through the binary check and
 * hold only [A-Z0-9.-].
 */
static void
test_fuzz(void)
{
	static const char alphabet[] = "0123456789.-aAeEmMnNzZ \t\xE2\x80\x93\xC2\xA0\x01";
	unsigned long seed = 12345;
	int			iter;
	int			bad = 0;
	int			accepted = 0;

	for (iter = 0; iter < 200000; iter++)
	{
		char		buf[96];
		size_t		n;
		size_t		i;
		rf_sagsnr	v;
		rf_sagsnr	w;

		seed = seed * 6364136223846793005UL + 1442695040888963407UL;
		n = (size_t) (seed >> 33) % sizeof(buf);
		for (i = 0; i < n; i++)
		{
			seed = seed * 6364136223846793005UL + 1442695040888963407UL;
			/* mostly digits and separators, so that some strings are valid */
			if ((seed >> 40) % 4 == 0)
				buf[i] = alphabet[(seed >> 20) % (sizeof(alphabet) - 1)];
			else
				buf[i] = "0123456789-.-"[(seed >> 20) % 13];
		}
		if (!rf_sagsnr_parse(buf, n, &v))
			continue;
		accepted++;
		if (v.len > RF_SAGSNR_MAXLEN || v.len != strlen(v.text))
			bad++;
		for (i = 0; i < v.len; i++)
		{
			char		c = v.text[i];

			if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '.' || c == '-'))
				bad++;
		}
		if (!rf_sagsnr_parse(v.text, v.len, &w) || w.scheme != v.scheme ||
			rf_sagsnr_cmp(&v, &w) != 0)
			bad++;
		if (!rf_sagsnr_from_binary((int) v.scheme, v.text, v.len, &w))
			bad++;
	}
	CHECK(bad == 0);
	CHECK(accepted > 100);
}

int
main(void)
{
	test_valid();
	test_invalid();
	test_order();
	test_order_properties();
	test_binary();
	test_accessors();
	test_prefix();
	test_prefix_bounds_exhaustive();
	test_new_schemes();
	test_lookalikes();
	test_new_order();
	test_new_order_properties();
	test_new_binary();
	test_new_accessors();
	test_fuzz();
	return CHECK_DONE();
}
