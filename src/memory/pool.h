/* pool.h: the small-block allocator under mem.c. Blocks of up to
 * POOL_MAX_BLOCK bytes come from pools of one size class each, carved out
 * of arenas mapped from the operating system (CPython's pymalloc design);
 * empty arenas go back to the system. Only mem.c calls this; the fast paths
 * are inline here because they are a handful of instructions, less than a
 * call. pool.c explains the layout. */
#ifndef OURO_POOL_H
#define OURO_POOL_H

#include "../common.h"

// The largest request the pools serve; bigger ones go to the C library.
#define POOL_MAX_BLOCK 512

// The size classes are 8, 16, 24, ..., 512 bytes, so pool blocks are
// 8-byte aligned, not 16 like malloc's: no object or buffer of Ouro's
// needs more (no long double or __int128 lives in the heap), and an
// object of 184 bytes then takes 184, not 192.
#define POOL_ALIGN         8

#define POOL_NCLASSES      (POOL_MAX_BLOCK / POOL_ALIGN)
#define POOL_ARENA_SHIFT   20 // 1 MiB arenas, aligned to their size
#define POOL_ARENA_SIZE    ((size_t)1 << POOL_ARENA_SHIFT)
#define POOL_SHIFT         14 // 16 KiB pools, aligned to their size
#define POOL_SIZE          ((size_t)1 << POOL_SHIFT)
#define POOL_PER_ARENA     64 // POOL_ARENA_SIZE / POOL_SIZE: a bit each in a uint64_t
#define POOL_MAP_TOP_SHIFT 33 // each second-level arena bitmap covers 8 GiB
#define POOL_MAP_TOP_SIZE  ((size_t)1 << (47 - POOL_MAP_TOP_SHIFT))
#define POOL_MAP_LEAF_BITS ((size_t)1 << (POOL_MAP_TOP_SHIFT - POOL_ARENA_SHIFT))

typedef struct Arena Arena; // pool.c's

// The header at the start of every pool.
typedef struct Pool {
    void *free;        // first free block; never NULL while on a used list
    struct Pool *next; // pool_used[klass] links
    struct Pool *prev;
    Arena *arena;
    uint32_t used;  // blocks handed out
    uint32_t size;  // block size in bytes
    uint32_t fresh; // offset of the first block never handed out
    uint32_t klass; // size class: size / POOL_ALIGN - 1
} Pool;

#define POOL_HEADER ((sizeof(Pool) + 15) & ~(size_t)15)

// pool.c's state, read by the inline fast paths only: the pools of each
// class that have a free block, and the bitmap of arena addresses.
extern Pool *pool_used[POOL_NCLASSES];
extern uint64_t *pool_arena_map[POOL_MAP_TOP_SIZE];

// Slow paths of pool.c behind the inline functions below. pool_take_new:
// a new pool for blocks of `size` bytes, at the head of its used list, or
// NULL (pools off, no arena to be had). pool_set_full: `p` is full; take it
// off its used list. pool_free_slow: `p` was full (`was_full`) or has
// become empty.
Pool *pool_take_new(size_t size);
void pool_set_full(Pool *p);
void pool_free_slow(Pool *p, bool was_full);

// The size of the block that serves a request of `size` bytes (1 ..
// POOL_MAX_BLOCK).
static inline size_t pool_block_size_for(size_t size) {
    return (size + POOL_ALIGN - 1) & ~(size_t)(POOL_ALIGN - 1);
}

// A block of pool_block_size_for(`size`) bytes (`size` in 1 ..
// POOL_MAX_BLOCK), not zeroed. NULL when the pools are off (sanitizer
// builds, OUROMALLOC=malloc) or the system refused a new arena: the caller
// then uses malloc. Never raises and counts nothing (mem.c does).
static inline void *pool_alloc(size_t size) {
    Pool *p = pool_used[(size - 1) / POOL_ALIGN];
    if (OURO_UNLIKELY(p == NULL) && (p = pool_take_new(size)) == NULL) {
        return NULL;
    }
    void *b = p->free;
    void *next = *(void **)b;
    p->used++;
    p->free = next;
    if (next == NULL) {
        if (p->fresh + p->size <= POOL_SIZE) {
            // Carve the next never-used block: the common case in a new pool.
            next = (char *)p + p->fresh;
            *(void **)next = NULL;
            p->free = next;
            p->fresh += p->size;
        } else {
            pool_set_full(p);
        }
    }
    return b;
}

// True when `p` (any pointer mem.c handed out) is a pool block: its 1 MiB
// granule is an arena. Never reads the memory around `p`.
static inline bool pool_owns(const void *p) {
    uintptr_t a = (uintptr_t)p;
    uintptr_t top = a >> POOL_MAP_TOP_SHIFT;
    if (top >= POOL_MAP_TOP_SIZE || pool_arena_map[top] == NULL) {
        return false;
    }
    uintptr_t bit = (a >> POOL_ARENA_SHIFT) & (POOL_MAP_LEAF_BITS - 1);
    return (pool_arena_map[top][bit >> 6] >> (bit & 63)) & 1;
}

static inline Pool *pool_of(const void *b) {
    return (Pool *)((uintptr_t)b & ~(uintptr_t)(POOL_SIZE - 1));
}

// The size of pool block `b`.
static inline size_t pool_block_size(const void *b) {
    return pool_of(b)->size;
}

// Returns pool block `b` to its pool and its size. A pool that becomes
// empty goes back to its arena, and an arena that becomes empty is unmapped
// (one is kept for reuse, so that a loop at the edge of an arena does not
// map and unmap).
static inline size_t pool_free(void *b) {
    Pool *p = pool_of(b);
    size_t size = p->size; // `p` may be unmapped by the slow path
    void *old = p->free;
    *(void **)b = old;
    p->free = b;
    p->used--;
    if (OURO_UNLIKELY(old == NULL || p->used == 0)) {
        pool_free_slow(p, old == NULL);
    }
    return size;
}

// Gives back to the system the pages of every empty pool (and the spare
// empty arena). Called with malloc_trim after an explicit collection.
void pool_trim(void);

// Bytes mapped for arenas that no block occupies (free blocks, empty pools).
size_t pool_free_bytes(void);

#endif
