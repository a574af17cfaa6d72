/*
 * sagsnr_parse.h — case numbers (sagsnumre) without PostgreSQL.
 *
 * Parses, normalises and orders the case-number schemes seen in Danish
 * minutes.  Used by the referat.sagsnr type and by the minutes parser to
 * recognise the case-number line under an agenda item title.
 */
#ifndef RF_SAGSNR_PARSE_H
#define RF_SAGSNR_PARSE_H

#include <stddef.h>
#include <stdbool.h>

/* Longest normalised case number we accept, excluding the NUL. */
#define RF_SAGSNR_MAXLEN 64

/*
 * The scheme code is the first byte of a stored value and of the wire form,
 * and it orders values of different schemes: codes never change, new schemes
 * get the next free code.  kle and emn are recognised wherever they stand;
 * region, municipal, year_seq and yy_seq are plain digit groups that text
 * also uses for other things, so a reader of running text should want a label
 * ("Sagsnr.:") before them.
 */
typedef enum rf_scheme
{
	RF_SCHEME_KLE = 0,			/* 00.01.00-A00-3-17, or a bare KLE subject 00.01 */
	RF_SCHEME_EMN = 1,			/* EMN-2025-003383 */
	RF_SCHEME_OTHER = 2,		/* SAG-2018-X1, 0330-2018-3619: none of the others */
	RF_SCHEME_REGION = 3,		/* 1-13-3-57-16, 1-51-71-3321-08 (regions) */
	RF_SCHEME_MUNICIPAL = 4,	/* 330-2018-3619: municipality code, year, sequence */
	RF_SCHEME_YEAR_SEQ = 5,		/* 2012-28504: year, sequence */
	RF_SCHEME_YY_SEQ = 6		/* 25-008334, 12/27845: two-digit year, sequence */
} rf_scheme;

/* Number of schemes: codes are 0 .. RF_NSCHEMES - 1. */
#define RF_NSCHEMES 7

typedef struct rf_sagsnr
{
	rf_scheme	scheme;
	char		text[RF_SAGSNR_MAXLEN + 1];	/* normalised, NUL-terminated */
	size_t		len;
} rf_sagsnr;

/*
 * Parse s[0..len) (surrounding white space allowed).  Returns true and fills
 * *out on success; false when the text is not a case number.
 *
 * Letters are case-insensitive, '-' or U+2013 en dash separate groups, no
 * inner blanks.  The schemes, tried in this order (first match wins):
 *   kle        NN.NN.NN-FFF-SEQ-YY (FFF a letter and two digits or 000, SEQ
 *              1-7 digits and not 0) or a bare subject NN.NN / NN.NN.NN.  A
 *              text containing '.' must be KLE.
 *   emn        EMN-YYYY-N (YYYY 1900-2099, N 1-9 digits).  A text whose first
 *              group is EMN must be EMN.
 *   yy_seq     YY-N or YY/N: two-digit year, N 5-8 digits after '-' or 4-8
 *              after '/', maybe one letter after them (20-072985K); not a
 *              month and year (12/2020).  '/' is accepted in no other form.
 *   year_seq   YYYY-N: YYYY 1900-2099, N 3-10 digits; not a year range
 *              (2019-2022: N of four digits that is a later year up to 2099).
 *   municipal  CCC-YYYY-N: CCC 101-860, YYYY 1900-2099, N 1-10 digits.
 *   region     4-6 groups of 1-10 digits, the first of one digit.
 *   other      3-8 groups of 1-10 ASCII letters/digits with a digit
 *              somewhere, except a date of the calendar (04-06-2020,
 *              2020-06-04, 04-06-20) and a phone number in pairs (43-66-35-70).
 * Any other text of two groups is rejected.  Normalised: upper case, '-' for
 * the en dash; KLE SEQ without leading zeros, EMN sequence zero-padded to 6;
 * everything else as written.  *out is left alone on failure and may be NULL.
 * Linear time, no allocation.
 */
extern bool rf_sagsnr_parse(const char *s, size_t len, rf_sagsnr *out);

