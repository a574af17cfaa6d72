/*
 * firstagenda.c — FirstAgenda publication JSON to the text of its PDF
 * (firstagenda.h).
 *
 * The JSON reader (json_scan.h) gives events; the role of each open object
 * or array (the items list, an item, its fields, …) comes from its parent's
 * role and its key.  An item is written when its object closes, since its
 * number and title may come after its fields (jsonb orders keys by length,
 * the portal does not).  The meeting's header may come before or after the
 * items, so it is written last and turned to the front.
 */
#include <stdio.h>
#include <string.h>

#include "danish_time.h"
#include "firstagenda.h"
#include "html_text.h"
#include "interrupt.h"
#include "json_scan.h"
#include "text_out.h"

typedef enum role
{
	R_OTHER,					/* nothing we read */
	R_TOP,						/* above the document: the JSON value itself */
	R_ROOT,						/* the meeting object */
	R_ITEMS,					/* "Dagsordenpunkter" */
	R_ITEM,
	R_FIELDS,					/* an item's "Felter" */
	R_FIELD,
	R_ATTACHMENTS,				/* an item's "Bilag" */
	R_ATTACHMENT,
	R_FORUM,					/* "Udvalg" */
	R_MEETING,					/* "Moede" */
	R_PEOPLE,					/* "Moededeltagere" */
	R_PERSON
} role;

/* What an item's fields, attachments and the participants leave to write. */
typedef enum rec_kind
{
	REC_FIELD,					/* a: name, b: HTML */
	REC_ATTACHMENT,				/* a: name */
	REC_PERSON					/* a: name */
} rec_kind;

typedef enum attendance
{
	PRESENT,
	CANCELLED,					/* "ParticipationCancelled": sent apologies */
	ABSENT						/* "Absent" */
} attendance;

typedef struct rec
{
	rec_kind	kind;
	attendance	att;
	rf_span		a;
	rf_span		b;
} rec;

typedef struct item
{
	int			no;				/* -1 until a valid number is seen */
	rf_span		navn;
	rf_span		caption;
	rf_span		sagsnr;
	rf_span		case_number;
	uint32_t	first_rec;		/* its fields and attachments: recs[first_rec..] */
} item;

typedef struct fa
{
	const char *s;
	const rf_allocator *alloc;
	rf_out		out;
	rf_fa_error *err;

	/* one block of working memory: records, then room to decode a string */
	void	   *work;
	uint32_t	rec_count;
	uint32_t	rec_cap;
	size_t		scratch_cap;

	bool		has_items;		/* a "Dagsordenpunkter" array was seen */
	int			item_index;		/* items so far */
	item		cur;
	rf_span		forum;
	rf_span		date;
	rf_span		place;
	bool		done;			/* "Afsluttet": the meeting was held */

	rf_span		key;			/* the key of the value that comes next, if in an object */
	uint8_t		roles[RF_JSON_MAX_DEPTH + 1];	/* by depth; [0] is R_TOP */
} fa;

static const char *const weekdays[7] = {
	"Søndag", "Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag"
};
static const char *const months[12] = {
	"januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
	"september", "oktober", "november", "december"
};

static bool
fail(fa *f, rf_fa_status status, const char *what, size_t offset)
{
	f->err->status = status;
	f->err->what = what;
	f->err->offset = offset;
	return false;
}

/* Room for recs records and a string of scratch bytes in the working block. */
static bool
reserve(fa *f, uint32_t recs, size_t scratch)
{
	uint32_t	rec_cap = f->rec_cap;
	size_t		scratch_cap = f->scratch_cap;
	void	   *grown;

	if (recs <= rec_cap && scratch <= scratch_cap)
		return true;
	if (recs > rec_cap)
	{
		if (rec_cap >= UINT32_MAX / 4)
			return fail(f, RF_FA_NOMEM, "too many records", 0);
		rec_cap = rec_cap ? rec_cap * 2 : 16;
	}
	if (scratch > scratch_cap)
		scratch_cap = scratch > 2 * scratch_cap ? scratch : 2 * scratch_cap;
	grown = f->alloc->grow(f->alloc->ctx, f->work, (size_t) rec_cap * sizeof(rec) + scratch_cap);
	if (grown == NULL)
		return fail(f, RF_FA_NOMEM, "out of memory", 0);
	f->work = grown;
	f->rec_cap = rec_cap;
	f->scratch_cap = scratch_cap;
	return true;
}

