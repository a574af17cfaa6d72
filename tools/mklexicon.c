/*
 * mklexicon.c — build the lexicon of the compound splitter (format in
 * src/core/search/lexicon.h) from hunspell-da and the word lists in src/data.
 *
 *   mklexicon AFF DIC DOMAIN_WORDS NOT_PARTS NOT_DERIVED OUT
 *
 * DOMAIN_WORDS: one word per line, optionally followed by a dictionary word
 * it inflects and composes like ("chefforum forum").  Without one, the
 * longest dictionary word that ends it (three letters or more) is the model
 * ("borgerrådgiver" is inflected like "rådgiver"); a word with no model
 * stands as it is, alone or as any part of a compound.  A listed word that
 * the dictionary has keeps its own inflection, and with a model gets the
 * model's too ("ældre syge": the plural ældre begins compounds as the noun
 * syge does).  Every form of a listed word is marked RF_LEX_DOMAIN, which
 * lets a short word such as "sag" be a part.
 *
 * NOT_PARTS: one word per line; every form whose lemma (or which itself) is
 * listed is marked RF_LEX_NOPART.  A word followed by "end" may be a part,
 * but not the last one; one followed by "bare" only with its linking
 * element.
 *
 * NOT_DERIVED: one word per line; every form whose lemma (or which itself)
 * is listed is marked RF_LEX_UNDERIVED: it looks derived from a shorter word
 * but is none of its family ("journalist" is no journal + ist).
 *
 * '#' starts a comment in the lists.  The output is the same for the same
 * input (forms and strings are sorted).
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compound.h"
#include "hunspell_expand.h"
#include "lexicon.h"

#define MAX_LEMMAS 32			/* lemmas kept of a form (hunspell-da has at most a few) */
#define NAME 0x100				/* while building: a form written with a capital */

/* ---- interned strings ---------------------------------------------------- */

static char **strs;				/* by id */
static int	n_strs,
			cap_strs;
static int *str_slots;			/* id + 1, 0 = empty */
static unsigned str_mask;

static int
intern(const char *s)
{
	size_t		len = strlen(s);
	unsigned	i;

	if ((unsigned) n_strs * 2 >= str_mask)
	{
		/* grow the table and re-insert */
		unsigned	size = str_mask ? 2 * (str_mask + 1) : 1u << 16,
					k;

		free(str_slots);
		str_slots = calloc(size, sizeof(int));
		if (str_slots == NULL)
			exit(1);
		str_mask = size - 1;
		for (k = 0; k < (unsigned) n_strs; k++)
		{
			i = rf_lex_hash(strs[k], strlen(strs[k])) & str_mask;
			while (str_slots[i])
				i = (i + 1) & str_mask;
			str_slots[i] = (int) k + 1;
		}
	}
	for (i = rf_lex_hash(s, len) & str_mask; str_slots[i]; i = (i + 1) & str_mask)
		if (strcmp(strs[str_slots[i] - 1], s) == 0)
			return str_slots[i] - 1;
	if (n_strs == cap_strs)
	{
		cap_strs = cap_strs ? 2 * cap_strs : 1 << 16;
		strs = realloc(strs, cap_strs * sizeof(char *));
		if (strs == NULL)
			exit(1);
	}
	strs[n_strs] = strdup(s);
	str_slots[i] = n_strs + 1;
	return n_strs++;
}

/* ---- word forms ------------------------------------------------------------ */

typedef struct form
{
	int			text;			/* string id */
	unsigned	bits;
	int			n_lemmas;
	int		   *lemmas;			/* string ids */
} form;

static form *forms;
static int	n_forms,
			cap_forms;
static int *form_of_str;		/* string id → form index + 1 */
static int	cap_form_of_str;

static form *
find_form(int text)
{
	return text < cap_form_of_str && form_of_str[text] ? &forms[form_of_str[text] - 1] : NULL;
}

