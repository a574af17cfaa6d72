/*
 * outcome.c — classify the decision text of an agenda item.
 *
 * The text is read as words and sentences; every word is folded and looked
 * up once, as it is read, among the word lists and the table of Danish
 * decision verbs below, and the categories found are combined by a fixed
 * precedence.  See README ("Decision outcomes") for the rules; in short:
 *
 *   - the text ends at a line that starts a quoted proposal or
 *     recommendation ("BESLUTNINGSFORSLAG …", "INDSTILLING FRA …"): Aarhus
 *     minutes print them right after the decision;
 *   - a clause that records a position of a party or a person
 *     ("… kunne ikke tiltræde", "… tog forbehold", "… deltog ikke",
 *     "… stemte imod", "… var forhindret") is not read, nor the rest of its
 *     sentence, unless its subject is the forum itself ("Udvalget", "Et
 *     flertal", "Chefforum", …); nor is a sentence opening "Et mindretal";
 *   - "ikke"/"ej" right before (two words) or after (one word) a verb
 *     negates it: a negated approval is a rejection, any other negated
 *     verb is ignored;
 *   - postponed > rejected > approved > referred > decided > noted >
 *     discussed > informed > none.
 *
 * Plain C99, no allocation, no regular expressions, linear in the input:
 * every byte is looked at a bounded number of times.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "interrupt.h"
#include "outcome.h"
#include "text.h"

/* ---------------------------------------------------------------- words */

/* Longer than any word of the tables below, in bytes. */
#define TOK_FOLD 32

typedef struct tok
{
	size_t		b;				/* first byte */
	size_t		e;				/* one past the last byte */
	bool		brk;			/* punctuation between this word and the one before */
	unsigned char len;			/* bytes in folded, or TOK_FOLD when the word is longer */
	char		folded[TOK_FOLD + 1];	/* the word as the tables spell it (see next_word) */
	uint32_t	hash;			/* of folded (hash_step) */
	uint64_t	lists;			/* bit w: the word is in word list w (word_lists[]) */
	uint8_t		keyword_from;	/* where classify_sentence starts in keyword_order (look_up) */
} tok;

/* FNV-1a, a byte at a time: the hash of a folded word, from HASH_START. */
#define HASH_START 2166136261u

static inline uint32_t
hash_step(uint32_t h, unsigned char c)
{
	return (h ^ c) * 16777619u;
}

/* Longest sentence we look at in one piece; longer ones are cut here. */
#define MAX_TOKENS 256

/*
 * Length of the UTF-8 word character at s[i] (ASCII letter or digit, or a
 * letter outside ASCII), 0 when s[i] starts no word character.  A soft
 * hyphen (C2 AD) counts as part of a word; it is skipped when comparing.
 */
static size_t
word_char(const char *s, size_t i, size_t end)
{
	unsigned char c = (unsigned char) s[i];

	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
		return 1;
	if (c < 0xC2 || c > 0xF4)
		return 0;				/* ASCII punctuation, stray continuation byte */
	if (c < 0xE0)
	{
		unsigned char d;

		if (i + 1 >= end)
			return 0;
		d = (unsigned char) s[i + 1];
		if ((d & 0xC0) != 0x80)
			return 0;
		if (c == 0xC2)
			return d == 0xAD ? 2 : 0;	/* soft hyphen; NBSP and Latin-1 signs separate */
		if (c == 0xC3 && (d == 0x97 || d == 0xB7))
			return 0;			/* × ÷ */
		return 2;
	}
	if (c < 0xF0)
	{
		if (i + 2 >= end || ((unsigned char) s[i + 1] & 0xC0) != 0x80 ||
			((unsigned char) s[i + 2] & 0xC0) != 0x80)
			return 0;
		if (c == 0xE2)
			return 0;			/* general punctuation: dashes, quotes, bullets, … */
		if (c == 0xEF && (unsigned char) s[i + 1] == 0xBB)
			return 0;			/* byte-order mark */
		return 3;
	}
	if (i + 3 >= end || ((unsigned char) s[i + 1] & 0xC0) != 0x80 ||
		((unsigned char) s[i + 2] & 0xC0) != 0x80 || ((unsigned char) s[i + 3] & 0xC0) != 0x80)
		return 0;
	return 4;
}

/* Is the word at s[b] capitalised (A–Z, or À–Þ such as Æ, Ø, Å)? */
static bool
starts_upper(const char *s, size_t b, size_t e)
{
	unsigned char c = (unsigned char) s[b];

	if (c >= 'A' && c <= 'Z')
		return true;
	if (c == 0xC3 && b + 1 < e)
	{
		unsigned char d = (unsigned char) s[b + 1];

		return d >= 0x80 && d <= 0x9E && d != 0x97;
	}
	return false;
}

/*
 * Compare the word s[b..e) without case with a lower-case pattern.  With
 * prefix, the word need only start with the pattern.  ASCII letters and
 * the Latin-1 letters À–Þ (Æ Ø Å É …) are folded; soft hyphens are skipped.
 */
