/*
 * fuzz.h — what the libFuzzer harnesses share: an invariant check that
 * aborts (libFuzzer then keeps the input as a crash), and a UTF-8 validator.
 */
#ifndef RF_FUZZ_H
#define RF_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

#define FUZZ_CHECK(cond) \
	do { \
		if (!(cond)) \
		{ \
			fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); \
			abort(); \
		} \
	} while (0)

/*
 * Is s[0..len) valid UTF-8 as PostgreSQL accepts it (no NUL, shortest
 * forms, no surrogates, at most U+10FFFF)?  Text handed to PostgreSQL must
 * be, so output made from valid input has to stay valid.
 */
static inline bool
fuzz_utf8(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		i = 0;

	while (i < len)
	{
		unsigned char c = u[i];
		size_t		n;
		unsigned char lo = 0x80,
					hi = 0xBF;

		if (c == 0)
			return false;
		if (c < 0x80)
		{
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			n = 1;
		else if (c >= 0xE0 && c <= 0xEF)
		{
			n = 2;
			lo = c == 0xE0 ? 0xA0 : 0x80;
			hi = c == 0xED ? 0x9F : 0xBF;
		}
		else if (c >= 0xF0 && c <= 0xF4)
		{
			n = 3;
			lo = c == 0xF0 ? 0x90 : 0x80;
			hi = c == 0xF4 ? 0x8F : 0xBF;
		}
		else
			return false;
		if (i + n >= len)
			return false;	/* cut short */
		if (u[i + 1] < lo || u[i + 1] > hi)
			return false;
		for (size_t k = 2; k <= n; k++)
			if ((u[i + k] & 0xC0) != 0x80)
				return false;
		i += n + 1;
	}
	return true;
}

#endif
