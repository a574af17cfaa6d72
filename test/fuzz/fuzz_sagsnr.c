/*
 * fuzz_sagsnr.c — libFuzzer harness: case numbers, the core of the
 * referat.sagsnr input, output, receive and comparison functions.
 *
 * The input is cut at line breaks into up to three literals.  Each is parsed
 * as a case number and as a KLE prefix.  Checked: a parsed value is
 * canonical (its normalised text parses to the same value, and the binary
 * form accepts exactly that text and scheme, no other scheme code), the
 * accessors stay in range for each scheme, no value is what the text-search
 * parser calls a date, rf_sagsnr_cmp is a total order consistent with
 * equality (antisymmetric, transitive, 0 only for identical values), and the
 * bounds of a KLE prefix enclose every value under it.
 */
#include <stdint.h>
#include <string.h>

#include "fuzz.h"
#include "sagsnr_parse.h"
#include "search_tokens.h"

#define MAX_LITERALS 3

/* rf_scheme_name by scheme code */
static const char *const scheme_names[RF_NSCHEMES] = {
	"kle", "emn", "other", "region", "municipal", "year_seq", "yy_seq"
};

static int
sign(int c)
{
	return (c > 0) - (c < 0);
}

static bool
same(const rf_sagsnr *a, const rf_sagsnr *b)
{
	return a->scheme == b->scheme && a->len == b->len && memcmp(a->text, b->text, a->len) == 0;
}

