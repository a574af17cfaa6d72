/*
 * test_compound.c — the compound splitter (src/core/compound.c) on real
 * words of the minutes, with the lexicon that make builds
 * (build/referat_danish.lex): parts and linking elements, inflected last
 * parts, lemmas, the noise a substring decompounder makes, and that a part
 * yields the same terms inside a compound as on its own.  Also the checks
 * of the lexicon file.
 *
 * make build/referat_danish.lex && make run-gcc-test_compound
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "compound.h"

#define LEXICON "build/referat_danish.lex"

static rf_lexicon lx;
static rf_compound c;

static void *
load_lexicon(size_t *size)
{
	FILE	   *f = fopen(LEXICON, "rb");
	void	   *data;
	long		n;

	if (f == NULL)
	{
		perror(LEXICON " (run make first)");
		exit(2);
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	data = malloc((size_t) n);
	if (data == NULL || fread(data, 1, (size_t) n, f) != (size_t) n)
		exit(2);
	fclose(f);
	*size = (size_t) n;
	return data;
}

static void
split(const char *w)
{
	rf_compound_split(&lx, w, strlen(w), &c);
}

/* Does the last split have term t (in variant v, or in any when v is 0)? */
static int
has(const char *t, int v)
{
	int			i;

	for (i = 0; i < c.n_terms; i++)
		if (strcmp(rf_compound_term(&c, i), t) == 0 && (v == 0 || c.terms[i].variant == v))
			return 1;
	return 0;
}

static void
show(const char *w)
{
	int			i;

	fprintf(stderr, "  %s →", w);
	for (i = 0; i < c.n_terms; i++)
		fprintf(stderr, " %d:%s", c.terms[i].variant, rf_compound_term(&c, i));
	fprintf(stderr, "\n");
}

/* w splits and yields every term of the NULL-terminated list (any variant). */
static int
yields(const char *w, const char *const *terms)
{
	int			ok = 1;

	split(w);
	for (; *terms; terms++)
		if (!has(*terms, 0))
		{
			fprintf(stderr, "  %s: no term \"%s\"\n", w, *terms);
			ok = 0;
		}
	if (!ok)
		show(w);
	return ok;
}

/* w yields none of the listed terms. */
static int
yields_none(const char *w, const char *const *terms)
{
	int			ok = 1;

	split(w);
	for (; *terms; terms++)
		if (has(*terms, 0))
		{
			fprintf(stderr, "  %s: noise term \"%s\"\n", w, *terms);
			ok = 0;
		}
	if (!ok)
		show(w);
	return ok;
}

/* w yields exactly these terms, in this order, all in variant 1. */
static int
yields_exactly(const char *w, const char *const *terms)
{
	int			i = 0;

	split(w);
	for (; terms[i]; i++)
		if (i >= c.n_terms || strcmp(rf_compound_term(&c, i), terms[i]) != 0 || c.terms[i].variant != 1)
			break;
	if (terms[i] == NULL && i == c.n_terms)
		return 1;
	show(w);
	return 0;
}

#define TERMS(...) ((const char *const[]) {__VA_ARGS__, NULL})

/*
 * The property a query relies on: all the terms of one reading of part, as
 * a word of its own, are also terms of compound.  to_tsquery ANDs the
 * lexemes of a reading and ORs the readings, so otherwise a query for the
 * part would miss the compound.
 */
static int
part_found_in(const char *part, const char *compound)
{
	char		terms[RF_COMPOUND_MAX_TERMS][RF_COMPOUND_TEXT_BYTES / 8];
	int			variant[RF_COMPOUND_MAX_TERMS];
	int			n,
				i,
				v,
				found = 0;

	split(part);
	n = c.n_terms;
	for (i = 0; i < n; i++)
	{
		snprintf(terms[i], sizeof(terms[0]), "%s", rf_compound_term(&c, i));
		variant[i] = c.terms[i].variant;
	}
	split(compound);
	for (v = 1; v <= variant[n - 1] && !found; v++)
	{
		found = 1;
		for (i = 0; i < n; i++)
			if (variant[i] == v && !has(terms[i], 0))
				found = 0;
	}
	if (!found)
	{
		fprintf(stderr, "  %s: no reading of %s in it\n", compound, part);
		show(compound);
	}
	return found;
}

