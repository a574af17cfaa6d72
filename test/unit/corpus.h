/*
 * corpus.h — load test documents for the standalone tests.
 */
#ifndef RF_TEST_CORPUS_H
#define RF_TEST_CORPUS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutes.h"

/* Directory of the test corpus; tests run from the repository root. */
#ifndef CORPUS_DIR
#define CORPUS_DIR "test/corpus"
#endif

static inline char *
load_file(const char *name, size_t *len)
{
	char		path[512];
	FILE	   *f;
	long		n;
	char	   *buf;

	snprintf(path, sizeof(path), "%s/%s", CORPUS_DIR, name);
	f = fopen(path, "rb");
	if (f == NULL)
	{
		perror(path);
		exit(2);
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t) n + 1);
	if (buf == NULL || fread(buf, 1, (size_t) n, f) != (size_t) n)
		exit(2);
	buf[n] = '\0';
	fclose(f);
	*len = (size_t) n;
	return buf;
}

static inline void *
test_grow(void *ctx, void *ptr, size_t size)
{
	(void) ctx;
	return realloc(ptr, size);
}

/* A malloc'd copy of a string (strdup is not C99). */
static inline char *
copy_of(const char *s)
{
	size_t		n = strlen(s) + 1;

	return memcpy(malloc(n), s, n);
}

static const rf_allocator test_allocator = {test_grow, NULL};

static inline void
free_doc(rf_doc *d)
{
	free(d->sections);
	free(d->items);
	free(d->toc);
	free(d->dated);
}

/* The corpus, with what a reader counts in each document. */
typedef struct corpus_doc
{
	const char *name;
	unsigned	items;
	unsigned	closed;
	unsigned	toc;
} corpus_doc;

static const corpus_doc corpus[] = {
	{"albertslund/000_29b8a9bb6d12761b.txt", 8, 0, 8},
	{"albertslund/001_f160a2713c056438.txt", 10, 2, 10},
	{"albertslund/002_74521ca785f1df23.txt", 8, 0, 8},
	{"albertslund/003_65119b95b52dd9a8.txt", 10, 0, 10},
	{"albertslund/004_5da69337d8b4a5ec.txt", 7, 0, 7},
	{"aarhus/byraad_referat_2025-08-27_pdftotext.txt", 21, 1, 21},
	{"aarhus/byraad_referat_2025-08-27_pdftotext-layout.txt", 21, 1, 21},
	{"aarhus/teknisk_udvalg_referat_2025-10-01_html.txt", 6, 0, 0},
	{"aarhus/byraad_dagsorden_2025-10-08_html.txt", 33, 0, 0},
};

#define CORPUS_SIZE (sizeof(corpus) / sizeof(corpus[0]))

#endif
