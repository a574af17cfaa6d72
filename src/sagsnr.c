/*
 * sagsnr.c — the referat.sagsnr type: I/O, send/recv, btree and hash
 * support, accessors, and referat.kle_under with its planner support
 * function.  Parsing, normalisation and order live in core/sagsnr_parse.c.
 */
#include "postgres.h"

#include "access/stratnum.h"
#include "catalog/pg_am.h"
#include "catalog/pg_type.h"
#include "commands/defrem.h"
#include "common/hashfn.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "nodes/makefuncs.h"
#include "nodes/nodeFuncs.h"
#include "nodes/supportnodes.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"

#include "sagsnr.h"

/* Name of the btree (and hash) operator class/family in the SQL script. */
#define SAGSNR_OPFAMILY "sagsnr_ops"

/*
 * A stored value seen in place: points into the (detoasted) varlena.  ptr is
 * what to hand to PG_FREE_IF_COPY.
 */
typedef struct sagsnr_view
{
	struct varlena *ptr;
	rf_scheme	scheme;
	const char *text;
	size_t		len;
} sagsnr_view;

static void
view_of(Datum d, sagsnr_view *v)
{
	struct varlena *p = PG_DETOAST_DATUM_PACKED(d);
	const char *data = VARDATA_ANY(p);
	size_t		n = VARSIZE_ANY_EXHDR(p);

	if (n < 2 || n > 1 + RF_SAGSNR_MAXLEN ||
		(unsigned char) data[0] >= (unsigned char) RF_NSCHEMES)
		elog(ERROR, "corrupt referat.sagsnr value");
	v->ptr = p;
	v->scheme = (rf_scheme) data[0];
	v->text = data + 1;
	v->len = n - 1;
}

#define GETARG_VIEW(n, v)	view_of(PG_GETARG_DATUM(n), &(v))
#define FREE_VIEW(n, v)		PG_FREE_IF_COPY((v).ptr, n)

static Datum
make_datum(rf_scheme scheme, const char *text, size_t len)
{
	size_t		size = VARHDRSZ + 1 + len;
	struct varlena *r = (struct varlena *) palloc(size);

	SET_VARSIZE(r, size);
	VARDATA(r)[0] = (char) scheme;
	memcpy(VARDATA(r) + 1, text, len);
	return PointerGetDatum(r);
}

Datum
rf_sagsnr_to_datum(const rf_sagsnr *v)
{
	if (v == NULL || v->len == 0 || v->len > RF_SAGSNR_MAXLEN ||
		(int) v->scheme < 0 || (int) v->scheme >= RF_NSCHEMES)
		elog(ERROR, "rf_sagsnr_to_datum: not a parsed case number");
	return make_datum(v->scheme, v->text, v->len);
}

void
rf_sagsnr_from_datum(Datum d, rf_sagsnr *out)
{
	sagsnr_view v;

	view_of(d, &v);
	out->scheme = v.scheme;
	memcpy(out->text, v.text, v.len);
	out->text[v.len] = '\0';
	out->len = v.len;
	if ((Pointer) v.ptr != DatumGetPointer(d))
		pfree(v.ptr);
}

/* ---------------------------------------------------------------- I/O */

PG_FUNCTION_INFO_V1(sagsnr_in);
Datum
sagsnr_in(PG_FUNCTION_ARGS)
{
	const char *input = PG_GETARG_CSTRING(0);
	rf_sagsnr	v;

	if (!rf_sagsnr_parse(input, strlen(input), &v))
		ereport(ERROR,
				errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				errmsg("invalid input syntax for type sagsnr: \"%s\"", input),
				errhint("Case numbers look like 00.01.00-A00-3-17 (KLE), EMN-2025-003383, 330-2018-3619, 2012-28504, 25-008334, 12/27845 or 1-13-3-57-16; dates, year ranges and phone numbers are not case numbers."));
	PG_RETURN_DATUM(rf_sagsnr_to_datum(&v));
}

PG_FUNCTION_INFO_V1(sagsnr_out);
Datum
sagsnr_out(PG_FUNCTION_ARGS)
{
	sagsnr_view v;
	char	   *result;

	GETARG_VIEW(0, v);
	result = palloc(v.len + 1);
	memcpy(result, v.text, v.len);
	result[v.len] = '\0';
	PG_RETURN_CSTRING(result);
}