static void
test_lexicon_file(void *data, size_t size)
{
	rf_lexicon bad;
	char	   *copy = malloc(size);
	bool		genitive;
	const rf_lex_form *f;

	CHECK(rf_lexicon_open(&bad, data, size - 1) != NULL);	/* truncated */
	CHECK(rf_lexicon_open(&bad, data, 10) != NULL);
	memcpy(copy, data, size);
	copy[0] = 'X';
	CHECK(rf_lexicon_open(&bad, copy, size) != NULL);	/* magic */
	memcpy(copy, data, size);
	((rf_lex_header *) copy)->byte_order = 0x04030201u;
	CHECK(rf_lexicon_open(&bad, copy, size) != NULL);

	/*
	 * Opening reads only the header; a damaged entry reads as a missing one:
	 * forms whose text or lemmas point outside the file, slots that name no
	 * form, a table without an empty slot.
	 */
	memcpy(copy, data, size);
	CHECK(rf_lexicon_open(&bad, copy, size) == NULL);
	f = rf_lexicon_find(&bad, "bevilling", 9);
	CHECK(f != NULL);
	{
		rf_lex_form *damaged = (rf_lex_form *) f;
		uint32_t	it = 0,
					k;
		size_t		len;

		damaged->lemmas_flags = (bad.header->n_lemma_refs << 8) | rf_lex_flags(f);
		CHECK(rf_lex_next_lemma(&bad, f, &it, &len) == NULL);
		damaged->text = bad.header->strings_size - 1;
		CHECK(rf_lexicon_find(&bad, "bevilling", 9) == NULL);
		split("bevillingen");	/* with the sound lexicon: unharmed */
		CHECK(has("bevilling", 0));
		for (k = 0; k < bad.header->n_slots; k++)
			((uint32_t *) bad.slots)[k] = RF_LEX_SLOT(bad.header->n_forms + 5, 0);
		CHECK(rf_lexicon_find(&bad, "sag", 3) == NULL);
	}
	free(copy);

	/* word forms, and genitives found through their base */
	CHECK(rf_lexicon_find(&lx, "bevilling", 9) != NULL);
	CHECK(rf_lexicon_find(&lx, "bevillingens", 12) == NULL);
	f = rf_lexicon_match(&lx, "bevillingens", 12, RF_LEX_WORD, &genitive);
	CHECK(f != NULL && genitive);
	CHECK(rf_lexicon_match(&lx, "kursus'", 7, RF_LEX_WORD, &genitive) != NULL && genitive);
	CHECK(rf_lexicon_match(&lx, "kursuss", 7, RF_LEX_WORD, &genitive) == NULL);
	CHECK(rf_lexicon_find(&lx, "qqqzzz", 6) == NULL);
	CHECK(rf_lex_genitive_base("bevillingens", 12) == 11);
	CHECK(rf_lex_genitive_base("stress", 6) == 0);
	CHECK(rf_lex_genitive_base("kursus'", 7) == 6);
}

/*
 * The cut stored with lemma l of the sound lexicon is the one the splitter
 * works out for it (what mklexicon wrote).
 */
static int
stored_cut_is_worked_out(const char *l, size_t len)
{
	rf_lex_cut	cut;
	size_t		ends[RF_COMPOUND_MAX_PARTS],
				end,
				base_len;
	const rf_lex_form *forms[RF_COMPOUND_MAX_PARTS];
	char		base[RF_COMPOUND_BASE_BYTES];
	int			n,
				k;

	if (!rf_lex_lemma_cut(&lx, l, len, &cut))
		return 0;
	n = rf_compound_lemma_cut(&lx, l, len, ends, forms);
	base_len = rf_compound_derivation_base(&lx, l, len, base);
	if (n != cut.n_parts || base_len != cut.base_len
		|| (base_len > 0 && memcmp(base, cut.base, base_len) != 0))
		return 0;
	for (k = 0; k < n; k++)
		if (rf_lex_cut_part(&lx, &cut, k, &end) != forms[k] || end != ends[k])
			return 0;
	return 1;
}