static bool
word_match(const char *s, size_t b, size_t e, const char *pat, bool prefix)
{
	size_t		i = b;
	bool		after_c3 = false;

	while (*pat)
	{
		unsigned char c;

		if (i >= e)
			return false;
		c = (unsigned char) s[i];
		if (c == 0xC2 && i + 1 < e && (unsigned char) s[i + 1] == 0xAD)
		{
			i += 2;
			after_c3 = false;
			continue;
		}
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char) (c + 32);
		else if (after_c3 && c >= 0x80 && c <= 0x9E && c != 0x97)
			c = (unsigned char) (c + 32);
		if (c != (unsigned char) *pat)
			return false;
		after_c3 = (c == 0xC3);
		i++;
		pat++;
	}
	if (prefix)
		return true;
	/* trailing soft hyphens are not letters */
	while (i + 1 < e && (unsigned char) s[i] == 0xC2 && (unsigned char) s[i + 1] == 0xAD)
		i += 2;
	return i == e;
}

/* How many bytes of pat (lower case) the folded word starts with. */
static size_t
common_prefix(const tok *t, const char *pat)
{
	size_t		k = 0;

	while (pat[k] != '\0' && t->folded[k] == pat[k])
		k++;
	return k;
}

/* Is the word pat (lower case, shorter than TOK_FOLD)? */
static bool
tok_is(const tok *t, const char *pat)
{
	size_t		k;

	if (t->folded[0] != pat[0])
		return false;			/* most words end here; no word of the tables is empty */
	k = common_prefix(t, pat);

	return pat[k] == '\0' && k == t->len && k < TOK_FOLD;
}

/* Does the word start with pat (lower case, shorter than TOK_FOLD)? */
static bool
tok_starts(const tok *t, const char *pat)
{
	return pat[common_prefix(t, pat)] == '\0';
}

static bool
tok_ends(const char *s, const tok *t, const char *pat)
{
	size_t		n = strlen(pat);

	/* suffixes we test are plain lower-case ASCII/UTF-8; fold via word_match */
	if (t->e - t->b < n)
		return false;
	return word_match(s, t->e - n, t->e, pat, false);
}

/* ------------------------------------------------------------ sentences */

/*
 * Where the decision proper ends: Aarhus minutes print the proposal or the
 * recommendation right after the decision, under a line in capitals such
 * as "BESLUTNINGSFORSLAG FRA DD" or "INDSTILLING FRA MAGISTRATSAFDELINGEN
 * FOR TEKNIK OG MILJØ".  Such a line (matched in capitals only) ends the
 * text we classify.
 */
static size_t
decision_end(const char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		size_t		j = i;
		const char *nl;

		while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\f' || s[j] == '*' ||
						   s[j] == '#'))
		{
			rf_poll(j, j + 1);
			j++;
		}
		if ((len - j >= 18 && memcmp(s + j, "BESLUTNINGSFORSLAG", 18) == 0 &&
			 (j + 18 == len || !(s[j + 18] >= 'a' && s[j + 18] <= 'z'))) ||
			(len - j >= 16 && memcmp(s + j, "INDSTILLING FRA ", 16) == 0) ||
			(len - j >= 17 && memcmp(s + j, "ÆNDRINGSFORSLAG ", 17) == 0))
			return i;
		nl = memchr(s + j, '\n', len - j);
		j = nl ? (size_t) (nl - s) + 1 : len;
		rf_poll(i, j);
		i = j;
	}
	return len;
}

/*
 * Look at the bytes s[a..b) between two words, the next one s[b..next_end).
 * *brk: they hold punctuation that ends a clause (, ; : ( ) . ! ? or a dash).
 * Returns true when a sentence ends there: a full stop, question or
 * exclamation mark followed by a capitalised word; a colon or semicolon
 * followed by white space; a blank line; a line break followed by a list
 * bullet.
 */
