/*
 * compound.c — cut Danish compounds into their parts (see compound.h).
 */
#include <string.h>

#include "compound.h"

/*
 * The cost of a cut: PART_COST per part, one more for a part that has no
 * linking element where the dictionary wants one (RF_LEX_BARE), so that of
 * two cuts with as many parts the one that follows the dictionary wins:
 * "møde|sager", not "mødes|ager".
 */
#define PART_COST 8
#define NO_CUT 0xFFFF

/* A reading: the word before its last part, then a lemma. */
#define READING_BYTES (RF_COMPOUND_MAX_BYTES + RF_LEX_MAX_FORM)

/* A part of a cut: text[start..end) and its lexicon entry. */
typedef struct cut_part
{
	size_t		start;
	size_t		end;
	const rf_lex_form *form;
} cut_part;

/*
 * A part of a reading, linking element included: reading[start..end).  A
 * run of parts that ends in this one ends in tail, its lemma.  When tail is
 * a lemma of the lexicon its derivation base is known from the file: base
 * (NULL when it has none), base_known.
 */
typedef struct part
{
	size_t		start;
	size_t		end;
	const char *tail;
	size_t		tail_len;
	bool		base_known;
	const char *base;
	size_t		base_len;
} part;

typedef struct reading
{
	const char *text;
	size_t		len;
	int			n_parts;
	part		parts[RF_COMPOUND_MAX_PARTS];
} reading;

static bool
continuation_byte(char c)
{
	return ((unsigned char) c & 0xC0) == 0x80;
}

/*
 * The cost of entry f as a part of chars characters that needs the flags
 * need, or NO_CUT when it cannot be that part.
 */
static unsigned
part_cost(const rf_lex_form *f, unsigned need, size_t chars)
{
	unsigned	flags;

	if (f == NULL)
		return NO_CUT;
	flags = rf_lex_flags(f);
	if ((flags & RF_LEX_NOPART)
		|| chars < ((flags & RF_LEX_DOMAIN) ? RF_COMPOUND_MIN_DOMAIN_PART : RF_COMPOUND_MIN_PART))
		return NO_CUT;
	if ((flags & need) == need)
		return PART_COST;
	/* a lemma may begin or stand inside a compound without a linking element */
	if (need != RF_LEX_END && (flags & RF_LEX_BARE))
		return PART_COST + 1;
	return NO_CUT;
}

/*
 * Endings of inflection ("beskriv|e", "betal|ing") and of derivation
 * ("fortæl|ling", "ekstrem|isme") that a lemma may have after a shorter
 * word; see stem_ends.
 */
typedef struct ending
{
	const char *text;
	size_t		len;
} ending;

#define E(s) {s, sizeof(s) - 1}
static const ending inflections[] = {
	E("e"), E("n"), E("r"), E("s"), E("t"), E("de"), E("en"), E("er"), E("es"), E("et"),
	E("ne"), E("ns"), E("re"), E("st"), E("te"), E("ede"), E("ene"), E("ens"), E("ere"),
	E("ers"), E("est"), E("ets"), E("ing"), E("isk")
};
static const ending derivations[] = {E("ning"), E("ling"), E("else"), E("ighed"), E("isme")};

static bool
ends_with(const char *w, size_t n, const char *ending, size_t len)
{
	return n > len && memcmp(w + n - len, ending, len) == 0;
}

/* Is w[0..x) a word form of the lexicon? */
static bool
is_word(const rf_lexicon *lx, const char *w, size_t x)
{
	const rf_lex_form *f = rf_lexicon_find(lx, w, x);

	return f != NULL && (rf_lex_flags(f) & RF_LEX_WORD);
}

/*
 * Where the words end that make up w[0..n) but for an ending: *inflected is
 * the end of the longest word followed by one of inflections, or by a
 * doubled consonant and "e" ("bestem|me"), *derived of the longest followed
 * by one of derivations; 0 when there is none.  The lemma is then that word
 * inflected or derived rather than a compound: no part may end inside the
 * word ("beta|ling", "best|emme"), nor where a derivation begins
 * ("fortæl|ling"), unless the word is a compound cut there too
 * (part_inside_stem).
 */
