/*
 * test_search_tokens.c — the tokenizer of referat.parser and the lexemes of
 * case numbers, dates and numbers, without PostgreSQL.
 */
#include "check.h"
#include "corpus.h"
#include "search_lexemes.h"
#include "search_tokens.h"

/*
 * The tokens of s other than blanks, as "type:text" joined by " | ", and a
 * check that the tokens cover s byte by byte and stay within the size limit.
 */
static const char *
tokens_with(const char *s, size_t len, rf_word_test words)
{
	static char out[8192];
	static rf_tokenizer t;
	rf_token	tok;
	size_t		o = 0;
	size_t		pos = 0;
	bool		covered = true;

	out[0] = '\0';
	rf_tokenizer_init(&t, s, len);
	if (words != NULL)
		rf_tokenizer_words(&t, words, NULL);
	while (rf_tokenizer_next(&t, &tok) != RF_TOKEN_END)
	{
		covered &= tok.start == pos && tok.end > tok.start && tok.len > 0 &&
			tok.len <= RF_TOKEN_MAX_BYTES;
		pos = tok.end;
		if (tok.type != RF_TOKEN_BLANK && o < sizeof(out))
			o += (size_t) snprintf(out + o, sizeof(out) - o, "%s%s:%.*s", o ? " | " : "",
								   rf_token_alias[tok.type], (int) tok.len, tok.text);
	}
	CHECK(covered && pos == len);
	return out;
}

static const char *
tokens(const char *s, size_t len)
{
	return tokens_with(s, len, NULL);
}

#define CHECK_TOKENS(in, expect) \
	do { const char *t_ = tokens((in), strlen(in)); CHECK_STR(t_, strlen(t_), expect); } while (0)

static void
test_minutes_line(void)
{
	CHECK_TOKENS("Punkt 2: CF - Ramme for trivsels og APV måling i Albertslund Kommune 2018",
				 "word:Punkt | number:2 | punct:: | word:CF | punct:- | word:Ramme | word:for | "
				 "word:trivsels | word:og | word:APV | word:måling | word:i | word:Albertslund | "
				 "word:Kommune | number:2018");
	CHECK_TOKENS("87.00.00-A26-2-17", "sagsnr:87.00.00-A26-2-17");
	CHECK_TOKENS("REFERAT Chefforum d. 28-06-2017",
				 "word:REFERAT | word:Chefforum | word:d | punct:. | date:28-06-2017");
	CHECK_TOKENS("Sygefraværsstatistikken for ØU/KB, 1.500.000 kr.",
				 "word:Sygefraværsstatistikken | word:for | word:ØU | punct:/ | word:KB | "
				 "punct:, | number:1.500.000 | word:kr | punct:.");
	CHECK_TOKENS("ledere, TR'er og AM'er", "word:ledere | punct:, | word:TR | punct:' | word:er | "
				 "word:og | word:AM | punct:' | word:er");
	CHECK_TOKENS("CO2-udledning A4", "numword:CO2 | punct:- | word:udledning | numword:A4");
	CHECK_TOKENS("écoles Ærø ÅRHUS naïve Straße Москва", "word:écoles | word:Ærø | word:ÅRHUS | "
				 "word:naïve | word:Straße | word:Москва");
}

/* The word test of the acronym tests: a few words as the lexicon would have them. */
static bool
some_words(void *arg, const char *w, size_t len)
{
	static const char *const words[] = {
		"chefen", "aftalen", "aftale", "bilag", "kommune", "arbejdsplads", "målingen", "byen",
		"udvalg", "skolen", "møde", "bevillingen", "sygefraværsstatistik", "niveau"
	};
	size_t		i;

	(void) arg;
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strlen(words[i]) == len && memcmp(words[i], w, len) == 0)
			return true;
	return false;
}

#define CHECK_ACRONYMS(in, expect) \
	do { const char *t_ = tokens_with((in), strlen(in), some_words); \
		 CHECK_STR(t_, strlen(t_), expect); } while (0)