static bool
separator(const char *s, size_t a, size_t b, size_t next_end, bool *brk)
{
	bool		stop = false;
	bool		colon = false;
	bool		space_after_colon = false;
	int			newlines = 0;	/* newlines since the last non-blank byte */
	bool		ends = false;
	size_t		i;

	*brk = false;
	for (i = a; i < b; i++)
	{
		unsigned char c = (unsigned char) s[i];

		rf_poll(i, i + 1);
		if (c == '\n')
		{
			if (++newlines >= 2)
				ends = true;
			if (colon)
				space_after_colon = true;
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
		{
			if (colon)
				space_after_colon = true;
			continue;
		}
		if (c == 0xC2 && i + 1 < b && (unsigned char) s[i + 1] == 0xA0)
		{
			i++;				/* no-break space */
			if (colon)
				space_after_colon = true;
			continue;
		}
		/* a visible byte */
		if (newlines > 0 && (c == '-' || c == '*' || c == 0xE2))
			ends = true;		/* "\n- item", "\n• item", "\n– item" */
		newlines = 0;
		switch (c)
		{
			case '.':
			case '!':
			case '?':
				stop = true;
				*brk = true;
				break;
			case ':':
			case ';':
				colon = true;
				*brk = true;
				break;
			case ',':
			case '(':
			case ')':
				*brk = true;
				break;
			case 0xE2:
				/* – (E2 80 93) and — (E2 80 94) */
				if (i + 2 < b && (unsigned char) s[i + 1] == 0x80 &&
					((unsigned char) s[i + 2] == 0x93 || (unsigned char) s[i + 2] == 0x94))
					*brk = true;
				break;
			default:
				break;
		}
	}
	if (ends)
		*brk = true;
	return ends || (stop && starts_upper(s, b, next_end)) || (colon && space_after_colon);
}

/*
 * ascii_word[c]: the ASCII letter or digit c as the tables spell it (lower
 * case), 0 for any other byte; made with the word table (make_tables).
 */
static unsigned char ascii_word[256];

/*
 * Where a loop that starts at byte i and runs a byte at a time must poll
 * next: the next multiple of RF_POLL_BYTES, or end.  A loop that stops there
 * and calls rf_poll(i - 1, i) polls exactly when rf_poll at each byte would.
 */
static inline size_t
poll_stop(size_t i, size_t end)
{
	size_t		next = (i | (RF_POLL_BYTES - 1)) + 1;

	return next < end ? next : end;
}

/*
 * Next word at or after *pos, before end, into t: where it stands, and its
 * first TOK_FOLD bytes folded as word_match compares words (soft hyphens
 * dropped, ASCII letters and the Latin-1 letters À–Þ in lower case; a longer
 * word matches no word of the tables, only their prefixes) with their hash.
 * False when there is none.
 */
static bool
next_word(const char *s, size_t *pos, size_t end, tok *t)
{
	size_t		i = *pos;
	size_t		n = 0;
	bool		after_c3 = false;
	uint32_t	h = HASH_START;

	while (i < end)
	{
		unsigned char c = (unsigned char) s[i];

		/* ASCII, most bytes between words, without word_char */
		if (ascii_word[c] || (c >= 0x80 && word_char(s, i, end) > 0))
			break;
		rf_poll(i, i + 1);
		i++;
	}
	if (i >= end)
	{
		*pos = end;
		return false;
	}
	t->b = i;
	while (i < end)
	{
		unsigned char c = (unsigned char) s[i];
		unsigned char f = ascii_word[c];
		size_t		w;

		if (f)
		{
			/* a run of ASCII letters and digits, most of a word, up to where we poll */
			size_t		stop = poll_stop(i, end);

			do
			{
				if (n < TOK_FOLD)
				{
					t->folded[n++] = (char) f;
					h = hash_step(h, f);
				}
				i++;
			} while (i < stop && (f = ascii_word[(unsigned char) s[i]]) != 0);
			after_c3 = false;
			rf_poll(i - 1, i);
			continue;
		}
		if (c < 0x80 || (w = word_char(s, i, end)) == 0)
			break;				/* ASCII other than letters and digits ends a word: most words */
		if (c == 0xC2)
			after_c3 = false;	/* a soft hyphen (word_char): not a letter */
		else
			for (size_t k = 0; k < w && n < TOK_FOLD; k++)
			{
				unsigned char d = (unsigned char) s[i + k];

				if (after_c3 && d >= 0x80 && d <= 0x9E && d != 0x97)
					d = (unsigned char) (d + 32);
				after_c3 = (d == 0xC3);
				t->folded[n++] = (char) d;
				h = hash_step(h, d);
			}
		rf_poll(i, i + w);
		i += w;
	}
	t->e = i;
	t->folded[n] = '\0';
	t->len = (unsigned char) n;
	t->hash = h;
	*pos = i;
	return true;
}

static void look_up(tok *t);

/*
 * Read the next sentence from *pos into toks; returns the number of words
 * (0 at the end of the text).  *pos is left at the end of the last word.
 */
static int
read_sentence(const char *s, size_t *pos, size_t end, tok *toks)
{
	int			n = 0;
	size_t		p = *pos;
	size_t		prev_end = *pos;

	for (;;)
	{
		tok		   *t = &toks[n];
		bool		brk;
		size_t		save = p;

		if (!next_word(s, &p, end, t))
		{
			*pos = end;
			return n;
		}
		if (n > 0 && t->b == prev_end + 1 && s[prev_end] == ' ')
			brk = false;		/* one blank between: most words, no separator */
		else if (n > 0 && separator(s, prev_end, t->b, t->e, &brk))
		{
			*pos = save;		/* the word starts the next sentence */
			return n;
		}
		t->brk = n == 0 || brk;
		look_up(t);
		n++;
		prev_end = t->e;
		if (n == MAX_TOKENS)
		{
			*pos = p;
			return n;
		}
	}
}

/* ----------------------------------------------------------- word lists */

/*
 * The word lists below, each a bit of tok.lists: a word is looked up once,
 * when it is read (look_up), and then tested against any list with
 * one bit test.
 */
enum word_list
{
	L_FORUM, L_PREPOSITION, L_TAGE, L_DELTAGE, L_STEMTE, L_STEMME_OBJ, L_UNDLADE, L_VAERE,
	L_ABSENT, L_MODAL, L_POSITION, L_MELDE, L_HENHOLDE, L_PROTOCOL, L_NEGATION, L_ADJ_BEFORE,
	L_OBJECT, L_ADVERB, L_REFERENCE, L_APPROVAL_NOUN,
	L_KEYWORD,					/* the first word of a keyword matched whole (not F_PREFIX) */
	N_WORD_LISTS
};

static bool
tok_in(const tok *t, enum word_list w)
{
	return (t->lists >> w) & 1;
}

/* ------------------------------------------------------------ minority */

static const char *const forum_words[] = {
	"udvalget", "udvalg", "byrådet", "byråd", "kommunalbestyrelsen", "bestyrelsen",
	"magistraten", "rådet", "forummet", "direktionen", "kommunemed", "hovedmed",
	"flertal", "flertallet", "enigt", "enig", "enige", "enstemmigt", "samlet", "samlede",
	"alle", "forsamlingen", NULL
};

static const char *const prepositions[] = {
	"i", "fra", "af", "for", "til", "under", "blandt", "mod", "om", "på", "med", "ved",
	"hos", "over", "overfor", NULL
};

/* A word that names the forum as a whole: Udvalget, Økonomiudvalget, Chefforum, … */
static bool
is_forum_word(const char *s, const tok *t)
{
	return tok_in(t, L_FORUM) || tok_ends(s, t, "udvalget") ||
		tok_ends(s, t, "forum") || tok_ends(s, t, "rådet") ||
		tok_ends(s, t, "bestyrelsen");
}

/* Do words toks[from..to) name the forum (not after a preposition)? */
static bool
names_forum(const char *s, const tok *toks, int from, int to)
{
	int			i;

	for (i = from; i < to; i++)
	{
		if (tok_starts(&toks[i], "mindretal"))
			return false;
		if (is_forum_word(s, &toks[i]) &&
			(i == 0 || toks[i].brk || !tok_in(&toks[i - 1], L_PREPOSITION)))
			return true;
	}
	return false;
}

static const char *const w_tage[] = {"tog", "tager", "tage", NULL};
static const char *const w_deltage[] = {"deltog", "deltager", NULL};
static const char *const w_stemte[] = {"stemte", NULL};
static const char *const w_stemme_obj[] = {"imod", "for", "blankt", "nej", "ja", NULL};
static const char *const w_undlade[] = {"undlod", "undlader", NULL};
static const char *const w_vaere[] = {"var", "er", NULL};
static const char *const w_absent[] = {"forhindret", "fraværende", "inhabil", "inhabile", NULL};
static const char *const w_modal[] = {"kunne", "kan", NULL};
static const char *const w_position[] = {
	"tiltræde", "godkende", "anbefale", "støtte", "vedtage", NULL
};
static const char *const w_melde[] = {"meldte", "melder", NULL};
static const char *const w_henholde[] = {"henholdt", "henholder", NULL};
static const char *const w_protocol[] = {"protokol", "protokollen", "protokoltilførsel", "tilført", NULL};

/*
 * How many leading words of the sentence speak for the forum.
 *
 * A sentence that starts with "Et mindretal"/"Mindretallet" speaks for a
 * minority: 0.  Otherwise each position phrase ("kunne ikke tiltræde",
 * "tog forbehold", "deltog ikke", "stemte imod", "undlod at stemme", "var
 * forhindret", "meldte forfald", "henholdt sig", "… tilført protokollen")
 * is checked in turn.  Its subject is the words of its clause before it
 * (for "kunne … tiltræde" also the words between, as in "Herefter kunne
 * udvalget tiltræde"); when the clause has no words before the phrase, the
 * whole sentence before it is the subject.  A subject that names the forum
 * ("Udvalget", "Et flertal", "Chefforum", "Økonomiudvalget", …) makes the
 * phrase the forum's own; any other subject ("Enhedslisten", "Jesper
 * Kjeldsen", "V og K i udvalget") makes it a minority statement, and the
 * sentence is read only up to the clause that holds it: in "Indstillingen
 * blev godkendt, idet Ø ikke kunne tiltræde." only "Indstillingen blev
 * godkendt" counts.
 */
/* The lists of the first words of the position phrases below. */
#define MARKER_LISTS ((uint64_t) 1 << L_TAGE | (uint64_t) 1 << L_DELTAGE | (uint64_t) 1 << L_STEMTE | \
					  (uint64_t) 1 << L_UNDLADE | (uint64_t) 1 << L_VAERE | (uint64_t) 1 << L_MELDE | \
					  (uint64_t) 1 << L_HENHOLDE | (uint64_t) 1 << L_PROTOCOL | (uint64_t) 1 << L_MODAL)