static rec *
recs(fa *f)
{
	return (rec *) f->work;
}

static rec *
add_rec(fa *f, rec_kind kind)
{
	rec		   *r;

	if (!reserve(f, f->rec_count + 1, 0))
		return NULL;
	r = &recs(f)[f->rec_count++];
	memset(r, 0, sizeof(*r));
	r->kind = kind;
	return r;
}

/* The decoded text of the JSON string s[sp), in the scratch room; NULL when out of memory. */
static const char *
decoded(fa *f, rf_span sp, size_t *len)
{
	char	   *scratch;

	*len = 0;
	if (sp.start == sp.end)
		return "";				/* there may be no block yet */
	if (!reserve(f, 0, sp.end - sp.start))
		return NULL;
	scratch = (char *) f->work + (size_t) f->rec_cap * sizeof(rec);
	*len = rf_json_unescape(f->s, sp, scratch);
	return scratch;
}

/* A string of the JSON as text on the current line. */
static void
put_value(fa *f, rf_span sp)
{
	size_t		len;
	const char *t = decoded(f, sp, &len);

	if (t)
		rf_out_text(&f->out, t, len);
}

static void
put_html(fa *f, rf_span sp)
{
	size_t		len;
	const char *t = decoded(f, sp, &len);

	if (t)
		rf_html_text(&f->out, t, len);
}

/* A line "label value" (a paragraph of its own). */
static void
put_line(fa *f, const char *label, rf_span value)
{
	rf_out_break(&f->out, 2);
	rf_out_str(&f->out, label);
	rf_out_blank(&f->out, ' ');
	put_value(f, value);
}

static bool
empty(rf_span sp)
{
	return sp.start == sp.end;
}

/* ------------------------------------------------------------ the item */

static void
write_item(fa *f)
{
	const item *it = &f->cur;
	char		head[32];
	bool		bilag = false;

	snprintf(head, sizeof(head), "Punkt %d:", it->no >= 0 ? it->no : f->item_index);
	put_line(f, head, empty(it->navn) ? it->caption : it->navn);
	if (!empty(it->sagsnr) || !empty(it->case_number))
		put_line(f, "Sagsnr.:", empty(it->sagsnr) ? it->case_number : it->sagsnr);
	for (uint32_t k = it->first_rec; k < f->rec_count; k++)
	{
		rec		   *r = &recs(f)[k];

		if (r->kind != REC_FIELD)
			continue;
		if (!empty(r->a))
		{
			rf_out_break(&f->out, 2);
			put_value(f, r->a);
		}
		rf_out_break(&f->out, 2);
		put_html(f, recs(f)[k].b);	/* r may have moved: decoding can grow the block */
	}
	for (uint32_t k = it->first_rec; k < f->rec_count; k++)
	{
		rec		   *r = &recs(f)[k];
		rf_span		name = r->a;

		if (r->kind != REC_ATTACHMENT || empty(name))
			continue;
		if (!bilag)
		{
			rf_out_break(&f->out, 2);
			rf_out_str(&f->out, "Bilag");
			rf_out_break(&f->out, 2);
			bilag = true;
		}
		rf_out_break(&f->out, 1);
		put_value(f, name);
	}
	f->rec_count = it->first_rec;	/* the participants stay */
}

/* "1", "12" (a string or a number): the item's number, up to six digits. */
static int
item_number(const char *s, rf_span sp)
{
	int			n = 0;

	if (sp.end - sp.start < 1 || sp.end - sp.start > 6)
		return -1;
	for (size_t i = sp.start; i < sp.end; i++)
	{
		if (s[i] < '0' || s[i] > '9')
			return -1;
		n = n * 10 + (s[i] - '0');
	}
	return n;
}

