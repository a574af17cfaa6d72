/*
 * test_firstagenda.c — FirstAgenda publication JSON to text: the JSON
 * reader, HTML to text, the layout the parser reads, and the errors.
 */
#include <stdlib.h>
#include <string.h>

#include "attendance.h"
#include "check.h"
#include "corpus.h"
#include "firstagenda.h"
#include "html_text.h"
#include "json_scan.h"
#include "meeting.h"

/* The text of an HTML fragment, without the final newline; malloc'd. */
static char *
html(const char *fragment)
{
	rf_out		o;
	size_t		len;
	char	   *t;

	rf_out_init(&o, &test_allocator);
	rf_html_text(&o, fragment, strlen(fragment));
	t = rf_out_finish(&o, &len);
	if (len > 0)
		t[len - 1] = '\0';
	return t;
}

#define CHECK_HTML(fragment, want) \
	do { \
		char	   *got_ = html(fragment); \
		CHECK_STR(got_, strlen(got_), want); \
		free(got_); \
	} while (0)

static void
test_html(void)
{
	/* blocks are paragraphs, br ends a line, two br a paragraph */
	CHECK_HTML("<div><h3>Beslutning</h3><span>Godkendt.<br></span></div><p>Ja</p>",
			   "Beslutning\n\nGodkendt.\n\nJa");
	CHECK_HTML("a<br>b<br><br>c<br/><br /><br>d", "a\nb\n\nc\n\nd");
	/* white space in text collapses; no blank at a line's ends */
	CHECK_HTML("<p>  Hvis\r\n   indsatserne\tbesluttes </p>", "Hvis indsatserne besluttes");
	/* lists: bullets and numbers, one item a line, a <p> inside an item stays on its line */
	CHECK_HTML("<p>Indstilling:</p><ol><li>at A</li><li><p>at B</p></li></ol><ul><li>x</li><li>y</li></ul>efter",
			   "Indstilling:\n\n1. at A\n2. at B\n\n\xE2\x80\xA2 x\n\xE2\x80\xA2 y\n\nefter");
	/* a nested list keeps its own count; the outer one goes on */
	CHECK_HTML("<ol><li>a<ol><li>b</li></ol></li><li>c</li></ol>", "1. a\n1. b\n2. c");
	/* a list item without text leaves no bullet behind */
	CHECK_HTML("<ul><li></li></ul>", "");
	/* tables: a row a line, cells apart */
	CHECK_HTML("<table><tbody><tr><td>Udgift</td><td>670.000</td></tr><tr><td>I alt</td><td>1</td></tr></tbody></table>",
			   "Udgift\t670.000\nI alt\t1");
	/* tags dropped, inline tags join, comments, script and style go */
	CHECK_HTML("<p><strong>Supplerende</strong> <em>sags</em>fremstilling</p>", "Supplerende sagsfremstilling");
	CHECK_HTML("a<!-- <p>skjult</p> -->b<style>p{}</style>c<script>x<y</script>d", "abcd");
	/* a '<' that is no tag, and one never closed, are text */
	CHECK_HTML("a < b <3", "a < b <3");
	CHECK_HTML("x <p y", "x <p y");
	/* entities: the named ones that occur, numeric, Windows-1252, unknown and unterminated */
	CHECK_HTML("&Oslash;konomi &aelig;&oslash;&aring; &AElig;&Aring; caf&eacute;",
			   "Økonomi æøå ÆÅ café");
	CHECK_HTML("&amp; &lt;b&gt; &quot;x&quot; 1&ndash;2 a&mdash;b s&hellip; &rsquo;&ldquo;&rdquo;",
			   "& <b> \"x\" 1–2 a—b s… ’“”");
	CHECK_HTML("&#230;&#xE6;&#XC6; &#150; &#8364; &#0; &#xD800; &#99999999;", "ææÆ – € \xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD");
	CHECK_HTML("a&nbsp;&nbsp;b&nbsp;", "a b");
	CHECK_HTML("R&D &foo; &amp &#x; &", "R&D &foo; &amp &#x; &");
	/* the soft hyphen goes, no-break spaces written as characters are blanks */
	CHECK_HTML("budget&shy;l\xC3\xA6gning a\xC2\xA0\xC2\xA0" "b", "budgetlægning a b");
	/* bytes that are not UTF-8 become U+FFFD; control characters blanks */
	CHECK_HTML("a\xFF" "b\xC3" "c\x01" "d", "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c d");
}

/* Render json; the text (or NULL on error) and the status. */
static char *
render(const char *json, rf_fa_status *status, rf_fa_error *err)
{
	rf_fa_result res;
	size_t		len = strlen(json);

	*status = rf_firstagenda_text(json, len, &test_allocator, &res, err);
	free(res.scratch);
	if (*status != RF_FA_OK)
	{
		free(res.text);
		return NULL;
	}
	CHECK(res.len == strlen(res.text) && res.len <= RF_FA_OUTPUT_MAX(len));
	return res.text;
}

