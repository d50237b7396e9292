/* mem.h: every byte Ouro allocates goes through here. Counts bytes and
 * blocks (gc.mem_alloc, sys.getallocatedblocks, -X statistics), enforces an
 * optional heap limit, and can fail on purpose for tests. */
#ifndef OURO_MEM_H
#define OURO_MEM_H

#include "../common.h"

// mem.c depends on the C library only (the front end links it alone). When
// an allocation is refused it calls this hook, which the runtime sets to
// raise the pre-allocated MemoryError; NULL (the default) does nothing.
typedef void (*MemOomHook)(size_t requested);
void mem_set_oom_hook(MemOomHook hook);

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