static int
forum_words_in(const char *s, const tok *toks, int n)
{
	int			k;

	if ((n > 0 && tok_starts(&toks[0], "mindretal")) ||
		(n > 1 && tok_starts(&toks[1], "mindretal")))
		return 0;

	for (k = 0; k < n; k++)
	{
		const tok  *t = &toks[k];
		bool		marker = false;
		int			extra_from = 0,
					extra_to = 0;	/* more subject words, after the modal */
		int			cs;

		/* every phrase starts with a word of these lists: most words need no more tests */
		if (!(t->lists & MARKER_LISTS))
			continue;
		if (k + 1 < n && tok_in(t, L_TAGE) && tok_is(&toks[k + 1], "forbehold"))
			marker = true;
		else if (k + 1 < n && tok_in(t, L_DELTAGE) && tok_is(&toks[k + 1], "ikke"))
			marker = true;
		else if (k + 1 < n && tok_in(t, L_STEMTE) && tok_in(&toks[k + 1], L_STEMME_OBJ))
			marker = true;
		else if (tok_in(t, L_UNDLADE))
			marker = true;
		else if (k + 1 < n && tok_in(t, L_VAERE) && tok_in(&toks[k + 1], L_ABSENT))
			marker = true;
		else if (k + 1 < n && tok_in(t, L_MELDE) && tok_is(&toks[k + 1], "forfald"))
			marker = true;
		else if (tok_in(t, L_HENHOLDE) || tok_in(t, L_PROTOCOL))
			marker = true;
		else if (tok_in(t, L_MODAL))
		{
			int			j;

			/* kunne [ikke|enstemmigt|udvalget …] tiltræde: up to three words between */
			for (j = k + 1; j < n && j <= k + 4; j++)
				if (tok_in(&toks[j], L_POSITION))
				{
					marker = true;
					extra_from = k + 1;
					extra_to = j;
					break;
				}
		}
		if (!marker)
			continue;

		/* the clause: back to the last punctuation */
		cs = k;
		while (cs > 0 && !toks[cs].brk)
			cs--;
		if (names_forum(s, toks, extra_from, extra_to))
			continue;
		if (cs == k)
		{
			/* nothing before the phrase in its clause: the sentence so far is the subject */
			if (k == 0 || names_forum(s, toks, 0, k))
				continue;
		}
		else if (names_forum(s, toks, cs, k))
			continue;
		return cs;
	}
	return n;
}