/*
 * Binary format: one byte scheme (rf_scheme: 0 kle, 1 emn, 2 other,
 * 3 region, 4 municipal, 5 year_seq, 6 yy_seq), then the normalised text.
 * recv accepts exactly what send produces.
 */
PG_FUNCTION_INFO_V1(sagsnr_send);
Datum
sagsnr_send(PG_FUNCTION_ARGS)
{
	sagsnr_view v;
	StringInfoData buf;

	GETARG_VIEW(0, v);
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, (uint8) v.scheme);
	pq_sendbytes(&buf, v.text, (int) v.len);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(sagsnr_recv);
Datum
sagsnr_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			scheme;
	int			n;
	const char *text;
	rf_sagsnr	v;

	if (buf->cursor >= buf->len)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				errmsg("invalid binary input for type sagsnr"),
				errdetail("The value is empty."));
	scheme = pq_getmsgbyte(buf);
	n = buf->len - buf->cursor;
	text = pq_getmsgbytes(buf, n);
	if (!rf_sagsnr_from_binary(scheme, text, (size_t) n, &v))
		ereport(ERROR,
				errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				errmsg("invalid binary input for type sagsnr"),
				errdetail("Expected a scheme byte (0 kle, 1 emn, 2 other, 3 region, 4 municipal, 5 year_seq, 6 yy_seq) followed by the normalised case number of that scheme."));
	PG_RETURN_DATUM(rf_sagsnr_to_datum(&v));
}

/*
 * Test hook, not declared by the install script: run bytes through
 * sagsnr_recv the way a binary COPY or bind would, including the check that
 * the whole message was consumed.  The regression test declares it as a
 * temporary function.
 */
PG_FUNCTION_INFO_V1(sagsnr_recv_bytea);
Datum
sagsnr_recv_bytea(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	Datum		result;

	initStringInfo(&buf);
	appendBinaryStringInfo(&buf, VARDATA_ANY(b), (int) VARSIZE_ANY_EXHDR(b));
	result = DirectFunctionCall1(sagsnr_recv, PointerGetDatum(&buf));
	if (buf.cursor != buf.len)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				errmsg("incorrect binary data format"));
	pfree(buf.data);
	PG_RETURN_DATUM(result);
}

/* ---------------------------------------------------------- comparison */

static int
cmp_args(FunctionCallInfo fcinfo)
{
	sagsnr_view a;
	sagsnr_view b;
	int			c;

	GETARG_VIEW(0, a);
	GETARG_VIEW(1, b);
	c = rf_sagsnr_cmp_text(a.scheme, a.text, a.len, b.scheme, b.text, b.len);
	FREE_VIEW(0, a);
	FREE_VIEW(1, b);
	return c;
}

PG_FUNCTION_INFO_V1(sagsnr_cmp);
Datum
sagsnr_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(cmp_args(fcinfo));
}

PG_FUNCTION_INFO_V1(sagsnr_eq);
Datum
sagsnr_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) == 0);
}

PG_FUNCTION_INFO_V1(sagsnr_ne);
Datum
sagsnr_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) != 0);
}

PG_FUNCTION_INFO_V1(sagsnr_lt);
Datum
sagsnr_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) < 0);
}

PG_FUNCTION_INFO_V1(sagsnr_le);
Datum
sagsnr_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) <= 0);
}

PG_FUNCTION_INFO_V1(sagsnr_gt);
Datum
sagsnr_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) > 0);
}

PG_FUNCTION_INFO_V1(sagsnr_ge);
Datum
sagsnr_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) >= 0);
}

/* For min and max: the smaller or the larger argument, as it came. */
PG_FUNCTION_INFO_V1(sagsnr_smaller);
Datum
sagsnr_smaller(PG_FUNCTION_ARGS)
{
	return cmp_args(fcinfo) <= 0 ? PG_GETARG_DATUM(0) : PG_GETARG_DATUM(1);
}

PG_FUNCTION_INFO_V1(sagsnr_larger);
Datum
sagsnr_larger(PG_FUNCTION_ARGS)
{
	return cmp_args(fcinfo) >= 0 ? PG_GETARG_DATUM(0) : PG_GETARG_DATUM(1);
}

