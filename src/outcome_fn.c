/*
 * outcome_fn.c — referat.classify_decision(text) and the referat.outcome enum
 * values for the other functions.  The classification itself lives in
 * core/outcome.c.
 */
#include "postgres.h"

#include "catalog/pg_enum.h"
#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

#include "outcome.h"
#include "outcome_sql.h"

PG_FUNCTION_INFO_V1(classify_decision);

#define N_OUTCOMES (RF_OUTCOME_CLOSED + 1)

/* In the order of rf_outcome and of CREATE TYPE referat.outcome. */
static const char *const outcome_labels[N_OUTCOMES] = {
	"approved", "rejected", "postponed", "referred", "decided",
	"noted", "discussed", "informed", "none", "closed"
};

const char *
rf_outcome_label(rf_outcome o)
{
	if ((int) o < 0 || (int) o >= N_OUTCOMES)
		elog(ERROR, "invalid outcome %d", (int) o);
	return outcome_labels[o];
}

/* The OID of a label of an enum type, as enum_in finds it. */
static Oid
label_oid(Oid enum_typoid, const char *label)
{
	Oid			oid;

	oid = GetSysCacheOid2(ENUMTYPOIDNAME, Anum_pg_enum_oid,
						  ObjectIdGetDatum(enum_typoid), CStringGetDatum(label));
	if (!OidIsValid(oid))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("type %s has no label \"%s\"", format_type_be(enum_typoid), label)));
	return oid;
}

/* The label OIDs of an enum type, kept in a call site's fn_extra (rf_outcome_oids). */
typedef struct outcome_oids
{
	Oid			typoid;
	Oid			oids[N_OUTCOMES];
} outcome_oids;

const Oid *
rf_outcome_oids(FmgrInfo *flinfo, Oid enum_typoid)
{
	outcome_oids *kept = (outcome_oids *) flinfo->fn_extra;
	outcome_oids *made;

	if (kept != NULL && (enum_typoid == InvalidOid || kept->typoid == enum_typoid))
		return kept->oids;
	if (enum_typoid == InvalidOid)
		enum_typoid = get_func_rettype(flinfo->fn_oid);
	made = MemoryContextAlloc(flinfo->fn_mcxt, sizeof(outcome_oids));
	for (int i = 0; i < N_OUTCOMES; i++)
		made->oids[i] = label_oid(enum_typoid, outcome_labels[i]);
	made->typoid = enum_typoid;
	/* kept only once whole: a label that is missing leaves nothing behind */
	flinfo->fn_extra = made;
	return made->oids;
}

/* referat.classify_decision(text) RETURNS referat.outcome. */
Datum
classify_decision(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(t);
	size_t		len = VARSIZE_ANY_EXHDR(t);
	const Oid  *oids = rf_outcome_oids(fcinfo->flinfo, InvalidOid);
	rf_outcome	o;

	/* the classifier reads UTF-8; SQL_ASCII bytes are taken as they are */
	if (GetDatabaseEncoding() != PG_UTF8 && GetDatabaseEncoding() != PG_SQL_ASCII)
	{
		char	   *u = pg_server_to_any(s, (int) len, PG_UTF8);

		if (u != s)
		{
			s = u;
			len = strlen(u);
		}
	}
	o = rf_classify_decision(s, len);
	PG_RETURN_OID(oids[o]);
}
