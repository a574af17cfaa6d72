/*
 * parts_fn.c — the set-returning functions over parts of a document:
 * referat.sections, referat.proposals, referat.attachments, referat.toc,
 * referat.history.
 */
#include "postgres.h"

#include "datatype/timestamp.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/memutils.h"

#include "extract.h"
#include "minutes_sql.h"

PG_FUNCTION_INFO_V1(referat_sections);
PG_FUNCTION_INFO_V1(referat_proposals);
PG_FUNCTION_INFO_V1(referat_attachments);
PG_FUNCTION_INFO_V1(referat_toc);
PG_FUNCTION_INFO_V1(referat_history);

/* Callbacks of the extractors add rows through this. */
typedef struct part_rows
{
	rf_rows		rows;
	const rf_doc *doc;
	int			item_no;
	int			ordinal;		/* last one used in the current item */
} part_rows;

static Datum
text_or_null(text *t, bool *isnull)
{
	*isnull = t == NULL;
	return PointerGetDatum(t);
}

static Datum
date_datum(const rf_date *d)
{
	return DateADTGetDatum(date2j(d->year, d->month, d->day) - POSTGRES_EPOCH_JDATE);
}

/* A dated heading's forum, rendered. */
static Datum
forum_datum(const rf_doc *doc, rf_span forum, bool *isnull)
{
	char	   *buf = palloc(forum.end - forum.start + 1);
	size_t		len = rf_render(doc->text, forum.start, forum.end, RF_RENDER_JOIN, buf);

	*isnull = len == 0;
	return len ? PointerGetDatum(cstring_to_text_with_len(buf, len)) : (Datum) 0;
}

/* referat.sections(doc) → (item_no, ordinal, heading, kind, body, first_line, forum, meeting_date) */
Datum
referat_sections(PG_FUNCTION_ARGS)
{
	rf_rows		rows;
	rf_doc		doc;
	uint32_t	item = 0;
	int			ordinal = 0;

	rf_rows_begin(fcinfo, &rows, &doc);
	for (uint32_t i = 0; i < doc.section_count; i++)
	{
		const rf_section *sec = &doc.sections[i];
		Datum		values[8];
		bool		nulls[8] = {0};

		if (sec->item != item)
		{
			item = sec->item;
			ordinal = 0;
		}
		values[0] = rf_item_no_datum(rf_item_no(&doc, sec->item), &nulls[0]);
		values[1] = Int32GetDatum(++ordinal);
		/* an item header keeps its lines: title, wrapped title, case number */
		values[2] = text_or_null(rf_range_text(&doc, sec->heading,
											   sec->kind == RF_KIND_ITEM ? RF_RENDER_PARAGRAPHS : RF_RENDER_JOIN),
								 &nulls[2]);
		values[3] = CStringGetTextDatum(rf_kind_names[sec->kind]);
		values[4] = text_or_null(rf_range_text(&doc, sec->body, RF_RENDER_PARAGRAPHS), &nulls[4]);
		values[5] = Int32GetDatum((int32) (RF_RANGE_EMPTY(sec->heading) ? sec->body.first : sec->heading.first));
		nulls[6] = nulls[7] = !sec->dated;
		if (sec->dated)
		{
			const rf_dated *dt = &doc.dated[sec->dated - 1];

			values[6] = forum_datum(&doc, dt->forum, &nulls[6]);
			values[7] = date_datum(&dt->date);
		}
		rf_rows_put(&rows, values, nulls);
	}
	rf_rows_end(&rows);
	return (Datum) 0;
}

static void
add_proposal(void *ctx, rf_span who, const char *body, size_t len)
{
	part_rows  *pr = ctx;
	Datum		values[4];
	bool		nulls[4] = {0};
	char	   *buf = palloc(who.end - who.start + 1);
	size_t		wlen = rf_render(pr->doc->text, who.start, who.end, RF_RENDER_JOIN, buf);

	values[0] = rf_item_no_datum(pr->item_no, &nulls[0]);
	values[1] = Int32GetDatum(++pr->ordinal);
	nulls[2] = wlen == 0;
	values[2] = nulls[2] ? (Datum) 0 : PointerGetDatum(cstring_to_text_with_len(buf, wlen));
	values[3] = PointerGetDatum(cstring_to_text_with_len(body, len));
	rf_rows_put(&pr->rows, values, nulls);
}

static void
add_attachment(void *ctx, const char *name, size_t len, const char *ext)
{
	part_rows  *pr = ctx;
	Datum		values[4];
	bool		nulls[4] = {0};

	values[0] = rf_item_no_datum(pr->item_no, &nulls[0]);
	values[1] = Int32GetDatum(++pr->ordinal);
	values[2] = PointerGetDatum(cstring_to_text_with_len(name, len));
	nulls[3] = ext == NULL;
	values[3] = ext ? CStringGetTextDatum(ext) : (Datum) 0;
	rf_rows_put(&pr->rows, values, nulls);
}

static void
add_history(void *ctx, const rf_history_entry *e)
{
	part_rows  *pr = ctx;
	Datum		values[6];
	bool		nulls[6] = {0};
	char	   *buf = palloc(e->committee.end - e->committee.start + 1);
	size_t		clen = rf_render(pr->doc->text, e->committee.start, e->committee.end, RF_RENDER_JOIN, buf);

	values[0] = rf_item_no_datum(pr->item_no, &nulls[0]);
	values[1] = Int32GetDatum(++pr->ordinal);
	nulls[2] = clen == 0;
	values[2] = nulls[2] ? (Datum) 0 : PointerGetDatum(cstring_to_text_with_len(buf, clen));
	nulls[3] = !e->has_date;
	values[3] = e->has_date ? date_datum(&e->date) : (Datum) 0;
	nulls[4] = e->item_no < 0;
	values[4] = Int32GetDatum(e->item_no);
	values[5] = text_or_null(rf_range_text(pr->doc, e->text, RF_RENDER_PARAGRAPHS), &nulls[5]);
	rf_rows_put(&pr->rows, values, nulls);
}

