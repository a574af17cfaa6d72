/*
 * attendance.c — the lists of members in minutes (see attendance.h).
 *
 * A list stands under a label alone on its line ("Tilstede", "Indkaldelse
 * :", "Afbud/Fraværende"), one member a line or several, and ends at a line
 * that is no list of names: another label, a heading, text (blank lines
 * between the names do not end it).  Or it follows the label on the same
 * line: "Afbud fra Jens Mikkelsen (A) og Dennis Schmock (B)", "Afbud fra:
 * Gert Pilgaard, Per Jørgensen … og Lene Glassau Brynning."  Inside a line,
 * a label with a capital and a colon starts a list too ("… Fraværende:
 * Ingen. Mødedeltagere: Arne Ebsen, Birger Jensen, …": a page flattened to
 * one paragraph).  "Ingen", "Intet" and "-" name nobody.
 *
 * A member is a name of at least two capitalised words ("Ahmed H.
 * Dhaqane", "Hans von Holst"), after a role word (Formand, Næstformand,
 * Borgmester, …) or not, followed by the party in parentheses ("(A)",
 * "(UP)") and a role ("- formand", "(protokol)", ", Suppleant for Brian
 * Møller (A)").  Names are split at commas, " og ", " samt " and after a
 * party followed by the next name.  Every part of a list must be a member,
 * but the last may be words after the list ("Britt Jensen (A), sag
 * 129-138") or, after two names or more, a name followed by words ("…,
 * Vibeke Rindom åben": a page mark); a list longer than any real one
 * (LIST_MAX) is no list.  A line that ends "…, pkt. 65:" starts the record
 * of an earlier meeting (a committee's decision quoted in a later one): its
 * absences are not this meeting's, so reading stops there.
 */
#include <stdint.h>
#include <string.h>

#include "attendance.h"
#include "interrupt.h"
#include "text.h"

/* More names than any council has: such a "list" is something else. */
#define LIST_MAX 128
/* A name has at most this many words ("Anne Marie van der Berg Hansen"). */
#define NAME_WORDS 6

static const struct label
{
	const char *phrase;			/* lower case; longer phrases before their beginnings */
	rf_list_kind list;
	const char *reason;
	const char *role;			/* of everyone under the label */
}			labels[] = {
	{"afbud/fraværende", RF_LIST_ABSENT, "afbud", NULL},
	{"meldt afbud fra", RF_LIST_ABSENT, "afbud", NULL},
	{"meldt afbud", RF_LIST_ABSENT, "afbud", NULL},
	{"afbud fra", RF_LIST_ABSENT, "afbud", NULL},
	{"afbud", RF_LIST_ABSENT, "afbud", NULL},
	{"forfald", RF_LIST_ABSENT, "afbud", NULL},
	{"fraværende", RF_LIST_ABSENT, "fraværende", NULL},
	{"ikke til stede", RF_LIST_ABSENT, "fraværende", NULL},
	{"ikke mødt", RF_LIST_ABSENT, "fraværende", NULL},
	{"tilstede", RF_LIST_PRESENT, NULL, NULL},
	{"til stede", RF_LIST_PRESENT, NULL, NULL},
	{"mødedeltagere", RF_LIST_PRESENT, NULL, NULL},
	{"deltagere", RF_LIST_PRESENT, NULL, NULL},
	{"sekretær", RF_LIST_PRESENT, NULL, "sekretær"},
	{"referent", RF_LIST_PRESENT, NULL, "referent"},
	{"protokolfører", RF_LIST_PRESENT, NULL, "protokolfører"},
	{"indkaldelse", RF_LIST_INVITED, NULL, NULL},
	{"indkaldte", RF_LIST_INVITED, NULL, NULL},
	{"medlemmer", RF_LIST_INVITED, NULL, NULL}
};

/* Role words before a name ("Formand Erik Nielsen"), lower case as the role reads. */
static const char *const role_words[] = {
	"formand", "næstformand", "borgmester", "viceborgmester", "rådmand", "udvalgsformand",
	"sekretær", "referent"
};

/* A part of a list that gives the role of the name before it. */
static const char *const substitute_phrases[] = {"suppleant for", "stedfortræder for"};

/* Lower-case words inside a name: "Hans von Holst", "Anne de la Cour". */
static const char *const particles[] = {"af", "da", "de", "den", "der", "di", "du", "la", "le", "van", "von"};

