/*
 * minutes_sql.c — the module's magic block and _PG_init; parse a document
 * argument inside PostgreSQL.
 */
#include "postgres.h"

#include "funcapi.h"
#include "miscadmin.h"
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

void
rf_parse_arg(FunctionCallInfo fcinfo, rf_doc *doc)
{
	text	   *t = PG_GETARG_TEXT_PP(0);

	rf_parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &rf_pg_allocator, doc);
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
