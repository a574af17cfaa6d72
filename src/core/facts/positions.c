/*
 * positions.c — who took which position on an item.
 *
 * Positions, one per party or person named (lists "A, B og C" split):
 *   "Socialdemokratiet tog forbehold.", "X tog forbehold vedrørende …"  forbehold
 *   "X deltog ikke i sagens behandling.", "X var forhindret i at deltage …",
 *   "X var inhabil."                                                    deltog_ikke
 *   "For stemte: A, F og Ø", "X stemte for"                             for
 *   "Imod stemte: V og C", "X stemte imod"                              imod
 *   "Undlod at stemme: I", "X undlod at stemme",
 *   "Hverken for eller imod stemte: O"                                  undlod
 *   "vedtaget med 15 stemmer mod 6", "med 15 stemmer for og 6 imod",
 *   "12 stemte for"                                                     counts
 * The subject of "X tog forbehold" is the longest run of names before it:
 * "Byrådet godkendte indstillingen, og Venstre tog forbehold" names only
 * Venstre.  A name is a few words, each with a capital ("Radikale Venstre",
 * "Bünyamin Simsek", "det Konservative Folkeparti" and "Enhedslisten – De
 * Rød-Grønne" too); a title before it (Rådmand, Borgmester, …) is dropped.
 * (Who was absent: attendance.c.)
 */
#include <stdint.h>
#include <string.h>

#include "facts.h"
#include "interrupt.h"
#include "text.h"

/* A name has at most this many words ("Enhedslisten – De Rød-Grønne"). */
#define NAME_WORDS 6

const char *const rf_stance_names[RF_STANCE_COUNT] = {
	"forbehold", "deltog_ikke", "for", "imod", "undlod"
};

/* "X <phrase>": the subject before the phrase takes the stance. */
static const struct
{
	const char *phrase;
	rf_stance	stance;
}			after_subject[] = {
	{"tog forbehold", RF_STANCE_FORBEHOLD},
	{"tager forbehold", RF_STANCE_FORBEHOLD},
	{"tog et forbehold", RF_STANCE_FORBEHOLD},
	{"deltog ikke", RF_STANCE_DELTOG_IKKE},
	{"deltager ikke", RF_STANCE_DELTOG_IKKE},
	{"var forhindret i at deltage", RF_STANCE_DELTOG_IKKE},
	{"var forhindrede i at deltage", RF_STANCE_DELTOG_IKKE},
	{"var inhabil", RF_STANCE_DELTOG_IKKE},
	{"var inhabile", RF_STANCE_DELTOG_IKKE},
	{"erklærede sig inhabil", RF_STANCE_DELTOG_IKKE},
	{"stemte hverken for eller imod", RF_STANCE_UNDLOD},
	{"stemte for", RF_STANCE_FOR},
	{"stemte imod", RF_STANCE_IMOD},
	{"stemte mod", RF_STANCE_IMOD},
	{"undlod at stemme", RF_STANCE_UNDLOD},
	{"undlader at stemme", RF_STANCE_UNDLOD}
};

/* "<phrase>: A, B og C" at the start of a sentence. */
static const struct
{
	const char *phrase;
	rf_stance	stance;
}			before_list[] = {
	{"for stemte", RF_STANCE_FOR},
	{"imod stemte", RF_STANCE_IMOD},
	{"hverken for eller imod stemte", RF_STANCE_UNDLOD},
	{"undlod at stemme", RF_STANCE_UNDLOD}
};

/* Titles dropped before a name. */
static const char *const titles[] = {
	"rådmand", "borgmester", "viceborgmester", "udvalgsformand", "formand", "næstformand",
	"byrådsmedlem", "kommunalbestyrelsesmedlem", "medlem"
};

/* Lower-case words a name may hold: "det Konservative Folkeparti", "Hans von Holst". */
static const char *const name_particles[] = {"af", "de", "den", "der", "det", "fra", "la", "van", "von"};

static bool
is_letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* The phrase (lower case, single blanks) at t[i] as whole words: its length, else 0. */
static size_t
phrase_at(const char *t, size_t i, size_t len, const char *phrase)
{
	size_t		n = strlen(phrase);

	if (i + n > len || !rf_istarts(t, (rf_span) {i, len}, phrase) ||
		(i + n < len && is_letter((unsigned char) t[i + n])))
		return 0;
	return n;
}

static bool
capital_at(const char *t, size_t i, size_t end)
{
	unsigned char c = (unsigned char) t[i];

	return (c >= 'A' && c <= 'Z') ||
		(c == 0xC3 && i + 1 < end && (unsigned char) t[i + 1] >= 0x80 &&
		 (unsigned char) t[i + 1] <= 0x9E && (unsigned char) t[i + 1] != 0x97);
}

