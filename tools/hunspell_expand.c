/*
 * hunspell_expand.c — read a hunspell .aff/.dic pair and generate the word
 * forms (see hunspell_expand.h for what is supported).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hunspell_expand.h"
#include "lexicon.h"

#define MAX_FLAG 65535
#define MAX_CHARS 256			/* code points of a word we look at */

/* One element of a suffix condition: a set of code points, or any. */
typedef struct cond_elem
{
	int			any;
	int			negate;
	int			n;
	unsigned   *cps;
} cond_elem;

typedef struct suffix
{
	char	   *strip;
	char	   *add;
	unsigned short *cont;		/* continuation flags */
	int			n_cont;
	cond_elem  *cond;
	int			n_cond;
} suffix;

typedef struct suffix_class
{
	suffix	   *rules;
	int			n;
	int			expected;		/* rules announced by the header not read yet */
} suffix_class;

struct hs_affixes
{
	suffix_class *sfx;			/* indexed by flag */
	int			compound_begin;
	int			compound_middle;
	int			compound_end;
	int			only_in_compound;
	int			need_affix;
	int			forbidden;
};

static void
die(const char *path, int line, const char *what)
{
	fprintf(stderr, "mklexicon: %s:%d: %s\n", path, line, what);
	exit(1);
}

static void *
xmalloc(size_t n)
{
	void	   *p = malloc(n ? n : 1);

	if (p == NULL)
	{
		fprintf(stderr, "mklexicon: out of memory\n");
		exit(1);
	}
	return p;
}

static void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (p == NULL)
	{
		fprintf(stderr, "mklexicon: out of memory\n");
		exit(1);
	}
	return p;
}

static char *
xstrndup(const char *s, size_t n)
{
	char	   *r = xmalloc(n + 1);

	memcpy(r, s, n);
	r[n] = '\0';
	return r;
}

/* Decode one UTF-8 code point at *s (advancing it); bad bytes read as Latin-1. */
static unsigned
next_cp(const char **s)
{
	const unsigned char *p = (const unsigned char *) *s;
	unsigned	c = p[0];
	int			n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
	int			i;

	for (i = 1; i <= n; i++)
		if ((p[i] & 0xC0) != 0x80)
			n = 0;
	if (n == 0)
	{
		*s += 1;
		return c;
	}
	c &= 0x3F >> n;
	for (i = 1; i <= n; i++)
		c = (c << 6) | (p[i] & 0x3F);
	*s += n + 1;
	return c;
}

static int
to_cps(const char *s, unsigned *cps, int max)
{
	int			n = 0;

	while (*s && n < max)
		cps[n++] = next_cp(&s);
	return *s ? -1 : n;
}

char *
hs_fold(const char *s, size_t len)
{
	char	   *r = xstrndup(s, len);
	unsigned char *p = (unsigned char *) r;

	for (; *p; p++)
	{
		if (*p >= 'A' && *p <= 'Z')
			*p += 'a' - 'A';
		/* U+00C0..U+00DE except U+00D7 (×): C3 80..C3 9E, lower case is +0x20 */
		else if (p[0] == 0xC3 && p[1] >= 0x80 && p[1] <= 0x9E && p[1] != 0x97)
			p[1] += 0x20, p++;
	}
	return r;
}

/* "12,34" → flags; a flag list ends at the end of the token. */
static int
parse_flags(const char *s, unsigned short **flags, const char *path, int line)
{
	int			n = 0;
	unsigned short *f = NULL;

	while (*s)
	{
		char	   *end;
		long		v = strtol(s, &end, 10);

		if (end == s || v <= 0 || v > MAX_FLAG || (*end && *end != ','))
			die(path, line, "bad flag (only FLAG num is supported)");
		f = xrealloc(f, (n + 1) * sizeof(*f));
		f[n++] = (unsigned short) v;
		s = *end ? end + 1 : end;
	}
	*flags = f;
	return n;
}