/*
 * Hashes cover the normalised text only: equal values have identical texts,
 * and the text determines the scheme.
 */
PG_FUNCTION_INFO_V1(sagsnr_hash);
Datum
sagsnr_hash(PG_FUNCTION_ARGS)
{
	sagsnr_view v;
	Datum		h;

	GETARG_VIEW(0, v);
	h = hash_any((const unsigned char *) v.text, (int) v.len);
	FREE_VIEW(0, v);
	PG_RETURN_DATUM(h);
}

PG_FUNCTION_INFO_V1(sagsnr_hash_extended);
Datum
sagsnr_hash_extended(PG_FUNCTION_ARGS)
{
	sagsnr_view v;
	Datum		h;

	GETARG_VIEW(0, v);
	h = hash_any_extended((const unsigned char *) v.text, (int) v.len,
						  (uint64) PG_GETARG_INT64(1));
	FREE_VIEW(0, v);
	PG_RETURN_DATUM(h);
}

/* ----------------------------------------------------------- accessors */

PG_FUNCTION_INFO_V1(sagsnr_scheme);
Datum
sagsnr_scheme(PG_FUNCTION_ARGS)
{
	sagsnr_view v;

	GETARG_VIEW(0, v);
	PG_RETURN_TEXT_P(cstring_to_text(rf_scheme_name(v.scheme)));
}

PG_FUNCTION_INFO_V1(sagsnr_kle);
Datum
sagsnr_kle(PG_FUNCTION_ARGS)
{
	rf_sagsnr	v;
	const char *p;
	size_t		n;

	rf_sagsnr_from_datum(PG_GETARG_DATUM(0), &v);
	if (!rf_sagsnr_kle_subject(&v, &p, &n))
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text_with_len(p, (int) n));
}

PG_FUNCTION_INFO_V1(sagsnr_facet);
Datum
sagsnr_facet(PG_FUNCTION_ARGS)
{
	rf_sagsnr	v;
	const char *p;
	size_t		n;

	rf_sagsnr_from_datum(PG_GETARG_DATUM(0), &v);
	if (!rf_sagsnr_facet(&v, &p, &n))
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text_with_len(p, (int) n));
}

PG_FUNCTION_INFO_V1(sagsnr_case_year);
Datum
sagsnr_case_year(PG_FUNCTION_ARGS)
{
	rf_sagsnr	v;
	int			year;

	rf_sagsnr_from_datum(PG_GETARG_DATUM(0), &v);
	/* two-digit years (KLE, yy_seq): 00..69 mean 2000..2069, 70..99 1970..1999 */
	year = rf_sagsnr_year(&v);
	if (year < 0)
		PG_RETURN_NULL();
	PG_RETURN_INT32(year);
}

PG_FUNCTION_INFO_V1(sagsnr_case_seq);
Datum
sagsnr_case_seq(PG_FUNCTION_ARGS)
{
	rf_sagsnr	v;
	long long	seq;

	rf_sagsnr_from_datum(PG_GETARG_DATUM(0), &v);
	seq = rf_sagsnr_seq(&v);
	if (seq < 0)
		PG_RETURN_NULL();
	PG_RETURN_INT64((int64) seq);
}

PG_FUNCTION_INFO_V1(sagsnr_municipality_code);
Datum
sagsnr_municipality_code(PG_FUNCTION_ARGS)
{
	rf_sagsnr	v;
	int			code;

	rf_sagsnr_from_datum(PG_GETARG_DATUM(0), &v);
	code = rf_sagsnr_municipality(&v);
	if (code < 0)
		PG_RETURN_NULL();
	PG_RETURN_INT32(code);
}

/* ---------------------------------------------------------- kle_under */

static void
parse_prefix_or_error(text *t, rf_kle_prefix *p)
{
	if (!rf_kle_prefix_parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), p))
		ereport(ERROR,
				errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				errmsg("invalid KLE prefix: \"%s\"", text_to_cstring(t)),
				errhint("A KLE prefix is a subject number such as 00, 00.01 or 00.01.00."));
}

