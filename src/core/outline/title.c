/*
 * title.c — routing prefix, closed marker and time annotation of a title:
 * "CF - Registrering af krænkende hændelser (kl.11.55-12.05)",
 * "Lukket: Køb af landbrugsejendom", and the item type mark of
 * "Godkendelse af dagsorden (B)".
 */
#include "danish_time.h"
#include "text.h"
#include "title.h"

/* Longest routing prefix, in bytes ("ØU/KB" is 6). */
#define PREFIX_MAX 12

/*
 * "CF - ", "ØU/KB – ": capitals and slashes, then a dash between blanks.
 * Returns the length of the prefix (0 when there is none) and in *sep the
 * length of the separator after it.
 */
static size_t
prefix_end(const char *s, size_t len, size_t *sep)
{
	size_t		i = 0;

	while (i < len && i <= PREFIX_MAX)
	{
		unsigned char c = (unsigned char) s[i];

		if ((c >= 'A' && c <= 'Z') || c == '/')
			i++;
		else if (c == 0xC3 && i + 1 < len &&
				 (unsigned char) s[i + 1] >= 0x80 && (unsigned char) s[i + 1] <= 0x9E)
			i += 2;				/* Æ, Ø, Å */
		else
			break;
	}
	if (i == 0 || i > PREFIX_MAX || s[i - 1] == '/')
		return 0;
	*sep = 3;
	if (i + 3 <= len && s[i] == ' ' && s[i + 1] == '-' && s[i + 2] == ' ')
		return i;
	*sep = 5;					/* en dash */
	if (i + 5 <= len && s[i] == ' ' && (unsigned char) s[i + 1] == 0xE2 &&
		(unsigned char) s[i + 2] == 0x80 && (unsigned char) s[i + 3] == 0x93 && s[i + 4] == ' ')
		return i;
	return 0;
}

/* " (B)" / " (O)" at the end of t: the item type, cut from the title. */
static rf_item_type
item_type(const char *s, rf_span *t)
{
	rf_item_type type;

	if (t->end - t->start < 5 || s[t->end - 4] != ' ' || s[t->end - 3] != '(' || s[t->end - 1] != ')')
		return RF_ITEM_TYPE_NONE;
	if (s[t->end - 2] == 'B')
		type = RF_ITEM_TYPE_DECISION;
	else if (s[t->end - 2] == 'O')
		type = RF_ITEM_TYPE_ORIENTATION;
	else
		return RF_ITEM_TYPE_NONE;
	*t = rf_trim(s, (rf_span) {t->start, t->end - 4});
	return type;
}

void
rf_title_parts(const char *s, size_t len, rf_title *out)
{
	rf_span		t = {0, len};
	size_t		p,
				sep;
	rf_slot		slot;

	out->closed = false;
	out->prefix = (rf_span) {0, 0};
	out->slot_start = out->slot_end = out->duration = -1;

	if (rf_ieq(s, t, "lukket"))
		out->closed = true;
	else if (rf_istarts(s, t, "lukket:"))
	{
		out->closed = true;
		t = rf_trim(s, (rf_span) {t.start + 7, t.end});
	}
	else if ((p = prefix_end(s, len, &sep)) > 0)
	{
		out->prefix = (rf_span) {0, p};
		t = rf_trim(s, (rf_span) {p + sep, t.end});
	}
	out->type = item_type(s, &t);
	if (rf_parse_slot(s + t.start, t.end - t.start, &slot))
	{
		t.end = t.start + slot.cut;
		out->slot_start = slot.start;
		out->slot_end = slot.end;
		out->duration = slot.duration;
	}
	out->title = t;
}