static bool
word_in(const char *t, rf_span w, const char *const *list, size_t count)
{
	for (size_t k = 0; k < count; k++)
		if (rf_ieq(t, w, list[k]))
			return true;
	return false;
}

/*
 * Is t[sp] a name?  Then *name is it without a title and trailing
 * punctuation.  A bare number ("12 stemte for") sets *count instead.
 */
static bool
read_name(const char *t, rf_span sp, rf_span *name, int *count)
{
	size_t		p;
	rf_span		w;
	int			words = 0;
	int			capitals = 0;
	int			depth = 0;

	sp = rf_trim(t, sp);
	while (sp.end > sp.start && (t[sp.end - 1] == '.' || t[sp.end - 1] == ':' || t[sp.end - 1] == ';'))
		sp.end--;
	*count = -1;
	if (sp.start == sp.end)
		return false;
	if (rf_all_digits(t, sp, 6, count))
		return true;
	p = sp.start;
	if (rf_word_after(t, &p, sp.end, &w) && word_in(t, w, titles, sizeof(titles) / sizeof(titles[0])))
		sp.start = p;
	sp = rf_trim(t, sp);
	*name = sp;
	p = sp.start;
	while (rf_word_after(t, &p, sp.end, &w))
	{
		bool		bracket = depth > 0 || t[w.start] == '(';

		for (size_t k = w.start; k < w.end; k++)
			depth += (t[k] == '(') - (t[k] == ')');
		if (bracket)
			continue;			/* "(V)", "(A, F og Ø)" */
		if (++words > NAME_WORDS)
			return false;
		if (capital_at(t, w.start, w.end))
			capitals++;
		else if (!(w.end - w.start == 1 && t[w.start] == '-') && !rf_ieq(t, w, "–") &&
				 !word_in(t, w, name_particles, sizeof(name_particles) / sizeof(name_particles[0])))
			return false;		/* not a dash ("Enhedslisten – De Rød-Grønne"), not "det", "von" */
	}
	return capitals > 0 && depth == 0;
}

/* A list separator at t[i] outside brackets: ",", " og ", " samt ", " & "; its length, else 0. */
static size_t
separator_at(const char *t, size_t i, size_t end)
{
	size_t		n;

	if (t[i] == ',')
	{
		/* ", og" is one separator */
		if ((n = phrase_at(t, i + 2, end, "og")) > 0 && i + 1 < end && t[i + 1] == ' ')
			return 2 + n;
		return 1;
	}
	if (t[i] != ' ')
		return 0;
	if ((n = phrase_at(t, i + 1, end, "og")) > 0 || (n = phrase_at(t, i + 1, end, "samt")) > 0 ||
		(n = phrase_at(t, i + 1, end, "&")) > 0)
		return i + 1 + n < end && t[i + 1 + n] == ' ' ? 1 + n : 0;
	return 0;
}

typedef void (*name_fn) (void *ctx, rf_span name, int count);

/*
 * The names of the list t[sp]; with last_only the longest run of names at
 * its end ("…, og Venstre"), else all of them or none.  Returns how many.
 */
static int
each_name(const char *t, rf_span sp, bool last_only, name_fn fn, void *ctx)
{
	rf_span		parts[64];
	int			n = 0;
	int			first;
	int			depth = 0;
	size_t		b = sp.start;

	for (size_t i = sp.start, polled = sp.start; i < sp.end; i++)
	{
		size_t		w;

		rf_poll(polled, i);		/* i jumps past a separator */
		polled = i;
		depth += (t[i] == '(') - (t[i] == ')');
		if (depth > 0 || (w = separator_at(t, i, sp.end)) == 0)
			continue;
		if (n == (int) (sizeof(parts) / sizeof(parts[0])) - 1)
			return 0;
		parts[n++] = (rf_span) {b, i};
		b = i + w;
		i += w - 1;
	}
	parts[n++] = (rf_span) {b, sp.end};

	/* which parts are names, from the end */
	first = n;
	while (first > 0)
	{
		rf_span		name;
		int			count;

		if (!read_name(t, parts[first - 1], &name, &count))
			break;
		first--;
	}
	if (first == n || (!last_only && first > 0))
		return 0;
	for (int k = first; k < n; k++)
	{
		rf_span		name = {0, 0};
		int			count;

		read_name(t, parts[k], &name, &count);
		fn(ctx, count >= 0 ? (rf_span) {0, 0} : name, count);
	}
	return n - first;
}

typedef struct emitter
{
	rf_stance	stance;
	rf_position_fn fn;
	void	   *ctx;
} emitter;

