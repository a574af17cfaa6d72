/*
 * items_fn.c — referat.items(doc): one row per agenda item; referat.item_index(doc):
 * the same items with only the columns that need no section body but the decision.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "datatype/timestamp.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"

#include "extract.h"
#include "minutes_sql.h"
#include "outcome.h"
#include "outcome_sql.h"
#include "sagsnr.h"
#include "title.h"

PG_FUNCTION_INFO_V1(referat_items);
PG_FUNCTION_INFO_V1(referat_item_index);

enum
{
	COL_ITEM_NO, COL_TITLE, COL_RAW_TITLE, COL_PREFIX, COL_CASE_NO, COL_CLOSED,
	COL_ITEM_TYPE, COL_SLOT_START, COL_SLOT_END, COL_DURATION, COL_TOC_PAGE, COL_OCCASION,
	COL_SUMMARY, COL_PRESENTATION, COL_RECOMMENDATION, COL_DECISION, COL_HISTORY,
	COL_ATTACHMENTS, COL_OUTCOME, COL_FIRST_LINE, COL_LAST_LINE, N_COLS
};

/* The columns of referat.item_index. */
enum
{
	IX_ITEM_NO, IX_TITLE, IX_CASE_NO, IX_CLOSED, IX_OUTCOME, IX_FIRST_LINE, IX_LAST_LINE, N_IX_COLS
};

/* Section kinds that have a column of their own, and which. */
typedef struct kind_column
{
	rf_kind		kind;
	int			column;
} kind_column;

static const kind_column kind_columns[] = {
	{RF_KIND_OCCASION, COL_OCCASION},
	{RF_KIND_SUMMARY, COL_SUMMARY},
	{RF_KIND_PRESENTATION, COL_PRESENTATION},
	{RF_KIND_RECOMMENDATION, COL_RECOMMENDATION},
	{RF_KIND_DECISION, COL_DECISION},
	{RF_KIND_HISTORY, COL_HISTORY},
};

static Datum
time_datum(int minutes)
{
	return TimeADTGetDatum((TimeADT) minutes * SECS_PER_MINUTE * USECS_PER_SEC);
}

/*
 * The bodies of an item's sections of each kind of cols, into the column
 * the kind has there: those of one kind blank-line separated (a section
 * carried on after page furniture joins its first part with a line break),
 * NULL if the item has none.  Decisions start at rf_decision_from.  One
 * pass over the sections finds the kinds and their room, a second renders
 * the bodies straight into their values.
 */
static void
kind_texts(const rf_doc *doc, const rf_item *it, const kind_column *cols, int ncols,
		   Datum *values, bool *nulls)
{
	int8_t		slot[RF_KIND_COUNT];	/* of the kind in cols, or -1 */
	uint32_t	decision_from = it->first_section;
	uint32_t	to = it->first_section + it->section_count;
	size_t		room[lengthof(kind_columns)] = {0};
	size_t		len[lengthof(kind_columns)] = {0};
	text	   *bodies[lengthof(kind_columns)] = {NULL};
	unsigned	found = 0;		/* bit k: the item has a section of cols[k].kind */

	Assert(ncols <= (int) lengthof(kind_columns));
	memset(slot, -1, sizeof(slot));
	for (int k = 0; k < ncols; k++)
		slot[cols[k].kind] = (int8_t) k;
	if (slot[RF_KIND_DECISION] >= 0)
		decision_from = rf_decision_from(doc, it);
	for (uint32_t i = it->first_section; i < to; i++)
	{
		const rf_section *sec = &doc->sections[i];
		int			k = slot[sec->kind];

		if (k < 0 || (sec->kind == RF_KIND_DECISION && i < decision_from))
			continue;
		found |= 1u << k;
		if (!RF_RANGE_EMPTY(sec->body))
			room[k] += sec->body.end - sec->body.start + 1 + 2;	/* and a separator */
	}
	for (int k = 0; k < ncols; k++)
		if (found & (1u << k))
			bodies[k] = (text *) MemoryContextAllocHuge(CurrentMemoryContext, VARHDRSZ + room[k] + 1);
	for (uint32_t i = it->first_section; found != 0 && i < to; i++)
	{
		const rf_section *sec = &doc->sections[i];
		int			k = slot[sec->kind];
		char	   *out;

		if (k < 0 || (sec->kind == RF_KIND_DECISION && i < decision_from) || RF_RANGE_EMPTY(sec->body))
			continue;
		out = VARDATA(bodies[k]);
		if (len[k] > 0)
		{
			out[len[k]++] = '\n';
			if (!sec->continues)
				out[len[k]++] = '\n';
		}
		len[k] += rf_render(doc->text, sec->body.start, sec->body.end, RF_RENDER_PARAGRAPHS,
							out + len[k]);
	}
	for (int k = 0; k < ncols; k++)
	{
		nulls[cols[k].column] = bodies[k] == NULL;
		values[cols[k].column] = PointerGetDatum(bodies[k]);
		if (bodies[k] != NULL)
			SET_VARSIZE(bodies[k], VARHDRSZ + len[k]);
	}
}