/* Add a form, or merge its bits and lemma into the form already there. */
static void
add_form(const char *text, const char *lemma, unsigned bits)
{
	char	   *ft = hs_fold(text, strlen(text)),
			   *fl = hs_fold(lemma, strlen(lemma));
	int			t = intern(ft),
				l = intern(fl),
				i;
	form	   *f = find_form(t);

	free(ft);
	free(fl);
	if (f == NULL)
	{
		if (t >= cap_form_of_str)
		{
			int			old = cap_form_of_str;

			cap_form_of_str = 2 * (t + 1);
			form_of_str = realloc(form_of_str, cap_form_of_str * sizeof(int));
			memset(form_of_str + old, 0, (cap_form_of_str - old) * sizeof(int));
		}
		if (n_forms == cap_forms)
			forms = realloc(forms, (cap_forms = cap_forms ? 2 * cap_forms : 1 << 16) * sizeof(form));
		f = &forms[n_forms];
		memset(f, 0, sizeof(*f));
		f->text = t;
		form_of_str[t] = ++n_forms;
	}
	f->bits |= bits;
	for (i = 0; i < f->n_lemmas; i++)
		if (f->lemmas[i] == l)
			return;
	if (f->n_lemmas == MAX_LEMMAS)
		return;
	f->lemmas = realloc(f->lemmas, (f->n_lemmas + 1) * sizeof(int));
	f->lemmas[f->n_lemmas++] = l;
}

static int
hyphen_at_edge(const char *s)
{
	return s[0] == '-' || s[strlen(s) - 1] == '-';
}

static void
emit_form(void *arg, const char *text, const char *lemma, unsigned bits)
{
	unsigned	extra = *(const unsigned *) arg;

	/* a name: capital letter, ASCII or Æ, Ø, Å (U+00C6, U+00D8, U+00C5) */
	if ((text[0] >= 'A' && text[0] <= 'Z')
		|| ((unsigned char) text[0] == 0xC3 && ((unsigned char) text[1] == 0x86
			|| (unsigned char) text[1] == 0x98 || (unsigned char) text[1] == 0x85)))
		extra |= NAME;

	/* "syge-": the hyphenated first part of a written-apart compound is no token */
	if (strlen(text) <= RF_LEX_MAX_FORM && strlen(lemma) <= RF_LEX_MAX_FORM
		&& !hyphen_at_edge(text) && !hyphen_at_edge(lemma))
		add_form(text, lemma, bits | extra);
}

/* ---- the word lists ------------------------------------------------------ */

/* Next line of a word list: up to two words; returns 0 at the end. */
static int
read_list_line(FILE *f, char *w1, char *w2, size_t size)
{
	char		buf[1024];

	while (fgets(buf, sizeof(buf), f))
	{
		char	   *hash = strchr(buf, '#');

		if (hash)
			*hash = '\0';
		*w1 = *w2 = '\0';
		if (sscanf(buf, "%255s %255s", w1, w2) >= 1 && strlen(w1) < size)
			return 1;
	}
	return 0;
}

static FILE *
open_or_die(const char *path)
{
	FILE	   *f = fopen(path, "r");

	if (f == NULL)
	{
		perror(path);
		exit(1);
	}
	return f;
}

/* The dictionary entry of a word (first of them), by binary search. */
static const hs_entry *
entry_of(const hs_entry *sorted, int n, const char *word)
{
	int			lo = 0,
				hi = n;

	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;
		int			c = strcmp(sorted[mid].word, word);

		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && strcmp(sorted[lo].word, word) == 0 ? &sorted[lo] : NULL;
}

static int
cmp_entry(const void *a, const void *b)
{
	return strcmp(((const hs_entry *) a)->word, ((const hs_entry *) b)->word);
}

