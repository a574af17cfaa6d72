/*
 * attachments.c — one attachment per line of a Bilag list:
 *   "Bilag 1_ Spørgeskema 2015.pdf", "• PDFBilag 2: Høringssvar" (web page).
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

void
rf_attachments(const char *s, rf_range body, char *scratch, rf_attachment_fn fn, void *ctx)
{
	size_t		pos = body.start;
	rf_span		line;

	if (RF_RANGE_EMPTY(body))
		return;
	while (rf_next_line(s, &pos, body.end, &line))
	{
		rf_span		c = rf_content(s, line.start, line.end, NULL);
		bool		bullet = false;
		char		ext[8];
		size_t		len;

		if (c.start == c.end)
			continue;
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
			len = rf_render(s, c.start + 3, c.end, RF_RENDER_JOIN, scratch);
			fn(ctx, scratch, len, "pdf");
			continue;
		}
		len = rf_render(s, c.start, c.end, RF_RENDER_JOIN, scratch);
		fn(ctx, scratch, len, extension(scratch, len, ext) ? ext : NULL);
	}
}