/* ------------------------------------------------------------- keywords */

/* Is word among the `within` tokens after token j? */
static bool
followed_by(const tok *toks, int n, int j, const char *word, int within)
{
	for (int k = j + 1; k < n && k <= j + within; k++)
		if (tok_is(&toks[k], word))
			return true;
	return false;
}

enum
{
	F_PREFIX = 1,				/* the word need only start with the pattern */
	F_ADJ = 2,					/* not after de/den/det/disse/tidligere/allerede: "de godkendte projekter" */
	F_NOT_FOR = 4,				/* not before "for": "udsat for" is "exposed to" */
	F_OBJECT = 8,				/* only before an object: "udsatte sagen" (not "udsatte borgere") */
	F_NO_BILAG = 16,			/* not "henvist til bilag" */
	F_NOT_SIG = 32				/* "sig" within 8 words: "præsenterede [Jeanette Larsen …] sig" introduces */
};

typedef struct keyword
{
	const char *w1;
	const char *w2;				/* second word, or NULL */
	rf_outcome	cat;
	unsigned	flags;
} keyword;

static const keyword keywords[] = {
	/* postponed */
	{"udsat", NULL, RF_OUTCOME_POSTPONED, F_NOT_FOR | F_ADJ},
	{"udsætte", NULL, RF_OUTCOME_POSTPONED, F_NOT_FOR},
	{"udsættes", NULL, RF_OUTCOME_POSTPONED, F_NOT_FOR},
	{"udsætter", NULL, RF_OUTCOME_POSTPONED, F_NOT_FOR},
	{"udsatte", NULL, RF_OUTCOME_POSTPONED, F_OBJECT},
	{"udskudt", NULL, RF_OUTCOME_POSTPONED, F_ADJ},
	{"udskyde", NULL, RF_OUTCOME_POSTPONED, 0},
	{"udskydes", NULL, RF_OUTCOME_POSTPONED, 0},
	{"udskød", NULL, RF_OUTCOME_POSTPONED, 0},
	/* rejected (a negated approval is also a rejection) */
	{"afvist", NULL, RF_OUTCOME_REJECTED, 0},
	{"afviste", NULL, RF_OUTCOME_REJECTED, F_ADJ},
	{"afvises", NULL, RF_OUTCOME_REJECTED, 0},
	{"afviser", NULL, RF_OUTCOME_REJECTED, 0},
	{"afvise", NULL, RF_OUTCOME_REJECTED, 0},
	{"forkastet", NULL, RF_OUTCOME_REJECTED, 0},
	{"forkastede", NULL, RF_OUTCOME_REJECTED, F_ADJ},
	{"forkastes", NULL, RF_OUTCOME_REJECTED, 0},
	/* approved */
	{"godkendt", NULL, RF_OUTCOME_APPROVED, 0},
	{"godkendte", NULL, RF_OUTCOME_APPROVED, F_ADJ},
	{"godkendtes", NULL, RF_OUTCOME_APPROVED, 0},
	{"godkendes", NULL, RF_OUTCOME_APPROVED, 0},
	{"godkender", NULL, RF_OUTCOME_APPROVED, 0},
	{"godkende", NULL, RF_OUTCOME_APPROVED, 0},
	{"godkente", NULL, RF_OUTCOME_APPROVED, F_ADJ},	/* typo in the corpus */
	{"tiltrådt", NULL, RF_OUTCOME_APPROVED, 0},
	{"tiltrådte", NULL, RF_OUTCOME_APPROVED, F_ADJ},
	{"tiltræder", NULL, RF_OUTCOME_APPROVED, 0},
	{"tiltrædes", NULL, RF_OUTCOME_APPROVED, 0},
	{"tiltræde", NULL, RF_OUTCOME_APPROVED, 0},
	{"vedtaget", NULL, RF_OUTCOME_APPROVED, 0},
	{"vedtog", NULL, RF_OUTCOME_APPROVED, 0},
	{"vedtages", NULL, RF_OUTCOME_APPROVED, 0},
	{"vedtager", NULL, RF_OUTCOME_APPROVED, 0},
	{"vedtage", NULL, RF_OUTCOME_APPROVED, 0},
	{"anbefales", NULL, RF_OUTCOME_APPROVED, F_ADJ},	/* not "Det anbefales, at …" */
	{"anbefalet", NULL, RF_OUTCOME_APPROVED, F_ADJ},
	{"anbefaler", NULL, RF_OUTCOME_APPROVED, F_ADJ},
	{"anbefalede", NULL, RF_OUTCOME_APPROVED, F_ADJ},
	/* referred */
	{"fremsendes", NULL, RF_OUTCOME_REFERRED, 0},
	{"fremsendt", NULL, RF_OUTCOME_REFERRED, 0},
	{"oversendes", NULL, RF_OUTCOME_REFERRED, 0},
	{"oversendt", NULL, RF_OUTCOME_REFERRED, 0},
	{"tilbagesendes", NULL, RF_OUTCOME_REFERRED, 0},
	{"tilbagesendt", NULL, RF_OUTCOME_REFERRED, 0},
	{"videresendes", NULL, RF_OUTCOME_REFERRED, 0},
	{"videresendt", NULL, RF_OUTCOME_REFERRED, 0},
	{"sendes", "videre", RF_OUTCOME_REFERRED, 0},
	{"sendes", "til", RF_OUTCOME_REFERRED, 0},
	{"sendt", "videre", RF_OUTCOME_REFERRED, 0},
	{"sendte", "videre", RF_OUTCOME_REFERRED, 0},
	{"henvist", NULL, RF_OUTCOME_REFERRED, F_NO_BILAG},
	/* decided */
	{"besluttede", NULL, RF_OUTCOME_DECIDED, F_ADJ},
	{"besluttet", NULL, RF_OUTCOME_DECIDED, F_ADJ},
	{"beslutter", NULL, RF_OUTCOME_DECIDED, 0},
	{"besluttes", NULL, RF_OUTCOME_DECIDED, 0},
	{"aftalt", NULL, RF_OUTCOME_DECIDED, F_ADJ},
	{"aftalte", NULL, RF_OUTCOME_DECIDED, F_ADJ},
	{"aftales", NULL, RF_OUTCOME_DECIDED, 0},
	/* noted: "tog/tager/tages/taget … til efterretning", also "Til efterretning." */
	{"til", "efterretning", RF_OUTCOME_NOTED, 0},
	/* discussed */
	{"drøftede", NULL, RF_OUTCOME_DISCUSSED, F_ADJ},
	{"drøftet", NULL, RF_OUTCOME_DISCUSSED, F_ADJ},
	{"drøft", NULL, RF_OUTCOME_DISCUSSED, F_PREFIX},	/* drøfter, drøftes, drøftelse(n/r), … */
	{"diskuterede", NULL, RF_OUTCOME_DISCUSSED, F_ADJ},
	{"diskuter", NULL, RF_OUTCOME_DISCUSSED, F_PREFIX},
	{"behandlede", NULL, RF_OUTCOME_DISCUSSED, F_ADJ},
	{"behandlet", NULL, RF_OUTCOME_DISCUSSED, F_ADJ},
	{"gennemgik", NULL, RF_OUTCOME_DISCUSSED, 0},
	{"gennemgået", NULL, RF_OUTCOME_DISCUSSED, F_ADJ},
	/* informed */
	{"orienter", NULL, RF_OUTCOME_INFORMED, F_PREFIX},	/* orienterede, orienteret, orientering, … */
	{"informerede", NULL, RF_OUTCOME_INFORMED, 0},
	{"informeret", NULL, RF_OUTCOME_INFORMED, 0},
	{"præsenterede", NULL, RF_OUTCOME_INFORMED, F_NOT_SIG},
	{"præsenteret", NULL, RF_OUTCOME_INFORMED, 0},
	{"fremlagde", NULL, RF_OUTCOME_INFORMED, 0},
	{"fremlagt", NULL, RF_OUTCOME_INFORMED, 0},
	{"redegjorde", NULL, RF_OUTCOME_INFORMED, 0},
};