static void
stem_ends(const rf_lexicon *lx, const char *w, size_t n, size_t *inflected, size_t *derived)
{
	size_t		k;

	*inflected = *derived = 0;
	for (k = 0; k < sizeof(inflections) / sizeof(inflections[0]); k++)
	{
		size_t		len = inflections[k].len;

		if (n - len > *inflected && ends_with(w, n, inflections[k].text, len)
			&& is_word(lx, w, n - len))
			*inflected = n - len;
	}
	if (n > 3 && w[n - 1] == 'e' && w[n - 2] == w[n - 3] && n - 2 > *inflected
		&& is_word(lx, w, n - 2))
		*inflected = n - 2;
	for (k = 0; k < sizeof(derivations) / sizeof(derivations[0]); k++)
	{
		size_t		len = derivations[k].len;

		if (n - len > *derived && ends_with(w, n, derivations[k].text, len)
			&& is_word(lx, w, n - len))
			*derived = n - len;
	}
}

static size_t
count_chars(const char *s, size_t len)
{
	size_t		n = 0;

	while (len-- > 0)
		n += !continuation_byte(*s++);
	return n;
}

/*
 * May a part end at w[j] inside the word w[0..stem) of stem_ends?  Only if
 * that word is a compound cut there: w[j..stem) may be its last part
 * ("plan|lægning" of "plan|læg", "trafik|sikkerhed" of "trafik|sikker"; not
 * "vej|ledning" of "vejled", "led" is too short a part).
 */
static bool
part_inside_stem(const rf_lexicon *lx, const char *w, size_t j, size_t stem)
{
	return part_cost(rf_lexicon_find(lx, w + j, stem - j), RF_LEX_END,
					 count_chars(w + j, stem - j)) != NO_CUT;
}

/*
 * What best_cut cuts: a word the lexicon lacks, whose last part may be
 * inflected and whose first part may be a short piece the lexicon lacks
 * ("flex|trafik", "pdf|udvalgserklæring"), or a lemma (stem_ends applies).
 */
typedef enum cut_mode
{
	CUT_WORD,
	CUT_LEMMA
} cut_mode;

/*
 * The first piece of CUT_WORD that is no part: 3 to 5 characters the
 * lexicon lacks or has as a word that cannot begin a compound ("flex",
 * "pdf", "med"), followed by at least 6, and no word of the lexicon may
 * begin the word and run past it ("kontr|aktuelle" is "kontrakt…").  It
 * costs as much as two parts and a character more for each of its own, so
 * the shortest piece wins ("pdf|afstemningsliste", not
 * "pdfaf|stemningsliste").
 */
#define UNKNOWN_MIN_CHARS 3
#define UNKNOWN_MAX_CHARS 5
#define UNKNOWN_MIN_REST 6

/* The end of the longest word form (other than the whole) that begins w[0..n), or 0. */
static size_t
longest_prefix_word(const rf_lexicon *lx, const char *w, size_t n)
{
	uint32_t	h = RF_LEX_HASH_START;
	size_t		j,
				longest = 0;

	for (j = 1; j < n; j++)
	{
		h = rf_lex_hash_step(h, (unsigned char) w[j - 1]);
		if (!continuation_byte(w[j]) && rf_lexicon_find_hashed(lx, w, j, h) != NULL)
			longest = j;
	}
	return longest;
}

/*
 * The best cut of t[s..e) into two parts or more: least cost (part_cost:
 * fewest parts, then fewest without their linking element), then the
 * longest first part, then the longest second, and so on.  The first part
 * must be able to begin a compound, the last to end one, the others to
 * stand inside one.  Writes the parts to parts[] (an unknown piece with a
 * NULL entry) and returns their number; 0 when there is no cut or it has
 * more than max_parts parts.
 *
 * Dynamic programming from the end: cost[i] is the least cost of a cut of
 * t[s+i..e).  The hash of t[s+i..s+j) is built byte by byte as j grows, so
 * each candidate part costs one probe of the lexicon.
 */
