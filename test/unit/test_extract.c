/*
 * test_extract.c — proposals, attachments and Sagsforløb entries of real items.
 */
#include <string.h>

#include "check.h"
#include "corpus.h"
#include "extract.h"

#define MAX_RESULTS 64

typedef struct results
{
	const char *s;
	int			n;
	char		text[MAX_RESULTS][4096];
	char		who[MAX_RESULTS][128];
	rf_history_entry history[MAX_RESULTS];
} results;

static void
copy(char *dst, size_t cap, const char *src, size_t len)
{
	if (len >= cap)
		len = cap - 1;
	memcpy(dst, src, len);
	dst[len] = '\0';
}

static void
on_proposal(void *ctx, rf_span who, const char *body, size_t len)
{
	results    *r = ctx;

	if (r->n >= MAX_RESULTS)
		return;
	copy(r->who[r->n], sizeof(r->who[0]), r->s + who.start, who.end - who.start);
	copy(r->text[r->n++], sizeof(r->text[0]), body, len);
}

static void
on_attachment(void *ctx, const char *name, size_t len, const char *ext)
{
	results    *r = ctx;

	if (r->n >= MAX_RESULTS)
		return;
	copy(r->who[r->n], sizeof(r->who[0]), ext ? ext : "", ext ? strlen(ext) : 0);
	copy(r->text[r->n++], sizeof(r->text[0]), name, len);
}

static void
on_history(void *ctx, const rf_history_entry *e)
{
	results    *r = ctx;

	if (r->n < MAX_RESULTS)
		r->history[r->n++] = *e;
}

/* Run one extractor over the sections of one kind of item number no. */
static void
extract(const char *name, int no, rf_kind kind, results *r)
{
	size_t		len;
	char	   *s = load_file(name, &len);
	char	   *scratch = malloc(len + 1);
	rf_doc		d;

	memset(r, 0, sizeof(*r));
	r->s = s;
	rf_parse(s, len, &test_allocator, &d);
	for (uint32_t i = 0; i < d.section_count; i++)
	{
		const rf_section *sec = &d.sections[i];

		if (sec->item == 0 || d.items[sec->item - 1].no != no || sec->kind != kind)
			continue;
		if (kind == RF_KIND_RECOMMENDATION)
			rf_proposals(s, sec->body, scratch, on_proposal, r);
		else if (kind == RF_KIND_ATTACHMENTS)
			rf_attachments(s, sec->body, scratch, on_attachment, r);
		else
			rf_history(s, sec->body, on_history, r);
	}
	free_doc(&d);
	free(scratch);
	/* r->s stays valid for the history spans: the caller frees it */
}