static void
test_acronyms(void)
{
	/* glued as the hyphenated form is written: the same words */
	CHECK_ACRONYMS("HRchefen HR-chefen", "word:HR | word:chefen | word:HR | punct:- | word:chefen");
	CHECK_ACRONYMS("KLaftalen", "word:KL | word:aftalen");
	CHECK_ACRONYMS("MEDaftale APVmålingen COOPbyen",
				   "word:MED | word:aftale | word:APV | word:målingen | word:COOP | word:byen");
	/* before a capitalised word */
	CHECK_ACRONYMS("PDFBilag ITSkolen", "word:PDF | word:Bilag | word:IT | word:Skolen");
	/* after a word, with a genitive s */
	CHECK_ACRONYMS("KommuneMED arbejdspladsMEDs",
				   "word:Kommune | word:MED | word:arbejdsplads | word:MEDs");
	CHECK_ACRONYMS("ØUmøde udvalgØU udvalgØUs", "word:ØU | word:møde | word:udvalg | word:ØU | "
				   "word:udvalg | word:ØUs");
	/* not cut: no word, a word too short, too many capitals, one capital, digits */
	CHECK_ACRONYMS("HRxyzen KLs TRIOer UNESCOaftalen Kommunen CO2aftale",
				   "word:HRxyzen | word:KLs | word:TRIOer | word:UNESCOaftalen | "
				   "word:Kommunen | numword:CO2aftale");
	CHECK_ACRONYMS("NATOaftalen udvalgUNESCO aftaleMEDet",
				   "word:NATO | word:aftalen | word:udvalgUNESCO | word:aftaleMEDet");
	/* a word rewritten (a soft hyphen dropped) is left whole */
	CHECK_ACRONYMS("HRchefen\u00ADs", "word:HRchefens");
	/* without a word test, nothing is cut */
	CHECK_TOKENS("HRchefen KommuneMED", "word:HRchefen | word:KommuneMED");

	/* a hyphen left by text extraction inside a word, where the lexicon confirms the word */
	CHECK_ACRONYMS("bevil-lingen Bevil-lingen", "word:bevillingen | word:Bevillingen");
	CHECK_ACRONYMS("sygefravær-sstatistik sygefraværs-sstatistik",
				   "word:sygefraværsstatistik | word:sygefraværsstatistik");
	/* a hyphen between words, or before letters that make no word joined, stays */
	CHECK_ACRONYMS("kommune-niveau bevil-lingerne bevil-lingen2 bevil-Lingen",
				   "word:kommune | punct:- | word:niveau | word:bevil | punct:- | word:lingerne | "
				   "word:bevil | punct:- | numword:lingen2 | word:bevil | punct:- | word:Lingen");
	CHECK_TOKENS("bevil-lingen", "word:bevil | punct:- | word:lingen");
}

/* Every token of s as "type:start-end", blanks too. */
static const char *
spans(const char *s)
{
	static char out[1024];
	rf_tokenizer t;
	rf_token	tok;
	size_t		o = 0;

	out[0] = '\0';
	rf_tokenizer_init(&t, s, strlen(s));
	while (rf_tokenizer_next(&t, &tok) != RF_TOKEN_END && o < sizeof(out))
		o += (size_t) snprintf(out + o, sizeof(out) - o, "%s%s:%zu-%zu", o ? " " : "",
							   rf_token_alias[tok.type], tok.start, tok.end);
	return out;
}

#define CHECK_SPANS(in, expect) \
	do { const char *t_ = spans(in); CHECK_STR(t_, strlen(t_), expect); } while (0)

/* A blank or a punctuation mark of one ASCII byte ends where the next byte is of another kind. */
static void
test_runs(void)
{
	CHECK_SPANS("a ,b", "word:0-1 blank:1-2 punct:2-3 word:3-4");
	CHECK_SPANS("a  ,;b", "word:0-1 blank:1-3 punct:3-5 word:5-6");
	CHECK_SPANS("a.\tb", "word:0-1 punct:1-2 blank:2-3 word:3-4");
	/* a blank or mark beyond ASCII goes on with the run: no-break space, soft hyphen, en dash */
	CHECK_SPANS("a \xC2\xA0" "b", "word:0-1 blank:1-4 word:4-5");
	CHECK_SPANS("a \xC2\xAD" "b", "word:0-1 blank:1-4 word:4-5");
	CHECK_SPANS("a,\xE2\x80\x93" "b", "word:0-1 punct:1-5 word:5-6");
	/* the last byte of the text */
	CHECK_SPANS("a ", "word:0-1 blank:1-2");
	CHECK_SPANS("a.", "word:0-1 punct:1-2");
	/* a letter after ASCII letters and digits: æ, then a case number after its letters */
	CHECK_SPANS("sk\xC3\xA6rt CO2 EMN-2025-3 EMN", "word:0-6 blank:6-7 numword:7-10 blank:10-11 sagsnr:11-21 blank:21-22 word:22-25");
}

