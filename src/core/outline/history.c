/*
 * history.c — the entries of a Sagsforløb: repeated blocks of
 *   Udvalg: Aarhus Byråd / Dato: 26-03-2025 / Punktnummer: 21 / text …
 */
#include <string.h>

#include "extract.h"
#include "text.h"

/* "Label:" at the start of c; *value is what follows. */
static bool
labelled(const char *s, rf_span c, const char *label, rf_span *value)
{
	size_t		n = strlen(label);

	if (!rf_istarts(s, c, label))
		return false;
	*value = rf_trim(s, (rf_span) {c.start + n, c.end});
	return true;
}

void
rf_history(const char *s, rf_range body, rf_history_fn fn, void *ctx)
{
	rf_history_entry e;
	bool		open = false;
	size_t		pos = body.start;
	uint32_t	no = body.first;
	rf_span		line;

	if (RF_RANGE_EMPTY(body))
		return;
	for (; rf_next_line(s, &pos, body.end, &line); no++)
	{
		rf_span		c = rf_content(s, line.start, line.end, NULL);
		rf_span		v;
		int			n;

		if (c.start == c.end)
			continue;
		if (labelled(s, c, "udvalg:", &v))
		{
			if (open)
				fn(ctx, &e);
			open = true;
			e.committee = v;
			e.has_date = false;
			e.item_no = -1;
			e.text = (rf_range) {0, 0, 1, 0};
		}
		else if (open && RF_RANGE_EMPTY(e.text) && labelled(s, c, "dato:", &v))
			e.has_date = rf_find_date(s + v.start, v.end - v.start, &e.date);
		else if (open && RF_RANGE_EMPTY(e.text) && labelled(s, c, "punktnummer:", &v))
		{
			if (!rf_all_digits(s, v, 5, &n))
				n = -1;
			e.item_no = n;
		}
		else if (open)
		{
			if (RF_RANGE_EMPTY(e.text))
				e.text = (rf_range) {line.start, line.end, no, no};
			e.text.end = line.end;
			e.text.last = no;
		}
	}
	if (open)
		fn(ctx, &e);
}