#define N_KEYWORDS (sizeof(keywords) / sizeof(keywords[0]))

/*
 * The keywords by first byte: keywords_from[c] .. keywords_from[c + 1]
 * index those that start with c in keyword_order[], in table order; made
 * once, on first use.
 */
static uint8_t keyword_order[N_KEYWORDS];
static uint8_t keywords_from[257];

/*
 * The length of the shortest F_PREFIX keyword that starts with the byte,
 * UINT8_MAX when none does: a shorter word starts none of them.  Where the
 * first of them stands in keyword_order (keywords_from[c + 1] when none):
 * the keywords before it need the word to be their first word.
 */
static uint8_t prefix_keyword_len[256];
static uint8_t prefix_keyword_at[256];

/* The tables above, in one pass over the keywords to count them by first byte and one to place them. */
static void
index_keywords(void)
{
	uint8_t		next[256];		/* where the next keyword of a first byte goes */
	unsigned	n = 0;

	memset(keywords_from, 0, sizeof(keywords_from));
	for (size_t k = 0; k < N_KEYWORDS; k++)
		keywords_from[(unsigned char) keywords[k].w1[0] + 1]++;
	for (unsigned c = 0; c < 256; c++)
	{
		n += keywords_from[c + 1];
		keywords_from[c + 1] = (uint8_t) n;
		next[c] = keywords_from[c];
		prefix_keyword_len[c] = UINT8_MAX;
		prefix_keyword_at[c] = keywords_from[c + 1];
	}
	for (size_t k = 0; k < N_KEYWORDS; k++)
	{
		unsigned char c = (unsigned char) keywords[k].w1[0];

		if ((keywords[k].flags & F_PREFIX) && next[c] < prefix_keyword_at[c])
			prefix_keyword_at[c] = next[c];
		if ((keywords[k].flags & F_PREFIX) && strlen(keywords[k].w1) < prefix_keyword_len[c])
			prefix_keyword_len[c] = (uint8_t) strlen(keywords[k].w1);
		keyword_order[next[c]++] = (uint8_t) k;
	}
}