/* ------------------------------------------------------------ the header */

static int
weekday(int y, int m, int d)
{
	static const int t[12] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};

	y -= m < 3;
	return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

/* "2025-01-29T17:00:00+01:00": date and, when given, the local time. */
static bool
parse_date(const char *t, size_t len, int *y, int *m, int *d, int *minutes)
{
	int			v[5] = {0};
	static const size_t at[5] = {0, 5, 8, 11, 14};
	static const size_t width[5] = {4, 2, 2, 2, 2};
	int			parts = len >= 16 && (t[10] == 'T' || t[10] == ' ') && t[13] == ':' ? 5 : 3;

	if (len < 10 || t[4] != '-' || t[7] != '-')
		return false;
	for (int k = 0; k < parts; k++)
		for (size_t i = at[k]; i < at[k] + width[k]; i++)
		{
			if (t[i] < '0' || t[i] > '9')
				return false;
			v[k] = v[k] * 10 + (t[i] - '0');
		}
	if (!rf_valid_date(v[0], v[1], v[2]) || v[3] > 23 || v[4] > 59)
		return false;
	*y = v[0], *m = v[1], *d = v[2];
	*minutes = parts == 5 ? v[3] * 60 + v[4] : -1;
	return true;
}

/* "Afbud: A, B" for the participants of one kind; nothing when there are none. */
static void
write_people(fa *f, const char *label, attendance att)
{
	bool		first = true;

	for (uint32_t k = 0; k < f->rec_count; k++)
	{
		rec		   *r = &recs(f)[k];

		if (r->kind != REC_PERSON || r->att != att || empty(r->a))
			continue;
		if (first)
			put_line(f, label, r->a);
		else
		{
			rf_out_str(&f->out, ",");
			rf_out_blank(&f->out, ' ');
			put_value(f, recs(f)[k].a);
		}
		first = false;
	}
}

static void
write_header(fa *f)
{
	char		buf[96];
	int			y,
				m,
				d,
				minutes = -1;
	size_t		len = 0;
	const char *t = empty(f->date) ? NULL : decoded(f, f->date, &len);
	bool		dated = t && parse_date(t, len, &y, &m, &d, &minutes);

	rf_out_break(&f->out, 2);
	rf_out_str(&f->out, f->done ? "Referat" : "Dagsorden");
	if (!empty(f->forum))
	{
		rf_out_blank(&f->out, ' ');
		put_value(f, f->forum);
		if (dated)
			rf_out_str(&f->out, " d.");
	}
	if (dated)
	{
		snprintf(buf, sizeof(buf), " %02d-%02d-%04d", d, m, y);
		rf_out_str(&f->out, buf);
		rf_out_break(&f->out, 2);
		snprintf(buf, sizeof(buf), "Mødedato: %s d. %02d. %s %04d", weekdays[weekday(y, m, d)],
				 d, months[m - 1], y);
		rf_out_str(&f->out, buf);
		if (minutes >= 0)
		{
			snprintf(buf, sizeof(buf), " kl. %02d:%02d", minutes / 60, minutes % 60);
			rf_out_str(&f->out, buf);
		}
	}
	/* the forum again as a label, which the header reader takes as written */
	if (!empty(f->forum))
		put_line(f, "Udvalg:", f->forum);
	if (!empty(f->place))
		put_line(f, "Mødested:", f->place);
	write_people(f, "Mødedeltagere:", PRESENT);
	write_people(f, "Afbud:", CANCELLED);
	write_people(f, "Fraværende:", ABSENT);
}

/* Reverse buf[a..b). */
static void
reverse(char *buf, size_t a, size_t b)
{
	while (a + 1 < b)
	{
		char		c = buf[a];

		rf_poll(a, a + 1);
		buf[a++] = buf[--b];
		buf[b] = c;
	}
}

/* Move buf[split..n) before buf[0..split). */
static void
rotate(char *buf, size_t split, size_t n)
{
	reverse(buf, 0, split);
	reverse(buf, split, n);
	reverse(buf, 0, n);
}

