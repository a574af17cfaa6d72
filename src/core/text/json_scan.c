/*
 * json_scan.c — the pull reader of JSON text (json_scan.h).
 */
#include <string.h>

#include "interrupt.h"
#include "json_scan.h"

enum
{
	ST_VALUE,					/* a value: at the start, after ':', after ',' in an array */
	ST_VALUE_OR_END,			/* after '[' */
	ST_KEY_OR_END,				/* after '{' */
	ST_KEY,						/* after ',' in an object */
	ST_COLON,					/* after a key */
	ST_AFTER,					/* after a value: ',' or the end of its container */
	ST_DONE,
	ST_FAILED
};

void
rf_json_init(rf_json_scanner *js, const char *s, size_t len)
{
	memset(js, 0, sizeof(*js));
	js->s = s;
	js->len = len;
	js->state = ST_VALUE;
}

bool
rf_json_in_object(const rf_json_scanner *js)
{
	uint32_t	level = js->depth - 1;

	return js->depth > 0 && (js->objects[level / 8] >> (level % 8) & 1);
}

static rf_json_event
fail(rf_json_scanner *js, const char *what)
{
	js->state = ST_FAILED;
	js->error = what;
	return RF_JSON_ERROR;
}

static int
hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* The string starting at the quote at js->pos; its content goes to js->span. */
static bool
scan_string(rf_json_scanner *js)
{
	const char *s = js->s;
	size_t		i = js->pos + 1;

	while (i < js->len)
		for (size_t piece = rf_piece(i, js->len); i < piece;)
		{
			unsigned char c = (unsigned char) s[i];

			if (c == '"')
			{
				js->span = (rf_span) {js->pos + 1, i};
				js->pos = i + 1;
				return true;
			}
			if (c < 0x20)
			{
				js->pos = i;
				fail(js, "control character in a string");
				return false;
			}
			if (c != '\\')
			{
				i++;
				continue;
			}
			if (i + 1 >= js->len)
			{
				i = js->len;	/* a backslash at the end: unterminated */
				break;
			}
			if (s[i + 1] == 'u')
			{
				for (int k = 2; k < 6; k++)
					if (i + k >= js->len || hex_value(s[i + k]) < 0)
					{
						js->pos = i;
						fail(js, "invalid \\u escape in a string");
						return false;
					}
				i += 6;
			}
			else if (strchr("\"\\/bfnrt", s[i + 1]) != NULL && s[i + 1] != '\0')
				i += 2;
			else
			{
				js->pos = i;
				fail(js, "invalid escape in a string");
				return false;
			}
		}
	fail(js, "unterminated string");
	return false;
}

static size_t
digits(const char *s, size_t i, size_t len)
{
	size_t		from = i;

	while (i < len && s[i] >= '0' && s[i] <= '9')
		i++;
	return i - from;
}

/* -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
static bool
scan_number(rf_json_scanner *js)
{
	const char *s = js->s;
	size_t		i = js->pos;
	size_t		n;

	if (s[i] == '-')
		i++;
	n = digits(s, i, js->len);
	if (n == 0 || (n > 1 && s[i] == '0'))
		return fail(js, "malformed number"), false;
	i += n;
	if (i < js->len && s[i] == '.')
	{
		if ((n = digits(s, i + 1, js->len)) == 0)
			return fail(js, "malformed number"), false;
		i += 1 + n;
	}
	if (i < js->len && (s[i] == 'e' || s[i] == 'E'))
	{
		i++;
		if (i < js->len && (s[i] == '+' || s[i] == '-'))
			i++;
		if ((n = digits(s, i, js->len)) == 0)
			return fail(js, "malformed number"), false;
		i += n;
	}
	js->span = (rf_span) {js->pos, i};
	js->pos = i;
	return true;
}

static rf_json_event
open_container(rf_json_scanner *js, bool object)
{
	uint32_t	level = js->depth;

	if (level >= RF_JSON_MAX_DEPTH)
		return fail(js, "nested deeper than 1024 levels");
	if (object)
		js->objects[level / 8] |= (uint8_t) (1u << (level % 8));
	else
		js->objects[level / 8] &= (uint8_t) ~(1u << (level % 8));
	js->depth++;
	js->pos++;
	js->state = object ? ST_KEY_OR_END : ST_VALUE_OR_END;
	return object ? RF_JSON_OBJECT : RF_JSON_ARRAY;
}

static rf_json_event
close_container(rf_json_scanner *js, bool object)
{
	js->depth--;
	js->pos++;
	js->state = ST_AFTER;
	return object ? RF_JSON_OBJECT_END : RF_JSON_ARRAY_END;
}

static rf_json_event
literal(rf_json_scanner *js, const char *word, rf_json_event ev)
{
	size_t		n = strlen(word);

	if (js->len - js->pos < n || memcmp(js->s + js->pos, word, n) != 0)
		return fail(js, "unexpected character");
	js->pos += n;
	js->state = ST_AFTER;
	return ev;
}

static rf_json_event
value(rf_json_scanner *js)
{
	char		c = js->s[js->pos];

	switch (c)
	{
		case '{':
			return open_container(js, true);
		case '[':
			return open_container(js, false);
		case '"':
			if (!scan_string(js))
				return RF_JSON_ERROR;
			js->state = ST_AFTER;
			return RF_JSON_STRING;
		case 't':
			return literal(js, "true", RF_JSON_TRUE);
		case 'f':
			return literal(js, "false", RF_JSON_FALSE);
		case 'n':
			return literal(js, "null", RF_JSON_NULL);
		default:
			if (c != '-' && (c < '0' || c > '9'))
				return fail(js, "unexpected character");
			if (!scan_number(js))
				return RF_JSON_ERROR;
			js->state = ST_AFTER;
			return RF_JSON_NUMBER;
	}
}

/* White space between tokens. */
static void
skip_blanks(rf_json_scanner *js)
{
	while (js->pos < js->len)
		for (size_t piece = rf_piece(js->pos, js->len); js->pos < piece; js->pos++)
		{
			char		c = js->s[js->pos];

			if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
				return;
		}
}