/* Add the domain words, inflected like their model. */
static int
add_domain_words(const hs_affixes *aff, const hs_entry *es, int n, const char *path)
{
	FILE	   *f = open_or_die(path);
	hs_entry   *sorted = malloc(n * sizeof(hs_entry));
	char		w[256],
				model[256];
	unsigned	domain = RF_LEX_DOMAIN;
	int			count = 0;

	memcpy(sorted, es, n * sizeof(hs_entry));
	qsort(sorted, n, sizeof(hs_entry), cmp_entry);
	while (read_list_line(f, w, model, sizeof(w)))
	{
		const hs_entry *own = entry_of(sorted, n, w);
		const hs_entry *m = NULL;
		bool		in_dictionary = own != NULL;
		hs_entry	e;
		size_t		i;

		count++;
		/* every entry of the word: its own inflections, marked */
		for (; own && own < sorted + n && strcmp(own->word, w) == 0; own++)
			hs_expand(aff, own, emit_form, &domain);
		if (in_dictionary && !*model)
			continue;
		if (*model)
		{
			m = entry_of(sorted, n, model);
			if (m == NULL)
			{
				fprintf(stderr, "mklexicon: %s: model \"%s\" of \"%s\" is not in the dictionary\n",
						path, model, w);
				exit(1);
			}
		}
		for (i = 1; m == NULL && strlen(w + i) >= 3; i++)
			m = entry_of(sorted, n, w + i);
		if (m == NULL)
		{
			add_form(w, w, RF_LEX_WORD | RF_LEX_BEGIN | RF_LEX_MIDDLE | RF_LEX_END | RF_LEX_DOMAIN);
			continue;
		}
		e = *m;
		e.word = w;
		e.lemma = w;
		hs_expand(aff, &e, emit_form, &domain);
	}
	fclose(f);
	free(sorted);
	return count;
}

/* The marks of a list (one per string, listed[]) on a form: its own and its lemmas'. */
static unsigned
listed_marks(const unsigned char *listed, const form *fm)
{
	unsigned	how = listed[fm->text];

	for (int j = 0; j < fm->n_lemmas; j++)
		how |= listed[fm->lemmas[j]];
	return how;
}

/*
 * A listed word is never a part.  One listed with "end" may be a part but
 * not the last one (a word that doubles as a suffix: "ring" in
 * "spærring"); one listed with "bare" is a part only with the linking
 * element the dictionary gives it ("års|regnskab", not "år|sag" of
 * "årsag").  Marks every form whose lemma (or which itself) is listed.
 */
static int
mark_not_parts(const char *path)
{
	static const char *const how_words[] = {"", "end", "bare"};
	FILE	   *f = open_or_die(path);
	char		w[256],
				what[256];
	int		   *ids = NULL;
	int			count = 0,
				i;
	unsigned char *listed;

	while (read_list_line(f, w, what, sizeof(w)))
	{
		int			how;

		for (how = 0; how < 3 && strcmp(what, how_words[how]) != 0; how++)
			;
		if (how == 3)
		{
			fprintf(stderr, "mklexicon: %s: \"%s %s\": only \"end\" or \"bare\" may follow a word\n",
					path, w, what);
			exit(1);
		}
		ids = realloc(ids, (count + 1) * 2 * sizeof(int));
		ids[2 * count] = intern(w);
		ids[2 * count + 1] = 1 << how;
		count++;
	}
	fclose(f);
	listed = calloc(n_strs, 1);
	for (i = 0; i < count; i++)
		listed[ids[2 * i]] |= ids[2 * i + 1];
	for (i = 0; i < n_forms; i++)
	{
		form	   *fm = &forms[i];
		unsigned	how = listed_marks(listed, fm);

		if (how & 1)
			fm->bits |= RF_LEX_NOPART;
		if (how & 2)
			fm->bits &= ~RF_LEX_END;
		if (how & 4)
			fm->bits &= ~RF_LEX_BARE;
	}
	free(listed);
	free(ids);
	return count;
}