static int
has_flag(const unsigned short *flags, int n, int flag)
{
	int			i;

	for (i = 0; i < n; i++)
		if (flags[i] == flag)
			return 1;
	return 0;
}

/* A condition such as "[^e]r" or "." into elements. */
static int
parse_cond(const char *s, cond_elem **out, const char *path, int line)
{
	cond_elem  *e = NULL;
	int			n = 0;

	while (*s)
	{
		cond_elem	c = {0, 0, 0, NULL};

		if (*s == '.')
		{
			c.any = 1;
			s++;
		}
		else if (*s == '[')
		{
			s++;
			if (*s == '^')
			{
				c.negate = 1;
				s++;
			}
			while (*s && *s != ']')
			{
				c.cps = xrealloc(c.cps, (c.n + 1) * sizeof(unsigned));
				c.cps[c.n++] = next_cp(&s);
			}
			if (*s != ']')
				die(path, line, "unterminated [ in a condition");
			s++;
		}
		else
		{
			c.cps = xmalloc(sizeof(unsigned));
			c.cps[c.n++] = next_cp(&s);
		}
		e = xrealloc(e, (n + 1) * sizeof(*e));
		e[n++] = c;
	}
	*out = e;
	return n;
}

static int
elem_matches(const cond_elem *c, unsigned cp)
{
	int			i,
				in = 0;

	if (c->any)
		return 1;
	for (i = 0; i < c->n && !in; i++)
		in = c->cps[i] == cp;
	return in != c->negate;
}

/* Does a suffix apply to word: the condition matches its end, strip is there? */
static int
suffix_applies(const suffix *r, const char *word)
{
	unsigned	cps[MAX_CHARS];
	int			n = to_cps(word, cps, MAX_CHARS);
	size_t		wl = strlen(word),
				sl = strlen(r->strip);
	int			i;

	if (n < r->n_cond || sl > wl || strcmp(word + wl - sl, r->strip) != 0)
		return 0;
	for (i = 0; i < r->n_cond; i++)
		if (!elem_matches(&r->cond[i], cps[n - r->n_cond + i]))
			return 0;
	return 1;
}

static char *
apply_suffix(const suffix *r, const char *word)
{
	size_t		keep = strlen(word) - strlen(r->strip),
				al = strlen(r->add);
	char	   *s = xmalloc(keep + al + 1);

	memcpy(s, word, keep);
	memcpy(s + keep, r->add, al + 1);
	return s;
}

/* The number after a directive such as "COMPOUNDBEGIN 32". */
static int
flag_arg(char **tok, int ntok, const char *path, int line)
{
	long		v;

	if (ntok < 2 || (v = strtol(tok[1], NULL, 10)) <= 0 || v > MAX_FLAG)
		die(path, line, "expected a numeric flag");
	return (int) v;
}

static void
read_suffix_line(hs_affixes *a, char **tok, int ntok, const char *path, int line)
{
	long		flag = ntok >= 2 ? strtol(tok[1], NULL, 10) : 0;
	suffix_class *c;
	suffix		r;
	char	   *slash;

	if (flag <= 0 || flag > MAX_FLAG)
		die(path, line, "bad SFX flag");
	c = &a->sfx[flag];
	if (c->expected == 0)
	{
		/* header: SFX flag Y|N count */
		if (ntok != 4 || (strcmp(tok[2], "Y") != 0 && strcmp(tok[2], "N") != 0))
			die(path, line, "bad SFX header");
		c->expected = atoi(tok[3]);
		return;
	}
	if (ntok < 5)
		die(path, line, "bad SFX rule");
	c->expected--;
	r.strip = xstrndup(tok[2], strcmp(tok[2], "0") == 0 ? 0 : strlen(tok[2]));
	slash = strchr(tok[3], '/');
	r.n_cont = 0;
	r.cont = NULL;
	if (slash)
	{
		*slash = '\0';
		r.n_cont = parse_flags(slash + 1, &r.cont, path, line);
	}
	r.add = xstrndup(tok[3], strcmp(tok[3], "0") == 0 ? 0 : strlen(tok[3]));
	r.n_cond = parse_cond(tok[4], &r.cond, path, line);
	c->rules = xrealloc(c->rules, (c->n + 1) * sizeof(suffix));
	c->rules[c->n++] = r;
}

