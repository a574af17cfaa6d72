/*
 * firstagenda_fn.c — referat.from_firstagenda(jsonb): a meeting from
 * FirstAgenda's publication portal as the text of FirstAgenda's PDF.
 *
 * The argument is jsonb, so PostgreSQL has checked the JSON already; its
 * text form (JsonbToCString) goes to the core, which reads JSON text.  The
 * core reads text so that the unit tests and the fuzzer drive it exactly as
 * here; walking the jsonb tree instead would save one linear copy and need
 * a second reader of the same shape.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

#include "firstagenda.h"
#include "minutes_sql.h"

PG_FUNCTION_INFO_V1(referat_from_firstagenda);

Datum
referat_from_firstagenda(PG_FUNCTION_ARGS)
{
	Jsonb	   *doc = PG_GETARG_JSONB_P(0);
	char	   *json = JsonbToCString(NULL, &doc->root, VARSIZE(doc));
	rf_fa_result res;
	rf_fa_error err;
	text	   *result;

	/* at most two copies of the document's size alive at a time: free each when done */
	PG_FREE_IF_COPY(doc, 0);
	switch (rf_firstagenda_text(json, strlen(json), &rf_pg_allocator, &res, &err))
	{
		case RF_FA_OK:
			break;
		case RF_FA_SHAPE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s", err.what),
					 errhint("referat.from_firstagenda reads one meeting as FirstAgenda's publication portal serves it: "
							 "an object with \"Udvalg\", \"Moede\" and a \"Dagsordenpunkter\" array of item objects.")));
			break;
		case RF_FA_DEPTH:
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("FirstAgenda JSON is %s", err.what),
					 errhint("A FirstAgenda meeting is nested five levels deep; referat reads JSON up to 1024.")));
			break;
		case RF_FA_NOMEM:
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("FirstAgenda JSON too large to read: %s", err.what)));
			break;
		case RF_FA_SYNTAX:
			/* jsonb's own text is always JSON */
			ereport(ERROR,
					(errcode(ERRCODE_INTERNAL_ERROR),
					 errmsg("text of a jsonb value not read as JSON: %s at byte %zu", err.what, err.offset)));
			break;
	}
	pfree(json);
	if (res.scratch)
		pfree(res.scratch);
	result = cstring_to_text_with_len(res.text, (int) res.len);
	pfree(res.text);
	PG_RETURN_TEXT_P(result);
}