/* Mark RF_LEX_UNDERIVED every form whose lemma (or which itself) path lists. */
static int
mark_not_derived(const char *path)
{
	FILE	   *f = open_or_die(path);
	char		w[256],
				what[256];
	int		   *ids = NULL;
	int			count = 0,
				i;
	unsigned char *listed;

	while (read_list_line(f, w, what, sizeof(w)))
	{
		if (what[0] != '\0')
		{
			fprintf(stderr, "mklexicon: %s: \"%s %s\": one word per line\n", path, w, what);
			exit(1);
		}
		ids = realloc(ids, (count + 1) * sizeof(int));
		ids[count++] = intern(w);
	}
	fclose(f);
	listed = calloc(n_strs, 1);
	for (i = 0; i < count; i++)
		listed[ids[i]] = 1;
	for (i = 0; i < n_forms; i++)
		if (listed_marks(listed, &forms[i]))
			forms[i].bits |= RF_LEX_UNDERIVED;
	free(listed);
	free(ids);
	return count;
}

/*
 * Mark RF_LEX_BARE every lemma that may end a compound, and every name:
 * the minutes write "sygefraværstatistik" next to "sygefraværsstatistik",
 * and hunspell-da has no compound flags on names ("Aarhusbugten").  Words
 * it lists with no flags at all ("juri", "kata") are left out: they would
 * cut "juridisk" and "katapult".
 */
static void
mark_bare_parts(void)
{
	int			i,
				j;

	for (i = 0; i < n_forms; i++)
	{
		form	   *f = &forms[i];

		if ((f->bits & RF_LEX_WORD) && (f->bits & (RF_LEX_END | NAME)))
			for (j = 0; j < f->n_lemmas; j++)
				if (f->lemmas[j] == f->text)
					f->bits |= RF_LEX_BARE;
		f->bits &= ~NAME;
	}
}

/* Is every lemma of a also one of b? */
static int
lemmas_within(const form *a, const form *b)
{
	int			i,
				j;

	for (i = 0; i < a->n_lemmas; i++)
	{
		for (j = 0; j < b->n_lemmas && b->lemmas[j] != a->lemmas[i]; j++)
			;
		if (j == b->n_lemmas)
			return 0;
	}
	return 1;
}

/*
 * Take out what rf_lexicon_match finds through the base form: the word and
 * compound-end use of a genitive whose lemmas its base has.  A form that
 * is also a first or inner part ("anlægs") stays, with those flags only.
 * Returns the number of forms taken out.
 */
static int
drop_genitives(void)
{
	const unsigned found = RF_LEX_WORD | RF_LEX_END;
	unsigned   *lose = calloc(n_forms, sizeof(unsigned));
	int			i,
				kept = 0;

	/* decide first, then move: find_form indexes the array */
	for (i = 0; i < n_forms; i++)
	{
		const form *f = &forms[i];
		const char *t = strs[f->text];
		size_t		base = rf_lex_genitive_base(t, strlen(t));
		const form *bf = NULL;

		if (base > 0)
		{
			char	   *b = strndup(t, base);

			bf = find_form(intern(b));
			free(b);
		}
		if (bf && (bf->bits & f->bits & found) == (f->bits & found) && lemmas_within(f, bf))
			lose[i] = f->bits & found;
	}
	for (i = 0; i < n_forms; i++)
	{
		forms[i].bits &= ~lose[i];
		if (forms[i].bits & (RF_LEX_WORD | RF_LEX_BEGIN | RF_LEX_MIDDLE | RF_LEX_END))
			forms[kept++] = forms[i];
	}
	free(lose);
	free(form_of_str);
	form_of_str = NULL;
	cap_form_of_str = 0;
	i = n_forms - kept;
	n_forms = kept;
	return i;
}

/* ---- output ---------------------------------------------------------------- */

static int
cmp_str_id(const void *a, const void *b)
{
	return strcmp(strs[*(const int *) a], strs[*(const int *) b]);
}

static int
cmp_form(const void *a, const void *b)
{
	return strcmp(strs[((const form *) a)->text], strs[((const form *) b)->text]);
}

