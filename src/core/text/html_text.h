/*
 * html_text.h — the text of an HTML fragment, laid out in lines.
 *
 * Block elements (p, div, h1–h6, table, blockquote, …) are paragraphs,
 * separated by a blank line (a single line break inside a list); br, tr and
 * the end of a list item end a line; list items start with "• " (ul) or
 * "N. " (ol); table cells are separated by a tab.  Other tags are dropped,
 * comments and the content of script and style too.  Character references
 * are decoded: the named ones of Latin-1 letters and typography (&aelig;
 * &oslash; &aring; &nbsp; &ndash; &hellip; &rsquo; …) and numeric ones
 * (&#230; &#xE6;; 128–159 as Windows-1252, as browsers do); an unknown or
 * unterminated reference stays as written.  One pass, linear in the input.
 */
#ifndef RF_HTML_TEXT_H
#define RF_HTML_TEXT_H

#include <stddef.h>

#include "text_out.h"

extern void rf_html_text(rf_out *o, const char *s, size_t n);

#endif