rf_json_event
rf_json_next(rf_json_scanner *js)
{
	const char *s = js->s;

	for (;;)
	{
		char		c;

		skip_blanks(js);
		if (js->state == ST_FAILED)
			return RF_JSON_ERROR;
		if (js->state == ST_DONE || (js->state == ST_AFTER && js->depth == 0))
		{
			if (js->pos < js->len)
				return fail(js, "text after the JSON value");
			js->state = ST_DONE;
			return RF_JSON_DONE;
		}
		if (js->pos >= js->len)
			return fail(js, "unexpected end of the JSON text");
		c = s[js->pos];
		switch (js->state)
		{
			case ST_COLON:
				if (c != ':')
					return fail(js, "expected ':' after a key");
				js->pos++;
				js->state = ST_VALUE;
				continue;
			case ST_AFTER:
				if (c == ',')
				{
					js->pos++;
					js->state = rf_json_in_object(js) ? ST_KEY : ST_VALUE;
					continue;
				}
				if (c == (rf_json_in_object(js) ? '}' : ']'))
					return close_container(js, c == '}');
				return fail(js, "expected ',' or the end of an object or array");
			case ST_KEY_OR_END:
				if (c == '}')
					return close_container(js, true);
				/* FALLTHROUGH */
			case ST_KEY:
				if (c != '"')
					return fail(js, "expected a key in quotes");
				if (!scan_string(js))
					return RF_JSON_ERROR;
				js->state = ST_COLON;
				return RF_JSON_KEY;
			case ST_VALUE_OR_END:
				if (c == ']')
					return close_container(js, false);
				return value(js);
			default:
				return value(js);
		}
	}
}

bool
rf_json_is(const char *s, rf_span sp, const char *word)
{
	size_t		n = strlen(word);

	return sp.end - sp.start == n && memcmp(s + sp.start, word, n) == 0;
}

static size_t
put_utf8(char *out, size_t o, uint32_t cp)
{
	if (cp < 0x80)
		out[o++] = (char) cp;
	else if (cp < 0x800)
	{
		out[o++] = (char) (0xC0 | cp >> 6);
		out[o++] = (char) (0x80 | (cp & 0x3F));
	}
	else if (cp < 0x10000)
	{
		out[o++] = (char) (0xE0 | cp >> 12);
		out[o++] = (char) (0x80 | (cp >> 6 & 0x3F));
		out[o++] = (char) (0x80 | (cp & 0x3F));
	}
	else
	{
		out[o++] = (char) (0xF0 | cp >> 18);
		out[o++] = (char) (0x80 | (cp >> 12 & 0x3F));
		out[o++] = (char) (0x80 | (cp >> 6 & 0x3F));
		out[o++] = (char) (0x80 | (cp & 0x3F));
	}
	return o;
}

/* The four hex digits at s[i] (known to be there). */
static uint32_t
hex4(const char *s, size_t i)
{
	return (uint32_t) (hex_value(s[i]) << 12 | hex_value(s[i + 1]) << 8 |
					   hex_value(s[i + 2]) << 4 | hex_value(s[i + 3]));
}

size_t
rf_json_unescape(const char *s, rf_span sp, char *out)
{
	size_t		o = 0;
	size_t		i = sp.start;

	while (i < sp.end)
		for (size_t piece = rf_piece(i, sp.end); i < piece;)
		{
			uint32_t	cp;

			if (s[i] != '\\')
			{
				out[o++] = s[i++];
				continue;
			}
			switch (s[i + 1])
			{
				case 'b':
					cp = '\b';
					break;
				case 'f':
					cp = '\f';
					break;
				case 'n':
					cp = '\n';
					break;
				case 'r':
					cp = '\r';
					break;
				case 't':
					cp = '\t';
					break;
				case 'u':
					cp = hex4(s, i + 2);
					if (cp >= 0xD800 && cp <= 0xDBFF && i + 12 <= sp.end &&
						s[i + 6] == '\\' && s[i + 7] == 'u' &&
						hex4(s, i + 8) >= 0xDC00 && hex4(s, i + 8) <= 0xDFFF)
					{
						cp = 0x10000 + ((cp - 0xD800) << 10 | (hex4(s, i + 8) - 0xDC00));
						i += 6;
					}
					else if (cp >= 0xD800 && cp <= 0xDFFF)
						cp = 0xFFFD;	/* a lone surrogate */
					o = put_utf8(out, o, cp);
					i += 6;
					continue;
				default:		/* " \ / */
					cp = (unsigned char) s[i + 1];
					break;
			}
			out[o++] = (char) cp;
			i += 2;
		}
	return o;
}
