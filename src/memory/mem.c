/* mem.c: the allocator every part of Ouro uses. Small blocks come from
 * pool.c's size-class pools, the others from the C library's malloc; both
 * are counted (bytes and blocks), held to the optional heap limit, and can
 * fail on purpose for tests. It depends on the C library only: the front
 * end links it alone. */
#include "memory/mem.h"

#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include "memory/pool.h"

// The counters. The interpreter is single-threaded, so no locks: the fast
// path is a pool's free-list pop and a few additions. A pool block counts
// its class size, a malloc block its usable size.
MemStats mem_counters;
bool mem_checked; // limit != 0 || fail_after != 0: the inline paths step aside
static size_t limit;      // 0 = no cap
static size_t fail_after; // 0 = off; else the countdown to a refused allocation

static void update_checked(void) {
    mem_checked = limit != 0 || fail_after != 0;
}
static MemOomHook oom_hook;

MemOomHook mem_set_oom_hook(MemOomHook hook) {
    MemOomHook old = oom_hook;
    oom_hook = hook;
    return old;
}

// Reports a refused request through the hook (which raises MemoryError
// once the runtime is up). Returns NULL for the caller's convenience.
static void *refuse(size_t requested) {
    if (oom_hook != NULL) {
        oom_hook(requested);
    }
    return NULL;
}

// The test hook: true when this allocation must fail.
static bool must_fail(void) {
    if (OURO_LIKELY(fail_after == 0)) {
        return false;
    }
    if (--fail_after == 0) {
        update_checked();
        return true;
    }
    return false;
}

// No single block may be larger than this (64 TiB): more than any machine
// Ouro runs on can map, so such a request is refused at once instead of
// being handed to the C library (whose sanitizer builds print or abort).
#define MEM_MAX_REQUEST ((size_t)1 << 46)

// True when `extra` more bytes would pass the limit.
static bool over_limit(size_t extra) {
    size_t total;
    if (extra > MEM_MAX_REQUEST) {
        return true;
    }
    if (limit == 0) {
        return false;
    }
    return !mem_add_ok(mem_counters.bytes_in_use, extra, &total) || total > limit;
}

static inline void account_new(size_t bytes) {
    mem_counters.bytes_in_use += bytes;
    mem_counters.blocks_in_use++;
    mem_counters.total_allocs++;
    if (mem_counters.bytes_in_use > mem_counters.peak_bytes) {
        mem_counters.peak_bytes = mem_counters.bytes_in_use;
    }
}

// take() for a block the pools do not serve: from the C library. Kept out
// of line so that the pool path needs no saved registers.
static __attribute__((noinline)) void *take_malloc(size_t size, bool zero) {
    if (over_limit(size)) {
        return NULL;
    }
    void *p = zero ? calloc(1, size) : malloc(size);
    if (p == NULL) {
        return NULL;
    }
    size_t usable = malloc_usable_size(p);
    if (OURO_UNLIKELY(limit != 0 && mem_counters.bytes_in_use + usable > limit)) {
        // The C library rounded the request up past the cap.
        free(p);
        return NULL;
    }
    account_new(usable);
    return p;
}

// A block of `size` (> 0) bytes, zeroed when `zero`, counted; NULL (nothing
// counted, no hook called) when the heap limit or the system refuses.
static inline void *take(size_t size, bool zero) {
    if (size <= POOL_MAX_BLOCK) {
        size_t bytes = pool_block_size_for(size);
        if (OURO_UNLIKELY(limit != 0) && mem_counters.bytes_in_use + bytes > limit) {
            return NULL;
        }
        void *p = pool_alloc(size);
        if (OURO_LIKELY(p != NULL)) {
            if (zero) {
                memset(p, 0, size);
            }
            account_new(bytes);
            return p;
        }
        // Pools off or no arena to be had: the C library may still serve.
    }
    return take_malloc(size, zero);
}

// A checked allocation of `size` bytes (zeroed when `zero`).
static void *alloc_block(size_t size, bool zero) {
    if (size == 0) {
        size = 1; // malloc(0) may return NULL; every block is real
    }
    if (must_fail()) {
        return refuse(size);
    }
    void *p = take(size, zero);
    return p != NULL ? p : refuse(size);
}

void *mem_alloc(size_t size) {
    return alloc_block(size, false);
}

void *mem_calloc(size_t count, size_t size) {
    size_t total;
    if (!mem_mul_ok(count, size, &total)) {
        return refuse(SIZE_MAX);
    }
    return alloc_block(total, true);
}

// mem_realloc of pool block `ptr` (of `old` bytes): kept when `size` still
// fits and would not leave most of it unused, else moved to a new block
// (from a pool or malloc) counted as one allocation.
static void *realloc_pooled(void *ptr, size_t old, size_t size) {
    if (size <= old && size > old / 2) {
        mem_counters.total_allocs++;
        return ptr;
    }
    // The old block is uncounted while the new one is checked against the
    // limit, as the C library's realloc would reuse it.
    mem_counters.bytes_in_use -= old;
    mem_counters.blocks_in_use--;
    void *p = take(size, false);
    if (p == NULL) {
        mem_counters.bytes_in_use += old;
        mem_counters.blocks_in_use++;
        return refuse(size); // `ptr` is still valid and still counted
    }
    memcpy(p, ptr, old < size ? old : size);
    pool_free(ptr);
    return p;
}

void *mem_realloc(void *ptr, size_t size) {
    if (ptr == NULL) {
        return mem_alloc(size);
    }
    if (size == 0) {
        size = 1;
    }
    bool pooled = pool_owns(ptr);
    size_t old = pooled ? pool_block_size(ptr) : malloc_usable_size(ptr);
    if (must_fail() || (size > old && over_limit(size - old))) {
        return refuse(size);
    }
    if (pooled) {
        return realloc_pooled(ptr, old, size);
    }
    void *p = realloc(ptr, size);
    if (p == NULL) {
        return refuse(size); // `ptr` is still valid and still counted
    }
    size_t now = malloc_usable_size(p);
    mem_counters.bytes_in_use = mem_counters.bytes_in_use - old + now;
    mem_counters.total_allocs++;
    if (mem_counters.bytes_in_use > mem_counters.peak_bytes) {
        mem_counters.peak_bytes = mem_counters.bytes_in_use;
    }
    return p;
}

void mem_free(void *ptr) {
    if (ptr == NULL) {
        return;
    }
    mem_counters.blocks_in_use--;
    if (pool_owns(ptr)) {
        mem_counters.bytes_in_use -= pool_free(ptr);
        return;
    }
    mem_counters.bytes_in_use -= malloc_usable_size(ptr);
    free(ptr);
}

MemStats mem_stats(void) {
    return mem_counters;
}

size_t mem_set_limit(size_t new_limit) {
    size_t old = limit;
    limit = new_limit;
    update_checked();
    return old;
}

void mem_fail_after(size_t n) {
    fail_after = n;
    update_checked();
}

void mem_trim(void) {
    pool_trim();
    malloc_trim(0);
}

size_t mem_free_bytes(void) {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    struct mallinfo2 mi = mallinfo2();
    return mi.fordblks + pool_free_bytes();
#else
    return pool_free_bytes();
#endif
}
