/* pool.c: the small-block allocator under mem.c (CPython's pymalloc
 * design, written for Ouro). Arenas of 1 MiB are mapped from the operating
 * system, split into 16 KiB pools, and each pool serves blocks of one size
 * class. Depends on the C library and the kernel's mmap only. */
#include "memory/pool.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* ---------------------------------------------------------------------------
 * Layout.
 *
 * An arena is POOL_ARENA_SIZE bytes aligned to its size, so that a pool,
 * which is POOL_SIZE-aligned inside it, starts at the address of any of its
 * blocks with the low POOL_SHIFT bits cleared: the pool header, and through
 * it the block's size and arena, are found in O(1) from the block alone,
 * without a header per block (glibc spends 8 bytes per block and rounds
 * to 16; here a block costs its class size and nothing else).
 *
 * A pool's free blocks are linked through their first word. Blocks that
 * were never handed out are not linked in advance: `fresh` is the offset of
 * the first of them, and they are carved one at a time when the list runs
 * dry, so a new pool costs a header write, not a pass over 16 KiB.
 *
 * pool_used[k] lists the pools of class k that have a free block. A pool
 * that fills up leaves the list; its first free block puts it back at the
 * head. A pool that empties goes back to its arena, unless it is the only
 * pool of its class (a loop allocating and freeing one block would
 * otherwise take and return a pool every time); pool_trim releases those.
 *
 * Arenas sit in by_free[n], the arenas with n free pools. A new pool is
 * taken from the arena with the fewest free pools (pymalloc's policy): the
 * busy arenas fill up and the nearly empty ones get the chance to drain
 * completely, and an arena whose last pool comes back is unmapped, giving
 * its memory to the system at once. One empty arena is kept as a spare.
 *
 * Telling a pool block from a malloc block (mem_free gets either) must not
 * read memory that might not be mapped, so a two-level bitmap with one bit
 * per 1 MiB of address space says which granules are arenas: the first
 * level is a static array (untouched pages of it cost nothing), the second
 * a 1 KiB bitmap per 8 GiB of address space that holds an arena.
 * ------------------------------------------------------------------------- */
struct Arena {
    char *base;
    uint64_t free_mask;  // bit i: pool i holds no block
    uint64_t dirty_mask; // free pools whose pages may still be resident
    unsigned nfree;      // free pools (the bits of free_mask)
    Arena *next;         // by_free[nfree] links
    Arena *prev;
};

Pool *pool_used[POOL_NCLASSES];
uint64_t *pool_arena_map[POOL_MAP_TOP_SIZE];
static Arena *by_free[POOL_PER_ARENA + 1];
static int state; // 0: not decided yet, 1: pools on, -1: off (malloc only)

// Sanitizer builds use malloc for everything, so that ASan keeps finding
// use after free and overflows block by block (CPython's PYTHONMALLOC=malloc);
// OUROMALLOC=malloc does the same at run time (for valgrind's memcheck).
static bool pools_enabled(void) {
    if (state == 0) {
        bool off = false;
#if defined(__SANITIZE_ADDRESS__)
        off = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
        off = true;
#endif
#endif
        const char *env = getenv("OUROMALLOC");
        if (env != NULL && strcmp(env, "malloc") == 0) {
            off = true;
        }
        state = off ? -1 : 1;
    }
    return state > 0;
}

// Sets or clears the map bit of the arena at `base`; false when the
// second-level bitmap cannot be allocated.
static bool map_mark(const char *base, bool on) {
    uintptr_t a = (uintptr_t)base;
    uintptr_t top = a >> POOL_MAP_TOP_SHIFT;
    if (top >= POOL_MAP_TOP_SIZE) {
        return false; // beyond 47-bit addresses: leave it to malloc
    }
    if (pool_arena_map[top] == NULL) {
        // Kept for the life of the process: at most 1 KiB per 8 GiB used.
        pool_arena_map[top] = calloc(POOL_MAP_LEAF_BITS / 64, sizeof(uint64_t));
        if (pool_arena_map[top] == NULL) {
            return false;
        }
    }
    uintptr_t bit = (a >> POOL_ARENA_SHIFT) & (POOL_MAP_LEAF_BITS - 1);
    if (on) {
        pool_arena_map[top][bit >> 6] |= (uint64_t)1 << (bit & 63);
    } else {
        pool_arena_map[top][bit >> 6] &= ~((uint64_t)1 << (bit & 63));
    }
    return true;
}

// POOL_ARENA_SIZE bytes aligned to their size, or NULL. The kernel places new
// mappings just below the previous ones, so after the first aligned arena
// the plain mapping is usually aligned too; otherwise map twice the size
// and cut off the ends.
static char *map_aligned(void) {
    char *p =
        mmap(NULL, POOL_ARENA_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        return NULL;
    }
    if (((uintptr_t)p & (POOL_ARENA_SIZE - 1)) == 0) {
        return p;
    }
    munmap(p, POOL_ARENA_SIZE);
    p = mmap(NULL, 2 * POOL_ARENA_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        return NULL;
    }
    char *base = (char *)(((uintptr_t)p + POOL_ARENA_SIZE - 1) & ~(uintptr_t)(POOL_ARENA_SIZE - 1));
    size_t head = (size_t)(base - p);
    if (head > 0) {
        munmap(p, head);
    }
    if (POOL_ARENA_SIZE - head > 0) {
        munmap(base + POOL_ARENA_SIZE, POOL_ARENA_SIZE - head);
    }
    return base;
}

static void bucket_remove(Arena *a) {
    if (a->prev != NULL) {
        a->prev->next = a->next;
    } else {
        by_free[a->nfree] = a->next;
    }
    if (a->next != NULL) {
        a->next->prev = a->prev;
    }
}

static void bucket_insert(Arena *a) {
    a->prev = NULL;
    a->next = by_free[a->nfree];
    if (a->next != NULL) {
        a->next->prev = a;
    }
    by_free[a->nfree] = a;
}

// A new, empty arena in by_free[POOL_PER_ARENA], or NULL.
static Arena *arena_new(void) {
    Arena *a = malloc(sizeof(Arena)); // bookkeeping, outside the counted heap
    if (a == NULL) {
        return NULL;
    }
    char *base = map_aligned();
    if (base == NULL || !map_mark(base, true)) {
        if (base != NULL) {
            munmap(base, POOL_ARENA_SIZE);
        }
        free(a);
        return NULL;
    }
    a->base = base;
    a->free_mask = ~(uint64_t)0;
    a->dirty_mask = 0; // fresh pages are not resident until touched
    a->nfree = POOL_PER_ARENA;
    bucket_insert(a);
    return a;
}

// Unmaps empty arena `a` (in by_free[POOL_PER_ARENA]).
static void arena_delete(Arena *a) {
    bucket_remove(a);
    map_mark(a->base, false);
    munmap(a->base, POOL_ARENA_SIZE);
    free(a);
}

static void used_remove(Pool *p) {
    if (p->prev != NULL) {
        p->prev->next = p->next;
    } else {
        pool_used[p->klass] = p->next;
    }
    if (p->next != NULL) {
        p->next->prev = p->prev;
    }
}

static void used_push(Pool *p) {
    p->prev = NULL;
    p->next = pool_used[p->klass];
    if (p->next != NULL) {
        p->next->prev = p;
    }
    pool_used[p->klass] = p;
}

// A new pool of class `k` at the head of pool_used[k], or NULL.
static Pool *pool_new(size_t k) {
    Arena *a = NULL;
    for (size_t n = 1; n <= POOL_PER_ARENA && a == NULL; n++) {
        a = by_free[n];
    }
    if (a == NULL && (a = arena_new()) == NULL) {
        return NULL;
    }
    unsigned i = (unsigned)__builtin_ctzll(a->free_mask);
    uint64_t bit = (uint64_t)1 << i;
    a->free_mask &= ~bit;
    a->dirty_mask &= ~bit;
    bucket_remove(a);
    a->nfree--;
    bucket_insert(a);

    Pool *p = (Pool *)(a->base + ((size_t)i << POOL_SHIFT));
    p->arena = a;
    p->used = 0;
    p->size = (uint32_t)((k + 1) * POOL_ALIGN);
    p->klass = (uint32_t)k;
    char *first = (char *)p + POOL_HEADER;
    *(void **)first = NULL;
    p->free = first;
    p->fresh = (uint32_t)(POOL_HEADER + p->size);
    used_push(p);
    return p;
}

// Gives empty pool `p` (already off its used list) back to its arena; an
// arena left empty is unmapped unless it becomes the spare.
static void pool_release(Pool *p) {
    Arena *a = p->arena;
    uint64_t bit = (uint64_t)1 << (((char *)p - a->base) >> POOL_SHIFT);
    a->free_mask |= bit;
    a->dirty_mask |= bit;
    bucket_remove(a);
    a->nfree++;
    bool spare_exists = by_free[POOL_PER_ARENA] != NULL;
    bucket_insert(a);
    if (a->nfree == POOL_PER_ARENA && spare_exists) {
        arena_delete(a);
    }
}

Pool *pool_take_new(size_t size) {
    size_t k = (size - 1) / POOL_ALIGN;
    if (!pools_enabled()) {
        return NULL;
    }
    return pool_new(k);
}

void pool_set_full(Pool *p) {
    used_remove(p); // full: back on the list when a block comes back
}

void pool_free_slow(Pool *p, bool was_full) {
    if (was_full) {
        used_push(p); // every class has many blocks per pool: it is not empty
    } else if (pool_used[p->klass] != p || p->next != NULL) {
        used_remove(p);
        pool_release(p);
    }
}

// MADV_DONTNEED on every dirty free pool of `a`, a run of pools at a time.
static void arena_discard(Arena *a) {
    uint64_t m = a->dirty_mask & a->free_mask;
    while (m != 0) {
        unsigned s = (unsigned)__builtin_ctzll(m);
        unsigned e = s;
        while (e < POOL_PER_ARENA && ((m >> e) & 1)) {
            m &= ~((uint64_t)1 << e);
            e++;
        }
        madvise(a->base + ((size_t)s << POOL_SHIFT), (size_t)(e - s) << POOL_SHIFT, MADV_DONTNEED);
    }
    a->dirty_mask = 0;
}

void pool_trim(void) {
    for (size_t k = 0; k < POOL_NCLASSES; k++) {
        Pool *p = pool_used[k];
        while (p != NULL) {
            Pool *next = p->next;
            if (p->used == 0) {
                used_remove(p);
                pool_release(p);
            }
            p = next;
        }
    }
    while (by_free[POOL_PER_ARENA] != NULL) {
        arena_delete(by_free[POOL_PER_ARENA]);
    }
    for (size_t n = 1; n < POOL_PER_ARENA; n++) {
        for (Arena *a = by_free[n]; a != NULL; a = a->next) {
            if (a->dirty_mask != 0) {
                arena_discard(a);
            }
        }
    }
}

size_t pool_free_bytes(void) {
    size_t bytes = 0;
    for (size_t n = 0; n <= POOL_PER_ARENA; n++) {
        for (Arena *a = by_free[n]; a != NULL; a = a->next) {
            bytes += (size_t)a->nfree * POOL_SIZE;
            for (unsigned i = 0; i < POOL_PER_ARENA; i++) {
                if (!((a->free_mask >> i) & 1)) {
                    const Pool *p = (const Pool *)(a->base + ((size_t)i << POOL_SHIFT));
                    bytes += POOL_SIZE - POOL_HEADER - (size_t)p->used * p->size;
                }
            }
        }
    }
    return bytes;
}
