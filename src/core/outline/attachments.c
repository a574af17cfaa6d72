/*
 * attachments.c — one attachment per line of a Bilag list:
 *   "Bilag 1_ Spørgeskema 2015.pdf", "• PDFBilag 2: Høringssvar" (web page);
 *   a line in lower case continues the name before it.
 */
#include "extract.h"
#include "text.h"

/* Lower-case extension after the last dot: 2 to 4 letters or digits, one a letter. */
static size_t
extension(const char *s, size_t len, char *ext)
{
	size_t		dot = len;
	bool		letter = false;

	while (dot > 0 && len - dot <= 5 && s[dot - 1] != '.')
		dot--;
	if (dot <= 1 || len - dot < 2 || len - dot > 4)
		return 0;
	for (size_t i = dot; i < len; i++)
	{
		char		c = s[i];

		if (c >= 'A' && c <= 'Z')
			c += 32;
		if (c >= 'a' && c <= 'z')
			letter = true;
		else if (!(c >= '0' && c <= '9'))
			return 0;
		ext[i - dot] = c;
	}
	ext[len - dot] = '\0';
	return letter ? len - dot : 0;
}

/*
 * A name wrapped by pdftotext goes on in lower case: "… Hasselager-Kolt med" /
 * "tillæg 1"; a file name ("medaftale-ak-del-2.pdf") is a name of its own, and
 * so is the line after one.
 */
static bool
continues(const char *s, rf_span c, const char *name, size_t len)
{
	unsigned char a = (unsigned char) s[c.start];
	char		ext[8];

	if (!((a >= 'a' && a <= 'z') ||
		  (a == 0xC3 && c.end - c.start > 1 && (unsigned char) s[c.start + 1] >= 0xA0)))
		return false;
	return extension(name, len, ext) == 0 && extension(s + c.start, c.end - c.start, ext) == 0;
}

static void
emit(const char *scratch, size_t len, rf_attachment_fn fn, void *ctx, const char *ext_given)
{
	char		ext[8];

	if (len == 0)
		return;
	fn(ctx, scratch, len, ext_given ? ext_given : extension(scratch, len, ext) ? ext : NULL);
}

void
rf_attachments(const char *s, rf_range body, char *scratch, rf_attachment_fn fn, void *ctx)
{
	size_t		pos = body.start;
	size_t		len = 0;		/* of the name being read, in scratch */
	const char *ext = NULL;
	rf_span		line;

	if (RF_RANGE_EMPTY(body))
		return;
	while (rf_next_line(s, &pos, body.end, &line))
	{
		rf_span		c;
		bool		bullet = false;

		if (line.start == line.end)
			continue;			/* the empty lines between names, as most lists have them */
		c = rf_content(s, line.start, line.end, NULL);
		if (c.start == c.end)
			continue;
		if (len > 0 && ext == NULL && continues(s, c, scratch, len))
		{
			scratch[len++] = ' ';
			len += rf_render(s, c.start, c.end, RF_RENDER_JOIN, scratch + len);
			continue;
		}
		emit(scratch, len, fn, ctx, ext);
		ext = NULL;
		/* "• " (E2 80 A2) */
		if (c.end - c.start > 4 && (unsigned char) s[c.start] == 0xE2 &&
			(unsigned char) s[c.start + 1] == 0x80 && (unsigned char) s[c.start + 2] == 0xA2)
		{
			c = rf_trim(s, (rf_span) {c.start + 3, c.end});
			bullet = true;
		}
		/* the web page marks the file type before the name: "PDFIndstilling" */
		if (bullet && rf_istarts(s, c, "PDF") && c.end - c.start > 3)
		{
			c.start += 3;
			ext = "pdf";
		}
		len = rf_render(s, c.start, c.end, RF_RENDER_JOIN, scratch);
	}
	emit(scratch, len, fn, ctx, ext);
}
