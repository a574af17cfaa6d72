/*
 * sagsnr.h — the referat.sagsnr type: PostgreSQL glue over sagsnr_parse.h.
 *
 * On disk a sagsnr is a varlena holding one scheme byte (rf_scheme) followed
 * by the normalised text (no NUL).  The binary wire format (send/recv) is
 * the same two parts.
 */
#ifndef RF_SAGSNR_H
#define RF_SAGSNR_H

#include "postgres.h"
#include "fmgr.h"

#include "sagsnr_parse.h"

/*
 * Build a referat.sagsnr datum (palloc'd in the current memory context) from
 * a value filled by rf_sagsnr_parse.  Raises an internal error if *v is not a
 * well-formed parse result.
 */
extern Datum rf_sagsnr_to_datum(const rf_sagsnr *v);

/* Copy a referat.sagsnr datum (possibly toasted or short-header) into *out. */
extern void rf_sagsnr_from_datum(Datum d, rf_sagsnr *out);

#endif