static void
test_proposals(void)
{
	results		r;

	extract("albertslund/000_29b8a9bb6d12761b.txt", 1, RF_KIND_RECOMMENDATION, &r);
	CHECK(r.n == 2);
	CHECK(strcmp(r.who[0], "Kommunaldirektøren") == 0);
	CHECK(strcmp(r.text[0], "dagsordenen for mødet godkendes") == 0);
	CHECK(strcmp(r.text[1], "referat for mødet af 14. juni 2017 godkendes") == 0);
	free((char *) r.s);

	/* "- at …" */
	extract("albertslund/000_29b8a9bb6d12761b.txt", 2, RF_KIND_RECOMMENDATION, &r);
	CHECK(r.n == 1 && strcmp(r.who[0], "KommuneMED") == 0);
	CHECK(strcmp(r.text[0], "Chefforum godkender valget af model 1.") == 0);
	free((char *) r.s);

	/* "Styregruppen … indstiller at:" and a proposal without "at" */
	extract("albertslund/000_29b8a9bb6d12761b.txt", 7, RF_KIND_RECOMMENDATION, &r);
	CHECK(r.n == 1 && strcmp(r.who[0], "Styregruppen for arbejdsmiljø og risikostyring") == 0);
	CHECK(strcmp(r.text[0], "KommuneMED drøfter hvilke indsatser der anbefales iværksat") == 0);
	free((char *) r.s);

	/* no Indstilling heading: "Kommunaldirektøren indstiller:" inside the item */
	extract("albertslund/001_f160a2713c056438.txt", 9, RF_KIND_RECOMMENDATION, &r);
	CHECK(r.n == 1 && strcmp(r.text[0], "sygefraværsstatistikken for 1. halvår 2016 tages til efterretning") == 0);
	free((char *) r.s);

	/* sub-bullets stay inside their proposal */
	extract("albertslund/004_5da69337d8b4a5ec.txt", 3, RF_KIND_RECOMMENDATION, &r);
	CHECK(r.n == 2);
	CHECK(strncmp(r.text[0], "Chefforum drøfter borgersamlingens anbefaling med udgangspunkt i flg. tre spørgsmål:\n"
				  "- Hvilke dele af anbefalingen taler ind", 125) == 0);
	CHECK(strchr(r.text[1], '\n') == NULL);
	free((char *) r.s);

	/* "Direktøren for By, Kultur, Miljø & Beskæftigelse indstiller, at" then "1. Der …" */
	extract("albertslund/003_65119b95b52dd9a8.txt", 6, RF_KIND_RECOMMENDATION, &r);
	CHECK(r.n == 9 && strcmp(r.who[8], "Direktøren for By, Kultur, Miljø & Beskæftigelse") == 0);
	CHECK(strncmp(r.text[0], "Der opstilles mål om 47 løntilskudspladser", 43) == 0);
	free((char *) r.s);

	/* pdftotext: "Det indstilles:" then "At 1) …" wrapped over two lines */
	extract("aarhus/byraad_referat_2025-08-27_pdftotext.txt", 2, RF_KIND_RECOMMENDATION, &r);
	CHECK(r.n == 2 && r.who[0][0] == '\0');
	CHECK(strcmp(r.text[0], "der i forbindelse med den kommende konkretisering af planerne for Pier 3 og "
				 "Aarhus Ø sikres plads til publikumsrettede arealer i stueetagen i form af "
				 "restauranter, caféer og lignende.") == 0);
	free((char *) r.s);

	/* "Det indstilles:" then "at …" and "At) …" */
	extract("aarhus/byraad_referat_2025-08-27_pdftotext.txt", 4, RF_KIND_RECOMMENDATION, &r);
	CHECK(r.n == 1 && strncmp(r.text[0], "forslaget indgår i det fremadrettede arbejde", 44) == 0);
	free((char *) r.s);
	extract("aarhus/byraad_referat_2025-08-27_pdftotext.txt", 13, RF_KIND_RECOMMENDATION, &r);
	CHECK(r.n == 2 && strncmp(r.text[1], "byrådet godkender, at alle elever", 33) == 0);
	free((char *) r.s);

	/* a wrapped line that is only "6." ends the proposal before it */
	extract("aarhus/byraad_referat_2025-08-27_pdftotext.txt", 11, RF_KIND_RECOMMENDATION, &r);
	CHECK(r.n == 3);
	CHECK(strcmp(r.text[1] + strlen(r.text[1]) - 23, "som angivet i afsnit 6.") == 0);
	free((char *) r.s);

	/* web page: "At 1) …" owns the "1.1 …" and "a) …" lines up to "At 2)" */
	extract("aarhus/byraad_dagsorden_2025-10-08_html.txt", 16, RF_KIND_RECOMMENDATION, &r);
	CHECK(r.n == 3);
	CHECK(strncmp(r.text[0], "Byrådet vedtager følgende anbefalinger fra §17, stk. 4-udvalget Nyt Byråd:\n"
				  "1.1 Kortlægning af arbejdsbelastningen i faste udvalg mv.\na) (…), at der", 130) == 0);
	CHECK(strstr(r.text[0], "\nm) (…), at forvaltningerne") != NULL && strstr(r.text[0], "\nIft. a) vedtages") != NULL);
	CHECK(strncmp(r.text[1], "Byrådet tager udvalgets øvrige anbefalinger til efterretning", 60) == 0);
	free((char *) r.s);

	/* -layout breaks words with a hyphen: "budget-" / "lægges" */
	extract("aarhus/byraad_referat_2025-08-27_pdftotext-layout.txt", 12, RF_KIND_RECOMMENDATION, &r);
	CHECK(r.n >= 4 && strstr(r.text[2], "budgetlægges") != NULL && strstr(r.text[3], "anlægsomkostninger") != NULL);
	free((char *) r.s);

	/* "Det indstilles, at" then one unnumbered proposal */
	extract("aarhus/teknisk_udvalg_referat_2025-10-01_html.txt", 3, RF_KIND_RECOMMENDATION, &r);
	CHECK(r.n == 1 && strncmp(r.text[0], "Forslag til lokalplan 1221, tillæg 2", 36) == 0);
	free((char *) r.s);
}

