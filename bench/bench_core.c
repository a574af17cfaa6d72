/*
 * bench_core.c — throughput of the parser core against memchr.
 *
 * Reads every .txt file under test/corpus (or under the files and directories
 * given as arguments), repeats them into one buffer of at least 50 MB, then times
 * (a) counting newlines with memchr over the buffer and (b) rf_parse over each
 * document in it, one call per document as referat.items makes (a document
 * reads its item headers in one form, so a buffer of many documents is not
 * one document).
 * Each is run several times and the best run (in CPU time) is reported, as
 * MB/s, with the ratio core/memchr.  Not a test: it prints numbers and never
 * fails on them.
 */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "minutes.h"

#define MIN_BYTES ((size_t) 50 * 1000 * 1000)
#define RUNS 5

typedef struct buf
{
	char	   *data;
	size_t		len;
	size_t		cap;
	size_t	   *ends;			/* where each document ends */
	size_t		docs;
} buf;

static void *
xrealloc(void *ptr, size_t size)
{
	void	   *p = realloc(ptr, size ? size : 1);

	if (p == NULL)
	{
		fprintf(stderr, "bench_core: out of memory (%zu bytes)\n", size);
		exit(2);
	}
	return p;
}

static void
append(buf *b, const char *data, size_t len)
{
	if (b->len + len > b->cap)
	{
		while (b->len + len > b->cap)
			b->cap = b->cap ? b->cap * 2 : 1 << 20;
		b->data = xrealloc(b->data, b->cap);
	}
	memcpy(b->data + b->len, data, len);
	b->len += len;
}

static int
ends_with(const char *s, const char *suffix)
{
	size_t		n = strlen(s),
				m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int
compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* Append the file at path, or every *.txt below it (in name order) when it is a directory. */
static void
load(buf *b, const char *path, int *files)
{
	struct stat st;

	if (stat(path, &st) != 0)
	{
		perror(path);
		exit(2);
	}
	if (S_ISDIR(st.st_mode))
	{
		DIR		   *dir = opendir(path);
		struct dirent *e;
		char	  **names = NULL;
		size_t		n = 0;

		if (dir == NULL)
		{
			perror(path);
			exit(2);
		}
		while ((e = readdir(dir)) != NULL)
		{
			if (e->d_name[0] == '.')
				continue;
			names = xrealloc(names, (n + 1) * sizeof *names);
			names[n] = xrealloc(NULL, strlen(path) + strlen(e->d_name) + 2);
			sprintf(names[n++], "%s/%s", path, e->d_name);
		}
		closedir(dir);
		qsort(names, n, sizeof *names, compare_names);
		for (size_t i = 0; i < n; i++)
		{
			struct stat est;

			if (stat(names[i], &est) == 0 &&
				(S_ISDIR(est.st_mode) || ends_with(names[i], ".txt")))
				load(b, names[i], files);
			free(names[i]);
		}
		free(names);
		return;
	}

	FILE	   *f = fopen(path, "rb");
	char		chunk[65536];
	size_t		got;

	if (f == NULL)
	{
		perror(path);
		exit(2);
	}
	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
		append(b, chunk, got);
	fclose(f);
	b->ends = xrealloc(b->ends, (b->docs + 1) * sizeof *b->ends);
	b->ends[b->docs++] = b->len;
	(*files)++;
}

/*
 * CPU time of this process rather than wall time: on a shared machine other
 * work stretches wall time, while the CPU time a run needs stays about the same.
 */
static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void *
grow(void *ctx, void *ptr, size_t size)
{
	(void) ctx;
	return realloc(ptr, size);
}

/* The arrays rf_parse allocated through grow. */
static void
free_doc(rf_doc *doc)
{
	free(doc->sections);
	free(doc->items);
	free(doc->toc);
	free(doc->dated);
}

int
main(int argc, char **argv)
{
	buf			corpus = {0};
	buf			big = {0};
	int			files = 0;
	size_t		copies;

	if (argc > 1)
		for (int i = 1; i < argc; i++)
			load(&corpus, argv[i], &files);
	else
		load(&corpus, "test/corpus", &files);
	if (corpus.len == 0)
	{
		fprintf(stderr, "bench_core: no text found (run from the repository root)\n");
		return 2;
	}

	/* Whole copies of the corpus, so documents stay intact (each ends where the next begins). */
	while (big.len < MIN_BYTES)
		append(&big, corpus.data, corpus.len);
	copies = big.len / corpus.len;

	double		mb = big.len / 1e6;
	double		best_memchr = 1e30,
				best_core = 1e30;
	size_t		newlines = 0;
	rf_doc		doc = {0};
	rf_allocator alloc = {.grow = grow};
	size_t		lines = 0,
				items = 0,
				sections = 0;

	for (int run = 0; run < RUNS; run++)
	{
		double		t = now();
		const char *p = big.data,
				   *end = big.data + big.len;
		size_t		n = 0;

		while ((p = memchr(p, '\n', end - p)) != NULL)
		{
			n++;
			p++;
		}
		t = now() - t;
		newlines = n;
		if (t < best_memchr)
			best_memchr = t;
	}

	for (int run = 0; run < RUNS; run++)
	{
		double		t = now();

		lines = items = sections = 0;
		for (size_t copy = 0; copy < copies; copy++)
			for (size_t d = 0; d < corpus.docs; d++)
			{
				size_t		start = copy * corpus.len + (d ? corpus.ends[d - 1] : 0);

				memset(&doc, 0, sizeof doc);
				if (!rf_parse(big.data + start, copy * corpus.len + corpus.ends[d] - start, &alloc, &doc))
				{
					fprintf(stderr, "bench_core: rf_parse failed (out of memory)\n");
					return 2;
				}
				lines += doc.line_count;
				items += doc.item_count;
				sections += doc.section_count;
				free_doc(&doc);
			}
		t = now() - t;
		if (t < best_core)
			best_core = t;
	}

	printf("input:   %d files, %zu bytes, repeated to %.1f MB (%zu lines)\n",
		   files, corpus.len, mb, newlines);
	printf("parsed:  %zu documents, %zu lines, %zu items, %zu sections\n",
		   copies * corpus.docs, lines, items, sections);
	printf("memchr:  %8.1f MB/s  (best of %d: %.4f s)\n", mb / best_memchr, RUNS, best_memchr);
	printf("rf_parse:%8.1f MB/s  (best of %d: %.4f s)\n", mb / best_core, RUNS, best_core);
	printf("ratio core/memchr: %.3f (memchr is %.1fx faster)\n",
		   best_memchr / best_core, best_core / best_memchr);

	free(big.data);
	free(corpus.data);
	free(corpus.ends);
	return 0;
}
