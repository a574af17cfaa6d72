/*
 * interrupt.c — the hook that interrupt.h's polls call; NULL until the
 * embedding program sets it.
 */
#include "interrupt.h"

void		(*rf_interrupt_hook) (void) = NULL;
