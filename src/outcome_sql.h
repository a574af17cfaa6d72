/*
 * outcome_sql.h — the referat.outcome enum inside PostgreSQL.
 */
#ifndef RF_OUTCOME_SQL_H
#define RF_OUTCOME_SQL_H

#include "postgres.h"

#include "outcome.h"

/* The label of o in the SQL enum referat.outcome ("approved", …, "closed"). */
extern const char *rf_outcome_label(rf_outcome o);

/*
 * The enum value for o, as a Datum of the enum type enum_typoid (which a
 * set-returning function takes from its tuple descriptor).  Raises an error
 * when the type has no such label.
 */
extern Datum rf_outcome_datum(rf_outcome o, Oid enum_typoid);

#endif