/*
 * May v stand alone on a line as the case number of an item?  Only the
 * schemes nothing else looks like: a KLE number with its facet and sequence
 * (not a bare subject "81.28", which is a reference) and EMN; numbers of the
 * other schemes need a label such as "Sagsnr.:" in front.
 */
extern bool rf_sagsnr_alone(const rf_sagsnr *v);

/*
 * Total order consistent with equality of the normalised text: the scheme
 * code first, then (yy_seq) the year the two digits stand for, then the text
 * with runs of digits compared by value.
 */
extern int	rf_sagsnr_cmp(const rf_sagsnr *a, const rf_sagsnr *b);

/*
 * Same order as rf_sagsnr_cmp, on the parts of a value (the PostgreSQL glue
 * compares stored values without copying them into an rf_sagsnr).
 */
extern int	rf_sagsnr_cmp_text(rf_scheme sa, const char *a, size_t la,
							   rf_scheme sb, const char *b, size_t lb);

/*
 * Validate the binary (wire) form: a scheme code and the normalised text.
 * Accepts exactly what rf_sagsnr_parse produces (canonical text, matching
 * scheme) and fills *out; false otherwise.
 */
extern bool rf_sagsnr_from_binary(int scheme, const char *s, size_t len,
								  rf_sagsnr *out);

/* "kle", "emn", "other", "region", "municipal", "year_seq" or "yy_seq". */
extern const char *rf_scheme_name(rf_scheme scheme);

/*
 * Accessors.  The text ones point into v->text and return false when the
 * part does not exist for this value.
 */
/* KLE subject (emne) "00.01.00", or the whole bare subject "00.01". */
extern bool rf_sagsnr_kle_subject(const rf_sagsnr *v, const char **p, size_t *len);
/* KLE handlingsfacet "A00" or "000"; not for a bare subject. */
extern bool rf_sagsnr_facet(const rf_sagsnr *v, const char **p, size_t *len);
/*
 * Year of the case, or -1.  Two-digit years (KLE, yy_seq) are read as
 * 2000+YY when YY <= 69, else 1900+YY.  EMN, year_seq, municipal: the
 * four-digit year.  region: -1 (no group of it is known to be a year).
 * Other: the first group of exactly four digits in 1900..2099.
 */
extern int	rf_sagsnr_year(const rf_sagsnr *v);
/*
 * Running number of the case, or -1.  KLE: SEQ; EMN, year_seq, municipal,
 * yy_seq: the sequence (for yy_seq its digits, without a letter after them);
 * region: -1; other: the group right after the year group when it is all
 * digits.
 */
extern long long rf_sagsnr_seq(const rf_sagsnr *v);
/* Municipality code (101..860) of a municipal number, or -1. */
extern int	rf_sagsnr_municipality(const rf_sagsnr *v);

/* A KLE subject prefix: "NN", "NN.NN" or "NN.NN.NN". */
typedef struct rf_kle_prefix
{
	int			ngroups;		/* 1..3 */
	int			group[3];		/* 0..99 each */
} rf_kle_prefix;

/* Parse a prefix (surrounding white space allowed); false when invalid. */
extern bool rf_kle_prefix_parse(const char *s, size_t len, rf_kle_prefix *out);

/* Is v a KLE number (or bare subject) whose subject starts with p? */
extern bool rf_sagsnr_kle_under(const rf_sagsnr *v, const rf_kle_prefix *p);

/*
 * Range bounds for p in rf_sagsnr_cmp order: every v with
 * rf_sagsnr_kle_under(v, p) satisfies lower <= v < upper.  lower is the bare
 * subject of p ("NN" becomes "NN.00").  rf_kle_prefix_upper returns false
 * when there is no upper bound (all groups 99); otherwise upper is p with its
 * last group incremented, carrying over 99 ("00.01" -> "00.02",
 * "00.99" -> "01.00", "05" -> "06.00").
 */
extern void rf_kle_prefix_lower(const rf_kle_prefix *p, rf_sagsnr *lower);
extern bool rf_kle_prefix_upper(const rf_kle_prefix *p, rf_sagsnr *upper);

#endif
