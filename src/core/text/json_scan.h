/*
 * json_scan.h — a pull reader of JSON text, without recursion.
 *
 * rf_json_next returns one event at a time (the start or end of an object
 * or array, a key, a scalar) and checks the grammar as it goes (RFC 8259:
 * strings with their escapes, numbers, literals, commas and colons, one
 * value and nothing after it).  Nesting is tracked in a bit per level, so
 * depth is bounded by RF_JSON_MAX_DEPTH and the reader's memory is fixed.
 * String events give the bytes between the quotes, escapes undecoded;
 * rf_json_unescape decodes them.  Bytes that are not UTF-8 inside a string
 * are let through: whoever writes the text out makes it valid.
 */
#ifndef RF_JSON_SCAN_H
#define RF_JSON_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "minutes.h"

/* Deeper than any document a program writes; PostgreSQL's jsonb goes deeper, so this is a limit. */
#define RF_JSON_MAX_DEPTH 1024

typedef enum rf_json_event
{
	RF_JSON_ERROR,				/* malformed: see rf_json_scanner.error and .pos */
	RF_JSON_DONE,				/* the one value is complete */
	RF_JSON_OBJECT,				/* '{' */
	RF_JSON_OBJECT_END,			/* '}' */
	RF_JSON_ARRAY,				/* '[' */
	RF_JSON_ARRAY_END,			/* ']' */
	RF_JSON_KEY,				/* a key, in .span (without quotes) */
	RF_JSON_STRING,				/* a string value, in .span (without quotes) */
	RF_JSON_NUMBER,				/* in .span */
	RF_JSON_TRUE,
	RF_JSON_FALSE,
	RF_JSON_NULL
} rf_json_event;

typedef struct rf_json_scanner
{
	const char *s;
	size_t		len;
	size_t		pos;			/* next byte to read; at an error, the offending byte */
	uint32_t	depth;			/* open objects and arrays */
	int			state;			/* what may come next (json_scan.c) */
	rf_span		span;			/* of the last key, string or number */
	const char *error;			/* what was wrong, when RF_JSON_ERROR was returned */
	uint8_t		objects[RF_JSON_MAX_DEPTH / 8];	/* bit per level: an object (1) or array (0) */
} rf_json_scanner;

extern void rf_json_init(rf_json_scanner *js, const char *s, size_t len);
extern rf_json_event rf_json_next(rf_json_scanner *js);

/* Is the innermost open container an object?  (False at the top level.) */
extern bool rf_json_in_object(const rf_json_scanner *js);

/*
 * Decode the string s[sp) that rf_json_next returned (its escapes known to
 * be well formed) into out, which has room for sp.end - sp.start bytes: the
 * decoded text is never longer.  \uXXXX becomes UTF-8, a surrogate pair one
 * character, a lone surrogate U+FFFD.  Returns the length.
 */
extern size_t rf_json_unescape(const char *s, rf_span sp, char *out);

/* The text of a key or string s[sp) is exactly word (no escapes). */
extern bool rf_json_is(const char *s, rf_span sp, const char *word);

#endif
