/*
 * facts_fn.c — what the sentences of a document say, as rows:
 * referat.amounts, referat.dates, referat.positions.
 *
 * They read every sentence of every agenda item (its header and all its
 * sections but web-page furniture).  The finders live in core/ (facts.h);
 * referat.absences is in attendance_fn.c.
 */
#include "postgres.h"

#include "datatype/timestamp.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/memutils.h"

#include "facts.h"
#include "meeting.h"
#include "minutes_sql.h"

PG_FUNCTION_INFO_V1(referat_amounts);
PG_FUNCTION_INFO_V1(referat_dates);
PG_FUNCTION_INFO_V1(referat_positions);

typedef struct fact_rows fact_rows;
typedef void (*sentence_finder) (fact_rows *fr, const char *text, size_t len);

/* What the finders' callbacks need to add a row. */
struct fact_rows
{
	rf_rows		rows;
	const rf_section *section;
	int			item_no;
	const char *sentence;		/* the sentence being read */
	size_t		sentence_len;
	rf_date		meeting;
	bool		has_meeting;
	Datum		stances[RF_STANCE_COUNT];	/* referat.stance labels */
};

static Datum
span_text(const char *s, rf_span sp)
{
	return PointerGetDatum(cstring_to_text_with_len(s + sp.start, sp.end - sp.start));
}

/* The part of the current sentence around [start, end), at most RF_CONTEXT_MAX bytes. */
static Datum
context_text(const fact_rows *fr, size_t start, size_t end)
{
	return span_text(fr->sentence, rf_context(fr->sentence, fr->sentence_len, start, end));
}

/*
 * The sentences of every item: of each section's heading and body, not of
 * furniture, in document order.  The three functions read the same ones, so
 * for a stored text they are cut once and kept with its outline
 * (rf_arg_extra).
 */
typedef struct sentence
{
	uint32		section;		/* index into doc->sections */
	uint32		len;
	size_t		start;			/* offset into the list's text */
} sentence;

typedef struct sentence_list
{
	sentence   *all;
	size_t		n;
	size_t		cap;
	char	   *text;			/* the sentences, one after another */
	size_t		text_len;
	size_t		text_cap;
	uint32		section;		/* the section being cut */
} sentence_list;

static void
keep_sentence(void *ctx, const char *text, size_t len)
{
	sentence_list *sl = ctx;

	if (sl->n == sl->cap)
	{
		sl->cap = sl->cap ? 2 * sl->cap : 256;
		sl->all = sl->all ? repalloc_huge(sl->all, sl->cap * sizeof(sentence))
			: MemoryContextAllocHuge(CurrentMemoryContext, sl->cap * sizeof(sentence));
	}
	sl->all[sl->n].section = sl->section;
	sl->all[sl->n].len = len;
	sl->all[sl->n].start = sl->text_len;
	sl->n++;
	if (sl->text_len + len > sl->text_cap)
	{
		sl->text_cap = Max(2 * sl->text_cap, sl->text_len + len);
		sl->text = repalloc_huge(sl->text, sl->text_cap);
	}
	memcpy(sl->text + sl->text_len, text, len);
	sl->text_len += len;
}

/* Cut a range of lines into sentences onto the list. */
static void
cut_range(sentence_list *sl, const rf_doc *doc, rf_range r, bool each_line)
{
	char	   *scratch;

	if (RF_RANGE_EMPTY(r))
		return;
	scratch = MemoryContextAllocHuge(CurrentMemoryContext, 2 * (r.end - r.start + 1));
	rf_sentences(doc->text, r, each_line, scratch, keep_sentence, sl);
	pfree(scratch);
}

static sentence_list *
cut_sentences(const rf_doc *doc)
{
	sentence_list *sl = palloc0(sizeof(sentence_list));

	/* about the document's text, rendered */
	sl->text_cap = doc->len + 1;
	sl->text = MemoryContextAllocHuge(CurrentMemoryContext, sl->text_cap);
	for (uint32_t i = 0; i < doc->section_count; i++)
	{
		const rf_section *sec = &doc->sections[i];

		if (sec->item == 0 || sec->kind == RF_KIND_FURNITURE)
			continue;
		CHECK_FOR_INTERRUPTS();
		sl->section = i;
		cut_range(sl, doc, sec->heading, sec->kind == RF_KIND_ATTACHMENTS);
		cut_range(sl, doc, sec->body, sec->kind == RF_KIND_ATTACHMENTS);
	}
	return sl;
}