static void
test_case_numbers(void)
{
	CHECK_TOKENS("00.01.00-A00-3-17.", "sagsnr:00.01.00-A00-3-17 | punct:.");
	CHECK_TOKENS("(EMN-2025-003383)", "punct:( | sagsnr:EMN-2025-003383 | punct:)");
	CHECK_TOKENS("emn-2025-3383", "sagsnr:emn-2025-3383");
	CHECK_TOKENS("330-2018-3619 1-13-3-57-16", "sagsnr:330-2018-3619 | sagsnr:1-13-3-57-16");
	/* en dashes, as word processors write them */
	CHECK_TOKENS("00.01.00\xE2\x80\x93" "A00\xE2\x80\x93" "3\xE2\x80\x93" "17",
				 "sagsnr:00.01.00\xE2\x80\x93" "A00\xE2\x80\x93" "3\xE2\x80\x93" "17");
	CHECK_TOKENS("81.28.00 81.28", "kle:81.28.00 | kle:81.28");
	/* a group without a digit: words, not an "other" case number */
	CHECK_TOKENS("COVID-19-pandemien", "word:COVID | punct:- | number:19 | punct:- | word:pandemien");
	/* two groups are no case number; the part before the dash is read alone */
	CHECK_TOKENS("2016-2017", "number:2016 | punct:- | number:2017");
	CHECK_TOKENS("11.55-12.05", "kle:11.55 | punct:- | kle:12.05");
	CHECK_TOKENS("APV-måling", "word:APV | punct:- | word:måling");
	/* a case number glued to letters is no case number */
	CHECK_TOKENS("330-2018-3619æ", "number:330 | punct:- | number:2018 | punct:- | numword:3619æ");
	/* no such day: read as an "other" case number, which it may well be */
	CHECK_TOKENS("31-02-2017", "sagsnr:31-02-2017");
}

static void
test_dates_numbers(void)
{
	rf_date		d;

	CHECK_TOKENS("28-06-2017 09.04.2025 2025-10-01 1.6.2016",
				 "date:28-06-2017 | date:09.04.2025 | date:2025-10-01 | date:1.6.2016");
	CHECK_TOKENS("19.6 2017, blev", "date:19.6 2017 | punct:, | word:blev");
	CHECK_TOKENS("19.6 20171", "number:19.6 | number:20171");
	CHECK_TOKENS("50,3 mio. 2.5 10.000", "number:50,3 | word:mio | punct:. | number:2.5 | number:10.000");
	CHECK_TOKENS("2.kvartal 3D", "number:2 | punct:. | word:kvartal | numword:3D");

	CHECK(rf_token_date("29-02-2016", 10, &d) && d.year == 2016 && d.month == 2 && d.day == 29);
	CHECK(!rf_token_date("29-02-2017", 10, &d));
	CHECK(rf_token_date("19.6 2017", 9, &d) && d.year == 2017 && d.month == 6 && d.day == 19);
	CHECK(!rf_token_date("19-6 2017", 9, &d));
	CHECK(!rf_token_date("28-06.2017", 10, &d));
	CHECK(!rf_token_date("2025-1-01", 9, &d));
	CHECK(!rf_token_date("28-06-17", 8, &d));
	CHECK(!rf_token_date(NULL, 0, &d));
}

static void
test_joins(void)
{
	/* soft hyphens go, also before a line break */
	CHECK_TOKENS("ar\xC2\xAD" "bejds\xC2\xAD" "miljø", "word:arbejdsmiljø");
	CHECK_TOKENS("arbejds\xC2\xAD\nmiljø", "word:arbejdsmiljø");
	CHECK_TOKENS("\xC2\xAD" "ord \xC2\xAD", "word:ord");
	/* hyphen at a line break, with CRLF and indentation */
	CHECK_TOKENS("arbejds-\nmiljø", "word:arbejdsmiljø");
	CHECK_TOKENS("Arbejds-  \r\n   miljøet", "word:Arbejdsmiljøet");
	CHECK_TOKENS("sygefra-\nværs-\nstatistikken", "word:sygefraværsstatistikken");
	/* a shared ending, a capital, a digit or a blank line: kept apart */
	CHECK_TOKENS("Social-\nog sundhed", "word:Social | punct:- | word:og | word:sundhed");
	CHECK_TOKENS("trivsels-\neller", "word:trivsels | punct:- | word:eller");
	CHECK_TOKENS("MED-\nudvalget", "word:MED | punct:- | word:udvalget");
	CHECK_TOKENS("budget-\nUdvalget", "word:budget | punct:- | word:Udvalget");
	CHECK_TOKENS("2030-\nfremskrivning", "number:2030 | punct:- | word:fremskrivning");
	CHECK_TOKENS("budget-\n\nlægges", "word:budget | punct:- | word:lægges");
	CHECK_TOKENS("budget- lægges", "word:budget | punct:- | word:lægges");
	CHECK_TOKENS("budget-\nogsåd", "word:budgetogsåd");
	CHECK_TOKENS("p-\nhuse", "word:p | punct:- | word:huse");
}