#define CHECK_RENDER(json, want) \
	do { \
		rf_fa_status st_; \
		rf_fa_error err_; \
		char	   *got_ = render(json, &st_, &err_); \
		CHECK(st_ == RF_FA_OK); \
		if (got_) \
			CHECK_STR(got_, strlen(got_), want); \
		free(got_); \
	} while (0)

#define CHECK_ERROR(json, want_status, message) \
	do { \
		rf_fa_status st_; \
		rf_fa_error err_; \
		char	   *got_ = render(json, &st_, &err_); \
		CHECK(got_ == NULL && st_ == (want_status) && err_.status == (want_status)); \
		CHECK_STR(err_.what, err_.what ? strlen(err_.what) : 0, message); \
		free(got_); \
	} while (0)

static void
test_layout(void)
{
	/* the header, whatever the order of the keys; an item's keys after its fields */
	CHECK_RENDER("{\"Dagsordenpunkter\": [{\"Felter\": [{\"Navn\": \"\", \"Html\": \"<h3>Beslutning</h3><p>Godkendt.</p>\"}],"
				 " \"SagsNummer\": \"24-008513\", \"Navn\": \"Godkendelse af dagsorden\", \"Punktnummer\": \"1\","
				 " \"Bilag\": [{\"Navn\": \"Bilag 1\"}, {\"Navn\": \"Bilag 2\"}]}],"
				 " \"Udvalg\": {\"Navn\": \"Økonomiudvalget\"},"
				 " \"Moede\": {\"Dato\": \"2025-01-29T17:00:00+01:00\", \"Sted\": \"Biblioteket\", \"Afsluttet\": true}}",
				 "Referat Økonomiudvalget d. 29-01-2025\n\n"
				 "Mødedato: Onsdag d. 29. januar 2025 kl. 17:00\n\n"
				 "Udvalg: Økonomiudvalget\n\n"
				 "Mødested: Biblioteket\n\n"
				 "Punkt 1: Godkendelse af dagsorden\n\n"
				 "Sagsnr.: 24-008513\n\n"
				 "Beslutning\n\nGodkendt.\n\n"
				 "Bilag\n\nBilag 1\nBilag 2\n");
	/* not held yet: an agenda; no place, no forum; a field's own name as its heading */
	CHECK_RENDER("{\"Moede\": {\"Dato\": \"2024-12-31T12:00:00+01:00\", \"Afsluttet\": false},"
				 " \"Dagsordenpunkter\": [{\"Number\": 7, \"Caption\": \"Orientering\", \"CaseNumber\": \"\","
				 " \"Felter\": [{\"Navn\": \"Beslutning\", \"Html\": \"Taget til efterretning\"}]}]}",
				 "Dagsorden 31-12-2024\n\n"
				 "Mødedato: Tirsdag d. 31. december 2024 kl. 12:00\n\n"
				 "Punkt 7: Orientering\n\n"
				 "Beslutning\n\nTaget til efterretning\n");
	/* no number, or one that is not a number: the item's place in the list */
	CHECK_RENDER("{\"Dagsordenpunkter\": [{\"Navn\": \"A\"}, {\"Nummer\": \"2a\", \"Navn\": \"B\"}, {\"Nummer\": \"-3\"}]}",
				 "Dagsorden\n\nPunkt 1: A\n\nPunkt 2: B\n\nPunkt 3:\n");
	/* participants: who came, who sent apologies, who was absent */
	CHECK_RENDER("{\"Moede\": {\"Moededeltagere\": [{\"Name\": \"Anne And\", \"Absent\": false},"
				 " {\"Name\": \"Bo Bæk\", \"ParticipationCancelled\": true}, {\"Name\": \"Carl Cen\", \"Absent\": true},"
				 " {\"Name\": \"Dan Dal\", \"Absent\": true}, {\"Name\": \"\", \"Absent\": true}]},"
				 " \"Dagsordenpunkter\": []}",
				 "Dagsorden\n\nMødedeltagere: Anne And\n\nAfbud: Bo Bæk\n\nFraværende: Carl Cen, Dan Dal\n");
	/* JSON escapes: \n in a title, \u00e6, a surrogate pair, a lone surrogate, \" \\ \/ */
	CHECK_RENDER("{\"Dagsordenpunkter\": [{\"Navn\": \"K\\u00f8b\\nog \\\"salg\\\" \\\\ \\/ \\ud83d\\ude00 \\udc00\"}]}",
				 "Dagsorden\n\nPunkt 1: Køb og \"salg\" \\ / \xF0\x9F\x98\x80 \xEF\xBF\xBD\n");
	/* a date that is no date is left out; the forum stays */
	CHECK_RENDER("{\"Udvalg\": {\"Navn\": \"Byråd\"}, \"Moede\": {\"Dato\": \"2025-02-30T10:00\"}, \"Dagsordenpunkter\": []}",
				 "Dagsorden Byråd\n\nUdvalg: Byråd\n");
	CHECK_RENDER("{\"Moede\": {\"Dato\": \"2025-02-03\"}, \"Dagsordenpunkter\": []}",
				 "Dagsorden 03-02-2025\n\nMødedato: Mandag d. 03. februar 2025\n");
}