static int
best_cut(const rf_lexicon *lx, const char *t, size_t s, size_t e, cut_mode mode,
		 cut_part *parts, int max_parts)
{
	unsigned short cost[RF_COMPOUND_MAX_BYTES + 1];
	unsigned char next[RF_COMPOUND_MAX_BYTES + 1];
	const rf_lex_form *entry[RF_COMPOUND_MAX_BYTES + 1];
	const char *w = t + s;
	size_t		n = e - s,
				known_prefix = 0,
				i,
				j;
	bool		prefix_known = false;
	int			count = 0;

	if (n > RF_COMPOUND_MAX_BYTES)
		return 0;
	cost[n] = 0;
	for (i = n; i-- > 0;)
	{
		uint32_t	h = RF_LEX_HASH_START;
		const rf_lex_form *prev = NULL;
		size_t		chars = 0,
					inflected = 0,
					derived = 0;
		bool		stems_known = mode != CUT_LEMMA;

		cost[i] = NO_CUT;
		if (continuation_byte(w[i]))
			continue;
		for (j = i + 1; j <= n; j++)
		{
			const rf_lex_form *f,
					   *use;
			unsigned	need = i == 0 ? RF_LEX_BEGIN : j == n ? RF_LEX_END : RF_LEX_MIDDLE;
			unsigned	c;

			/* w[i..j) is also wanted to read a genitive w[i..j+1) */
			bool		base_wanted = j < n && cost[j + 1] != NO_CUT
				&& (w[j] == 's' || w[j] == '\'');

			h = rf_lex_hash_step(h, (unsigned char) w[j - 1]);
			if (j < n && continuation_byte(w[j]))
				continue;
			chars++;
			/*
			 * no part is shorter, nor is the base of a genitive that is a
			 * part; the whole word is no part of its own cut
			 */
			if ((cost[j] == NO_CUT && !base_wanted) || chars < RF_COMPOUND_MIN_DOMAIN_PART
				|| (i == 0 && j == n))
			{
				prev = NULL;
				continue;
			}
			f = rf_lexicon_find_hashed(lx, w + i, j - i, h);
			use = f;
			/* the last part in the genitive: "…bevillingens" through "bevillingen" */
			if (need == RF_LEX_END && (f == NULL || !(rf_lex_flags(f) & RF_LEX_END))
				&& rf_lex_genitive_base(w + i, j - i) == j - i - 1)
				use = prev;
			prev = f;
			if ((i == 0 && j == n) || cost[j] == NO_CUT)
				continue;
			c = part_cost(use, need, chars);
			if (c == NO_CUT && mode == CUT_WORD && i == 0
				&& chars >= UNKNOWN_MIN_CHARS && chars <= UNKNOWN_MAX_CHARS
				&& count_chars(w + j, n - j) >= UNKNOWN_MIN_REST)
			{
				/* looked up only when a piece may be unknown: most words have none */
				if (!prefix_known)
				{
					known_prefix = longest_prefix_word(lx, w, n);
					prefix_known = true;
				}
				if (known_prefix <= j)
				{
					c = 2 * PART_COST + (unsigned) chars;
					use = NULL;
				}
			}
			if (c == NO_CUT)
				continue;
			/* looked up only for a span where a part may begin: most have none */
			if (!stems_known)
			{
				stem_ends(lx, w + i, n - i, &inflected, &derived);
				stems_known = true;
			}
			if ((i + inflected > j && !part_inside_stem(lx, w, j, i + inflected))
				|| (i + derived >= j && !part_inside_stem(lx, w, j, i + derived)))
				continue;
			/* <= so that of equally good cuts the longest first part wins */
			if (cost[j] + c <= cost[i])
			{
				cost[i] = (unsigned short) (cost[j] + c);
				next[i] = (unsigned char) (j - i);
				entry[i] = use;
			}
		}
	}
	if (cost[0] == NO_CUT)
		return 0;
	for (i = 0; i < n; i += next[i])
	{
		if (count == max_parts)
			return 0;
		parts[count].start = s + i;
		parts[count].end = s + i + next[i];
		parts[count].form = entry[i];
		count++;
	}
	return count;
}