static void
test_nfkc(void)
{
	/* ligature, decomposed å, full-width letters */
	CHECK_TOKENS("\xEF\xAC\x81nansiering", "word:finansiering");
	CHECK_TOKENS("ma\xCC\x8Aling", "word:måling");
	CHECK_TOKENS("\xEF\xBC\xA1\xEF\xBC\xB0\xEF\xBC\xB6", "word:APV");
	/* ª and º are letters that NFKC rewrites; µ becomes Greek mu */
	CHECK_TOKENS("1ª", "numword:1a");
	/* a combining mark alone is punctuation, not a word */
	CHECK_TOKENS(" \xCC\x8A ", "punct:\xCC\x8A");
}

static void
test_hostile(void)
{
	static char buf[20000];
	rf_tokenizer t;
	rf_token	tok;
	size_t		n,
				i;

	CHECK_TOKENS("", "");
	rf_tokenizer_init(&t, NULL, 5);
	CHECK(rf_tokenizer_next(&t, &tok) == RF_TOKEN_END);
	rf_tokenizer_init(&t, "x", 1);
	CHECK(rf_tokenizer_next(&t, &tok) == RF_TOKEN_WORD);
	CHECK(rf_tokenizer_next(&t, &tok) == RF_TOKEN_END);
	CHECK(rf_tokenizer_next(&t, &tok) == RF_TOKEN_END);

	/* control characters are blanks; ill-formed UTF-8 is punctuation */
	CHECK_TOKENS("a\x01\x02\x1B" "b\x7F" "c", "word:a | word:b | word:c");
	CHECK_TOKENS("a\xFF\xC3" "b\xE2\x80", "word:a | punct:\xFF\xC3 | word:b | punct:\xE2\x80");
	CHECK_TOKENS("\xC3", "punct:\xC3");
	CHECK_TOKENS("a\xC2\x85" "b", "word:a | word:b");

	/* a very long word: overlong tokens, cut within the limit, covering it all */
	memset(buf, 'a', 10000);
	n = strlen(tokens(buf, 10000));
	CHECK(n > 0);
	rf_tokenizer_init(&t, buf, 10000);
	for (i = 0; rf_tokenizer_next(&t, &tok) != RF_TOKEN_END; i++)
		CHECK(tok.type == RF_TOKEN_OVERLONG);
	CHECK(i == 5);
	/* 64 letters are a word, 65 are not */
	rf_tokenizer_init(&t, buf, 64);
	CHECK(rf_tokenizer_next(&t, &tok) == RF_TOKEN_WORD && tok.len == 64);
	rf_tokenizer_init(&t, buf, 65);
	CHECK(rf_tokenizer_next(&t, &tok) == RF_TOKEN_OVERLONG && tok.len == 65);

	/* long runs of æ (two bytes each) are cut at character boundaries */
	for (i = 0; i + 1 < 10001; i += 2)
		buf[i] = '\xC3', buf[i + 1] = '\xA6';
	rf_tokenizer_init(&t, buf, 10000);
	while (rf_tokenizer_next(&t, &tok) != RF_TOKEN_END)
		CHECK(tok.len % 2 == 0 && tok.len <= RF_TOKEN_MAX_BYTES);

	/* long runs of blanks, punctuation, digits and dots */
	memset(buf, ' ', 10000);
	(void) tokens(buf, 10000);
	memset(buf, '.', 10000);
	(void) tokens(buf, 10000);
	for (i = 0; i < 10000; i++)
		buf[i] = (i % 2) ? '.' : '7';
	(void) tokens(buf, 10000);
	/* longer than any case number: read without separators */
	rf_tokenizer_init(&t, buf, 10000);
	CHECK(rf_tokenizer_next(&t, &tok) == RF_TOKEN_NUMBER && tok.len == 1);
	CHECK(rf_tokenizer_next(&t, &tok) == RF_TOKEN_PUNCT && tok.len == 1);
	rf_tokenizer_init(&t, buf, 79);
	CHECK(rf_tokenizer_next(&t, &tok) == RF_TOKEN_NUMBER && tok.len == 79);
	for (i = 0; i < 10000; i++)
		buf[i] = (i % 3 == 2) ? '-' : '1';
	(void) tokens(buf, 10000);
	/* a long "other" case number */
	CHECK_TOKENS("1-1234567890-1234567890-1234567890-1234567890-1234567890",
				 "sagsnr:1-1234567890-1234567890-1234567890-1234567890-1234567890");
}