/* Run an extractor over every section of one kind, numbering results per item. */
static void
each_section(FunctionCallInfo fcinfo, rf_kind kind,
			 void (*extract) (part_rows *pr, const rf_section *sec, char *scratch))
{
	part_rows	pr;
	rf_doc		doc;
	uint32_t	item = UINT32_MAX;
	char	   *scratch;

	rf_rows_begin(fcinfo, &pr.rows, &doc);
	pr.doc = &doc;
	for (uint32_t i = 0; i < doc.section_count; i++)
	{
		const rf_section *sec = &doc.sections[i];

		if (sec->kind != kind || sec->item == 0 || RF_RANGE_EMPTY(sec->body))
			continue;
		if (sec->item != item)
		{
			item = sec->item;
			pr.item_no = rf_item_no(&doc, item);
			pr.ordinal = 0;
		}
		/* rows reset the row context: the scratch buffer must outlive them */
		scratch = MemoryContextAllocHuge(pr.rows.caller_context, sec->body.end - sec->body.start + 1);
		extract(&pr, sec, scratch);
		pfree(scratch);
	}
	rf_rows_end(&pr.rows);
}

static void
extract_proposals(part_rows *pr, const rf_section *sec, char *scratch)
{
	rf_proposals(pr->doc->text, sec->body, scratch, add_proposal, pr);
}

static void
extract_attachments(part_rows *pr, const rf_section *sec, char *scratch)
{
	rf_attachments(pr->doc->text, sec->body, scratch, add_attachment, pr);
}

/* referat.proposals(doc) → (item_no, ordinal, proposer, body) */
Datum
referat_proposals(PG_FUNCTION_ARGS)
{
	each_section(fcinfo, RF_KIND_RECOMMENDATION, extract_proposals);
	return (Datum) 0;
}

/* referat.attachments(doc) → (item_no, ordinal, name, file_ext) */
Datum
referat_attachments(PG_FUNCTION_ARGS)
{
	each_section(fcinfo, RF_KIND_ATTACHMENTS, extract_attachments);
	return (Datum) 0;
}

/*
 * One history row from a dated heading: an earlier committee's decision
 * ("Teknik- og Miljøudvalget, 10. september 2019, pkt. 65:"), or a dated
 * decision before the item's last one.
 */
static void
dated_history(part_rows *pr, const rf_section *sec)
{
	const rf_dated *dt = &pr->doc->dated[sec->dated - 1];
	Datum		values[6];
	bool		nulls[6] = {0};

	values[0] = rf_item_no_datum(pr->item_no, &nulls[0]);
	values[1] = Int32GetDatum(++pr->ordinal);
	values[2] = forum_datum(pr->doc, dt->forum, &nulls[2]);
	values[3] = date_datum(&dt->date);
	nulls[4] = dt->ref_no < 0;
	values[4] = Int32GetDatum(dt->ref_no);
	values[5] = text_or_null(rf_range_text(pr->doc, sec->body, RF_RENDER_PARAGRAPHS), &nulls[5]);
	rf_rows_put(&pr->rows, values, nulls);
}

/* referat.history(doc) → (item_no, ordinal, committee, meeting_date, item_no_then, body) */
Datum
referat_history(PG_FUNCTION_ARGS)
{
	part_rows	pr;
	rf_doc		doc;

	rf_rows_begin(fcinfo, &pr.rows, &doc);
	pr.doc = &doc;
	for (uint32_t n = 0; n < doc.item_count; n++)
	{
		const rf_item *it = &doc.items[n];
		uint32_t	decision_from = rf_decision_from(&doc, it);

		pr.item_no = it->no;
		pr.ordinal = 0;
		for (uint32_t i = it->first_section; i < it->first_section + it->section_count; i++)
		{
			const rf_section *sec = &doc.sections[i];

			if (sec->dated && (sec->kind == RF_KIND_HISTORY || i < decision_from))
				dated_history(&pr, sec);
			else if (sec->kind == RF_KIND_HISTORY && !RF_RANGE_EMPTY(sec->body))
				rf_history(doc.text, sec->body, add_history, &pr);
		}
	}
	rf_rows_end(&pr.rows);
	return (Datum) 0;
}

/* referat.toc(doc) → (ordinal, title, page) */
Datum
referat_toc(PG_FUNCTION_ARGS)
{
	rf_rows		rows;
	rf_doc		doc;

	rf_rows_begin(fcinfo, &rows, &doc);
	for (uint32_t i = 0; i < doc.toc_count; i++)
	{
		const rf_toc_entry *e = &doc.toc[i];
		rf_range	r = {e->title.start, e->title.end, e->line, e->line};
		Datum		values[3];
		bool		nulls[3] = {0};

		values[0] = Int32GetDatum((int32) i + 1);
		values[1] = text_or_null(rf_range_text(&doc, r, RF_RENDER_JOIN), &nulls[1]);
		nulls[2] = e->page < 0;
		values[2] = Int32GetDatum(e->page);
		rf_rows_put(&rows, values, nulls);
	}
	rf_rows_end(&rows);
	return (Datum) 0;
}
