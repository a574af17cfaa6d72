/*
 * attendance_fn.c — who the minutes list as present and as absent:
 * referat.attendees and referat.absences.
 *
 * referat.attendees reads the front matter (everything before the first
 * agenda item, the whole document when it finds none), where the members
 * of the meeting are listed.  referat.absences reads the front matter too,
 * and every section of the items where a decision may record an absence
 * ("Ikke til stede: …" under Beslutning), but not the table of contents,
 * web-page furniture, Bilag lists and Sagsforløb (those are other
 * meetings').  The reader lives in core/ (attendance.h).
 */
#include "postgres.h"

#include "funcapi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "attendance.h"
#include "minutes_sql.h"

PG_FUNCTION_INFO_V1(referat_attendees);
PG_FUNCTION_INFO_V1(referat_absences);

/* Everything before the first agenda item, or the whole document. */
static rf_span
front_matter(const rf_doc *doc)
{
	return (rf_span) {0, doc->item_count > 0 ? doc->items[0].header.start : doc->len};
}

/* The words of s[sp) as text, or NULL (*isnull) when there are none. */
static Datum
words_datum(const char *s, rf_span sp, bool *isnull)
{
	char	   *buf = palloc(sp.end - sp.start + 1);
	size_t		n = rf_attendance_words(s, sp, buf);

	*isnull = n == 0;
	return n == 0 ? (Datum) 0 : PointerGetDatum(cstring_to_text_with_len(buf, n));
}

/* "formand", "suppleant for Brian Møller (A)", "protokol", or NULL. */
static Datum
role_datum(const char *s, const rf_attendee *a, bool *isnull)
{
	StringInfoData role;
	char	   *written = palloc(a->role_text.end - a->role_text.start + 1);
	size_t		n = rf_attendance_words(s, a->role_text, written);

	initStringInfo(&role);
	if (a->role != NULL)
		appendStringInfoString(&role, a->role);
	if (a->role != NULL && n > 0)
		appendStringInfoChar(&role, ' ');
	appendBinaryStringInfo(&role, written, (int) n);
	*isnull = role.len == 0;
	return *isnull ? (Datum) 0 : PointerGetDatum(cstring_to_text_with_len(role.data, role.len));
}

/* ------------------------------------------------------------ attendees */

/* The members of the lists, collected to be resolved. */
typedef struct members
{
	MemoryContext context;
	rf_attendee *e;
	size_t		n;
	size_t		cap;
} members;

static void
collect(void *ctx, const rf_attendee *a)
{
	members    *m = ctx;

	if (m->n == m->cap)
	{
		m->cap = m->cap == 0 ? 64 : 2 * m->cap;
		m->e = m->e == NULL ?
			MemoryContextAllocHuge(m->context, m->cap * sizeof(*m->e)) :
			repalloc_huge(m->e, m->cap * sizeof(*m->e));
	}
	m->e[m->n++] = *a;
}

/* referat.attendees(doc) → (who, party, role, present) */
Datum
referat_attendees(PG_FUNCTION_ARGS)
{
	rf_rows		rows;
	rf_doc		doc;
	members		m = {0};
	uint32_t   *slots;

	rf_rows_begin(fcinfo, &rows, &doc);
	m.context = rows.caller_context;
	rf_attendance(doc.text, front_matter(&doc), collect, &m);
	slots = MemoryContextAllocHuge(rows.caller_context, rf_attendance_slots(m.n) * sizeof(*slots));
	rf_attendees_resolve(doc.text, m.e, m.n, slots);
	for (size_t k = 0; k < m.n; k++)
	{
		const rf_attendee *a = &m.e[k];
		Datum		values[4];
		bool		nulls[4] = {0};

		if (a->merged)
			continue;			/* the absence of an invited member: that member's row says it */
		values[0] = words_datum(doc.text, a->who, &nulls[0]);
		values[1] = words_datum(doc.text, a->party, &nulls[1]);
		values[2] = role_datum(doc.text, a, &nulls[2]);
		values[3] = BoolGetDatum(a->present);
		rf_rows_put(&rows, values, nulls);
	}
	rf_rows_end(&rows);
	return (Datum) 0;
}

/* ------------------------------------------------------------- absences */

typedef struct absences
{
	rf_rows		rows;
	const char *s;
	int			item_no;		/* of the range being read; 0 for the front matter, -1 unknown */
} absences;

static void
add_absence(void *ctx, const rf_attendee *a)
{
	absences   *ab = ctx;
	Datum		values[3];
	bool		nulls[3] = {0};

	if (a->list != RF_LIST_ABSENT)
		return;
	values[0] = words_datum(ab->s, a->written, &nulls[0]);
	values[1] = CStringGetTextDatum(a->reason);
	values[2] = rf_item_no_datum(ab->item_no, &nulls[2]);
	rf_rows_put(&ab->rows, values, nulls);
}

/* referat.absences(doc) → (who, reason, item_no) */
Datum
referat_absences(PG_FUNCTION_ARGS)
{
	absences	ab;
	rf_doc		doc;

	rf_rows_begin(fcinfo, &ab.rows, &doc);
	ab.s = doc.text;
	ab.item_no = 0;
	rf_attendance(doc.text, front_matter(&doc), add_absence, &ab);
	for (uint32_t i = 0; i < doc.section_count; i++)
	{
		const rf_section *sec = &doc.sections[i];
		rf_span		r;

		if (sec->item == 0 || sec->kind == RF_KIND_TOC || sec->kind == RF_KIND_FURNITURE ||
			sec->kind == RF_KIND_ATTACHMENTS || sec->kind == RF_KIND_HISTORY)
			continue;
		if (RF_RANGE_EMPTY(sec->heading) && RF_RANGE_EMPTY(sec->body))
			continue;
		r.start = RF_RANGE_EMPTY(sec->heading) ? sec->body.start : sec->heading.start;
		r.end = RF_RANGE_EMPTY(sec->body) ? sec->heading.end : sec->body.end;
		CHECK_FOR_INTERRUPTS();
		ab.item_no = rf_item_no(&doc, sec->item);
		rf_attendance(doc.text, r, add_absence, &ab);
	}
	rf_rows_end(&ab.rows);
	return (Datum) 0;
}
