/*
 * minutes_sql.c — the module's magic block and _PG_init; parse a document
 * argument inside PostgreSQL.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "storage/proc.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "interrupt.h"
#include "minutes_sql.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/* Results may be as large as the document itself: allow huge chunks. */
static void *
palloc_grow(void *ctx, void *ptr, size_t size)
{
	if (ptr == NULL)
		return MemoryContextAllocHuge(CurrentMemoryContext, size);
	return repalloc_huge(ptr, size);
}

const rf_allocator rf_pg_allocator = {palloc_grow, NULL};

/*
 * The core's long loops poll this (interrupt.h), so that a cancel or a
 * statement_timeout stops them within milliseconds, also inside one value.
 */
static void
check_for_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

void
_PG_init(void)
{
	rf_interrupt_hook = check_for_interrupts;
}

/*
 * The store parses a batch of documents with one INSERT … SELECT per parsed
 * table (70_store_parse.sql), so each text of the batch comes here once per
 * table.  The same text gives the same outline, so the outlines of the
 * transaction's documents are kept, with a copy of their text, until the
 * transaction ends or they hold PARSE_CACHE_BYTES of text; the later
 * statements take them from here instead of parsing again.  A text longer
 * than PARSE_CACHE_MAX_TEXT (no minutes are) is parsed each time, in the
 * caller's memory, so that a huge value costs no more memory than before.
 */
#define PARSE_CACHE_BYTES (64 * 1024 * 1024)
#define PARSE_CACHE_MAX_TEXT (4 * 1024 * 1024)

typedef struct parsed_text
{
	uint64		hash;
	rf_doc		doc;			/* doc.text, doc.len: the cached copy of the text */
	struct parsed_text *next;
} parsed_text;

static MemoryContext cache_context;		/* a child of TopTransactionContext */
static LocalTransactionId cache_lxid = InvalidLocalTransactionId;
static parsed_text *cache_list;
static size_t cache_bytes;

static const parsed_text *
parsed(const char *text, size_t len)
{
	uint64		hash = hash_bytes_extended((const unsigned char *) text, (int) len, 0);
	parsed_text *p;
	char	   *copy;
	MemoryContext old;

	if (cache_lxid != MyProc->lxid)
	{
		/* TopTransactionContext of the transaction that filled it is gone */
		cache_context = AllocSetContextCreate(TopTransactionContext, "referat parse cache",
											  ALLOCSET_DEFAULT_SIZES);
		cache_lxid = MyProc->lxid;
		cache_list = NULL;
		cache_bytes = 0;
	}
	for (p = cache_list; p != NULL; p = p->next)
		if (p->hash == hash && p->doc.len == len && memcmp(p->doc.text, text, len) == 0)
			return p;
	if (cache_bytes + len > PARSE_CACHE_BYTES)
	{
		MemoryContextReset(cache_context);
		cache_list = NULL;
		cache_bytes = 0;
	}
	old = MemoryContextSwitchTo(cache_context);
	copy = MemoryContextAllocHuge(cache_context, len + 1);
	memcpy(copy, text, len);
	copy[len] = '\0';
	p = palloc(sizeof(parsed_text));
	rf_parse(copy, len, &rf_pg_allocator, &p->doc);
	MemoryContextSwitchTo(old);
	/* registered only once whole: a cancel inside rf_parse leaves no half entry */
	p->hash = hash;
	p->next = cache_list;
	cache_list = p;
	cache_bytes += len;
	return p;
}

/* The outline is shared with later calls of the transaction: read it, never change it. */
void
rf_parse_arg(FunctionCallInfo fcinfo, rf_doc *doc)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	size_t		len = VARSIZE_ANY_EXHDR(t);

	if (len > PARSE_CACHE_MAX_TEXT)
		rf_parse(VARDATA_ANY(t), len, &rf_pg_allocator, doc);
	else
		*doc = parsed(VARDATA_ANY(t), len)->doc;
}

char *
rf_scratch(rf_range r)
{
	return MemoryContextAllocHuge(CurrentMemoryContext, r.end - r.start + 1);
}

text *
rf_range_text(const rf_doc *doc, rf_range r, rf_render_mode mode)
{
	text	   *result;

	if (RF_RANGE_EMPTY(r))
		return NULL;
	/* rendered straight into the value: the text is never longer than its range */
	result = (text *) MemoryContextAllocHuge(CurrentMemoryContext, VARHDRSZ + r.end - r.start + 1);
	SET_VARSIZE(result, VARHDRSZ + rf_render(doc->text, r.start, r.end, mode, VARDATA(result)));
	return result;
}

int
rf_item_no(const rf_doc *doc, uint32_t item)
{
	return item == 0 ? 0 : doc->items[item - 1].no;
}

void
rf_rows_begin(FunctionCallInfo fcinfo, rf_rows *rows, rf_doc *doc)
{
	InitMaterializedSRF(fcinfo, 0);
	rf_parse_arg(fcinfo, doc);
	rows->fcinfo = fcinfo;
	rows->caller_context = CurrentMemoryContext;
	rows->row_context = AllocSetContextCreate(CurrentMemoryContext, "referat row",
											  ALLOCSET_DEFAULT_SIZES);
	MemoryContextSwitchTo(rows->row_context);
}

TupleDesc
rf_rows_desc(rf_rows *rows)
{
	return ((ReturnSetInfo *) rows->fcinfo->resultinfo)->setDesc;
}

void
rf_rows_put(rf_rows *rows, Datum *values, bool *nulls)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) rows->fcinfo->resultinfo;

	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	MemoryContextReset(rows->row_context);
	CHECK_FOR_INTERRUPTS();
}

void
rf_rows_end(rf_rows *rows)
{
	MemoryContextSwitchTo(rows->caller_context);
	MemoryContextDelete(rows->row_context);
}
