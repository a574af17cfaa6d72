/*
 * search_lexemes.c — lexemes of case numbers, dates and numbers (see
 * search_lexemes.h).
 */
#include "search_lexemes.h"

#include <stdio.h>
#include <string.h>

#include "search_tokens.h"

static void
lower_copy(char *out, const char *s, size_t len)
{
	size_t		i;

	for (i = 0; i < len; i++)
		out[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char) (s[i] + ('a' - 'A')) : s[i];
	out[len] = '\0';
}

int
rf_case_number_lexemes(const char *s, size_t len, char out[2][RF_LEXEME_MAX])
{
	rf_sagsnr	v;
	const char *subject;
	size_t		sublen;

	if (s == NULL || !rf_sagsnr_parse(s, len, &v))
		return 0;
	lower_copy(out[0], v.text, v.len);
	if (!rf_sagsnr_kle_subject(&v, &subject, &sublen) || sublen == v.len)
		return 1;
	lower_copy(out[1], subject, sublen);
	return 2;
}

/*
 * Danish digit grouping: 1-3 digits, at least one group of exactly three
 * after a '.', then maybe a ',' and decimals ("1.500.000", "1.500,50").
 */
static bool
danish_grouped(const char *s, size_t len)
{
	size_t		i = 0,
				groups = 0;

	while (i < len && i < 3 && s[i] >= '0' && s[i] <= '9')
		i++;
	if (i == 0)
		return false;
	while (i < len && s[i] == '.')
	{
		size_t		j = i + 1;

		while (j < len && j - i <= 3 && s[j] >= '0' && s[j] <= '9')
			j++;
		if (j - i != 4)
			return false;
		i = j;
		groups++;
	}
	if (groups == 0 || (i < len && s[i] != ','))
		return false;
	if (i < len)
	{
		size_t		j = i + 1;

		while (j < len && s[j] >= '0' && s[j] <= '9')
			j++;
		if (j == i + 1 || j != len)
			return false;
	}
	return true;
}

bool
rf_number_lexeme(const char *s, size_t len, char out[RF_LEXEME_MAX])
{
	rf_date		d;
	size_t		i,
				o = 0;

	if (s == NULL || len == 0 || len >= RF_LEXEME_MAX)
		return false;
	if (rf_token_date(s, len, &d))
	{
		snprintf(out, RF_LEXEME_MAX, "%04d-%02d-%02d", d.year, d.month, d.day);
		return true;
	}
	if (danish_grouped(s, len))
	{
		for (i = 0; i < len; i++)
			if (s[i] != '.')
				out[o++] = s[i];
		out[o] = '\0';
		return true;
	}
	lower_copy(out, s, len);
	return true;
}
