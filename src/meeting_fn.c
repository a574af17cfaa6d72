/*
 * meeting_fn.c — referat.meeting(doc): the meeting header as one row.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "datatype/timestamp.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"

#include "meeting.h"
#include "minutes_sql.h"

PG_FUNCTION_INFO_V1(referat_meeting);

static text *
span_text(const rf_doc *doc, rf_span sp)
{
	char	   *buf;
	size_t		len;

	if (sp.start == sp.end)
		return NULL;
	buf = palloc(sp.end - sp.start + 1);
	len = rf_render(doc->text, sp.start, sp.end, RF_RENDER_JOIN, buf);
	return len ? cstring_to_text_with_len(buf, len) : NULL;
}

Datum
referat_meeting(PG_FUNCTION_ARGS)
{
	static const char *const kinds[] = {"referat", "dagsorden"};
	TupleDesc	tupdesc;
	rf_doc		doc;
	rf_meeting	m;
	Datum		values[9];
	bool		nulls[9] = {0};
	text	   *forum;
	text	   *location;
	int			closed = 0;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning record called in context that cannot accept type record")));
	tupdesc = BlessTupleDesc(tupdesc);

	rf_parse_arg(fcinfo, &doc);
	rf_meeting_parse(&doc, &m);
	for (uint32_t i = 0; i < doc.item_count; i++)
		closed += doc.items[i].closed;

	forum = span_text(&doc, m.forum);
	location = span_text(&doc, m.location);
	nulls[0] = m.kind == RF_DOC_UNKNOWN;
	values[0] = nulls[0] ? (Datum) 0 : CStringGetTextDatum(kinds[m.kind]);
	nulls[1] = forum == NULL;
	values[1] = PointerGetDatum(forum);
	nulls[2] = !m.has_date;
	/* m.date is set only with has_date */
	values[2] = nulls[2] ? (Datum) 0 :
		DateADTGetDatum(date2j(m.date.year, m.date.month, m.date.day) - POSTGRES_EPOCH_JDATE);
	nulls[3] = m.starts_at < 0;
	values[3] = TimeADTGetDatum((TimeADT) m.starts_at * SECS_PER_MINUTE * USECS_PER_SEC);
	nulls[4] = location == NULL;
	values[4] = PointerGetDatum(location);
	values[5] = Int32GetDatum((int32) doc.item_count);
	values[6] = Int32GetDatum(closed);
	nulls[7] = doc.layout == RF_LAYOUT_NONE;
	values[7] = nulls[7] ? (Datum) 0 : CStringGetTextDatum(rf_layout_names[doc.layout]);
	values[8] = Int32GetDatum((int32) doc.toc_count);

	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