static void
check_canonical(const rf_sagsnr *v, const char *lit, size_t len)
{
	rf_sagsnr	w;

	FUZZ_CHECK((int) v->scheme >= 0 && (int) v->scheme < RF_NSCHEMES);
	FUZZ_CHECK(v->len >= 1 && v->len <= RF_SAGSNR_MAXLEN && v->text[v->len] == '\0' &&
			   strlen(v->text) == v->len);
	for (size_t i = 0; i < v->len; i++)
	{
		char		c = v->text[i];

		FUZZ_CHECK((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
				   (c == '/' && v->scheme == RF_SCHEME_YY_SEQ));
	}
	FUZZ_CHECK(rf_sagsnr_parse(v->text, v->len, &w) && same(v, &w));
	FUZZ_CHECK(rf_sagsnr_from_binary((int) v->scheme, v->text, v->len, &w) && same(v, &w));
	for (int other = -1; other <= RF_NSCHEMES; other++)
		if (other != (int) v->scheme)
			FUZZ_CHECK(!rf_sagsnr_from_binary(other, v->text, v->len, NULL));
	/* the wire form takes the literal only when it is the normalised text */
	if (rf_sagsnr_from_binary((int) v->scheme, lit, len, NULL))
		FUZZ_CHECK(len == v->len && memcmp(lit, v->text, len) == 0);
	FUZZ_CHECK(rf_sagsnr_cmp(v, v) == 0);
}

static void
check_accessors(const rf_sagsnr *v)
{
	const char *p;
	size_t		n;
	int			year = rf_sagsnr_year(v);
	long long	seq = rf_sagsnr_seq(v);

	FUZZ_CHECK(rf_sagsnr_kle_subject(v, &p, &n) == (v->scheme == RF_SCHEME_KLE));
	if (v->scheme == RF_SCHEME_KLE)
		FUZZ_CHECK(p == v->text && (n == 5 || n == 8));
	if (rf_sagsnr_facet(v, &p, &n))
		FUZZ_CHECK(v->scheme == RF_SCHEME_KLE && n == 3 && p + n <= v->text + v->len);
	switch (v->scheme)
	{
		case RF_SCHEME_KLE:
			FUZZ_CHECK(year == -1 || (year >= 1970 && year <= 2069));
			break;
		case RF_SCHEME_YY_SEQ:
			FUZZ_CHECK(year >= 1970 && year <= 2069 && seq >= 0);
			break;
		case RF_SCHEME_EMN:
		case RF_SCHEME_MUNICIPAL:
		case RF_SCHEME_YEAR_SEQ:
			FUZZ_CHECK(year >= 1900 && year <= 2099 && seq >= 0);
			break;
		case RF_SCHEME_REGION:
			FUZZ_CHECK(year == -1 && seq == -1);
			break;
		case RF_SCHEME_OTHER:
			FUZZ_CHECK(year == -1 || (year >= 1900 && year <= 2099));
			break;
	}
	FUZZ_CHECK(seq >= -1 && seq < 10000000000LL);
	FUZZ_CHECK((year == -1) <= (seq == -1));
	FUZZ_CHECK((rf_sagsnr_municipality(v) >= 101 && rf_sagsnr_municipality(v) <= 860) ==
			   (v->scheme == RF_SCHEME_MUNICIPAL));
	FUZZ_CHECK(rf_sagsnr_municipality(v) == -1 || v->scheme == RF_SCHEME_MUNICIPAL);
	FUZZ_CHECK(strcmp(rf_scheme_name(v->scheme), scheme_names[v->scheme]) == 0);
	/* what the text-search parser reads as a date is never a case number */
	FUZZ_CHECK(!rf_token_date(v->text, v->len, NULL));
}

static void
check_prefix(const rf_kle_prefix *p, const rf_sagsnr *v, int nv)
{
	rf_sagsnr	lower,
				upper;
	bool		has_upper;

	FUZZ_CHECK(p->ngroups >= 1 && p->ngroups <= 3);
	rf_kle_prefix_lower(p, &lower);
	has_upper = rf_kle_prefix_upper(p, &upper);
	FUZZ_CHECK(rf_sagsnr_from_binary(RF_SCHEME_KLE, lower.text, lower.len, NULL));
	FUZZ_CHECK(rf_sagsnr_kle_under(&lower, p));
	if (has_upper)
		FUZZ_CHECK(rf_sagsnr_from_binary(RF_SCHEME_KLE, upper.text, upper.len, NULL) &&
				   rf_sagsnr_cmp(&lower, &upper) < 0 && !rf_sagsnr_kle_under(&upper, p));
	for (int i = 0; i < nv; i++)
		if (rf_sagsnr_kle_under(&v[i], p))
			FUZZ_CHECK(v[i].scheme == RF_SCHEME_KLE && rf_sagsnr_cmp(&lower, &v[i]) <= 0 &&
					   (!has_upper || rf_sagsnr_cmp(&v[i], &upper) < 0));
}

static void
check_order(const rf_sagsnr *v, int nv)
{
	for (int i = 0; i < nv; i++)
		for (int j = 0; j < nv; j++)
		{
			int			c = rf_sagsnr_cmp(&v[i], &v[j]);

			FUZZ_CHECK(c >= -1 && c <= 1);
			FUZZ_CHECK(c == -rf_sagsnr_cmp(&v[j], &v[i]));
			FUZZ_CHECK((c == 0) == same(&v[i], &v[j]));
			FUZZ_CHECK(sign(rf_sagsnr_cmp_text(v[i].scheme, v[i].text, v[i].len,
											   v[j].scheme, v[j].text, v[j].len)) == c);
			for (int k = 0; k < nv; k++)
				if (c <= 0 && rf_sagsnr_cmp(&v[j], &v[k]) <= 0)
					FUZZ_CHECK(rf_sagsnr_cmp(&v[i], &v[k]) <= 0);
		}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	rf_sagsnr	v[MAX_LITERALS];
	rf_kle_prefix p[MAX_LITERALS];
	int			nv = 0,
				np = 0;
	size_t		pos = 0;

	for (int k = 0; k < MAX_LITERALS && pos <= size; k++)
	{
		const char *nl = pos < size ? memchr(s + pos, '\n', size - pos) : NULL;
		size_t		end = nl ? (size_t) (nl - s) : size;

		if (rf_sagsnr_parse(s + pos, end - pos, &v[nv]))
		{
			check_canonical(&v[nv], s + pos, end - pos);
			check_accessors(&v[nv]);
			nv++;
		}
		if (rf_kle_prefix_parse(s + pos, end - pos, &p[np]))
			np++;
		pos = end + 1;
	}
	check_order(v, nv);
	for (int i = 0; i < np; i++)
		check_prefix(&p[i], v, nv);
	return 0;
}
