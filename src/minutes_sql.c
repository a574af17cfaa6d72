/*
 * minutes_sql.c — the module's magic block and _PG_init; parse a document
 * argument inside PostgreSQL.
 */
#include "postgres.h"

#include "access/detoast.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "storage/proc.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"
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
 * table (70_store_parse.sql), so each stored text comes here once per table.
 * A stored text arrives as a TOAST pointer, which names the value (its TOAST
 * table and value id) without reading it.  referat.keep_outline(text), which
 * the store's first statement calls, reads and parses such a value and keeps
 * its outline for the transaction, with its text, until they hold
 * PARSE_CACHE_BYTES; later calls on the same value take it from there
 * instead of reading and parsing the value again.  Within a transaction a
 * value id names one value: ids are given out again only after VACUUM has
 * removed the old value.
 *
 * Nothing else is kept: a query that reads each document once (the common
 * case) would pay for keeping with fresh memory for every document, a page
 * fault every 4 kB (28,000 for the 100 MB of bench/run, a sixth of
 * referat.items' time), where parsing in the caller's memory reuses the
 * same pages row after row.  So any other argument, and a stored value not
 * kept, is read and parsed in the caller's memory as before, after one
 * lookup when something was kept in this transaction.
 */
#define PARSE_CACHE_BYTES (64 * 1024 * 1024)
#define PARSE_CACHE_MAX_TEXT (4 * 1024 * 1024)

typedef struct value_key
{
	Oid			toastrelid;
	Oid			valueid;
} value_key;

typedef struct parsed_value
{
	value_key	key;			/* first: the hash table's key */
	rf_doc		doc;			/* doc.text points into the value, read into cache_context */
	void	   *extra;			/* rf_arg_extra's slot */
} parsed_value;

static MemoryContext cache_context;		/* a child of TopTransactionContext */
static HTAB *cache_values;
static LocalTransactionId cache_lxid = InvalidLocalTransactionId;
static size_t cache_bytes;

static void
cache_start(void)
{
	HASHCTL		ctl = {.keysize = sizeof(value_key), .entrysize = sizeof(parsed_value)};

	ctl.hcxt = cache_context;
	cache_values = hash_create("referat parse cache", 256, &ctl, HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	cache_bytes = 0;
}

/* Keep the outline of a stored value for the transaction (when not kept yet). */
static void
keep_value(struct varlena *arg, const struct varatt_external *ext)
{
	value_key	key = {ext->va_toastrelid, ext->va_valueid};
	size_t		len = ext->va_rawsize - VARHDRSZ;
	parsed_value *p;
	rf_doc		doc;
	text	   *t;
	bool		found;
	MemoryContext old;

	if (cache_lxid != MyProc->lxid)
	{
		/* TopTransactionContext of the transaction that filled it is gone */
		cache_context = AllocSetContextCreate(TopTransactionContext, "referat parse cache",
											  ALLOCSET_DEFAULT_SIZES);
		cache_lxid = MyProc->lxid;
		cache_start();
	}
	else if (hash_search(cache_values, &key, HASH_FIND, NULL) != NULL)
		return;
	/* the text, and about as much again for what is derived from it (rf_arg_extra) */
	len *= 2;
	if (cache_bytes + len > PARSE_CACHE_BYTES)
	{
		MemoryContextReset(cache_context);
		cache_start();
	}
	old = MemoryContextSwitchTo(cache_context);
	t = (text *) detoast_attr(arg);
	rf_parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &rf_pg_allocator, &doc);
	MemoryContextSwitchTo(old);
	/* entered only once whole: a cancel inside rf_parse leaves no half entry */
	p = hash_search(cache_values, &key, HASH_ENTER, &found);
	p->doc = doc;
	p->extra = NULL;
	cache_bytes += len;
}

/*
 * A stored value that the cache can keep, its TOAST pointer in *ext: one of
 * at most PARSE_CACHE_MAX_TEXT bytes (no minutes are longer).
 */
static bool
keepable(struct varlena *arg, struct varatt_external *ext)
{
	if (!VARATT_IS_EXTERNAL_ONDISK(arg))
		return false;
	VARATT_EXTERNAL_GET_POINTER(*ext, arg);
	return ext->va_rawsize - VARHDRSZ <= PARSE_CACHE_MAX_TEXT;
}

/* The cache's entry of argument 0, or NULL when it was not kept. */
static parsed_value *
kept_arg(FunctionCallInfo fcinfo)
{
	struct varatt_external ext;
	value_key	key;

	if (cache_lxid != MyProc->lxid || !keepable((struct varlena *) PG_GETARG_POINTER(0), &ext))
		return NULL;
	key.toastrelid = ext.va_toastrelid;
	key.valueid = ext.va_valueid;
	return hash_search(cache_values, &key, HASH_FIND, NULL);
}

PG_FUNCTION_INFO_V1(referat_keep_outline);

/* referat.keep_outline(text): its argument, unchanged; a stored one's outline kept. */
Datum
referat_keep_outline(PG_FUNCTION_ARGS)
{
	struct varlena *arg = (struct varlena *) PG_GETARG_POINTER(0);
	struct varatt_external ext;

	if (keepable(arg, &ext))
		keep_value(arg, &ext);
	PG_RETURN_POINTER(arg);
}

/* The outline may be shared with later calls of the transaction: read it, never change it. */
void
rf_parse_arg(FunctionCallInfo fcinfo, rf_doc *doc)
{
	parsed_value *kept = kept_arg(fcinfo);
	text	   *t;

	if (kept != NULL)
	{
		*doc = kept->doc;
		return;
	}
	t = PG_GETARG_TEXT_PP(0);
	rf_parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &rf_pg_allocator, doc);
}

void	  **
rf_arg_extra(FunctionCallInfo fcinfo, MemoryContext *context)
{
	parsed_value *kept = kept_arg(fcinfo);

	if (kept == NULL)
		return NULL;
	*context = cache_context;
	return &kept->extra;
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