/*
 * The index in refs of the lemma list of f, appending the list when no
 * earlier form had the same one (the forms of a word share theirs).
 */
static uint32_t
lemma_list(const form *f, const uint32_t *offset, uint32_t *refs, uint32_t *n_refs,
		   uint32_t **list_of_key, int *cap)
{
	char		key[MAX_LEMMAS * 12 + 1];
	size_t		used = 0;
	int			j,
				k;

	for (j = 0; j < f->n_lemmas; j++)
		used += sprintf(key + used, "\t%d", f->lemmas[j]);
	k = intern(key);
	if (k >= *cap)
	{
		int			old = *cap;

		*cap = 2 * (k + 1);
		*list_of_key = realloc(*list_of_key, *cap * sizeof(uint32_t));
		memset(*list_of_key + old, 0, (*cap - old) * sizeof(uint32_t));
	}
	if ((*list_of_key)[k] == 0)
	{
		(*list_of_key)[k] = *n_refs + 1;
		for (j = 0; j < f->n_lemmas; j++)
			refs[(*n_refs)++] = offset[f->lemmas[j]] | (j == f->n_lemmas - 1 ? RF_LEX_LAST : 0);
	}
	return (*list_of_key)[k] - 1;
}

/*
 * Lay the strings ids[0..n_ids) out one after the other, each followed by
 * its cut (cut_len[id] bytes, 0 for a string that is no lemma): sets
 * offset[id] and returns the size of the strings.
 */
static uint32_t
lay_out_strings(const int *ids, int n_ids, const size_t *cut_len, uint32_t *offset)
{
	uint32_t	size = 0;
	int			i;

	for (i = 0; i < n_ids; i++)
	{
		offset[ids[i]] = size;
		size += 1 + strlen(strs[ids[i]]) + cut_len[ids[i]];
	}
	return size;
}

/*
 * The file image of the (sorted) forms, with the strings at offset[] and
 * each followed by cut[id] (cut_len[id] bytes); *size is its size.
 */
static unsigned char *
build_image(const int *ids, int n_ids, const uint32_t *offset, uint32_t strings_size,
			unsigned char *const *cut, const size_t *cut_len, size_t *size)
{
	rf_lex_header h;
	unsigned char *image;
	uint32_t   *slots,
				max_refs = 0,
				n_refs = 0,
			   *list_of_key = NULL;
	int			cap_keys = 0;
	rf_lex_form *out;
	uint32_t   *refs;
	unsigned char *strings;
	int			i;

	for (i = 0; i < n_forms; i++)
		max_refs += forms[i].n_lemmas;
	memset(&h, 0, sizeof(h));
	memcpy(h.magic, RF_LEX_MAGIC, 8);
	h.version = RF_LEX_VERSION;
	h.byte_order = RF_LEX_BYTE_ORDER;
	/*
	 * At most half full: a probe of a miss reads the slots only (they hold
	 * a fingerprint of the hash) up to an empty one, about 2 slots at half
	 * full and 12 at 4/5; most probes of the splitter are misses.
	 */
	for (h.n_slots = 1024; h.n_slots < 2 * (uint32_t) n_forms; h.n_slots *= 2)
		;
	h.n_forms = n_forms;
	h.strings_size = strings_size;

	/* the lemma references first, to know their number */
	out = calloc(n_forms, sizeof(rf_lex_form));
	refs = malloc(max_refs * sizeof(uint32_t));
	for (i = 0; i < n_forms; i++)
		out[i].lemmas_flags = lemma_list(&forms[i], offset, refs, &n_refs, &list_of_key, &cap_keys) << 8
			| (forms[i].bits & 0xFF);
	if (n_refs >= RF_LEX_MAX_LEMMA_REFS || (uint32_t) n_forms > RF_LEX_MAX_FORMS)
	{
		fprintf(stderr, "mklexicon: too many word forms or lemmas\n");
		exit(1);
	}
	h.n_lemma_refs = n_refs;

	*size = rf_lexicon_size(h.n_slots, h.n_forms, h.n_lemma_refs, h.strings_size);
	image = calloc(1, *size);
	if (image == NULL)
		exit(1);
	memcpy(image, &h, sizeof(h));
	slots = (uint32_t *) (image + sizeof(h));
	memcpy(slots + h.n_slots, out, n_forms * sizeof(rf_lex_form));
	memcpy(slots + h.n_slots + 2 * n_forms, refs, n_refs * sizeof(uint32_t));
	strings = (unsigned char *) (slots + h.n_slots + 2 * n_forms + n_refs);
	for (i = 0; i < n_ids; i++)
	{
		size_t		len = strlen(strs[ids[i]]);
		unsigned char *at = strings + offset[ids[i]];

		at[0] = (unsigned char) len;
		memcpy(at + 1, strs[ids[i]], len);
		if (cut_len[ids[i]] > 0)
			memcpy(at + 1 + len, cut[ids[i]], cut_len[ids[i]]);
	}
	for (i = 0; i < n_forms; i++)
	{
		const char *t = strs[forms[i].text];
		uint32_t	hash = rf_lex_hash(t, strlen(t)),
					k = hash & (h.n_slots - 1);

		((rf_lex_form *) (slots + h.n_slots))[i].text = offset[forms[i].text];
		while (slots[k])
			k = (k + 1) & (h.n_slots - 1);
		slots[k] = RF_LEX_SLOT(i, hash);
	}
	free(out);
	free(refs);
	free(list_of_key);
	return image;
}