static const char *const w_negation[] = {"ikke", "ej", NULL};
static const char *const w_adj_before[] = {
	"de", "den", "det", "disse", "dette", "denne", "tidligere", "allerede", NULL
};
static const char *const w_object[] = {
	"sagen", "sagens", "punktet", "punktets", "behandlingen", "beslutningen", "drøftelsen",
	"spørgsmålet", "forslaget", "indstillingen", "den", "det", "dette", "denne", "mødet",
	NULL
};
static const char *const w_adverb[] = {
	"derfor", "dog", "endnu", "heller", "alligevel", "endeligt", "umiddelbart", NULL
};
static const char *const w_reference[] = {"bilag", "bilaget", "bilagene", "notat", "notatet", NULL};

/*
 * Is the phrase toks[i..j] negated?  "ikke"/"ej" one or two words before it
 * or right after it (or after an adverb: "godkendes dog ikke"), in the same
 * clause.
 */
static bool
negated(const tok *toks, int n, int i, int j)
{
	if (i >= 1 && !toks[i].brk && tok_in(&toks[i - 1], L_NEGATION))
		return true;
	if (i >= 2 && !toks[i].brk && !toks[i - 1].brk && tok_in(&toks[i - 2], L_NEGATION))
		return true;
	if (j + 1 < n && !toks[j + 1].brk)
	{
		if (tok_in(&toks[j + 1], L_NEGATION))
			return true;
		if (j + 2 < n && !toks[j + 2].brk && tok_in(&toks[j + 1], L_ADVERB) &&
			tok_in(&toks[j + 2], L_NEGATION))
			return true;
	}
	return false;
}

/* Categories (bit 1 << rf_outcome) found in one sentence. */
static unsigned
classify_sentence(const tok *toks, int n)
{
	unsigned	found = 0;
	int			i;

	for (i = 0; i < n; i++)
	{
		unsigned char first = (unsigned char) toks[i].folded[0];
		unsigned	k;

		/*
		 * only the keywords that start with the word's first letter, in table
		 * order, from the first that may take it: the first with the word as
		 * its first word or the first prefix; a word that is no keyword and
		 * too short for a prefix (most words) needs none
		 */
		if (tok_in(&toks[i], L_KEYWORD))
			k = toks[i].keyword_from;
		else if (toks[i].len >= prefix_keyword_len[first])
			k = prefix_keyword_at[first];
		else
			continue;
		for (; k < keywords_from[first + 1]; k++)
		{
			const keyword *kw = &keywords[keyword_order[k]];
			int			j = i;

			if (!((kw->flags & F_PREFIX) ? tok_starts(&toks[i], kw->w1) : tok_is(&toks[i], kw->w1)))
				continue;
			if (kw->w2)
			{
				if (i + 1 >= n || !tok_is(&toks[i + 1], kw->w2))
					continue;
				j = i + 1;
			}
			/* the word is ours; a failed condition below ends its chances */
			if ((kw->flags & F_ADJ) && i > 0 && !toks[i].brk &&
				tok_in(&toks[i - 1], L_ADJ_BEFORE))
				break;
			if ((kw->flags & F_NOT_FOR) && j + 1 < n && tok_is(&toks[j + 1], "for"))
				break;
			if ((kw->flags & F_OBJECT) &&
				!(j + 1 < n && !toks[j + 1].brk && tok_in(&toks[j + 1], L_OBJECT)))
				break;
			if ((kw->flags & F_NOT_SIG) && followed_by(toks, n, j, "sig", 8))
				break;
			if ((kw->flags & F_NO_BILAG) && j + 2 < n && tok_is(&toks[j + 1], "til") &&
				tok_in(&toks[j + 2], L_REFERENCE))
				break;

			if (negated(toks, n, i, j))
			{
				if (kw->cat == RF_OUTCOME_APPROVED)
					found |= 1u << RF_OUTCOME_REJECTED;
				/* any other negated verb says nothing */
			}
			else
				found |= 1u << kw->cat;
			break;
		}
	}
	return found;
}

/* Nouns that, opening the decision text, stand for an approval: "Godkendelse af dagsorden". */
static const char *const w_approval_noun[] = {
	"godkendelse", "godkendelsen", "vedtagelse", "tiltrædelse", NULL
};

/* Each list of enum word_list (L_KEYWORD: from keywords[]). */
static const char *const *const word_lists[N_WORD_LISTS] = {
	[L_FORUM] = forum_words, [L_PREPOSITION] = prepositions, [L_TAGE] = w_tage,
	[L_DELTAGE] = w_deltage, [L_STEMTE] = w_stemte, [L_STEMME_OBJ] = w_stemme_obj,
	[L_UNDLADE] = w_undlade, [L_VAERE] = w_vaere, [L_ABSENT] = w_absent, [L_MODAL] = w_modal,
	[L_POSITION] = w_position, [L_MELDE] = w_melde, [L_HENHOLDE] = w_henholde,
	[L_PROTOCOL] = w_protocol, [L_NEGATION] = w_negation, [L_ADJ_BEFORE] = w_adj_before,
	[L_OBJECT] = w_object, [L_ADVERB] = w_adverb, [L_REFERENCE] = w_reference,
	[L_APPROVAL_NOUN] = w_approval_noun,
};