static void
test_corpus(void)
{
	static const char *const names[] = {
		"albertslund/000_29b8a9bb6d12761b.txt", "albertslund/003_65119b95b52dd9a8.txt",
		"aarhus/byraad_referat_2025-08-27_pdftotext.txt",
		"aarhus/byraad_dagsorden_2025-10-08_html.txt"
	};
	size_t		k;

	for (k = 0; k < sizeof(names) / sizeof(names[0]); k++)
	{
		size_t		len;
		char	   *s = load_file(names[k], &len);
		rf_tokenizer *t = malloc(sizeof(rf_tokenizer));
		rf_token	tok;
		size_t		pos = 0,
					words = 0,
					cases = 0;
		bool		ok = true;

		rf_tokenizer_init(t, s, len);
		while (rf_tokenizer_next(t, &tok) != RF_TOKEN_END)
		{
			ok &= tok.start == pos && tok.len <= RF_TOKEN_MAX_BYTES;
			pos = tok.end;
			words += tok.type == RF_TOKEN_WORD;
			cases += tok.type == RF_TOKEN_CASE_NUMBER;
		}
		CHECK(ok && pos == len);
		CHECK(words > 1000);
		CHECK(cases >= 8);
		free(t);
		free(s);
	}
}

#define DASHED "00.01.00\xE2\x80\x93" "A00\xE2\x80\x93" "03\xE2\x80\x93" "17"

static void
test_lexemes(void)
{
	char		out[2][RF_LEXEME_MAX];
	char		num[RF_LEXEME_MAX];

	CHECK(rf_case_number_lexemes("81.28.00-P05-1-18", 17, out) == 2);
	CHECK_STR(out[0], strlen(out[0]), "81.28.00-p05-1-18");
	CHECK_STR(out[1], strlen(out[1]), "81.28.00");
	CHECK(rf_case_number_lexemes(DASHED, strlen(DASHED), out) == 2);
	CHECK_STR(out[0], strlen(out[0]), "00.01.00-a00-3-17");
	CHECK(rf_case_number_lexemes("emn-2025-3383", 13, out) == 1);
	CHECK_STR(out[0], strlen(out[0]), "emn-2025-003383");
	CHECK(rf_case_number_lexemes("81.28", 5, out) == 1);
	CHECK_STR(out[0], strlen(out[0]), "81.28");
	CHECK(rf_case_number_lexemes("81.28.00", 8, out) == 1);
	CHECK(rf_case_number_lexemes("ØU", 3, out) == 0);
	CHECK(rf_case_number_lexemes(NULL, 0, out) == 0);

	CHECK(rf_number_lexeme("28-06-2017", 10, num));
	CHECK_STR(num, strlen(num), "2017-06-28");
	CHECK(rf_number_lexeme("19.6 2017", 9, num));
	CHECK_STR(num, strlen(num), "2017-06-19");
	CHECK(rf_number_lexeme("1.500.000", 9, num));
	CHECK_STR(num, strlen(num), "1500000");
	CHECK(rf_number_lexeme("1.500,50", 8, num));
	CHECK_STR(num, strlen(num), "1500,50");
	CHECK(rf_number_lexeme("81.285", 6, num));
	CHECK_STR(num, strlen(num), "81285");
	CHECK(rf_number_lexeme("2.5", 3, num));
	CHECK_STR(num, strlen(num), "2.5");
	CHECK(rf_number_lexeme("1.50", 4, num));
	CHECK_STR(num, strlen(num), "1.50");
	CHECK(rf_number_lexeme("1234.567", 8, num));
	CHECK_STR(num, strlen(num), "1234.567");
	CHECK(rf_number_lexeme("1.500,", 6, num));
	CHECK_STR(num, strlen(num), "1.500,");
	CHECK(!rf_number_lexeme("", 0, num));
	CHECK(!rf_number_lexeme("1234567890123456789012345678901234567890123456789012345678901234567890",
							70, num));
}

int
main(void)
{
	test_minutes_line();
	test_acronyms();
	test_runs();
	test_case_numbers();
	test_dates_numbers();
	test_joins();
	test_nfkc();
	test_hostile();
	test_corpus();
	test_lexemes();
	return CHECK_DONE();
}