/*
 * The cut of every lemma (lexicon.h), worked out by the splitter itself
 * (rf_compound_lemma_cut, rf_compound_derivation_base) over lx, the image
 * without cuts: cut[id] and cut_len[id] for each lemma id, and base_of[id],
 * the string id of its derivation base or -1.
 */
static void
work_out_cuts(const rf_lexicon *lx, const char *is_lemma, int n_ids_all,
			  unsigned char **cut, size_t *cut_len, int *base_of)
{
	int			id,
				k;

	for (id = 0; id < n_ids_all; id++)
	{
		const char *w = strs[id];
		size_t		len = strlen(w),
					ends[RF_COMPOUND_MAX_PARTS],
					base_len;
		const rf_lex_form *parts[RF_COMPOUND_MAX_PARTS];
		char		base[RF_COMPOUND_BASE_BYTES];
		int			n;
		unsigned char *p;

		base_of[id] = -1;
		cut_len[id] = 0;
		if (!is_lemma[id])
			continue;
		n = rf_compound_lemma_cut(lx, w, len, ends, parts);
		base_len = rf_compound_derivation_base(lx, w, len, base);
		if (base_len > 0)
		{
			/* the base is a lemma of the lexicon (lemma_word), so a string of it */
			base[base_len] = '\0';
			base_of[id] = intern(base);
			if (base_of[id] >= n_ids_all || !is_lemma[base_of[id]])
			{
				fprintf(stderr, "mklexicon: the derivation base \"%s\" of \"%s\" is no lemma\n", base, w);
				exit(1);
			}
		}
		cut_len[id] = 2 + (base_len > 0 ? 4 : 0) + (size_t) n * RF_LEX_CUT_PART_BYTES;
		p = cut[id] = calloc(1, cut_len[id]);
		p[0] = (unsigned char) n;
		p[1] = base_len > 0;
		p += 2 + (base_len > 0 ? 4 : 0);	/* the base's offset is known after the layout */
		for (k = 0; k < n; k++, p += RF_LEX_CUT_PART_BYTES)
		{
			uint32_t	form = (uint32_t) (parts[k] - lx->forms);

			p[0] = (unsigned char) ends[k];
			memcpy(p + 1, &form, sizeof(form));
		}
	}
}