/*
 * The length of the longest lemma of cut part p that begins its text (the
 * text less its linking element: "anlæg" of "anlægs"), or 0; *lemma is
 * that lemma in the lexicon.  A piece the lexicon lacks is its own lemma
 * (*lemma NULL).
 */
static size_t
lemma_prefix(const rf_lexicon *lx, const char *t, const cut_part *p, const char **lemma)
{
	uint32_t	it = 0;
	const char *l;
	size_t		len,
				best = 0;

	*lemma = NULL;
	if (p->form == NULL)
		return p->end - p->start;
	while ((l = rf_lex_next_lemma(lx, p->form, &it, &len)) != NULL)
		if (len > best && len <= p->end - p->start && memcmp(t + p->start, l, len) == 0)
		{
			best = len;
			*lemma = l;
		}
	return best;
}

/* The derivation base of part q from the stored cut of its lemma, if there is one. */
static void
set_stored_base(part *q, const rf_lex_cut *cut)
{
	q->base_known = cut != NULL;
	q->base = cut != NULL ? cut->base : NULL;
	q->base_len = cut != NULL ? cut->base_len : 0;
}

/* Append a part whose lemma is not its text: the entry's first lemma. */
static void
add_irregular_part(const rf_lexicon *lx, const cut_part *p, reading *r)
{
	uint32_t	it = 0;
	part	   *q = &r->parts[r->n_parts++];
	rf_lex_cut	cut;

	q->start = p->start;
	q->end = p->end;
	q->tail = rf_lex_next_lemma(lx, p->form, &it, &q->tail_len);
	set_stored_base(q, q->tail != NULL && rf_lex_lemma_cut(lx, q->tail, q->tail_len, &cut)
					? &cut : NULL);
}

/*
 * The cut of r->text[s..s + lemma_len), a lemma, into cut[]: the one the
 * lexicon stores with the lemma when lemma names it there, else worked out
 * (best_cut); 0 parts when it has none or more than max_parts.
 */
static int
lemma_cut(const rf_lexicon *lx, const reading *r, size_t s, size_t lemma_len,
		  const rf_lex_cut *stored, cut_part *cut, int max_parts)
{
	size_t		start = 0,
				end;
	int			k;

	if (max_parts < 2)
		return 0;
	if (stored == NULL)
		return best_cut(lx, r->text, s, s + lemma_len, CUT_LEMMA, cut, max_parts);
	if (stored->n_parts > max_parts)
		return 0;
	for (k = 0; k < stored->n_parts; k++, start = end)
	{
		cut[k].form = rf_lex_cut_part(lx, stored, k, &end);
		cut[k].start = s + start;
		cut[k].end = s + end;
	}
	return stored->n_parts;
}

/*
 * Append the parts of r->text[s..e), a part whose lemma is
 * r->text[s..s + lemma_len) (lemma: the same in the lexicon, or NULL): the
 * cut of the lemma read as a word of its own, each part of it in turn
 * replaced by its parts; the last one keeps the rest of the span (the
 * linking element).  reserve parts stay free for the parts after this one.
 */
static void
add_parts(const rf_lexicon *lx, reading *r, size_t s, size_t e, size_t lemma_len,
		  const char *lemma, int reserve)
{
	cut_part	cut[RF_COMPOUND_MAX_PARTS];
	rf_lex_cut	stored;
	bool		is_stored = lemma != NULL && rf_lex_lemma_cut(lx, lemma, lemma_len, &stored);
	int			n = lemma_cut(lx, r, s, lemma_len, is_stored ? &stored : NULL, cut,
							  RF_COMPOUND_MAX_PARTS - r->n_parts - reserve);
	int			k;

	if (n == 0)
	{
		part	   *q = &r->parts[r->n_parts++];

		q->start = s;
		q->end = e;
		q->tail = r->text + s;
		q->tail_len = lemma_len;
		set_stored_base(q, is_stored ? &stored : NULL);
		return;
	}
	cut[n - 1].end = e;
	for (k = 0; k < n; k++)
	{
		const char *l;
		size_t		len = lemma_prefix(lx, r->text, &cut[k], &l);

		if (len == 0)
			add_irregular_part(lx, &cut[k], r);
		else
			add_parts(lx, r, cut[k].start, cut[k].end, len, l, reserve + n - 1 - k);
	}
}