static void
emit_name(void *ctx, rf_span name, int count)
{
	emitter    *em = ctx;
	rf_position pos = {em->stance, name, count};

	em->fn(em->ctx, &pos);
}

/* "N" at t[*p] (after blanks): the number, else -1. */
static int
count_at(const char *t, size_t *p, size_t len)
{
	size_t		q = *p;
	int			v = 0,
				digits = 0;

	while (q < len && t[q] == ' ')
		q++;
	while (q < len && rf_is_digit(t[q]) && digits < 6)
	{
		v = v * 10 + (t[q++] - '0');
		digits++;
	}
	if (digits == 0 || (q < len && (rf_is_digit(t[q]) || is_letter((unsigned char) t[q]))))
		return -1;
	*p = q;
	return v;
}

/* "(A, F og Ø)" at t[*p] (after blanks): its names take the stance. */
static void
bracket_names(const char *t, size_t *p, size_t len, emitter *em)
{
	size_t		q = *p;
	size_t		close;

	while (q < len && t[q] == ' ')
		q++;
	if (q >= len || t[q] != '(')
		return;
	close = q;
	while (close < len && t[close] != ')')
		close++;
	if (close == len)
		return;
	each_name(t, (rf_span) {q + 1, close}, false, emit_name, em);
	*p = close + 1;
}

/* Skip the word (any of words) at t[*p] after blanks; false when none is there. */
static bool
skip_word(const char *t, size_t *p, size_t len, const char *const *words, size_t count)
{
	size_t		q = *p;

	while (q < len && t[q] == ' ')
		q++;
	for (size_t k = 0; k < count; k++)
	{
		size_t		n = phrase_at(t, q, len, words[k]);

		if (n > 0)
		{
			*p = q + n;
			return true;
		}
	}
	return false;
}

/*
 * "med 15 stemmer mod 6", "med 15 stemmer for og 6 imod", "med 15 stemmer
 * (A, F, Ø) mod 6 (V, C)", "…, 2 undlod": at t[i] is "med".  Returns the end.
 */
static size_t
vote_counts(const char *t, size_t i, size_t len, emitter *em)
{
	static const char *const votes[] = {"stemmer", "stemme"};
	static const char *const against[] = {"imod", "mod"};
	static const char *const abstain[] = {"hverken for eller imod", "undlod at stemme", "undlod", "blanke"};
	static const char *const joins[] = {"og", ","};
	static const char *const for_word[] = {"for"};
	size_t		p = i + 3;
	int			n;
	rf_position pos = {RF_STANCE_FOR, {0, 0}, -1};

	if ((n = count_at(t, &p, len)) < 0 || !skip_word(t, &p, len, votes, 2))
		return i + 3;
	pos.votes = n;
	em->fn(em->ctx, &pos);
	em->stance = RF_STANCE_FOR;
	skip_word(t, &p, len, for_word, 1);
	bracket_names(t, &p, len, em);
	/* the votes against: "mod 6", "og 6 imod", ", 6 imod" */
	{
		size_t		q = p;

		if (skip_word(t, &q, len, against, 2) && (n = count_at(t, &q, len)) >= 0)
		{
			skip_word(t, &q, len, votes, 2);
		}
		else
		{
			q = p;
			if (q < len && t[q] == ',')
				q++;
			skip_word(t, &q, len, joins, 1);
			if ((n = count_at(t, &q, len)) < 0 || !skip_word(t, &q, len, against, 2))
				return p;
		}
		pos.stance = RF_STANCE_IMOD;
		pos.votes = n;
		em->fn(em->ctx, &pos);
		em->stance = RF_STANCE_IMOD;
		bracket_names(t, &q, len, em);
		p = q;
	}
	/* those who abstained: ", 2 undlod", "og 2 hverken for eller imod" */
	{
		size_t		q = p;

		if (q < len && t[q] == ',')
			q++;
		skip_word(t, &q, len, joins, 1);
		if ((n = count_at(t, &q, len)) >= 0 && skip_word(t, &q, len, abstain, 4))
		{
			pos.stance = RF_STANCE_UNDLOD;
			pos.votes = n;
			em->fn(em->ctx, &pos);
			em->stance = RF_STANCE_UNDLOD;
			bracket_names(t, &q, len, em);
			p = q;
		}
	}
	return p;
}