/* Run a finder over every sentence of every item. */
static void
each_sentence(FunctionCallInfo fcinfo, fact_rows *fr, sentence_finder find)
{
	rf_doc		doc;
	rf_meeting	m;
	MemoryContext kept_context;
	void	  **kept = rf_arg_extra(fcinfo, &kept_context);
	const sentence_list *sl;

	rf_rows_begin(fcinfo, &fr->rows, &doc);
	if (kept == NULL || *kept == NULL)
	{
		/* not in the row context, which each row resets */
		MemoryContext old = MemoryContextSwitchTo(kept ? kept_context : fr->rows.caller_context);

		sl = cut_sentences(&doc);
		MemoryContextSwitchTo(old);
		if (kept)
			*kept = (void *) sl;
	}
	else
		sl = *kept;
	rf_meeting_parse(&doc, &m);
	fr->meeting = m.date;
	fr->has_meeting = m.has_date;
	for (size_t i = 0; i < sl->n; i++)
	{
		const sentence *st = &sl->all[i];

		CHECK_FOR_INTERRUPTS();	/* a long text may give few rows */
		fr->section = &doc.sections[st->section];
		fr->item_no = rf_item_no(&doc, fr->section->item);
		fr->sentence = sl->text + st->start;
		fr->sentence_len = st->len;
		find(fr, fr->sentence, fr->sentence_len);
	}
	rf_rows_end(&fr->rows);
}

/* ---------------------------------------------------------------- money */

static void
add_amount(void *ctx, const rf_amount *a)
{
	fact_rows  *fr = ctx;
	Datum		values[7];
	bool		nulls[7] = {0};

	values[0] = rf_item_no_datum(fr->item_no, &nulls[0]);
	values[1] = CStringGetTextDatum(rf_kind_names[fr->section->kind]);
	values[2] = DirectFunctionCall3(numeric_in, CStringGetDatum(a->value),
									ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
	values[3] = CStringGetTextDatum(a->currency);
	nulls[4] = a->per[0] == '\0';
	values[4] = nulls[4] ? (Datum) 0 : CStringGetTextDatum(a->per);
	values[5] = span_text(fr->sentence, a->raw);
	values[6] = context_text(fr, a->raw.start, a->raw.end);
	rf_rows_put(&fr->rows, values, nulls);
}

static void
find_amounts(fact_rows *fr, const char *text, size_t len)
{
	rf_find_amounts(text, len, add_amount, fr);
}

/* referat.amounts(doc) → (item_no, section_kind, amount, currency, per, raw, context) */
Datum
referat_amounts(PG_FUNCTION_ARGS)
{
	fact_rows	fr;

	each_sentence(fcinfo, &fr, find_amounts);
	return (Datum) 0;
}

/* ---------------------------------------------------------------- dates */

static void
add_date(void *ctx, const rf_date_mention *dm)
{
	fact_rows  *fr = ctx;
	Datum		values[6];
	bool		nulls[6] = {0};

	values[0] = rf_item_no_datum(fr->item_no, &nulls[0]);
	nulls[1] = !dm->has_date;
	values[1] = dm->has_date ?
		DateADTGetDatum(date2j(dm->date.year, dm->date.month, dm->date.day) - POSTGRES_EPOCH_JDATE) :
		(Datum) 0;
	values[2] = span_text(fr->sentence, dm->raw);
	values[3] = BoolGetDatum(dm->refers_to_meeting);
	values[4] = context_text(fr, dm->raw.start, dm->raw.end);
	values[5] = CStringGetTextDatum(rf_kind_names[fr->section->kind]);
	rf_rows_put(&fr->rows, values, nulls);
}

static void
find_dates(fact_rows *fr, const char *text, size_t len)
{
	rf_find_dates(text, len, fr->has_meeting ? &fr->meeting : NULL,
				  fr->section->kind == RF_KIND_HISTORY, add_date, fr);
}

/* referat.dates(doc) → (item_no, mentioned, raw, refers_to_meeting, context, section_kind) */
Datum
referat_dates(PG_FUNCTION_ARGS)
{
	fact_rows	fr;

	each_sentence(fcinfo, &fr, find_dates);
	return (Datum) 0;
}

/* ------------------------------------------------------------ positions */

static void
add_position(void *ctx, const rf_position *p)
{
	fact_rows  *fr = ctx;
	Datum		values[6];
	bool		nulls[6] = {0};

	values[0] = rf_item_no_datum(fr->item_no, &nulls[0]);
	nulls[1] = p->who.start == p->who.end;
	values[1] = nulls[1] ? (Datum) 0 : span_text(fr->sentence, p->who);
	values[2] = fr->stances[p->stance];
	values[3] = context_text(fr, p->who.start, p->who.end);
	nulls[4] = p->votes < 0;
	values[4] = Int32GetDatum(p->votes);
	values[5] = CStringGetTextDatum(rf_kind_names[fr->section->kind]);
	rf_rows_put(&fr->rows, values, nulls);
}

static void
find_positions(fact_rows *fr, const char *text, size_t len)
{
	rf_find_positions(text, len, add_position, fr);
}

/* referat.positions(doc) → (item_no, who, stance, raw, votes, section_kind) */
Datum
referat_positions(PG_FUNCTION_ARGS)
{
	fact_rows	fr;
	TupleDesc	desc;

	/* the labels of referat.stance, the type of the result's third column */
	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "referat.positions must return a row type");
	for (int k = 0; k < RF_STANCE_COUNT; k++)
		fr.stances[k] = DirectFunctionCall2(enum_in, CStringGetDatum(rf_stance_names[k]),
											ObjectIdGetDatum(TupleDescAttr(desc, 2)->atttypid));
	each_sentence(fcinfo, &fr, find_positions);
	return (Datum) 0;
}