/*
 * The header after the items so far, then turned to the front: the text
 * "items \n\n header" becomes "header \n\n items".
 */
static void
header_to_front(fa *f)
{
	rf_out	   *o = &f->out;
	size_t		items_len = o->len;

	write_header(f);
	if (o->failed || items_len == 0)
		return;
	/* "items" "\n\n" "header" → "header" "items" "\n\n" → "header" "\n\n" "items" */
	rotate(o->buf, items_len + 2, o->len);
	rotate(o->buf + (o->len - items_len - 2), items_len, items_len + 2);
}

/* ------------------------------------------------------------ reading */

static role
child_role(role parent, const char *s, rf_span key, bool object)
{
	switch (parent)
	{
		case R_TOP:
			return R_ROOT;
		case R_ROOT:
			if (!object && rf_json_is(s, key, "Dagsordenpunkter"))
				return R_ITEMS;
			if (object && rf_json_is(s, key, "Udvalg"))
				return R_FORUM;
			if (object && rf_json_is(s, key, "Moede"))
				return R_MEETING;
			return R_OTHER;
		case R_ITEMS:
			return R_ITEM;
		case R_ITEM:
			if (!object && rf_json_is(s, key, "Felter"))
				return R_FIELDS;
			if (!object && rf_json_is(s, key, "Bilag"))
				return R_ATTACHMENTS;
			return R_OTHER;
		case R_FIELDS:
			return object ? R_FIELD : R_OTHER;
		case R_ATTACHMENTS:
			return object ? R_ATTACHMENT : R_OTHER;
		case R_MEETING:
			return !object && rf_json_is(s, key, "Moededeltagere") ? R_PEOPLE : R_OTHER;
		case R_PEOPLE:
			return object ? R_PERSON : R_OTHER;
		default:
			return R_OTHER;
	}
}

/* An object or array opens; its role is set at the scanner's new depth. */
static bool
open_container(fa *f, const rf_json_scanner *js, bool object)
{
	role		parent = f->roles[js->depth - 1];
	role		r = child_role(parent, f->s, f->key, object);

	if (parent == R_TOP && !object)
		return fail(f, RF_FA_SHAPE, "FirstAgenda JSON is not an object", js->pos - 1);
	if (parent == R_ITEMS && !object)
		return fail(f, RF_FA_SHAPE, "a \"Dagsordenpunkter\" entry is not an object", js->pos - 1);
	f->roles[js->depth] = (uint8_t) r;
	switch (r)
	{
		case R_ITEMS:
			f->has_items = true;
			break;
		case R_ITEM:
			memset(&f->cur, 0, sizeof(f->cur));
			f->cur.no = -1;
			f->cur.first_rec = f->rec_count;
			f->item_index++;
			break;
		case R_FIELD:
			return add_rec(f, REC_FIELD) != NULL;
		case R_ATTACHMENT:
			return add_rec(f, REC_ATTACHMENT) != NULL;
		case R_PERSON:
			return add_rec(f, REC_PERSON) != NULL;
		default:
			break;
	}
	return true;
}