/* "For stemte: A, F og Ø (20)", "Imod stemte 6: V og C": at t[i] after the phrase. */
static void
listed_votes(const char *t, size_t i, size_t len, emitter *em)
{
	size_t		p = i;
	size_t		end = len;
	int			n;
	rf_position pos = {em->stance, {0, 0}, -1};

	if (p < len && t[p] == ':')
		p++;
	if ((n = count_at(t, &p, len)) >= 0)
	{
		pos.votes = n;
		em->fn(em->ctx, &pos);
		if (p < len && t[p] == ':')
			p++;
	}
	while (end > p && (t[end - 1] == '.' || t[end - 1] == ' '))
		end--;
	/* "(20)" at the end is the count */
	if (end > p && t[end - 1] == ')' && n < 0)
	{
		size_t		open = end - 1;

		while (open > p && t[open] != '(')
			open--;
		if (t[open] == '(' && rf_all_digits(t, (rf_span) {open + 1, end - 1}, 6, &n))
		{
			pos.votes = n;
			em->fn(em->ctx, &pos);
			end = open;
		}
	}
	while (p < end && t[p] == ' ')
		p++;
	if (p < end && t[p] == '(' && t[end - 1] == ')')
	{
		p++;
		end--;
	}
	each_name(t, (rf_span) {p, end}, false, emit_name, em);
}

#define AFTER_SUBJECT_COUNT (sizeof(after_subject) / sizeof(after_subject[0]))

/*
 * What a word must be like to begin a phrase of after_subject (all lower
 * case): the first word of the phrase, the whole word up to the next blank.
 * first_words[c], for a word whose first byte folds (rf_lower_ascii) to c,
 * has bit n set when a phrase that begins with c has a first word of n
 * bytes (63 for 63 or more), and phrase_first_word[k] is that length of
 * phrase k.  Most words begin none and are passed over, to their blank,
 * before any phrase is compared.  ("med" is tested apart: a comma may end
 * it.)  Read off the table itself on the first call, so that a phrase added
 * there is never missed.
 */
static uint64_t first_words[256];
static size_t phrase_first_word[AFTER_SUBJECT_COUNT];

static uint64_t
length_bit(size_t n)
{
	return (uint64_t) 1 << (n < 63 ? n : 63);
}

static void
read_phrases(void)
{
	static bool done;

	if (done)
		return;
	for (size_t k = 0; k < AFTER_SUBJECT_COUNT; k++)
	{
		phrase_first_word[k] = strcspn(after_subject[k].phrase, " ");
		first_words[(unsigned char) after_subject[k].phrase[0]] |= length_bit(phrase_first_word[k]);
	}
	done = true;
}

void
rf_find_positions(const char *text, size_t len, rf_position_fn fn, void *ctx)
{
	const char *t = text;
	size_t		from = 0;		/* the subject of the next phrase starts here */
	emitter		em = {RF_STANCE_FOR, fn, ctx};

	for (size_t k = 0; k < sizeof(before_list) / sizeof(before_list[0]); k++)
	{
		size_t		n = phrase_at(t, 0, len, before_list[k].phrase);

		if (n > 0)
		{
			em.stance = before_list[k].stance;
			listed_votes(t, n, len, &em);
			return;
		}
	}
	read_phrases();
	for (size_t i = 0, polled = 0; i < len; i++)
	{
		unsigned char c;
		const char *blank;
		size_t		word;
		bool		matched;

		if (i > 0 && t[i - 1] != ' ')
		{
			/* a phrase begins a word: on to the next blank */
			const char *blank = memchr(t + i, ' ', len - i);

			if (blank == NULL || (size_t) (blank - t) + 1 == len)
				break;
			i = blank - t + 1;
		}
		c = rf_lower_ascii((unsigned char) t[i]);
		rf_poll(polled, i);		/* i jumps past what a match read */
		polled = i;
		if (c == 'm' && phrase_at(t, i, len, "med") > 0)
		{
			size_t		end = vote_counts(t, i, len, &em);

			if (end > i + 3)
				from = end;
			i = end - 1;
			continue;
		}
		if (first_words[c] == 0)
			continue;
		blank = memchr(t + i, ' ', len - i);
		word = blank ? (size_t) (blank - t) - i : len - i;
		matched = false;
		for (size_t k = 0; (first_words[c] & length_bit(word)) && k < AFTER_SUBJECT_COUNT; k++)
		{
			size_t		n;

			if (after_subject[k].phrase[0] != c || phrase_first_word[k] != word ||
				(n = phrase_at(t, i, len, after_subject[k].phrase)) == 0)
				continue;
			em.stance = after_subject[k].stance;
			if (i > from)
				each_name(t, (rf_span) {from, i}, true, emit_name, &em);
			from = i + n;
			i = from - 1;
			matched = true;
			break;
		}
		if (matched)
			continue;
		if (blank == NULL)
			break;
		i = (size_t) (blank - t);	/* on to the word after the blank */
	}
}
