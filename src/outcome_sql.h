/*
 * outcome_sql.h — the referat.outcome enum inside PostgreSQL.
 */
#ifndef RF_OUTCOME_SQL_H
#define RF_OUTCOME_SQL_H

#include "postgres.h"
#include "fmgr.h"

#include "outcome.h"

/* The label of o in the SQL enum referat.outcome ("approved", …, "closed"). */
extern const char *rf_outcome_label(rf_outcome o);

/*
 * The OIDs of the labels of the enum type enum_typoid (which a set-returning
 * function takes from its tuple descriptor; InvalidOid: the function's
 * result type), indexed by rf_outcome: looked up once per call site and kept
 * in flinfo->fn_extra, which the caller must not use for anything else.
 * Raises an error when the type lacks a label.
 */
extern const Oid *rf_outcome_oids(FmgrInfo *flinfo, Oid enum_typoid);

#endif