/*
 * Append a term: a + b (b may be empty), unless the same text is there in
 * the same variant, or there is no room.
 */
static void
add_term(rf_compound *out, const char *a, size_t alen, const char *b, size_t blen,
		 int variant, bool is_reading, bool as_written)
{
	size_t		used = out->n_terms == 0 ? 0
		: out->terms[out->n_terms - 1].offset + out->terms[out->n_terms - 1].len + 1;
	size_t		len = alen + blen;
	char	   *dst = out->text + used;
	int			k;

	if (out->n_terms == RF_COMPOUND_MAX_TERMS || len == 0
		|| used + len + 1 > RF_COMPOUND_TEXT_BYTES)
		return;
	memcpy(dst, a, alen);
	memcpy(dst + alen, b, blen);
	dst[len] = '\0';
	for (k = out->n_terms - 1; k >= 0 && out->terms[k].variant == variant; k--)
		if (out->terms[k].len == len && memcmp(rf_compound_term(out, k), dst, len) == 0)
			return;
	out->terms[out->n_terms].offset = (unsigned short) used;
	out->terms[out->n_terms].len = (unsigned short) len;
	out->terms[out->n_terms].variant = (unsigned short) variant;
	out->terms[out->n_terms].reading = is_reading;
	out->terms[out->n_terms].as_written = as_written;
	out->n_terms++;
}

/*
 * Derivations: a lemma that ends in one of these suffixes after a word of
 * the lexicon is also read as that word, its base ("økonomisk" → økonomi,
 * "kulturel" → kultur, "administrativ" → administration).  The first rule
 * whose base the lexicon has wins, so the longer endings and the likelier
 * bases come first ("politisk" is politik, not politi).
 */
typedef struct derivation
{
	ending		suffix;
	ending		base_end;		/* what replaces it in the base */
	bool		reshaped;		/* the base may be reshaped (base_word) */
} derivation;

static const derivation derivations_of[] = {
	{E("atorisk"), E("ation"), false}, {E("ativ"), E("ation"), false},
	{E("tiv"), E("tion"), false}, {E("isk"), E("ik"), false}, {E("isk"), E("i"), false},
	{E("isk"), E("ie"), false}, {E("isk"), E(""), false}, {E("ionel"), E("ion"), false},
	{E("urel"), E("ur"), false}, {E("mentel"), E("ment"), false}, {E("uel"), E(""), false},
	{E("al"), E(""), true}, {E("ant"), E(""), false}, {E("ist"), E(""), true},
	{E("isme"), E(""), false}, {E("isme"), E("e"), false}, {E("bilitet"), E("bel"), false},
	{E("itet"), E(""), false}, {E("isering"), E("isation"), false},
	{E("isering"), E(""), false}, {E("isering"), E("i"), false}, {E("isering"), E("e"), false},
	{E("iering"), E(""), false}, {E("ering"), E(""), true}, {E("ering"), E("e"), false},
	{E("lig"), E(""), false}, {E("lig"), E("e"), false}, {E("ig"), E(""), false}
};

#define DERIVATION_MIN_BASE 5	/* characters: no "tur" of "turisme", "bil" of "billig" */
#define DERIVATION_BYTES RF_COMPOUND_BASE_BYTES

/* Is w[0..len) a word of the lexicon that is a lemma of its own and may be a part? */
static bool
lemma_word(const rf_lexicon *lx, const char *w, size_t len)
{
	const rf_lex_form *f = rf_lexicon_find(lx, w, len);
	uint32_t	it = 0;
	const char *l;
	size_t		l_len;

	if (f == NULL || (rf_lex_flags(f) & (RF_LEX_WORD | RF_LEX_NOPART)) != RF_LEX_WORD
		|| count_chars(w, len) < DERIVATION_MIN_BASE)
		return false;
	while ((l = rf_lex_next_lemma(lx, f, &it, &l_len)) != NULL)
		if (l_len == len && memcmp(l, w, len) == 0)
			return true;
	return false;
}