/*
 * Every lemma has its cut and derivation base stored; a damaged record
 * reads as none, and the splitter then works the cut out itself.
 */
static void
test_stored_cuts(void *data, size_t size)
{
	static const char *const words[] = {"sygefravær", "kommunalbestyrelsen", "økonomiske",
		"kurserne", "betaling", "trafiksikkerhed", "budgettering", "kursus",
		"journalist", "lokalplanforslag", NULL};
	const char *const *w;
	rf_lexicon	bad;
	char	   *copy = malloc(size);
	const rf_lex_form *f;
	const char *l;
	size_t		len;
	uint32_t	it = 0;
	rf_lex_cut	cut;

	for (w = words; *w; w++)
	{
		bool		genitive;

		f = rf_lexicon_match(&lx, *w, strlen(*w), RF_LEX_WORD, &genitive);
		CHECK(f != NULL);
		for (it = 0; f != NULL && (l = rf_lex_next_lemma(&lx, f, &it, &len)) != NULL;)
			CHECK(stored_cut_is_worked_out(l, len));
	}
	/* sygefravær: syge | fravær, no base; økonomisk: økonomi */
	f = rf_lexicon_find(&lx, "sygefravær", strlen("sygefravær"));
	it = 0;
	l = rf_lex_next_lemma(&lx, f, &it, &len);
	CHECK(rf_lex_lemma_cut(&lx, l, len, &cut) && cut.n_parts == 2 && cut.base == NULL);
	f = rf_lexicon_find(&lx, "økonomisk", strlen("økonomisk"));
	it = 0;
	l = rf_lex_next_lemma(&lx, f, &it, &len);
	CHECK(rf_lex_lemma_cut(&lx, l, len, &cut) && cut.n_parts == 0);
	CHECK_STR(cut.base, cut.base_len, "økonomi");

	/* damaged: the cut of "sygefravær" claims 200 parts, then a part past the end */
	memcpy(copy, data, size);
	CHECK(rf_lexicon_open(&bad, copy, size) == NULL);
	f = rf_lexicon_find(&bad, "sygefravær", strlen("sygefravær"));
	it = 0;
	l = rf_lex_next_lemma(&bad, f, &it, &len);
	((unsigned char *) l)[len] = 200;
	CHECK(!rf_lex_lemma_cut(&bad, l, len, &cut));
	rf_compound_split(&bad, "sygefraværsstatistikken", strlen("sygefraværsstatistikken"), &c);
	CHECK(has("sygefravær", 0) && has("syge", 0) && has("fravær", 0) && has("statistik", 0));
	((unsigned char *) l)[len] = 2;
	((unsigned char *) l)[len + 2 + RF_LEX_CUT_PART_BYTES] = (unsigned char) (len + 1);
	CHECK(!rf_lex_lemma_cut(&bad, l, len, &cut));
	rf_compound_split(&bad, "sygefravær", strlen("sygefravær"), &c);
	CHECK(has("syge", 0) && has("fravær", 0));
	free(copy);
}