/* What the parser makes of the text: the one parser reads both forms. */
static void
absent(void *ctx, const rf_attendee *a)
{
	const char *const *text_seen = ctx;

	if (a->list != RF_LIST_ABSENT)
		return;
	strcat((char *) text_seen[1], a->reason);
	strcat((char *) text_seen[1], "=");
	strncat((char *) text_seen[1], text_seen[0] + a->written.start, a->written.end - a->written.start);
	strcat((char *) text_seen[1], ";");
}

static void
test_parsed(void)
{
	static const char json[] =
		"{\"Udvalg\": {\"Navn\": \"Klima-, Teknik- og Miljøudvalget\"},"
		" \"Moede\": {\"Dato\": \"2024-11-19T16:00:00+01:00\", \"Sted\": \"Mødelokale 1\", \"Afsluttet\": true,"
		"  \"Moededeltagere\": [{\"Name\": \"Anne And\", \"ParticipationCancelled\": true},"
		"  {\"Name\": \"Carl Cen\", \"Absent\": true}]},"
		" \"Dagsordenpunkter\": ["
		"  {\"Punktnummer\": \"1\", \"Navn\": \"Godkendelse af dagsorden\", \"IsOpen\": false,"
		"   \"Felter\": [{\"Html\": \"<h3>Beslutning</h3><p>Godkendt.</p><h3>Resume</h3><p>Dagsorden.</p>\"}]},"
		"  {\"Punktnummer\": \"2\", \"Navn\": \"Lukket: Salg af grund\", \"IsOpen\": false,"
		"   \"Felter\": [{\"Html\": \"<div>Anbefalet.</div>\"}]}]}";
	rf_fa_result res;
	rf_doc		doc;
	rf_meeting	m;
	char		seen[256] = "";

	CHECK(rf_firstagenda_text(json, strlen(json), &test_allocator, &res, NULL) == RF_FA_OK);
	rf_parse(res.text, res.len, &test_allocator, &doc);
	rf_meeting_parse(&doc, &m);
	CHECK(m.kind == RF_DOC_REFERAT);
	/* the forum whole, commas and all: from the "Udvalg:" line */
	CHECK_STR(res.text + m.forum.start, m.forum.end - m.forum.start, "Klima-, Teknik- og Miljøudvalget");
	CHECK(m.has_date && m.date.year == 2024 && m.date.month == 11 && m.date.day == 19 && m.starts_at == 960);
	CHECK_STR(res.text + m.location.start, m.location.end - m.location.start, "Mødelokale 1");
	CHECK(doc.item_count == 2);
	if (doc.item_count == 2)
	{
		CHECK(doc.items[0].no == 1 && !doc.items[0].closed);
		CHECK_STR(res.text + doc.items[0].title.start, doc.items[0].title.end - doc.items[0].title.start,
				  "Godkendelse af dagsorden");
		CHECK(doc.items[1].no == 2 && doc.items[1].closed);
	}
	/* the absences, as referat.absences reads the meeting header */
	CHECK(doc.section_count > 0 && doc.sections[0].kind == RF_KIND_HEADER);
	{
		const char *text_seen[2] = {res.text, seen};

		rf_attendance(res.text, (rf_span) {doc.sections[0].body.start, doc.sections[0].body.end}, absent, text_seen);
	}
	CHECK_STR(seen, strlen(seen), "afbud=Anne And;fraværende=Carl Cen;");
	free_doc(&doc);
	free(res.text);
	free(res.scratch);
}

/* {"Dagsordenpunkter": [], "x": [[…]]} with arrays levels deep under "x" */
static void
nested(char *out, int arrays)
{
	size_t		n = (size_t) sprintf(out, "{\"Dagsordenpunkter\": [], \"x\": ");

	for (int k = 0; k < arrays; k++)
		out[n++] = '[';
	for (int k = 0; k < arrays; k++)
		out[n++] = ']';
	strcpy(out + n, "}");
}

