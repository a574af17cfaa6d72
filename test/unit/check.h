/*
 * check.h — the smallest test harness that does the job: CHECK counts passed
 * and failed assertions and CHECK_DONE prints "N passed, N failed".
 */
#ifndef RF_CHECK_H
#define RF_CHECK_H

#include <stdio.h>
#include <string.h>

static int	check_passed;
static int	check_failed;

#define CHECK(cond) \
	do { \
		if (cond) \
			check_passed++; \
		else \
		{ \
			check_failed++; \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
		} \
	} while (0)

/* Compare a (pointer, length) string with a C string literal. */
#define CHECK_STR(ptr, len, lit) \
	do { \
		const char *check_p_ = (ptr); \
		size_t		check_l_ = (len); \
		if (check_l_ == strlen(lit) && memcmp(check_p_, (lit), check_l_) == 0) \
			check_passed++; \
		else \
		{ \
			check_failed++; \
			fprintf(stderr, "%s:%d: expected \"%s\", got \"%.*s\"\n", \
					__FILE__, __LINE__, (lit), (int) check_l_, check_p_ ? check_p_ : ""); \
		} \
	} while (0)

#define CHECK_DONE() \
	(printf("%s: %d passed, %d failed\n", __FILE__, check_passed, check_failed), \
	 check_failed ? 1 : 0)

#endif
