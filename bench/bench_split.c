/*
 * bench_split.c — the compound splitter on words seen once, as a fresh
 * backend meets them: every word of a list (one case-folded UTF-8 word a
 * line) is split once with the lexicon mapped as the backend maps it.
 * Prints the CPU time per word; with -p, every split instead (the terms with
 * their variant, r for a reading, w for a word as written), to compare the
 * output of two versions.  Not a test.  Meant for callgrind:
 *
 *   make build/bench_split build/referat_danish.lex
 *   valgrind --tool=callgrind --cache-sim=yes build/bench_split build/referat_danish.lex WORDS
 *
 * bench/README.md ("The fresh backend, continued") says how the word list
 * of test/corpus is made.
 */
#define _POSIX_C_SOURCE 200809L

#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "compound.h"

static rf_compound c;

static void
print_split(const char *w)
{
	int			i;

	printf("%s\t%d%d%d", w, c.known, c.unknown_piece, c.n_parts);
	for (i = 0; i < c.n_terms; i++)
		printf("\t%d%s%s:%s", c.terms[i].variant, c.terms[i].reading ? "r" : "",
			   c.terms[i].as_written ? "w" : "", rf_compound_term(&c, i));
	putchar('\n');
}

int
main(int argc, char **argv)
{
	bool		print = argc == 4 && strcmp(argv[3], "-p") == 0;
	char		line[1024];
	rf_lexicon	lx;
	struct stat st;
	struct timespec t0,
				t1;
	const char *why;
	void	   *data;
	long		words = 0;
	FILE	   *f;
	int			fd;

	if (argc < 3 || argc > 4 || (argc == 4 && !print))
	{
		fprintf(stderr, "usage: bench_split LEXICON WORDS [-p]\n");
		return 2;
	}
	if ((fd = open(argv[1], O_RDONLY)) < 0 || fstat(fd, &st) != 0
		|| (data = mmap(NULL, (size_t) st.st_size, PROT_READ, MAP_SHARED, fd, 0)) == MAP_FAILED)
	{
		perror(argv[1]);
		return 2;
	}
	if ((why = rf_lexicon_open(&lx, data, (size_t) st.st_size)) != NULL)
	{
		fprintf(stderr, "%s: %s\n", argv[1], why);
		return 2;
	}
	if ((f = fopen(argv[2], "r")) == NULL)
	{
		perror(argv[2]);
		return 2;
	}
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
	while (fgets(line, sizeof(line), f) != NULL)
	{
		size_t		n = strcspn(line, "\n");

		line[n] = '\0';
		rf_compound_split(&lx, line, n, &c);
		words++;
		if (print)
			print_split(line);
	}
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
	if (!print)
		printf("%ld words split once, %.2f µs of CPU time a word\n", words,
			   ((t1.tv_sec - t0.tv_sec) * 1e9 + (t1.tv_nsec - t0.tv_nsec)) / 1e3 / (words ? words : 1));
	fclose(f);
	return 0;
}
