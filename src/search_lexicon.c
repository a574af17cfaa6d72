/*
 * search_lexicon.c — map the lexicon files of the compound splitter (see
 * search_lexicon.h).
 *
 * The file is mapped, not read: a fresh backend then costs a system call
 * instead of copying 14 MB, every backend shares the operating system's one
 * copy of the pages, and only the pages that lookups touch are ever read.
 * The mapping lives as long as the backend.  "make install" replaces the
 * file by a new one (install(1) unlinks the old), so a mapped file is never
 * changed underneath.
 */
#include "postgres.h"

#include <sys/mman.h>
#include <sys/stat.h>

#include "storage/fd.h"
#include "tsearch/ts_locale.h"
#include "tsearch/ts_public.h"
#include "utils/memutils.h"

#include "search_lexicon.h"

/* A lexicon file mapped by this backend. */
typedef struct mapped_lexicon
{
	struct mapped_lexicon *next;
	char	   *path;
	rf_lexicon	lx;
} mapped_lexicon;

static mapped_lexicon *mapped_lexicons;

const rf_lexicon *
referat_lexicon(const char *name)
{
	char	   *path = get_tsearch_config_filename(name, "lex");
	mapped_lexicon *l;
	struct stat st;
	void	   *data;
	const char *why;
	int			fd;

	for (l = mapped_lexicons; l != NULL; l = l->next)
		if (strcmp(l->path, path) == 0)
			return &l->lx;

	fd = OpenTransientFile(path, O_RDONLY | PG_BINARY);
	if (fd < 0)
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not open lexicon file \"%s\": %m", path),
				 errhint("The file belongs in the tsearch_data directory of the server's share directory; \"make install\" puts referat_danish.lex there.")));
	if (fstat(fd, &st) != 0)
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not stat lexicon file \"%s\": %m", path)));
	if (st.st_size == 0 || (uint64) st.st_size > SIZE_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("invalid lexicon file \"%s\": %s", path,
						st.st_size == 0 ? "empty" : "too large"),
				 errhint("Rebuild and install it with \"make install\".")));
	data = mmap(NULL, (size_t) st.st_size, PROT_READ, MAP_SHARED, fd, 0);
	if (data == MAP_FAILED)
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not map lexicon file \"%s\": %m", path)));
	CloseTransientFile(fd);

	l = MemoryContextAlloc(TopMemoryContext, sizeof(mapped_lexicon));
	why = rf_lexicon_open(&l->lx, data, (size_t) st.st_size);
	if (why != NULL)
	{
		munmap(data, (size_t) st.st_size);
		pfree(l);
		ereport(ERROR,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("invalid lexicon file \"%s\": %s", path, why),
				 errhint("Rebuild and install it with \"make install\".")));
	}
	l->path = MemoryContextStrdup(TopMemoryContext, path);
	l->next = mapped_lexicons;
	mapped_lexicons = l;
	return &l->lx;
}
