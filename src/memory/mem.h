/* mem.h: every byte Ouro allocates goes through here. Counts bytes and
 * blocks (gc.mem_alloc, sys.getallocatedblocks, -X statistics), enforces an
 * optional heap limit, and can fail on purpose for tests. */
#ifndef OURO_MEM_H
#define OURO_MEM_H

#include "../common.h"
#include "pool.h"

// mem.c depends on the C library only (the front end links it alone). When
// an allocation is refused it calls this hook, which the runtime sets to
// raise the pre-allocated MemoryError; NULL (the default) does nothing.
// Returns the previous hook (the collector turns it off around its own
// scratch allocations, whose failure it handles without an exception).
typedef void (*MemOomHook)(size_t requested);
MemOomHook mem_set_oom_hook(MemOomHook hook);

// Allocates `size` bytes. Returns NULL, after calling the out-of-memory
// hook (so MemoryError is pending once the runtime is up), when the system
// or the heap limit refuses. Blocks of up to 512 bytes come from pool.c and
// are 8-byte aligned (enough for every type Ouro stores); larger ones come
// from malloc, 16-byte aligned.
void *mem_alloc(size_t size);

// Same, zero-filled.
void *mem_calloc(size_t count, size_t size);

// Resizes `ptr` (NULL allowed) to `size` bytes. On failure returns NULL with
// MemoryError pending and leaves `ptr` valid and unchanged.
void *mem_realloc(void *ptr, size_t size);

// Frees a block from mem_alloc/mem_calloc/mem_realloc; NULL is ignored.
void mem_free(void *ptr);

// Byte count helpers with overflow checks: return false on overflow.
static inline bool mem_mul_ok(size_t a, size_t b, size_t *out) {
    return !__builtin_mul_overflow(a, b, out);
}
static inline bool mem_add_ok(size_t a, size_t b, size_t *out) {
    return !__builtin_add_overflow(a, b, out);
}

typedef struct MemStats {
    size_t bytes_in_use;  // usable bytes of live blocks
    size_t blocks_in_use; // live blocks
    size_t peak_bytes;    // highest bytes_in_use seen
    size_t total_allocs;  // allocations since start
} MemStats;

// Current counters.
MemStats mem_stats(void);

// mem.c's counters, and whether a heap limit or a forced failure is set:
// read and updated by the inline fast paths below only.
extern MemStats mem_counters;
extern bool mem_checked;

// mem_alloc for the hot object paths: a pool block taken and counted
// inline (a few instructions, no call) when no limit or forced failure
// is set and the class has a pool with a free block; everything else goes
// through mem_alloc, with the same result and the same counts.
static inline void *mem_alloc_fast(size_t size) {
    if (OURO_LIKELY(!mem_checked && size - 1 < POOL_MAX_BLOCK)) {
        Pool *p = pool_used[(size - 1) / POOL_ALIGN];
        if (OURO_LIKELY(p != NULL)) {
            void *b = pool_alloc(size); // the list head is known: no new pool
            size_t bytes = p->size;
            mem_counters.bytes_in_use += bytes;
            mem_counters.blocks_in_use++;
            mem_counters.total_allocs++;
            if (mem_counters.bytes_in_use > mem_counters.peak_bytes) {
                mem_counters.peak_bytes = mem_counters.bytes_in_use;
            }
            return b;
        }
    }
    return mem_alloc(size);
}

// mem_free inline for pool blocks (`ptr` not NULL); malloc blocks go
// through mem_free.
static inline void mem_free_fast(void *ptr) {
    if (OURO_LIKELY(pool_owns(ptr))) {
        mem_counters.blocks_in_use--;
        mem_counters.bytes_in_use -= pool_free(ptr);
        return;
    }
    mem_free(ptr);
}

// Caps live bytes at `limit` (0 = no cap). Returns the previous cap.
size_t mem_set_limit(size_t limit);

// Test hook: the `n`th allocation from now fails (1 = the next one); 0 turns
// it off.
void mem_fail_after(size_t n);

// Hands freed memory back to the operating system: the pages of empty
// pools, and what the C library can give back (called after an explicit
// full collection).
void mem_trim(void);

// Bytes the pools and the C library hold from the operating system that
// are free for reuse (gc.mem_free()).
size_t mem_free_bytes(void);

#endif