/* The names of an item's attachments, gathered for one array. */
typedef struct attachment_names
{
	Datum	   *names;
	int			count;
	int			room;
} attachment_names;

static void
add_attachment(void *ctx, const char *name, size_t len, const char *ext)
{
	attachment_names *an = ctx;

	if (an->count == an->room)
	{
		an->room = an->room ? 2 * an->room : 16;
		an->names = an->names ? repalloc(an->names, an->room * sizeof(Datum)) :
			palloc(an->room * sizeof(Datum));
	}
	an->names[an->count++] = PointerGetDatum(cstring_to_text_with_len(name, len));
}

/* The names of an item's attachments; NULL when it has no Bilag section. */
static Datum
attachments_array(const rf_doc *doc, const rf_item *it, bool *isnull)
{
	attachment_names an = {NULL, 0, 0};
	bool		found = false;

	for (uint32_t i = it->first_section; i < it->first_section + it->section_count; i++)
	{
		const rf_section *sec = &doc->sections[i];

		if (sec->kind != RF_KIND_ATTACHMENTS)
			continue;
		found = true;
		if (!RF_RANGE_EMPTY(sec->body))
			rf_attachments(doc->text, sec->body, rf_scratch(sec->body), add_attachment, &an);
	}
	*isnull = !found;
	if (!found)
		return (Datum) 0;
	if (an.count == 0)
		return PointerGetDatum(construct_empty_array(TEXTOID));
	return PointerGetDatum(construct_array(an.names, an.count, TEXTOID, -1, false, TYPALIGN_INT));
}

/* The title as written (wrapped lines joined), its parts in *t; NULL when the item has none. */
static text *
raw_title(const rf_doc *doc, const rf_item *it, rf_title *t)
{
	text	   *raw = rf_range_text(doc, it->title, RF_RENDER_JOIN);

	if (raw != NULL)
		rf_title_parts(VARDATA_ANY(raw), VARSIZE_ANY_EXHDR(raw), t);
	return raw;
}

/* A part of a rendered title as text; NULL when it is empty. */
static Datum
title_part(text *raw, rf_span part, bool *isnull)
{
	*isnull = part.end <= part.start;
	if (*isnull)
		return (Datum) 0;
	return PointerGetDatum(cstring_to_text_with_len(VARDATA_ANY(raw) + part.start, part.end - part.start));
}

/* The item's case number; NULL when it has none. */
static Datum
case_no_datum(const rf_doc *doc, const rf_item *it, bool *isnull)
{
	rf_sagsnr	case_no;

	*isnull = !(it->case_end > it->case_start &&
				rf_sagsnr_parse(doc->text + it->case_start, it->case_end - it->case_start, &case_no));
	return *isnull ? (Datum) 0 : rf_sagsnr_to_datum(&case_no);
}

/*
 * Closed, or what the decision (its sections' bodies, NULL when it has none)
 * says; NULL for an open item without a decision (an agenda's).
 */
static Datum
outcome_datum(const rf_item *it, text *decision, const Oid *outcome_oids, bool *isnull)
{
	rf_outcome	o;

	*isnull = !(it->closed || decision != NULL);
	if (*isnull)
		return (Datum) 0;
	o = it->closed ? RF_OUTCOME_CLOSED :
		rf_classify_decision(VARDATA_ANY(decision), VARSIZE_ANY_EXHDR(decision));
	return ObjectIdGetDatum(outcome_oids[o]);
}