int
main(void)
{
	size_t		size;
	void	   *data = load_lexicon(&size);
	const char *why = rf_lexicon_open(&lx, data, size);
	char		long_word[400];

	if (why != NULL)
	{
		fprintf(stderr, "%s: %s\n", LEXICON, why);
		return 2;
	}
	test_lexicon_file(data, size);
	test_stored_cuts(data, size);

	/* the compounds of the issue: linking -s-, inflected last part */
	CHECK(yields("sygefraværsstatistikken",
				 TERMS("sygefraværsstatistik", "sygefravær", "syge", "fravær", "statistik",
					   "fraværsstatistik")));
	CHECK(yields("anlægsbevillingen", TERMS("anlægsbevilling", "anlæg", "bevilling")));
	CHECK(yields("anlægsbevillingens", TERMS("anlægsbevilling", "anlæg", "bevilling")));
	CHECK(yields("budgetkatalogforslagene",
				 TERMS("budgetkatalogforslag", "budget", "katalog", "forslag",
					   "budgetkatalog", "katalogforslag")));
	CHECK(yields("læringsnetværket", TERMS("læringsnetværk", "læring", "netværk")));
	/* written without the linking -s- (four times in the corpus) */
	CHECK(yields("sygefraværstatistik", TERMS("sygefravær", "fravær", "statistik")));
	/* a word of the lexicon is cut too: sygefravær → syge, fravær */
	CHECK(yields_exactly("sygefravær", TERMS("sygefravær", "syge", "fravær")));
	CHECK(yields("kommunalbestyrelsen", TERMS("kommunalbestyrelse", "kommunal", "bestyrelse")));
	CHECK(yields("økonomiudvalget", TERMS("økonomiudvalg", "økonomi", "udvalg")));
	CHECK(yields("magistratsafdelingerne", TERMS("magistratsafdeling", "magistrat", "afdeling")));
	CHECK(yields("borgerrådgiveren", TERMS("borgerrådgiver", "borger", "rådgiver")));
	CHECK(yields("lokalplanforslaget", TERMS("lokalplanforslag", "lokalplan", "lokal", "plan", "forslag")));
	/*
	 * genitive and linking forms of compounds the lexicon holds whole split
	 * as the compound does: alone, and as the first part of a longer one
	 */
	CHECK(yields_exactly("kommunalbestyrelsens",
						 TERMS("kommunalbestyrelse", "kommunal", "bestyrelse")));
	CHECK(yields_exactly("kommunalbestyrelses",
						 TERMS("kommunalbestyrelse", "kommunal", "bestyrelse")));
	CHECK(yields_exactly("skolebestyrelsens", TERMS("skolebestyrelse", "skole", "bestyrelse")));
	CHECK(yields_exactly("økonomiudvalgets", TERMS("økonomiudvalg", "økonomi", "udvalg")));
	CHECK(yields_exactly("skolebestyrelsesmødet",
						 TERMS("skolebestyrelsesmøde", "skole", "bestyrelse", "skolebestyrelse",
							   "møde", "bestyrelsesmøde")));
	CHECK(yields("kommunalbestyrelsesmedlemmernes",
				 TERMS("kommunalbestyrelsesmedlem", "kommunalbestyrelse", "kommunal", "bestyrelse",
					   "medlem")));
	CHECK(yields("arbejdsmiljøorganisationens",
				 TERMS("arbejdsmiljøorganisation", "arbejdsmiljø", "miljø", "organisation")));
	CHECK(yields("ældrerådsmødet", TERMS("ældrerådsmøde", "ældreråd", "ældre", "råd", "møde")));
	CHECK(part_found_in("kommunalbestyrelse", "kommunalbestyrelsesmødet"));
	CHECK(part_found_in("skolebestyrelse", "skolebestyrelsesmødet"));
	/* short municipal parts from the domain list */
	CHECK(yields("byrådsmedlemmer", TERMS("byrådsmedlem", "byråd", "by", "råd", "medlem")));
	CHECK(yields("befolkningstallet", TERMS("befolkningstal", "befolkning", "tal")));
	CHECK(yields("asbestsagen", TERMS("asbestsag", "asbest", "sag")));
	CHECK(yields("regnskabsåret", TERMS("regnskabsår", "regnskab", "år")));
	CHECK(yields("cykelstierne", TERMS("cykelsti", "cykel", "sti")));
	CHECK(yields("mistrivsel", TERMS("mistrivsel", "trivsel")));
	/* cut inside a shorter word only where that word is a compound too */
	CHECK(yields("trafiksikkerheden", TERMS("trafiksikkerhed", "trafik", "sikkerhed")));
	CHECK(yields("sundhedsministeriet", TERMS("sundhedsministerium", "sundhed", "ministerium")));
	CHECK(yields("byudviklingen", TERMS("byudvikling", "by", "udvikling")));
	/* a first piece the lexicon cannot use: a label glued on, a foreign word */
	CHECK(yields("pdfudvalgserklæring", TERMS("udvalgserklæring", "udvalg", "erklæring")));
	CHECK(yields("flextrafik", TERMS("flextrafik", "trafik")));
	CHECK(c.unknown_piece);
	split("sygefraværsstatistikken");
	CHECK(!c.unknown_piece && c.n_parts == 3);
	CHECK(yields_none("kontraktuelle", TERMS("aktuel", "kontr")));
	/* of two cuts with as many parts, the one with the dictionary's linking element */
	CHECK(yields("mødesager", TERMS("møde", "sag")));
	CHECK(yields_none("mødesager", TERMS("ager", "mødes")));

	/* inflection, not compounds: the lemmas, each its own variant */
	split("kurserne");
	CHECK(c.known && c.n_parts == 0 && has("kurs", 0) && has("kursus", 0));
	CHECK(c.n_terms == 2 && c.terms[0].variant != c.terms[1].variant);
	CHECK(yields_exactly("konsulenter", TERMS("konsulent")));
	CHECK(yields_exactly("institutionen", TERMS("institution")));
	CHECK(yields_exactly("børne", TERMS("børn")));	/* "Børne- og Ungeudvalget" */

	/* derivations read as their base too, alone and as the last part of a compound */
	CHECK(yields_exactly("økonomiske", TERMS("økonomisk", "økonomi")));
	CHECK(yields_exactly("kulturelle", TERMS("kulturel", "kultur")));
	CHECK(yields_exactly("trafikale", TERMS("trafikal", "trafik")));
	CHECK(yields_exactly("trafikanter", TERMS("trafikant", "trafik")));
	CHECK(yields_exactly("budgettering", TERMS("budgettering", "budget")));
	CHECK(yields_exactly("administrativ", TERMS("administrativ", "administration")));
	CHECK(yields_exactly("organisatoriske", TERMS("organisatorisk", "organisation")));
	CHECK(yields_exactly("institutionel", TERMS("institutionel", "institution")));
	CHECK(yields_exactly("politiske", TERMS("politisk", "politik")));	/* not politi */
	CHECK(yields_exactly("digitaliseringen", TERMS("digitalisering", "digital")));
	CHECK(yields_exactly("aktiviteter", TERMS("aktivitet", "aktiv")));
	CHECK(yields_exactly("cyklister", TERMS("cyklist", "cykel")));
	CHECK(yields_exactly("personlige", TERMS("personlig", "person")));
	CHECK(yields("kommunaløkonomiske",
				 TERMS("kommunaløkonomisk", "kommunaløkonomi", "kommunal", "økonomisk", "økonomi")));
	CHECK(yields("selvbudgetteringsaftalen", TERMS("budgettering", "budget", "aftale")));
	CHECK(part_found_in("økonomi", "kommunaløkonomiske"));
	CHECK(part_found_in("kultur", "kulturelle"));
	/* look-alikes: no base shorter than five letters, none of the words listed as no derivation */
	CHECK(yields_exactly("partiet", TERMS("parti")));
	CHECK(yields_none("partiet", TERMS("part")));
	CHECK(yields_none("kulturhus", TERMS("tur")));
	CHECK(yields_exactly("turisme", TERMS("turisme")));
	CHECK(yields_exactly("kvalitet", TERMS("kvalitet")));
	CHECK(yields_exactly("journalisten", TERMS("journalist")));
	CHECK(yields_exactly("universitetet", TERMS("universitet")));
	CHECK(yields_exactly("praktiske", TERMS("praktisk")));
	CHECK(yields_exactly("positive", TERMS("positiv")));
	CHECK(yields_exactly("farlig", TERMS("farlig")));
	CHECK(yields_exactly("endelig", TERMS("endelig")));
	CHECK(yields_exactly("kommunale", TERMS("kommunal")));
	CHECK(yields_exactly("modellen", TERMS("model")));
	CHECK(yields_none("alternativet", TERMS("nation", "alternation")));

	/* no noise */
	CHECK(yields_none("sygefraværsstatistik", TERMS("rav", "tat", "stik", "ærs", "sygef", "vær")));
	CHECK(yields_exactly("statistik", TERMS("statistik")));
	CHECK(yields_exactly("logistik", TERMS("logistik")));
	CHECK(yields_none("efterretning", TERMS("retning", "efter")));
	CHECK(yields_none("undervisning", TERMS("visning", "under")));
	CHECK(yields_none("betaling", TERMS("beta", "ling")));
	CHECK(yields_none("fortælling", TERMS("fort", "ælling")));
	CHECK(yields_none("kampagne", TERMS("kamp", "agne")));
	CHECK(yields_none("fællesskabet", TERMS("skab")));
	CHECK(yields_none("spærringen", TERMS("spær", "ring")));
	CHECK(yields_none("transport", TERMS("tran", "sport")));
	CHECK(yields_none("kursus", TERMS("kur", "sus")));
	CHECK(yields_none("netværk", TERMS("net", "værk")));
	CHECK(yields_none("årsagen", TERMS("år", "sag")));
	CHECK(yields_none("vejledning", TERMS("vej", "ledning")));
	CHECK(yields_none("resultaterne", TERMS("tat", "resul")));
	CHECK(yields_none("konkrete", TERMS("konk", "ret")));
	CHECK(yields_none("kulturelle", TERMS("el", "elle")));
	CHECK(yields_none("institutionerne", TERMS("ion", "institut")));
	CHECK(yields_none("daglig", TERMS("lig")));
	CHECK(yields_none("sikkerhed", TERMS("hed")));

	/* a part comes out the same inside a compound as on its own */
	CHECK(part_found_in("sygefravær", "sygefraværsstatistikken"));
	CHECK(part_found_in("sygefravær", "langtidssygefraværet"));
	CHECK(part_found_in("statistik", "sygefraværsstatistikken"));
	CHECK(part_found_in("bevilling", "anlægsbevillingerne"));
	CHECK(part_found_in("anlægsbevilling", "udgiftsanlægsbevillinger"));
	CHECK(part_found_in("budget", "budgetkatalogforslagene"));
	CHECK(part_found_in("netværk", "læringsnetværket"));
	CHECK(part_found_in("lokalplan", "lokalplanforslaget"));
	CHECK(part_found_in("arbejdsmiljø", "arbejdsmiljøorganisation"));
	CHECK(part_found_in("kursus", "kursusforløbet"));
	CHECK(part_found_in("praktik", "virksomhedspraktikpladser"));
	CHECK(part_found_in("trivsel", "trivselsundersøgelse"));
	CHECK(part_found_in("ledelse", "ledelsesinformationssystemet"));
	CHECK(part_found_in("borger", "borgerinddragelsesproces"));
	CHECK(part_found_in("byråd", "byrådsbeslutninger"));

	/* words the lexicon lacks and cannot cut are returned as they are */
	CHECK(yields_exactly("xqzwv", TERMS("xqzwv")));
	CHECK(yields_exactly("covid", TERMS("covid")));
	split("");
	CHECK(c.n_terms == 0);
	memset(long_word, 'a', sizeof(long_word) - 1);
	long_word[sizeof(long_word) - 1] = '\0';
	split(long_word);
	CHECK(c.n_terms == 1 && c.terms[0].len == sizeof(long_word) - 1);
	/* odd bytes: no crash, one term */
	split("\xff\xfe\x80sag\xc3");
	CHECK(c.n_terms >= 1);
	split("sygefraværs\xc3\xa6\xc3");
	CHECK(c.n_terms >= 1);

	free(data);
	return CHECK_DONE();
}
