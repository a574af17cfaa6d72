/*
 * outcome.h — classify the decision text of an agenda item.
 */
#ifndef RF_OUTCOME_H
#define RF_OUTCOME_H

#include <stddef.h>

/* Order matches the SQL enum referat.outcome. */
typedef enum rf_outcome
{
	RF_OUTCOME_APPROVED = 0,
	RF_OUTCOME_REJECTED,
	RF_OUTCOME_POSTPONED,
	RF_OUTCOME_REFERRED,
	RF_OUTCOME_DECIDED,
	RF_OUTCOME_NOTED,
	RF_OUTCOME_DISCUSSED,
	RF_OUTCOME_INFORMED,
	RF_OUTCOME_NONE,
	RF_OUTCOME_CLOSED
} rf_outcome;

/* Classify UTF-8 decision text (never returns RF_OUTCOME_CLOSED). */
extern rf_outcome rf_classify_decision(const char *text, size_t len);

#endif
