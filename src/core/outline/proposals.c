/*
 * proposals.c — the numbered proposals of a recommendation:
 *   "Kommunaldirektøren indstiller," then "1. at …", "- at …" (sub-bullets
 *   stay inside their proposal), or "Det indstilles:" then "At 1) …"
 *   (wrapped lines joined), or "Det indstilles, at" then one proposal.
 */
#include <string.h>

#include "extract.h"
#include "lines.h"
#include "text.h"

typedef enum marker
{
	MARK_NONE,					/* free text after "…, at" */
	MARK_NUMBER,				/* "1. ", "2) " */
	MARK_AT,					/* "At 3) ", "At) ": all up to the next is its own */
	MARK_BULLET					/* "- ", "• ", "– " */
} marker;

typedef struct state
{
	const char *s;
	char	   *out;
	size_t		len;
	bool		open;
	marker		style;
	rf_span		who;
	rf_proposal_fn fn;
	void	   *ctx;
} state;

static void
flush(state *st)
{
	if (st->open && st->len > 0)
		st->fn(st->ctx, st->who, st->out, st->len);
	st->open = false;
	st->len = 0;
}

/*
 * Append a line: on a line of its own (sub-bullets), or joined to the text
 * before.  A line with nothing to show ("**") adds nothing, not even a break.
 */
static void
append(state *st, bool own_line, rf_span text)
{
	size_t		len = st->len;
	size_t		n;

	if (len > 0 && own_line)
		st->out[len++] = '\n';
	else
		len = rf_join(st->out, len, st->s, text);
	n = rf_render(st->s, text.start, text.end, RF_RENDER_JOIN, st->out + len);
	if (n > 0)
		st->len = len + n;
}

/* Start a proposal; its text loses a leading "at". */
static void
start(state *st, marker style, rf_span text)
{
	flush(st);
	if (rf_istarts(st->s, text, "at ") || rf_ieq(st->s, text, "at"))
		text = rf_trim(st->s, (rf_span) {text.start + 2, text.end});
	st->open = true;
	st->style = style;
	append(st, false, text);
}

/* The marker at the start of c, and the text after it in *text. */
static marker
line_marker(const char *s, rf_span c, rf_span *text)
{
	size_t		i = c.start;
	int			n;

	if (rf_istarts(s, c, "at)"))
	{
		*text = rf_trim(s, (rf_span) {c.start + 3, c.end});
		return MARK_AT;			/* "At) …", a number lost in the source */
	}
	if (rf_istarts(s, c, "at "))
	{
		i += 3;					/* "At 1) …" */
		if (rf_digits(s, c.end, &i, 3, &n) && i < c.end && s[i] == ')')
		{
			*text = rf_trim(s, (rf_span) {i + 1, c.end});
			return MARK_AT;
		}
		i = c.start;
	}
	/* "1. at …"; a number alone ("6.") ends a wrapped line */
	if (rf_digits(s, c.end, &i, 3, &n) && i + 2 < c.end && (s[i] == '.' || s[i] == ')') &&
		s[i + 1] == ' ')
	{
		*text = rf_trim(s, (rf_span) {i + 1, c.end});
		return MARK_NUMBER;
	}
	if (c.end - c.start >= 2 && s[c.start] == '-' && s[c.start + 1] == ' ')
	{
		*text = rf_trim(s, (rf_span) {c.start + 2, c.end});
		return MARK_BULLET;
	}
	if (c.end - c.start >= 4 && (unsigned char) s[c.start] == 0xE2 &&
		(unsigned char) s[c.start + 1] == 0x80 &&
		((unsigned char) s[c.start + 2] == 0xA2 || (unsigned char) s[c.start + 2] == 0x93) &&
		s[c.start + 3] == ' ')
	{
		*text = rf_trim(s, (rf_span) {c.start + 4, c.end});
		return MARK_BULLET;		/* "• " or "– " */
	}
	return MARK_NONE;
}

/* "…indstiller, at", "Det indstilles, at": one unnumbered proposal may follow. */
static bool
ends_with_at(const char *s, rf_span c)
{
	while (c.end > c.start && (s[c.end - 1] == ':' || s[c.end - 1] == ','))
		c.end--;
	return rf_iends(s, c, " at");
}

void
rf_proposals(const char *s, rf_range body, char *scratch, rf_proposal_fn fn, void *ctx)
{
	state		st = {s, scratch, 0, false, MARK_NONE, {0, 0}, fn, ctx};
	size_t		pos = body.start;
	rf_span		line;
	bool		gap = false;
	bool		intro_at = false;	/* the intro ended in "at" */
	bool		after_intro = false;	/* no proposal since the intro */

	if (RF_RANGE_EMPTY(body))
		return;
	while (rf_next_line(s, &pos, body.end, &line))
	{
		rf_line		l = {.start = line.start, .end = line.end};
		rf_span		text;
		marker		m;

		rf_classify_line(s, &l);
		if (l.cls == RF_LINE_BLANK)
		{
			gap = true;
			continue;
		}
		if (l.cls == RF_LINE_INDSTILLER || rf_istarts(s, l.content, "det indstilles"))
		{
			flush(&st);
			st.who = l.cls == RF_LINE_INDSTILLER ? l.rest : (rf_span) {0, 0};
			intro_at = ends_with_at(s, l.content);
			after_intro = true;
			gap = false;
			continue;
		}
		m = line_marker(s, l.content, &text);
		if (m == MARK_AT)
			start(&st, MARK_AT, text);
		else if (st.open && st.style == MARK_AT)
			append(&st, gap || m != MARK_NONE, l.content);	/* "1.1 …", "a) …", "Ift. a) …" */
		else if (m == MARK_NUMBER)
			start(&st, MARK_NUMBER, text);
		else if (m == MARK_BULLET)
		{
			bool		indented = l.content.start > line.start &&
				(s[line.start] == ' ' || s[line.start] == '\t');

			if (st.open && (st.style != MARK_BULLET || indented))
				append(&st, true, l.content);	/* a sub-bullet */
			else
				start(&st, MARK_BULLET, text);
		}
		else if (st.open && !gap)
			append(&st, false, l.content);	/* a wrapped line */
		else if (after_intro && (intro_at || rf_istarts(s, l.content, "at ")))
			start(&st, MARK_NONE, l.content);	/* "Det indstilles, at" + one proposal */
		else
		{
			flush(&st);			/* free text in a recommendation ends a proposal */
			gap = false;
			continue;
		}
		after_intro = false;
		gap = false;
	}
	flush(&st);
}