/*
 * Every word of the lists with the lists it is in: a hash table (open
 * addressing, a fifth full or less), made once, on first use.
 */
#define WORD_SLOTS 1024

static struct
{
	const char *word;			/* NULL: an empty slot */
	uint32_t	hash;
	size_t		len;
	uint64_t	lists;
	uint8_t		keyword_from;	/* L_KEYWORD: tok.keyword_from */
}			word_table[WORD_SLOTS];
static bool tables_made;

/*
 * Bit l of word_lengths[c]: a word of the table starts with the byte c and
 * is l bytes long.  Most words of a text are in no list, and most of them
 * fail this test without a look at the table.
 */
static uint32_t word_lengths[256];

/* Enter the word into the list; its slot. */
static size_t
add_word(const char *w, enum word_list list)
{
	size_t		len = strlen(w);
	uint32_t	h = HASH_START;
	size_t		i;

	for (size_t k = 0; k < len; k++)
		h = hash_step(h, (unsigned char) w[k]);
	i = h & (WORD_SLOTS - 1);

	while (word_table[i].word != NULL &&
		   !(word_table[i].len == len && memcmp(word_table[i].word, w, len) == 0))
		i = (i + 1) & (WORD_SLOTS - 1);
	word_table[i].word = w;
	word_table[i].hash = h;
	word_table[i].len = len;
	word_table[i].lists |= (uint64_t) 1 << list;
	word_lengths[(unsigned char) w[0]] |= (uint32_t) 1 << len;
	return i;
}

/* The word table, the keywords by first byte and ascii_word, on first use. */
static void
make_tables(void)
{
	for (size_t i = 0; i < WORD_SLOTS; i++)
		word_table[i].keyword_from = UINT8_MAX;
	for (int w = 0; w < N_WORD_LISTS; w++)
		for (const char *const *list = word_lists[w]; list && *list; list++)
			add_word(*list, (enum word_list) w);
	index_keywords();
	/* in keyword_order: the first keyword of a first word sets where the word starts */
	for (unsigned p = 0; p < N_KEYWORDS; p++)
	{
		const keyword *kw = &keywords[keyword_order[p]];
		unsigned	from = p < prefix_keyword_at[(unsigned char) kw->w1[0]] ? p :
			prefix_keyword_at[(unsigned char) kw->w1[0]];
		size_t		slot;

		if (kw->flags & F_PREFIX)
			continue;
		slot = add_word(kw->w1, L_KEYWORD);
		if (from < word_table[slot].keyword_from)
			word_table[slot].keyword_from = (uint8_t) from;
	}
	for (unsigned c = 0; c < 256; c++)
		ascii_word[c] = (unsigned char) ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c :
										 c >= 'A' && c <= 'Z' ? c + 32 : 0);
	tables_made = true;
}

/*
 * The lists the word is in (as tok_is compares: the whole folded word) and,
 * when it is the first word of a keyword, where classify_sentence starts.
 */
static void
look_up(tok *t)
{
	uint32_t	h = t->hash;
	size_t		i;

	t->lists = 0;
	/* longer than any word of the lists, or no word of its first byte and length: most words */
	if (t->len >= TOK_FOLD || !((word_lengths[(unsigned char) t->folded[0]] >> t->len) & 1))
		return;
	for (i = h & (WORD_SLOTS - 1); word_table[i].word != NULL; i = (i + 1) & (WORD_SLOTS - 1))
		if (word_table[i].hash == h && word_table[i].len == t->len &&
			memcmp(word_table[i].word, t->folded, t->len) == 0)
		{
			t->lists = word_table[i].lists;
			t->keyword_from = word_table[i].keyword_from;
			return;
		}
}

/* Precedence: the first category found in this list wins. */
static const rf_outcome precedence[] = {
	RF_OUTCOME_POSTPONED,
	RF_OUTCOME_REJECTED,
	RF_OUTCOME_APPROVED,
	RF_OUTCOME_REFERRED,
	RF_OUTCOME_DECIDED,
	RF_OUTCOME_NOTED,
	RF_OUTCOME_DISCUSSED,
	RF_OUTCOME_INFORMED,
};

rf_outcome
rf_classify_decision(const char *text, size_t len)
{
	tok			toks[MAX_TOKENS];
	size_t		end,
				pos = 0;
	unsigned	found = 0;
	bool		first = true;
	size_t		i;

	if (text == NULL || len == 0)
		return RF_OUTCOME_NONE;
	if (!tables_made)
		make_tables();
	end = decision_end(text, len);

	for (;;)
	{
		int			n = read_sentence(text, &pos, end, toks);

		if (n == 0)
			break;
		if (first && tok_in(&toks[0], L_APPROVAL_NOUN) &&
			!(n > 1 && tok_in(&toks[1], L_NEGATION)))
			found |= 1u << RF_OUTCOME_APPROVED;
		first = false;
		found |= classify_sentence(toks, forum_words_in(text, toks, n));
	}

	for (i = 0; i < sizeof(precedence) / sizeof(precedence[0]); i++)
		if (found & (1u << precedence[i]))
			return precedence[i];
	return RF_OUTCOME_NONE;
}