/*
 * Is the base b[0..*len) a lemma word, or, when it may be reshaped, is it
 * once its last consonant is undoubled ("budgett" of "budgettering") or an
 * e is put before a last l or r ("cykl" of "cyklist", "centr" of
 * "central")?  *len is then the length of the word in b.
 */
static bool
base_word(const rf_lexicon *lx, char *b, size_t *len, bool reshaped)
{
	size_t		n = *len;
	char		last = n > 1 ? b[n - 1] : 0;

	if (lemma_word(lx, b, n))
		return true;
	if (!reshaped)
		return false;
	if (n > 2 && last == b[n - 2] && strchr("bdfgklmnprstv", last) && lemma_word(lx, b, n - 1))
	{
		*len = n - 1;
		return true;
	}
	if (n > 2 && (last == 'l' || last == 'r') && strchr("aeiouyæøå", b[n - 2]) == NULL
		&& n + 1 < DERIVATION_BYTES)
	{
		b[n - 1] = 'e';
		b[n] = last;
		if (lemma_word(lx, b, n + 1))
		{
			*len = n + 1;
			return true;
		}
	}
	return false;
}

/*
 * The base of the lemma d[0..len) in out when it is a derivation (see
 * derivations_of), and its length; 0 when it is none, or a word the lexicon
 * marks as no derivation (RF_LEX_UNDERIVED: "journalist").
 */
size_t
rf_compound_derivation_base(const rf_lexicon *lx, const char *d, size_t len, char *out)
{
	bool		checked = false;
	size_t		k;

	for (k = 0; k < sizeof(derivations_of) / sizeof(derivations_of[0]); k++)
	{
		const derivation *r = &derivations_of[k];
		size_t		slen = r->suffix.len,
					elen = r->base_end.len,
					n;

		if (!ends_with(d, len, r->suffix.text, slen) || len - slen + elen + 1 >= DERIVATION_BYTES)
			continue;
		/* looked up only for a lemma with a suffix: most have none */
		if (!checked)
		{
			const rf_lex_form *f = rf_lexicon_find(lx, d, len);

			if (f == NULL || (rf_lex_flags(f) & RF_LEX_UNDERIVED))
				return 0;
			checked = true;
		}
		memcpy(out, d, len - slen);
		memcpy(out + len - slen, r->base_end.text, elen);
		n = len - slen + elen;
		if (base_word(lx, out, &n, r->reshaped))
			return n;
	}
	return 0;
}

/*
 * The terms of reading r: the reading, then every run of adjacent parts but
 * the whole, ending in the lemma of its last part.
 */
static void
add_reading_terms(const rf_lexicon *lx, const reading *r, int variant, rf_compound *out)
{
	int			n = r->n_parts,
				a,
				b;
	char		found[RF_COMPOUND_MAX_PARTS][DERIVATION_BYTES];
	const char *base[RF_COMPOUND_MAX_PARTS];
	size_t		base_len[RF_COMPOUND_MAX_PARTS];

	/*
	 * The base of each part that is a derivation: the reading and the part
	 * are read as ending in the base too ("kommunaløkonomisk" also reads
	 * kommunaløkonomi and økonomi, not the other runs: a query asks for a
	 * word of its own or a compound).
	 */
	for (b = 0; b < n; b++)
	{
		const part *p = &r->parts[b];

		if (p->base_known)
		{
			base[b] = p->base;
			base_len[b] = p->base_len;
		}
		else
		{
			base[b] = found[b];
			base_len[b] = rf_compound_derivation_base(lx, p->tail, p->tail_len, found[b]);
		}
	}
	add_term(out, r->text, r->len, "", 0, variant, true, false);
	if (n > 0 && base_len[n - 1] > 0)
		add_term(out, r->text, r->parts[n - 1].start, base[n - 1], base_len[n - 1], variant, false,
				 false);
	if (n < 2)
		return;
	for (b = 0; b < n; b++)
		for (a = b; a >= 0; a--)
		{
			const part *pa = &r->parts[a],
					   *pb = &r->parts[b];

			if ((a == 0 && b == n - 1) || (a < b && n > RF_COMPOUND_MAX_RUN_PARTS))
				continue;
			add_term(out, r->text + pa->start, pb->start - pa->start, pb->tail, pb->tail_len,
					 variant, false, false);
			if (a == b && base_len[b] > 0)
				add_term(out, base[b], base_len[b], "", 0, variant, false, false);
		}
}