static void
item_row(const rf_doc *doc, uint32_t index, const Oid *outcome_oids, Datum *values, bool *nulls)
{
	const rf_item *it = &doc->items[index];
	rf_title	t;
	text	   *raw = raw_title(doc, it, &t);

	memset(nulls, true, N_COLS * sizeof(bool));
	values[COL_ITEM_NO] = rf_item_no_datum(it->no, &nulls[COL_ITEM_NO]);
	if (raw != NULL)
	{
		values[COL_RAW_TITLE] = PointerGetDatum(raw);
		nulls[COL_RAW_TITLE] = false;
		values[COL_TITLE] = title_part(raw, t.title, &nulls[COL_TITLE]);
		values[COL_PREFIX] = title_part(raw, t.prefix, &nulls[COL_PREFIX]);
		if (t.type != RF_ITEM_TYPE_NONE)
		{
			values[COL_ITEM_TYPE] = CStringGetTextDatum(t.type == RF_ITEM_TYPE_DECISION ? "decision" : "orientation");
			nulls[COL_ITEM_TYPE] = false;
		}
		if (t.slot_start >= 0)
		{
			values[COL_SLOT_START] = time_datum(t.slot_start);
			nulls[COL_SLOT_START] = false;
		}
		if (t.slot_end >= 0)
		{
			values[COL_SLOT_END] = time_datum(t.slot_end);
			nulls[COL_SLOT_END] = false;
		}
		if (t.duration >= 0)
		{
			Interval   *iv = palloc0(sizeof(Interval));

			iv->time = (TimeOffset) t.duration * SECS_PER_MINUTE * USECS_PER_SEC;
			values[COL_DURATION] = IntervalPGetDatum(iv);
			nulls[COL_DURATION] = false;
		}
	}
	values[COL_CASE_NO] = case_no_datum(doc, it, &nulls[COL_CASE_NO]);
	values[COL_CLOSED] = BoolGetDatum(it->closed);
	nulls[COL_CLOSED] = false;
	if (index < doc->toc_count && doc->toc[index].page >= 0)
	{
		values[COL_TOC_PAGE] = Int32GetDatum(doc->toc[index].page);
		nulls[COL_TOC_PAGE] = false;
	}
	kind_texts(doc, it, kind_columns, lengthof(kind_columns), values, nulls);
	values[COL_ATTACHMENTS] = attachments_array(doc, it, &nulls[COL_ATTACHMENTS]);
	values[COL_OUTCOME] = outcome_datum(it, (text *) DatumGetPointer(values[COL_DECISION]), outcome_oids,
										&nulls[COL_OUTCOME]);
	values[COL_FIRST_LINE] = Int32GetDatum((int32) it->header.first);
	nulls[COL_FIRST_LINE] = false;
	values[COL_LAST_LINE] = Int32GetDatum((int32) it->last_line);
	nulls[COL_LAST_LINE] = false;
}

/*
 * A row of referat.item_index: the columns of referat.items that need no
 * section rendered but the decision (for the outcome), computed as there.
 */
static void
item_index_row(const rf_doc *doc, uint32_t index, const Oid *outcome_oids, Datum *values, bool *nulls)
{
	const rf_item *it = &doc->items[index];
	rf_title	t;
	text	   *raw = raw_title(doc, it, &t);
	static const kind_column decision_only = {RF_KIND_DECISION, 0};
	Datum		decision = (Datum) 0;
	bool		no_decision = true;

	if (!it->closed)
		kind_texts(doc, it, &decision_only, 1, &decision, &no_decision);

	values[IX_ITEM_NO] = rf_item_no_datum(it->no, &nulls[IX_ITEM_NO]);
	nulls[IX_TITLE] = true;
	if (raw != NULL)
		values[IX_TITLE] = title_part(raw, t.title, &nulls[IX_TITLE]);
	values[IX_CASE_NO] = case_no_datum(doc, it, &nulls[IX_CASE_NO]);
	values[IX_CLOSED] = BoolGetDatum(it->closed);
	nulls[IX_CLOSED] = false;
	values[IX_OUTCOME] = outcome_datum(it, (text *) DatumGetPointer(decision), outcome_oids,
									   &nulls[IX_OUTCOME]);
	values[IX_FIRST_LINE] = Int32GetDatum((int32) it->header.first);
	nulls[IX_FIRST_LINE] = false;
	values[IX_LAST_LINE] = Int32GetDatum((int32) it->last_line);
	nulls[IX_LAST_LINE] = false;
}

/*
 * The rows of one item each, made by row; outcome_col: where the outcome
 * goes, outcome_oids: the values of its type by rf_outcome.
 */
typedef void (*item_row_fn) (const rf_doc *doc, uint32_t index, const Oid *outcome_oids,
							 Datum *values, bool *nulls);

static Datum
item_rows(FunctionCallInfo fcinfo, int outcome_col, item_row_fn row)
{
	rf_rows		rows;
	rf_doc		doc;
	const Oid  *outcome_oids = NULL;
	Datum		values[N_COLS];	/* the wider of the two rows */
	bool		nulls[N_COLS];

	StaticAssertStmt((int) N_IX_COLS <= (int) N_COLS, "referat.item_index has more columns than referat.items");

	rf_rows_begin(fcinfo, &rows, &doc);
	if (doc.item_count > 0)
		outcome_oids = rf_outcome_oids(fcinfo->flinfo,
									   TupleDescAttr(rf_rows_desc(&rows), outcome_col)->atttypid);
	for (uint32_t i = 0; i < doc.item_count; i++)
	{
		row(&doc, i, outcome_oids, values, nulls);
		rf_rows_put(&rows, values, nulls);
	}
	rf_rows_end(&rows);
	return (Datum) 0;
}

Datum
referat_items(PG_FUNCTION_ARGS)
{
	return item_rows(fcinfo, COL_OUTCOME, item_row);
}

Datum
referat_item_index(PG_FUNCTION_ARGS)
{
	return item_rows(fcinfo, IX_OUTCOME, item_index_row);
}