/* A scalar in the object or array of role parent, under f->key. */
static bool
scalar(fa *f, const rf_json_scanner *js, rf_json_event ev)
{
	role		parent = f->roles[js->depth];
	const char *s = f->s;
	rf_span		key = f->key;
	rf_span		v = js->span;
	bool		str = ev == RF_JSON_STRING;
	rec		   *last = f->rec_count ? &recs(f)[f->rec_count - 1] : NULL;

	switch (parent)
	{
		case R_TOP:
			return fail(f, RF_FA_SHAPE, "FirstAgenda JSON is not an object", v.start);
		case R_ITEMS:
			return fail(f, RF_FA_SHAPE, "a \"Dagsordenpunkter\" entry is not an object", v.start);
		case R_FORUM:
			if (str && rf_json_is(s, key, "Navn"))
				f->forum = v;
			break;
		case R_MEETING:
			if (str && rf_json_is(s, key, "Dato"))
				f->date = v;
			else if (str && rf_json_is(s, key, "Sted"))
				f->place = v;
			else if (rf_json_is(s, key, "Afsluttet"))
				f->done = ev == RF_JSON_TRUE;
			break;
		case R_PERSON:
			if (str && (rf_json_is(s, key, "Name") || rf_json_is(s, key, "Navn")))
				last->a = v;
			else if (ev == RF_JSON_TRUE && rf_json_is(s, key, "ParticipationCancelled"))
				last->att = CANCELLED;
			else if (ev == RF_JSON_TRUE && rf_json_is(s, key, "Absent") && last->att == PRESENT)
				last->att = ABSENT;
			break;
		case R_ITEM:
			if ((str || ev == RF_JSON_NUMBER) && f->cur.no < 0 &&
				(rf_json_is(s, key, "Nummer") || rf_json_is(s, key, "Punktnummer") ||
				 rf_json_is(s, key, "Number")))
				f->cur.no = item_number(s, v);
			else if (str && rf_json_is(s, key, "Navn"))
				f->cur.navn = v;
			else if (str && rf_json_is(s, key, "Caption"))
				f->cur.caption = v;
			else if (str && rf_json_is(s, key, "SagsNummer"))
				f->cur.sagsnr = v;
			else if (str && rf_json_is(s, key, "CaseNumber"))
				f->cur.case_number = v;
			break;
		case R_FIELD:
			if (str && rf_json_is(s, key, "Navn"))
				last->a = v;
			else if (str && rf_json_is(s, key, "Html"))
				last->b = v;
			break;
		case R_ATTACHMENT:
			if (str && rf_json_is(s, key, "Navn"))
				last->a = v;
			break;
		default:
			break;
	}
	return true;
}

static bool
read_json(fa *f, const char *json, size_t len)
{
	rf_json_scanner js;

	rf_json_init(&js, json, len);
	f->roles[0] = R_TOP;
	for (;;)
	{
		size_t		from = js.pos;
		rf_json_event ev = rf_json_next(&js);
		bool		ok = true;

		rf_poll(from, js.pos);	/* a long run of short values; a long value polls itself */

		switch (ev)
		{
			case RF_JSON_ERROR:
				return fail(f, js.depth >= RF_JSON_MAX_DEPTH ? RF_FA_DEPTH : RF_FA_SYNTAX,
							js.error, js.pos);
			case RF_JSON_DONE:
				return f->has_items ? true :
					fail(f, RF_FA_SHAPE, "FirstAgenda JSON has no \"Dagsordenpunkter\" array", len);
			case RF_JSON_KEY:
				f->key = js.span;
				continue;
			case RF_JSON_OBJECT:
			case RF_JSON_ARRAY:
				ok = open_container(f, &js, ev == RF_JSON_OBJECT);
				break;
			case RF_JSON_OBJECT_END:
				if (f->roles[js.depth + 1] == R_ITEM)
					write_item(f);
				break;
			case RF_JSON_ARRAY_END:
				break;
			default:
				ok = scalar(f, &js, ev);
				break;
		}
		if (!ok)
			return false;
		f->key = (rf_span) {0, 0};
	}
}

rf_fa_status
rf_firstagenda_text(const char *json, size_t len, const rf_allocator *alloc,
					rf_fa_result *res, rf_fa_error *err)
{
	fa			f;
	rf_fa_error unused;

	memset(&f, 0, sizeof(f));
	memset(res, 0, sizeof(*res));
	f.err = err ? err : &unused;
	memset(f.err, 0, sizeof(*f.err));
	f.s = json;
	f.alloc = alloc;
	rf_out_init(&f.out, alloc);

	if (read_json(&f, json, len))
		header_to_front(&f);
	if (f.err->status == RF_FA_OK)
	{
		res->text = rf_out_finish(&f.out, &res->len);	/* NULL when memory ran out */
		if (res->text == NULL)
			fail(&f, RF_FA_NOMEM, "out of memory", 0);
	}
	if (res->text == NULL)
		res->text = f.out.buf;
	res->scratch = f.work;
	return f.err->status;
}
