/*
 * minutes_sql.h — shared glue for the functions that read a document:
 * parse a text argument with palloc'd memory, render ranges as text.
 */
#ifndef RF_MINUTES_SQL_H
#define RF_MINUTES_SQL_H

#include "postgres.h"
#include "access/tupdesc.h"
#include "fmgr.h"

#include "minutes.h"
#include "text.h"

/*
 * Rows of a set-returning function, materialized into a tuplestore (so a
 * LIMIT or a cursor closed early leaves nothing behind).  rf_rows_begin
 * outlines the document and switches to a per-row memory context that
 * rf_rows_put resets after storing each row.
 */
typedef struct rf_rows
{
	FunctionCallInfo fcinfo;
	MemoryContext row_context;
	MemoryContext caller_context;
} rf_rows;

extern void rf_rows_begin(FunctionCallInfo fcinfo, rf_rows *rows, rf_doc *doc);
extern void rf_rows_put(rf_rows *rows, Datum *values, bool *nulls);
extern void rf_rows_end(rf_rows *rows);
extern TupleDesc rf_rows_desc(rf_rows *rows);

/* The core's memory from the current memory context, huge chunks allowed. */
extern const rf_allocator rf_pg_allocator;

/*
 * Outline the document in argument 0.  The outline may be shared with other
 * calls of the same transaction (minutes_sql.c): read it, never change it.
 */
extern void rf_parse_arg(FunctionCallInfo fcinfo, rf_doc *doc);

/*
 * A slot for what a function derives from the document in argument 0 (the
 * fact finders' sentences), kept with its outline for the transaction when
 * the outline is kept: *slot is NULL until a call sets it, to memory from
 * *context.  NULL when argument 0 is not kept (see minutes_sql.c).
 */
extern void **rf_arg_extra(FunctionCallInfo fcinfo, MemoryContext *context);

/* The clean text of a range, or NULL (as a null pointer) when it is empty. */
extern text *rf_range_text(const rf_doc *doc, rf_range r, rf_render_mode mode);

/* A buffer large enough for any rendering of a range. */
extern char *rf_scratch(rf_range r);

/* Item number for a section's item field (0 = meeting header). */
extern int	rf_item_no(const rf_doc *doc, uint32_t item);

/* An item number as a datum: NULL for an item whose page does not give its number (-1). */
static inline Datum
rf_item_no_datum(int no, bool *isnull)
{
	*isnull = no < 0;
	return Int32GetDatum(no);
}

#endif