void
rf_compound_split(const rf_lexicon *lx, const char *w, size_t len, rf_compound *out)
{
	const rf_lex_form *whole;
	cut_part	top[RF_COMPOUND_MAX_PARTS];
	char		buf[READING_BYTES];
	reading		r;
	bool		genitive;
	int			n,
				k,
				variant = 0;
	uint32_t	it = 0;
	const char *lemma;
	size_t		lemma_len;

	out->known = false;
	out->unknown_piece = false;
	out->n_parts = 0;
	out->n_terms = 0;
	if (len == 0)
		return;
	if (len > RF_COMPOUND_MAX_BYTES)
	{
		add_term(out, w, len, "", 0, 1, true, true);
		return;
	}

	/* a word, or the first part of a compound written apart ("Børne- og …") */
	whole = rf_lexicon_match(lx, w, len, RF_LEX_WORD, &genitive);
	if (whole == NULL)
		whole = rf_lexicon_match(lx, w, len, RF_LEX_BEGIN, &genitive);
	if (whole != NULL)
	{
		/* each lemma is a reading, cut as a word of its own */
		out->known = true;
		while ((lemma = rf_lex_next_lemma(lx, whole, &it, &lemma_len)) != NULL)
		{
			r.text = lemma;
			r.len = lemma_len;
			r.n_parts = 0;
			add_parts(lx, &r, 0, lemma_len, lemma_len, lemma, 0);
			if (++variant == 1)
				out->n_parts = r.n_parts > 1 ? r.n_parts : 0;
			add_reading_terms(lx, &r, variant, out);
		}
		return;
	}

	/*
	 * A word the lexicon lacks: cut it (its last part may be inflected),
	 * then read it with the lemma of its last part in place of that part.
	 */
	n = best_cut(lx, w, 0, len, CUT_WORD, top, RF_COMPOUND_MAX_PARTS);
	if (n == 0)
	{
		add_term(out, w, len, "", 0, 1, true, true);
		return;
	}
	out->unknown_piece = top[0].form == NULL;
	memcpy(buf, w, top[n - 1].start);
	while ((lemma = rf_lex_next_lemma(lx, top[n - 1].form, &it, &lemma_len)) != NULL)
	{
		r.text = buf;
		r.len = top[n - 1].start + lemma_len;
		r.n_parts = 0;
		memcpy(buf + top[n - 1].start, lemma, lemma_len);
		for (k = 0; k < n - 1; k++)
		{
			const char *l;
			size_t		plen = lemma_prefix(lx, w, &top[k], &l);

			if (plen == 0)
				add_irregular_part(lx, &top[k], &r);
			else
				add_parts(lx, &r, top[k].start, top[k].end, plen, l, n - 1 - k);
		}
		add_parts(lx, &r, top[n - 1].start, r.len, lemma_len, lemma, 0);
		if (++variant == 1)
			out->n_parts = r.n_parts;
		add_reading_terms(lx, &r, variant, out);
	}
}

int
rf_compound_lemma_cut(const rf_lexicon *lx, const char *w, size_t len, size_t *ends,
					  const rf_lex_form **forms)
{
	cut_part	cut[RF_COMPOUND_MAX_PARTS];
	int			n = best_cut(lx, w, 0, len, CUT_LEMMA, cut, RF_COMPOUND_MAX_PARTS),
				k;

	for (k = 0; k < n; k++)
	{
		ends[k] = cut[k].end;
		forms[k] = cut[k].form;
	}
	return n;
}