static void
test_attachments(void)
{
	results		r;

	extract("albertslund/000_29b8a9bb6d12761b.txt", 2, RF_KIND_ATTACHMENTS, &r);
	CHECK(r.n == 3);
	CHECK(strcmp(r.text[0], "Bilag 1_ Spørgeskema 2015.pdf") == 0 && strcmp(r.who[0], "pdf") == 0);
	CHECK(strcmp(r.text[2], "Bilag 3_Trivselskompass_APV") == 0 && r.who[2][0] == '\0');
	free((char *) r.s);

	/* an attachment called "Indstilling", a date that is not an extension */
	extract("aarhus/byraad_referat_2025-08-27_pdftotext.txt", 2, RF_KIND_ATTACHMENTS, &r);
	CHECK(r.n == 5 && strcmp(r.text[0], "Indstilling") == 0);
	CHECK(strcmp(r.text[3], "Byrådsdebat 09.04.2025") == 0 && r.who[3][0] == '\0');
	free((char *) r.s);

	/* a name wrapped by pdftotext: "… Hasselager-Kolt med" / "tillæg 1" */
	extract("aarhus/byraad_referat_2025-08-27_pdftotext.txt", 10, RF_KIND_ATTACHMENTS, &r);
	CHECK(r.n == 7);
	CHECK(strcmp(r.text[1], "Bilag 1: Forslag til lokalplan nr. 1221, tillæg 2 til lokalplan nr. 411, "
				 "Erhvervsområde ved Kattrup i Hasselager-Kolt med tillæg 1") == 0);
	free((char *) r.s);

	/* the web page: "• PDFBilag 2: Høringssvar" */
	extract("aarhus/teknisk_udvalg_referat_2025-10-01_html.txt", 2, RF_KIND_ATTACHMENTS, &r);
	CHECK(r.n == 30);
	CHECK(strcmp(r.text[2], "Bilag 2: Høringssvar") == 0 && strcmp(r.who[2], "pdf") == 0);
	free((char *) r.s);

	/* empty lines are passed over before their content is looked for, blank ones after */
	{
		static const char body[] = "\nBilag 1 Lokalplan med\n\ntillæg 1\n \t \nnotat.pdf\n\n\n• PDFSvar\n";
		char		scratch[sizeof(body)];

		memset(&r, 0, sizeof(r));
		rf_attachments(body, (rf_range) {0, sizeof(body) - 1, 0, 8}, scratch, on_attachment, &r);
		CHECK(r.n == 3);
		CHECK(strcmp(r.text[0], "Bilag 1 Lokalplan med tillæg 1") == 0 && r.who[0][0] == '\0');
		CHECK(strcmp(r.text[1], "notat.pdf") == 0 && strcmp(r.who[1], "pdf") == 0);
		CHECK(strcmp(r.text[2], "Svar") == 0 && strcmp(r.who[2], "pdf") == 0);
	}
}

static void
test_history(void)
{
	results		r;

	extract("aarhus/byraad_referat_2025-08-27_pdftotext.txt", 2, RF_KIND_HISTORY, &r);
	CHECK(r.n == 3);
	CHECK_STR(r.s + r.history[0].committee.start, r.history[0].committee.end - r.history[0].committee.start, "Aarhus Byråd");
	/* "Dato: 26-03-2025" sits after a form feed */
	CHECK(r.history[0].has_date && r.history[0].date.year == 2025 && r.history[0].date.month == 3 && r.history[0].date.day == 26);
	CHECK(r.history[0].item_no == 21 && r.history[0].text.first == 122 && r.history[0].text.last == 122);
	CHECK_STR(r.s + r.history[2].committee.start, r.history[2].committee.end - r.history[2].committee.start, "Magistraten");
	CHECK(r.history[2].item_no == 4 && r.history[2].text.first == 132 && r.history[2].text.last == 135);
	free((char *) r.s);

	/* the web page has blank lines between the labels */
	extract("aarhus/teknisk_udvalg_referat_2025-10-01_html.txt", 6, RF_KIND_HISTORY, &r);
	CHECK(r.n == 4 && r.history[3].item_no == 3 && r.history[3].date.month == 8);
	free((char *) r.s);
}

int
main(void)
{
	test_proposals();
	test_attachments();
	test_history();
	return CHECK_DONE();
}