static void
write_lexicon(const char *path)
{
	int			n_before = n_strs;
	int		   *ids = malloc(n_strs * sizeof(int));
	uint32_t   *offset = malloc(n_strs * sizeof(uint32_t));
	char	   *used = calloc(n_strs, 1),
			   *is_lemma = calloc(n_strs, 1);
	unsigned char **cut = calloc(n_strs, sizeof(unsigned char *));
	size_t	   *cut_len = calloc(n_strs, sizeof(size_t));
	int		   *base_of = malloc(n_strs * sizeof(int));
	unsigned char *image;
	const char *why;
	rf_lexicon	lx;
	uint32_t	strings_size;
	int			n_ids = 0,
				i,
				j;
	FILE	   *f;
	size_t		size;

	qsort(forms, n_forms, sizeof(form), cmp_form);
	for (i = 0; i < n_forms; i++)
	{
		used[forms[i].text] = 1;
		for (j = 0; j < forms[i].n_lemmas; j++)
			used[forms[i].lemmas[j]] = is_lemma[forms[i].lemmas[j]] = 1;
		qsort(forms[i].lemmas, forms[i].n_lemmas, sizeof(int), cmp_str_id);
	}
	for (i = 0; i < n_before; i++)
		if (used[i])
			ids[n_ids++] = i;
	qsort(ids, n_ids, sizeof(int), cmp_str_id);

	/* an image without cuts to work them out on, then the file with them */
	strings_size = lay_out_strings(ids, n_ids, cut_len, offset);
	image = build_image(ids, n_ids, offset, strings_size, cut, cut_len, &size);
	if ((why = rf_lexicon_open(&lx, image, size)) != NULL)
	{
		fprintf(stderr, "mklexicon: %s\n", why);
		exit(1);
	}
	work_out_cuts(&lx, is_lemma, n_before, cut, cut_len, base_of);
	free(image);
	strings_size = lay_out_strings(ids, n_ids, cut_len, offset);
	for (i = 0; i < n_before; i++)
		if (base_of[i] >= 0)
			memcpy(cut[i] + 2, &offset[base_of[i]], sizeof(uint32_t));
	image = build_image(ids, n_ids, offset, strings_size, cut, cut_len, &size);

	f = fopen(path, "wb");
	if (f == NULL || fwrite(image, 1, size, f) != size || fclose(f) != 0)
	{
		perror(path);
		remove(path);
		exit(1);
	}
	printf("mklexicon: %s: %d word forms, %u lemma references, %u bytes of strings and cuts, %zu bytes\n",
		   path, n_forms, ((const rf_lex_header *) image)->n_lemma_refs, strings_size, size);
	for (i = 0; i < n_before; i++)
		free(cut[i]);
	free(image);
	free(cut);
	free(cut_len);
	free(base_of);
	free(is_lemma);
	free(used);
	free(offset);
	free(ids);
}

int
main(int argc, char **argv)
{
	hs_affixes *aff;
	hs_entry   *es;
	unsigned	none = 0;
	int			n,
				i,
				n_domain,
				n_not,
				n_underived,
				n_gen;

	if (argc != 7)
	{
		fprintf(stderr, "usage: mklexicon AFF DIC DOMAIN_WORDS NOT_PARTS NOT_DERIVED OUT\n");
		return 2;
	}
	aff = hs_read_aff(argv[1]);
	n = hs_read_dic(aff, argv[2], RF_LEX_MAX_FORM, &es);
	for (i = 0; i < n; i++)
		hs_expand(aff, &es[i], emit_form, &none);
	n_domain = add_domain_words(aff, es, n, argv[3]);
	mark_bare_parts();
	n_not = mark_not_parts(argv[4]);	/* after: it may take RF_LEX_BARE away */
	n_underived = mark_not_derived(argv[5]);
	n_gen = drop_genitives();
	printf("mklexicon: %d dictionary entries, %d domain words, %d words that are never parts, %d that are not derived, %d genitives left to the lookup\n",
		   n, n_domain, n_not, n_underived, n_gen);
	write_lexicon(argv[6]);
	return 0;
}
