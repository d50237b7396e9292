/* pool.h: the small-block allocator under mem.c. Blocks of up to
 * POOL_MAX_BLOCK bytes come from pools of one size class each, carved out
 * of arenas mapped from the operating system (CPython's pymalloc design);
 * empty arenas go back to the system. Only mem.c calls this. */
#ifndef OURO_POOL_H
#define OURO_POOL_H

#include "../common.h"

// The largest request the pools serve; bigger ones go to the C library.
#define POOL_MAX_BLOCK 512

// The size classes are 8, 16, 24, ..., 512 bytes, so pool blocks are
// 8-byte aligned, not 16 like malloc's: no object or buffer of Ouro's
// needs more (no long double or __int128 lives in the heap), and an
// object of 184 bytes then takes 184, not 192.
#define POOL_ALIGN 8

// The size of the block that serves a request of `size` bytes (1 ..
// POOL_MAX_BLOCK).
static inline size_t pool_block_size_for(size_t size) {
    return (size + POOL_ALIGN - 1) & ~(size_t)(POOL_ALIGN - 1);
}

// A block of pool_block_size_for(`size`) bytes (`size` in 1 ..
// POOL_MAX_BLOCK), not zeroed. NULL when the pools are off (sanitizer
// builds, OUROMALLOC=malloc) or the system refused a new arena: the caller
// then uses malloc. Never raises and counts nothing (mem.c does).
void *pool_alloc(size_t size);

// True when `p` (any pointer mem.c handed out) is a pool block.
bool pool_owns(const void *p);

// The size of pool block `p`.
size_t pool_block_size(const void *p);

// Returns pool block `p` to its pool. A pool that becomes empty goes back
// to its arena, and an arena that becomes empty is unmapped (one is kept
// for reuse, so that a loop at the edge of an arena does not map and unmap).
void pool_free(void *p);

// Gives back to the system the pages of every empty pool (and the spare
// empty arena). Called with malloc_trim after an explicit collection.
void pool_trim(void);

// Bytes mapped for arenas that no block occupies (free blocks, empty pools).
size_t pool_free_bytes(void);

#endif