hs_affixes *
hs_read_aff(const char *path)
{
	FILE	   *f = fopen(path, "r");
	hs_affixes *a = xmalloc(sizeof(hs_affixes));
	char		buf[4096];
	int			line = 0;

	if (f == NULL)
	{
		perror(path);
		exit(1);
	}
	memset(a, 0, sizeof(*a));
	a->sfx = xmalloc((MAX_FLAG + 1) * sizeof(suffix_class));
	memset(a->sfx, 0, (MAX_FLAG + 1) * sizeof(suffix_class));
	while (fgets(buf, sizeof(buf), f))
	{
		char	   *tok[8];
		int			ntok = 0;
		char	   *save = NULL,
				   *t;

		line++;
		for (t = strtok_r(buf, " \t\r\n", &save); t && ntok < 8; t = strtok_r(NULL, " \t\r\n", &save))
			tok[ntok++] = t;
		if (ntok == 0 || tok[0][0] == '#')
			continue;
		if (strcmp(tok[0], "SET") == 0 && (ntok < 2 || strcmp(tok[1], "UTF-8") != 0))
			die(path, line, "only SET UTF-8 is supported");
		else if (strcmp(tok[0], "FLAG") == 0 && (ntok < 2 || strcmp(tok[1], "num") != 0))
			die(path, line, "only FLAG num is supported");
		else if (strcmp(tok[0], "AF") == 0)
			die(path, line, "flag aliases (AF) are not supported");
		else if (strcmp(tok[0], "COMPOUNDBEGIN") == 0)
			a->compound_begin = flag_arg(tok, ntok, path, line);
		else if (strcmp(tok[0], "COMPOUNDMIDDLE") == 0)
			a->compound_middle = flag_arg(tok, ntok, path, line);
		else if (strcmp(tok[0], "COMPOUNDEND") == 0)
			a->compound_end = flag_arg(tok, ntok, path, line);
		else if (strcmp(tok[0], "ONLYINCOMPOUND") == 0)
			a->only_in_compound = flag_arg(tok, ntok, path, line);
		else if (strcmp(tok[0], "NEEDAFFIX") == 0)
			a->need_affix = flag_arg(tok, ntok, path, line);
		else if (strcmp(tok[0], "FORBIDDENWORD") == 0)
			a->forbidden = flag_arg(tok, ntok, path, line);
		else if (strcmp(tok[0], "SFX") == 0)
			read_suffix_line(a, tok, ntok, path, line);
	}
	fclose(f);
	return a;
}

/* Where the word of a .dic line ends: at a tab, or at a space before a "xx:" field. */
static size_t
word_end(const char *s)
{
	size_t		i;

	for (i = 0; s[i]; i++)
	{
		if (s[i] == '\t')
			return i;
		if (s[i] == ' ' && islower((unsigned char) s[i + 1])
			&& islower((unsigned char) s[i + 2]) && s[i + 3] == ':')
			return i;
	}
	return i;
}

/*
 * Is lemma the "st:" of a form by a slip in the data, a compound of the
 * form's word ("lægger st:kortlægge")?  Then the form, less up to two
 * letters of ending, stands inside the lemma, not at its start.
 */
static int
misfiled_stem(const char *form, const char *lemma)
{
	size_t		len = strlen(form),
				cut;

	for (cut = 0; cut <= 2 && len - cut >= 3; cut++)
	{
		char	   *stem = xstrndup(form, len - cut);
		int			inside = strlen(lemma) > len - cut && strstr(lemma + 1, stem) != NULL;

		free(stem);
		if (inside)
			return 1;
	}
	return 0;
}

