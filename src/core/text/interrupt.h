/*
 * interrupt.h — let the program that embeds the core stop long work.
 *
 * Every loop of the core that can run over a whole document, line, sentence
 * or word reports each step it takes over the input to rf_poll; a step that
 * passes a multiple of RF_POLL_BYTES calls rf_interrupt_hook, so a loop over
 * n bytes calls it n / RF_POLL_BYTES times, and a short loop mostly not at
 * all.  No state is kept: the loop's own position says when.  (Loops bounded
 * by a constant, such as over one token of at most 2047 bytes or one case
 * number of at most 64, do not poll.)
 *
 * In PostgreSQL the hook is CHECK_FOR_INTERRUPTS, which may not return (a
 * cancel or a statement_timeout jumps out): the core holds nothing that would
 * need cleaning up then, as all its memory comes from the caller.  Tests and
 * fuzzers leave the hook NULL.
 */
#ifndef RF_INTERRUPT_H
#define RF_INTERRUPT_H

#include <stddef.h>

/* About a millisecond of the slowest work per byte (the decision classifier). */
#define RF_POLL_BYTES ((size_t) 16384)

extern void (*rf_interrupt_hook) (void);

/*
 * A loop moved from byte position from to to (either way).  They lie on two
 * sides of a multiple of RF_POLL_BYTES (a power of two) exactly when they
 * differ in a bit above it.
 */
static inline void
rf_poll(size_t from, size_t to)
{
	if ((from ^ to) >= RF_POLL_BYTES && rf_interrupt_hook)
		rf_interrupt_hook();
}

/*
 * For a loop over the bytes [i, end) whose steps are too small to poll at
 * each: the end of the piece to read before the next call, after polling
 * when more than one piece is left.
 *
 *     while (i < end)
 *         for (size_t piece = rf_piece(i, end); i < piece;)
 *             … i += width of this step …
 */
static inline size_t
rf_piece(size_t i, size_t end)
{
	if (end - i <= RF_POLL_BYTES)
		return end;
	if (rf_interrupt_hook)
		rf_interrupt_hook();
	return i + RF_POLL_BYTES;
}

#endif