/* Capitalised words of headings and table heads, never of a person's name. */
static const char *const not_names[] = {
	"punkt", "titel", "sag", "sager", "side", "dato", "bilag", "referat", "dagsorden",
	"beslutning", "indstilling", "indholdsfortegnelse", "udvalg", "mødested", "mødedato",
	"åbent", "lukket", "kommune", "byråd", "byrådet", "kommunalbestyrelsen"
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static bool
in_list(const char *s, rf_span w, const char *const *list, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (rf_ieq(s, w, list[k]))
			return true;
	return false;
}

/* A capital letter at s[i]: A–Z, or À–Þ of Latin-1 (Æ, Ø, Å, É, Ü, …) but ×. */
static bool
capital_at(const char *s, size_t i, size_t end)
{
	unsigned char c = (unsigned char) s[i];
	unsigned char d = i + 1 < end ? (unsigned char) s[i + 1] : 0;

	return (c >= 'A' && c <= 'Z') || (c == 0xC3 && d >= 0x80 && d <= 0x9E && d != 0x97);
}

static bool
letter_at(const char *s, size_t i)
{
	return rf_is_ascii_letter(s[i]) || (unsigned char) s[i] >= 0x80;
}

/* The next word of s[*p..end) (white space between words), polling as it goes. */
static bool
next_word(const char *s, size_t *p, size_t end, rf_span *w)
{
	size_t		i = *p,
				n;

	while (i < end && (n = rf_space_at(s, i, end)) > 0)
	{
		rf_poll(i, i + n);
		i += n;
	}
	if (i >= end)
		return false;
	w->start = i;
	while (i < end && rf_space_at(s, i, end) == 0)
	{
		rf_poll(i, i + 1);
		i++;
	}
	w->end = i;
	*p = i;
	return true;
}

/* The phrase (lower case) at s[i..end) as whole words: its length, else 0. */
static size_t
phrase_at(const char *s, size_t i, size_t end, const char *phrase)
{
	size_t		n = strlen(phrase);	/* case folding keeps byte lengths */

	if (end - i < n || !rf_istarts(s, (rf_span) {i, end}, phrase) ||
		(i + n < end && letter_at(s, i + n)))
		return 0;
	return n;
}

/*
 * A label at s[i..end): after it come its end, blanks, a colon or the
 * names.  *after is past the label and its colon ("Indkaldelse :").  With
 * colon_only the label must be written with a capital and a colon right
 * after it, as inside a line.
 */
static const struct label *
label_at(const char *s, size_t i, size_t end, bool colon_only, size_t *after)
{
	/* every label starts with an ASCII letter: most words fail on it */
	char		first = (char) (s[i] | 0x20);
	static uint32_t first_letters;	/* bit c - 'a' for each first letter c of a label */

	if (first_letters == 0)
		for (size_t k = 0; k < COUNT(labels); k++)
			first_letters |= (uint32_t) 1 << (labels[k].phrase[0] - 'a');
	if (first < 'a' || first > 'z' || !(first_letters >> (first - 'a') & 1))
		return NULL;
	if (colon_only && !capital_at(s, i, end))
		return NULL;
	for (size_t k = 0; k < COUNT(labels); k++)
	{
		size_t		n = labels[k].phrase[0] == first ? phrase_at(s, i, end, labels[k].phrase) : 0;
		size_t		q = i + n;

		if (n == 0)
			continue;
		if (colon_only)
		{
			if (q >= end || s[q] != ':')
				continue;
			*after = q + 1;
			return &labels[k];
		}
		if (q < end && s[q] != ':' && rf_space_at(s, q, end) == 0)
			continue;			/* "Afbud/" of something else */
		while (q < end && s[q] == ' ')
			q++;
		*after = q < end && s[q] == ':' ? q + 1 : i + n;
		return &labels[k];
	}
	return NULL;
}

/* ------------------------------------------------------------ a member */

static bool
name_word(const char *s, rf_span w)
{
	size_t		cap = (unsigned char) s[w.start] < 0x80 ? 1 : 2;

	if (!capital_at(s, w.start, w.end) || in_list(s, w, not_names, COUNT(not_names)))
		return false;
	if (w.end - w.start == cap + 1 && s[w.end - 1] == '.')
		return true;			/* an initial: "H." */
	for (size_t i = w.start + cap; i < w.end; i++)
		if (!letter_at(s, i) && s[i] != '-' && s[i] != '\'')
			return false;
	return true;
}

static bool
dash_word(const char *s, rf_span w)
{
	return (w.end - w.start == 1 && s[w.start] == '-') || rf_ieq(s, w, "–");
}

/*
 * Read the member written in s[e): role word, name, party, role.  With
 * relaxed, words after the name are allowed (and ignored).
 */
static bool
read_member(const char *s, rf_span e, bool relaxed, rf_attendee *a)
{
	size_t		p = e.start,
				q;
	rf_span		w,
				rest;
	int			words = 0,
				capitals = 0;

	memset(a, 0, sizeof(*a));
	if (next_word(s, &p, e.end, &w) && capital_at(s, w.start, w.end))
		for (size_t k = 0; k < COUNT(role_words); k++)
			if (rf_ieq(s, w, role_words[k]))
			{
				a->role = role_words[k];
				e.start = p;
				break;
			}
	p = e.start;
	for (q = p; next_word(s, &q, e.end, &w); p = q)
	{
		if (name_word(s, w))
		{
			if (capitals++ == 0)
				a->who.start = w.start;
			a->who.end = w.end;
		}
		else if (capitals == 0 || !in_list(s, w, particles, COUNT(particles)))
			break;
		if (++words > NAME_WORDS)
			return false;
	}
	if (capitals < 2)
		return false;
	a->written = a->who;
	p = rf_trim(s, (rf_span) {a->who.end, e.end}).start;
	if (p < e.end && s[p] == '(')
	{
		const char *close = memchr(s + p, ')', e.end - p);
		rf_span		inner;

		if (close == NULL)
			return relaxed;
		inner = rf_trim(s, (rf_span) {p + 1, (size_t) (close - s)});
		if (inner.start < inner.end && capital_at(s, inner.start, inner.end))
			a->party = inner;
		else
			a->role_text = inner;
		p = (size_t) (close - s) + 1;
		a->written.end = p;
		while (p < e.end && s[p] == ')')
			p++;				/* "(C))" */
	}
	q = p;
	if (next_word(s, &q, e.end, &w) && dash_word(s, w))
	{
		rf_span		role = rf_trim(s, (rf_span) {w.end, e.end});

		if (role.start < role.end && a->role_text.start == a->role_text.end)
			a->role_text = role;
		p = e.end;
	}
	rest = rf_trim(s, (rf_span) {p, e.end});
	return relaxed || rest.start == rest.end;
}

/* ------------------------------------------------------------- a list */

typedef struct reader
{
	const char *s;
	rf_attendee_fn fn;
	void	   *ctx;
	const struct label *label;	/* of the list being read, or NULL */
	bool		open;			/* the list goes on over the next lines */
	bool		overflow;
	size_t		n;
	rf_attendee members[LIST_MAX];
} reader;

/* The list ends: its members go out. */
static void
flush(reader *r)
{
	if (!r->overflow)
		for (size_t k = 0; k < r->n; k++)
			r->fn(r->ctx, &r->members[k]);
	r->n = 0;
	r->overflow = false;
	r->label = NULL;
	r->open = false;
}

static void
add(reader *r, rf_attendee *a)
{
	a->list = r->label->list;
	a->reason = r->label->reason;
	if (a->role == NULL)
		a->role = r->label->role;
	if (r->n == LIST_MAX)
		r->overflow = true;
	else
		r->members[r->n++] = *a;
}

typedef enum
{
	NOT_A_LIST, NOBODY, MEMBERS
} value_kind;

/* "og " or "samt " starting a part after a comma: ", og Venstre". */
static rf_span
part_of(const char *s, rf_span e)
{
	size_t		n;

	e = rf_trim(s, e);
	while (e.end > e.start && (s[e.end - 1] == '.' || s[e.end - 1] == ':' || s[e.end - 1] == ';'))
		e = rf_trim(s, (rf_span) {e.start, e.end - 1});
	if ((n = phrase_at(s, e.start, e.end, "og")) > 0 || (n = phrase_at(s, e.start, e.end, "samt")) > 0)
		e = rf_trim(s, (rf_span) {e.start + n, e.end});
	return e;
}

/* One part of a list; false when the list is no list after all. */
static bool
read_part(reader *r, rf_span e, bool last, size_t first)
{
	const char *s = r->s;
	rf_attendee a;

	for (size_t k = 0; k < COUNT(substitute_phrases); k++)
	{
		size_t		n = phrase_at(s, e.start, e.end, substitute_phrases[k]);

		if (n > 0 && r->n > first)
		{
			rf_attendee *prev = &r->members[r->n - 1];

			prev->role = substitute_phrases[k];
			prev->role_text = rf_trim(s, (rf_span) {e.start + n, e.end});
			return true;
		}
	}
	/* words after the last name of a long list: "…, Vibeke Rindom åben" (a page mark) */
	if (read_member(s, e, false, &a) || (last && r->n >= first + 2 && read_member(s, e, true, &a)))
	{
		add(r, &a);
		return true;
	}
	return last && r->n > first;	/* "…, sag 129-138": words after the list */
}

/*
 * Where the part of a list that starts at s[i] ends: a comma or semicolon,
 * " og ", " samt ", " & " outside parentheses, or a closing parenthesis
 * followed by a capital ("Dennis Schmock (B) Helge Bo Jensen (Ø)").
 * *next is where the next part starts; end when there is none.
 */
static size_t
part_end(const char *s, size_t i, size_t end, size_t *next)
{
	int			depth = 0;

	for (size_t polled = i; i < end; i++)
	{
		size_t		n;

		rf_poll(polled, i);
		polled = i;
		if (s[i] == '(')
			depth++;
		else if (s[i] == ')' && depth > 0 && --depth == 0)
		{
			size_t		k = rf_trim(s, (rf_span) {i + 1, end}).start;

			if (k > i + 1 && k < end && capital_at(s, k, end))
			{
				*next = k;
				return i + 1;
			}
		}
		if (depth > 0)
			continue;
		if (s[i] == ',' || s[i] == ';')
		{
			*next = i + 1;
			return i;
		}
		if ((n = rf_space_at(s, i, end)) > 0)
		{
			size_t		m = phrase_at(s, i + n, end, "og");

			if (m == 0 && (m = phrase_at(s, i + n, end, "samt")) == 0)
				m = phrase_at(s, i + n, end, "&");
			if (m > 0 && i + n + m < end && rf_space_at(s, i + n + m, end) > 0)
			{
				*next = i + n + m;
				return i;
			}
		}
	}
	*next = end;
	return end;
}

/* The names of s[v) go to the list being read. */
static value_kind
read_value(reader *r, rf_span v)
{
	const char *s = r->s;
	size_t		first = r->n;
	size_t		i = v.start,
				next;

	if (r->overflow)
		return MEMBERS;
	if (phrase_at(s, v.start, v.end, "ingen") > 0 || phrase_at(s, v.start, v.end, "intet") > 0 ||
		(v.end - v.start == 1 && s[v.start] == '-'))
		return NOBODY;
	while (i < v.end)
	{
		size_t		e = part_end(s, i, v.end, &next);
		rf_span		part = part_of(s, (rf_span) {i, e});

		if (part.start < part.end && !read_part(r, part, next >= v.end, first))
		{
			r->n = first;		/* a sentence that starts with a name */
			return NOT_A_LIST;
		}
		if (r->overflow)
			return MEMBERS;
		i = next;
	}
	return r->n > first ? MEMBERS : NOT_A_LIST;
}

/*
 * The text s[v) after label (NULL: at the start of a line with no label);
 * last says it runs to the end of the line.
 */
static void
read_segment(reader *r, const struct label *label, rf_span v, bool last)
{
	v = rf_trim(r->s, v);
	if (label == NULL)
	{
		/* the next line of an open list, or text */
		if (r->label != NULL && r->open && read_value(r, v) != MEMBERS)
			flush(r);
		return;
	}
	flush(r);
	if (v.start == v.end)
	{
		r->label = last ? label : NULL;
		r->open = last;
		return;
	}
	r->label = label;
	read_value(r, v);
	flush(r);
}

/* A label inside the line s[from..end), after a blank: where it starts, else end. */
static size_t
label_inside(const char *s, size_t from, size_t end, const struct label **label, size_t *after)
{
	size_t		colon = from;

	/* a label inside a line has its colon: most lines have none */
	while (colon < end)
	{
		size_t		piece = rf_piece(colon, end);

		if (memchr(s + colon, ':', piece - colon) != NULL)
			break;
		colon = piece;
	}
	if (colon >= end)
		return end;
	for (size_t i = from + 1, polled = from; i < end; i++)
	{
		rf_poll(polled, i);
		polled = i;
		if (s[i - 1] == ' ' && (*label = label_at(s, i, end, true, after)) != NULL)
			return i;
	}
	return end;
}

static void
read_line(reader *r, rf_span c)
{
	const char *s = r->s;
	const struct label *label = label_at(s, c.start, c.end, false, &c.start);

	for (;;)
	{
		const struct label *next = NULL;
		size_t		after = c.end;
		size_t		at = label_inside(s, c.start, c.end, &next, &after);

		read_segment(r, label, (rf_span) {c.start, at}, at == c.end);
		if (at == c.end)
			return;
		label = next;
		c.start = after;
	}
}

/* The bullet a list line may start with: "• ", "- ", "* ", "· ". */
static rf_span
without_bullet(const char *s, rf_span c)
{
	static const char *const bullets[] = {"•", "-", "*", "·", "–"};

	for (size_t k = 0; k < COUNT(bullets); k++)
	{
		size_t		n = strlen(bullets[k]);

		if (c.end - c.start > n && memcmp(s + c.start, bullets[k], n) == 0 &&
			rf_space_at(s, c.start + n, c.end) > 0)
			return rf_trim(s, (rf_span) {c.start + n, c.end});
	}
	return c;
}

/* "Teknik- og Miljøudvalget, 10. september 2019, pkt. 65:": an earlier meeting's record. */
static bool
earlier_record(const char *s, rf_span c)
{
	return c.end > c.start && s[c.end - 1] == ':' && rf_ifind(s, c, ", pkt.") != (size_t) -1;
}

void
rf_attendance(const char *s, rf_span range, rf_attendee_fn fn, void *ctx)
{
	reader		r;
	size_t		pos = range.start;
	rf_span		line;

	r.s = s;
	r.fn = fn;
	r.ctx = ctx;
	r.label = NULL;
	r.open = false;
	r.overflow = false;
	r.n = 0;
	while (rf_next_line(s, &pos, range.end, &line))
	{
		rf_span		c = without_bullet(s, rf_content(s, line.start, line.end, NULL));

		if (c.start == c.end)
			continue;			/* blank lines do not end a list */
		if (earlier_record(s, c))
			break;
		read_line(&r, c);
	}
	flush(&r);
}

/* ------------------------------------------------------------ resolving */

size_t
rf_attendance_slots(size_t n)
{
	size_t		m = 16;

	while (m < 2 * n + 1)
		m *= 2;
	return m;
}

/* A hash of the words of a name (FNV-1a), blind to how they are spaced. */
static uint32_t
name_hash(const char *s, rf_span who)
{
	uint32_t	h = 2166136261u;
	size_t		p = who.start;
	rf_span		w;

	while (next_word(s, &p, who.end, &w))
	{
		for (size_t i = w.start; i < w.end; i++)
			h = (h ^ (unsigned char) s[i]) * 16777619u;
		h = (h ^ ' ') * 16777619u;
	}
	return h;
}

static bool
same_name(const char *s, rf_span a, rf_span b)
{
	size_t		p = a.start,
				q = b.start;
	rf_span		v,
				w;

	for (;;)
	{
		bool		more_a = next_word(s, &p, a.end, &v),
					more_b = next_word(s, &q, b.end, &w);

		if (!more_a || !more_b)
			return more_a == more_b;
		if (v.end - v.start != w.end - w.start || memcmp(s + v.start, s + w.start, v.end - v.start) != 0)
			return false;
	}
}

/* The slot of who: where it is, or the empty slot where it belongs. */
static size_t
slot_of(const char *s, const rf_attendee *e, const uint32_t *slots, size_t mask, rf_span who)
{
	size_t		h = name_hash(s, who) & mask;

	while (slots[h] != 0 && !same_name(s, e[slots[h] - 1].who, who))
		h = (h + 1) & mask;
	return h;
}

void
rf_attendees_resolve(const char *s, rf_attendee *e, size_t n, uint32_t *slots)
{
	size_t		mask = rf_attendance_slots(n) - 1;

	memset(slots, 0, (mask + 1) * sizeof(*slots));
	for (size_t k = 0; k < n; k++)
	{
		rf_poll(k > 0 ? e[k - 1].who.start : 0, e[k].who.start);
		e[k].present = e[k].list != RF_LIST_ABSENT;
		e[k].merged = false;
		if (e[k].list == RF_LIST_ABSENT)
		{
			size_t		h = slot_of(s, e, slots, mask, e[k].who);

			if (slots[h] == 0)
				slots[h] = (uint32_t) k + 1;
		}
	}
	for (size_t k = 0; k < n; k++)
	{
		size_t		h;

		if (e[k].list != RF_LIST_INVITED)
			continue;
		h = slot_of(s, e, slots, mask, e[k].who);
		if (slots[h] != 0)
		{
			e[k].present = false;
			e[slots[h] - 1].merged = true;
		}
	}
}

size_t
rf_attendance_words(const char *s, rf_span sp, char *out)
{
	size_t		o = 0,
				p = sp.start;
	rf_span		w;

	while (next_word(s, &p, sp.end, &w))
	{
		if (o > 0)
			out[o++] = ' ';
		memcpy(out + o, s + w.start, w.end - w.start);
		o += w.end - w.start;
	}
	out[o] = '\0';
	return o;
}