int
hs_read_dic(const hs_affixes *aff, const char *path, size_t max_len, hs_entry **entries)
{
	FILE	   *f = fopen(path, "r");
	char		buf[8192];
	int			line = 0,
				n = 0,
				cap = 0;
	hs_entry   *es = NULL;

	if (f == NULL)
	{
		perror(path);
		exit(1);
	}
	while (fgets(buf, sizeof(buf), f))
	{
		size_t		len = strcspn(buf, "\r\n"),
					wend;
		char	   *slash,
				   *st;
		hs_entry	e;

		buf[len] = '\0';
		line++;
		/* the first line is the entry count */
		if (line == 1 && isdigit((unsigned char) buf[0]))
			continue;
		wend = word_end(buf);
		slash = memchr(buf, '/', wend);
		/* "A/S" and the like: a slash in the word, not before flags */
		if (slash && !isdigit((unsigned char) slash[1]))
			continue;
		e.n_flags = 0;
		e.flags = NULL;
		if (slash)
			e.n_flags = parse_flags(xstrndup(slash + 1, buf + wend - slash - 1), &e.flags, path, line);
		else
			slash = buf + wend;
		if (slash == buf || memchr(buf, ' ', slash - buf) != NULL || (size_t) (slash - buf) > max_len
			|| (aff->forbidden && has_flag(e.flags, e.n_flags, aff->forbidden)))
		{
			free(e.flags);
			continue;
		}
		e.word = xstrndup(buf, slash - buf);
		st = strstr(buf + wend, " st:");
		if (st == NULL)
			st = strstr(buf + wend, "\tst:");
		e.lemma = st ? xstrndup(st + 4, strcspn(st + 4, " \t")) : e.word;
		/* a slip in the data: a word is not a form of its compounds */
		if (st != NULL && misfiled_stem(e.word, e.lemma))
		{
			free(e.word);
			free(e.lemma);
			free(e.flags);
			continue;
		}
		if (n == cap)
			es = xrealloc(es, (cap = cap ? 2 * cap : 1024) * sizeof(hs_entry));
		es[n++] = e;
	}
	fclose(f);
	*entries = es;
	return n;
}

/* The RF_LEX_* bits of a form with these flags. */
static unsigned
bits_of(const hs_affixes *a, const unsigned short *flags, int n)
{
	unsigned	b = 0;

	if (!has_flag(flags, n, a->only_in_compound))
		b |= RF_LEX_WORD;
	if (has_flag(flags, n, a->compound_begin))
		b |= RF_LEX_BEGIN;
	if (has_flag(flags, n, a->compound_middle))
		b |= RF_LEX_MIDDLE;
	if (has_flag(flags, n, a->compound_end))
		b |= RF_LEX_END;
	return b;
}

/* Apply the suffixes that flags allow to word; depth 2 allows a second one. */
static void
expand_suffixes(const hs_affixes *a, const char *word, const unsigned short *flags,
				int n_flags, const char *lemma, int depth, hs_emit_fn emit, void *arg)
{
	int			i,
				j;

	for (i = 0; i < n_flags; i++)
	{
		const suffix_class *c = &a->sfx[flags[i]];

		for (j = 0; j < c->n; j++)
		{
			const suffix *r = &c->rules[j];
			char	   *form;

			if (!suffix_applies(r, word))
				continue;
			form = apply_suffix(r, word);
			if (!has_flag(r->cont, r->n_cont, a->need_affix))
				emit(arg, form, lemma, bits_of(a, r->cont, r->n_cont));
			if (depth > 1)
				expand_suffixes(a, form, r->cont, r->n_cont, lemma, depth - 1, emit, arg);
			free(form);
		}
	}
}

void
hs_expand(const hs_affixes *aff, const hs_entry *e, hs_emit_fn emit, void *arg)
{
	if (!has_flag(e->flags, e->n_flags, aff->need_affix))
		emit(arg, e->word, e->lemma, bits_of(aff, e->flags, e->n_flags));
	expand_suffixes(aff, e->word, e->flags, e->n_flags, e->lemma, 2, emit, arg);
}