static void
test_errors(void)
{
	static char deep[2 * RF_JSON_MAX_DEPTH + 64];

	CHECK_ERROR("{\"Udvalg\": {\"Navn\": \"Byråd\"}}", RF_FA_SHAPE,
				"FirstAgenda JSON has no \"Dagsordenpunkter\" array");
	CHECK_ERROR("{\"Dagsordenpunkter\": {}}", RF_FA_SHAPE,
				"FirstAgenda JSON has no \"Dagsordenpunkter\" array");
	CHECK_ERROR("[]", RF_FA_SHAPE, "FirstAgenda JSON is not an object");
	CHECK_ERROR("\"Referat\"", RF_FA_SHAPE, "FirstAgenda JSON is not an object");
	CHECK_ERROR("{\"Dagsordenpunkter\": [1]}", RF_FA_SHAPE, "a \"Dagsordenpunkter\" entry is not an object");
	CHECK_ERROR("{\"Dagsordenpunkter\": [[]]}", RF_FA_SHAPE, "a \"Dagsordenpunkter\" entry is not an object");
	/* malformed JSON */
	CHECK_ERROR("", RF_FA_SYNTAX, "unexpected end of the JSON text");
	CHECK_ERROR("{\"Dagsordenpunkter\": []", RF_FA_SYNTAX, "unexpected end of the JSON text");
	CHECK_ERROR("{\"Dagsordenpunkter\": [],}", RF_FA_SYNTAX, "expected a key in quotes");
	CHECK_ERROR("{\"Dagsordenpunkter\" []}", RF_FA_SYNTAX, "expected ':' after a key");
	CHECK_ERROR("{\"Dagsordenpunkter\": [] \"x\": 1}", RF_FA_SYNTAX, "expected ',' or the end of an object or array");
	CHECK_ERROR("{\"Dagsordenpunkter\": []} {}", RF_FA_SYNTAX, "text after the JSON value");
	CHECK_ERROR("{\"a\": \"x\\q\"}", RF_FA_SYNTAX, "invalid escape in a string");
	CHECK_ERROR("{\"a\": \"\\u12\"}", RF_FA_SYNTAX, "invalid \\u escape in a string");
	CHECK_ERROR("{\"a\": \"x\ny\"}", RF_FA_SYNTAX, "control character in a string");
	CHECK_ERROR("{\"a\": \"x}", RF_FA_SYNTAX, "unterminated string");
	CHECK_ERROR("{\"a\": \"x\\", RF_FA_SYNTAX, "unterminated string");
	CHECK_ERROR("{\"a\": 01}", RF_FA_SYNTAX, "malformed number");
	CHECK_ERROR("{\"a\": 1.}", RF_FA_SYNTAX, "malformed number");
	CHECK_ERROR("{\"a\": tru}", RF_FA_SYNTAX, "unexpected character");
	CHECK_ERROR("{\"a\": [1,]}", RF_FA_SYNTAX, "unexpected character");
	/* numbers and literals that are JSON pass */
	CHECK_RENDER("{\"a\": [-0, 1.5e+3, 2E-2, true, null], \"Dagsordenpunkter\": []}", "Dagsorden\n");
	/* nesting: the meeting object and arrays under "x", up to the limit read, beyond it an error */
	nested(deep, RF_JSON_MAX_DEPTH - 1);
	CHECK_RENDER(deep, "Dagsorden\n");
	nested(deep, RF_JSON_MAX_DEPTH);
	CHECK_ERROR(deep, RF_FA_DEPTH, "nested deeper than 1024 levels");
}

/* The Greve meetings of the corpus: one item per "Dagsordenpunkter" entry, the numbers in order. */
static void
test_corpus(void)
{
	static const struct
	{
		const char *name;
		unsigned	items;
		unsigned	closed;
	}			greve[] = {
		{"greve/2022-01-10_okonomiudvalget.json", 4, 1},
		{"greve/2024-12-31__svar_til_byradet_2022-2025.json", 1, 0},
		{"greve/2025-01-29_okonomiudvalget.json", 3, 1},
		{"greve/2025-05-05_byrad_2022-2025.json", 3, 0},
	};

	for (size_t k = 0; k < sizeof(greve) / sizeof(greve[0]); k++)
	{
		size_t		len;
		char	   *json = load_file(greve[k].name, &len);
		rf_fa_result res;
		rf_doc		doc;
		unsigned	closed = 0;

		CHECK(rf_firstagenda_text(json, len, &test_allocator, &res, NULL) == RF_FA_OK);
		CHECK(res.len <= RF_FA_OUTPUT_MAX(len));
		rf_parse(res.text, res.len, &test_allocator, &doc);
		CHECK(doc.item_count == greve[k].items);
		for (uint32_t i = 0; i < doc.item_count; i++)
		{
			CHECK(doc.items[i].no == (int) i + 1);
			closed += doc.items[i].closed;
		}
		CHECK(closed == greve[k].closed);
		free_doc(&doc);
		free(res.text);
		free(res.scratch);
		free(json);
	}
}

int
main(void)
{
	test_html();
	test_layout();
	test_parsed();
	test_errors();
	test_corpus();
	return CHECK_DONE();
}