PG_FUNCTION_INFO_V1(sagsnr_kle_under);
Datum
sagsnr_kle_under(PG_FUNCTION_ARGS)
{
	rf_sagsnr	v;
	rf_kle_prefix p;

	parse_prefix_or_error(PG_GETARG_TEXT_PP(1), &p);
	rf_sagsnr_from_datum(PG_GETARG_DATUM(0), &v);
	PG_RETURN_BOOL(rf_sagsnr_kle_under(&v, &p));
}

/*
 * Planner support for kle_under(case_no, prefix) and case_no ^@ prefix: with
 * a constant, valid prefix and a btree index in our operator family on
 * case_no, derive the lossy index conditions
 *     case_no >= lower AND case_no < upper
 * (just >= when the prefix is all 99s).  The original clause stays as a
 * recheck.  An invalid prefix yields no index condition; executing the
 * clause then raises the error.
 */
/* indexkey OP 'bound'::sagsnr */
static Expr *
bound_clause(Oid op, Node *indexkey, Oid typoid, const rf_sagsnr *bound)
{
	Expr	   *clause;

	clause = make_opclause(op, BOOLOID, false,
						   (Expr *) copyObject(indexkey),
						   (Expr *) makeConst(typoid, -1, InvalidOid, -1,
											  rf_sagsnr_to_datum(bound),
											  false, false),
						   InvalidOid, InvalidOid);
	set_opfuncid((OpExpr *) clause);
	return clause;
}

PG_FUNCTION_INFO_V1(sagsnr_kle_under_support);
Datum
sagsnr_kle_under_support(PG_FUNCTION_ARGS)
{
	Node	   *rawreq = (Node *) PG_GETARG_POINTER(0);
	SupportRequestIndexCondition *req;
	List	   *args;
	Node	   *indexkey;
	Node	   *arg;
	Const	   *prefix_const;
	Oid			typoid;
	Oid			nsp;
	char	   *nspname;
	Oid			opfamily;
	Oid			ge_op;
	Oid			lt_op;
	rf_kle_prefix prefix;
	rf_sagsnr	bound;
	List	   *conds;

	if (!IsA(rawreq, SupportRequestIndexCondition))
		PG_RETURN_POINTER(NULL);
	req = (SupportRequestIndexCondition *) rawreq;

	if (is_opclause(req->node))
		args = ((OpExpr *) req->node)->args;
	else if (is_funcclause(req->node))
		args = ((FuncExpr *) req->node)->args;
	else
		PG_RETURN_POINTER(NULL);
	if (list_length(args) != 2 || req->indexarg != 0)
		PG_RETURN_POINTER(NULL);
	indexkey = (Node *) linitial(args);
	arg = (Node *) lsecond(args);
	if (!IsA(arg, Const) || ((Const *) arg)->constisnull)
		PG_RETURN_POINTER(NULL);
	prefix_const = (Const *) arg;

	/* only our own btree opfamily knows the order the bounds rely on */
	nsp = get_func_namespace(req->funcid);
	nspname = OidIsValid(nsp) ? get_namespace_name(nsp) : NULL;
	if (nspname == NULL)
		PG_RETURN_POINTER(NULL);
	opfamily = get_opfamily_oid(BTREE_AM_OID,
								list_make2(makeString(nspname),
										   makeString(SAGSNR_OPFAMILY)),
								true);
	if (!OidIsValid(opfamily) || req->opfamily != opfamily)
		PG_RETURN_POINTER(NULL);

	typoid = getBaseType(exprType(indexkey));
	ge_op = get_opfamily_member(opfamily, typoid, typoid, BTGreaterEqualStrategyNumber);
	lt_op = get_opfamily_member(opfamily, typoid, typoid, BTLessStrategyNumber);
	if (!OidIsValid(ge_op) || !OidIsValid(lt_op))
		PG_RETURN_POINTER(NULL);

	{
		text	   *t = DatumGetTextPP(prefix_const->constvalue);

		if (!rf_kle_prefix_parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &prefix))
			PG_RETURN_POINTER(NULL);
	}

	rf_kle_prefix_lower(&prefix, &bound);
	conds = list_make1(bound_clause(ge_op, indexkey, typoid, &bound));
	if (rf_kle_prefix_upper(&prefix, &bound))
		conds = lappend(conds, bound_clause(lt_op, indexkey, typoid, &bound));
	req->lossy = true;
	PG_RETURN_POINTER(conds);
}
