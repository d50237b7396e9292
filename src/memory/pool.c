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
 * An arena is ARENA_SIZE bytes aligned to ARENA_SIZE, so that a pool, which
 * is POOL_SIZE-aligned inside it, starts at the address of any of its
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
 * used_pools[k] lists the pools of class k that have a free block. A pool
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
#define ARENA_SHIFT     20
#define ARENA_SIZE      ((size_t)1 << ARENA_SHIFT)
#define POOL_SHIFT      14
#define POOL_SIZE       ((size_t)1 << POOL_SHIFT)
#define POOLS_PER_ARENA 64 // ARENA_SIZE / POOL_SIZE: one bit each in a uint64_t
#define NCLASSES        (POOL_MAX_BLOCK / POOL_ALIGN)

typedef struct Arena Arena;

typedef struct Pool {
    void *free;        // first free block; never NULL while on a used list
    struct Pool *next; // used_pools[klass] links
    struct Pool *prev;
    Arena *arena;
    uint32_t used;  // blocks handed out
    uint32_t size;  // block size in bytes
    uint32_t fresh; // offset of the first block never handed out
    uint32_t klass; // size class: size / POOL_ALIGN - 1
} Pool;

#define POOL_HEADER ((sizeof(Pool) + 15) & ~(size_t)15)

struct Arena {
    char *base;
    uint64_t free_mask;  // bit i: pool i holds no block
    uint64_t dirty_mask; // free pools whose pages may still be resident
    unsigned nfree;      // free pools (the bits of free_mask)
    Arena *next;         // by_free[nfree] links
    Arena *prev;
};

static Pool *used_pools[NCLASSES];
static Arena *by_free[POOLS_PER_ARENA + 1];
static int state; // 0: not decided yet, 1: pools on, -1: off (malloc only)

#define MAP_TOP_SHIFT 33 // each second-level bitmap covers 8 GiB
#define MAP_TOP_SIZE  ((size_t)1 << (47 - MAP_TOP_SHIFT))
#define MAP_LEAF_BITS ((size_t)1 << (MAP_TOP_SHIFT - ARENA_SHIFT))
static uint64_t *arena_map[MAP_TOP_SIZE];

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

bool pool_owns(const void *p) {
    uintptr_t a = (uintptr_t)p;
    uintptr_t top = a >> MAP_TOP_SHIFT;
    if (top >= MAP_TOP_SIZE || arena_map[top] == NULL) {
        return false;
    }
    uintptr_t bit = (a >> ARENA_SHIFT) & (MAP_LEAF_BITS - 1);
    return (arena_map[top][bit >> 6] >> (bit & 63)) & 1;
}

// Sets or clears the map bit of the arena at `base`; false when the
// second-level bitmap cannot be allocated.
static bool map_mark(const char *base, bool on) {
    uintptr_t a = (uintptr_t)base;
    uintptr_t top = a >> MAP_TOP_SHIFT;
    if (top >= MAP_TOP_SIZE) {
        return false; // beyond 47-bit addresses: leave it to malloc
    }
    if (arena_map[top] == NULL) {
        // Kept for the life of the process: at most 1 KiB per 8 GiB used.
        arena_map[top] = calloc(MAP_LEAF_BITS / 64, sizeof(uint64_t));
        if (arena_map[top] == NULL) {
            return false;
        }
    }
    uintptr_t bit = (a >> ARENA_SHIFT) & (MAP_LEAF_BITS - 1);
    if (on) {
        arena_map[top][bit >> 6] |= (uint64_t)1 << (bit & 63);
    } else {
        arena_map[top][bit >> 6] &= ~((uint64_t)1 << (bit & 63));
    }
    return true;
}

// ARENA_SIZE bytes aligned to ARENA_SIZE, or NULL. The kernel places new
// mappings just below the previous ones, so after the first aligned arena
// the plain mapping is usually aligned too; otherwise map twice the size
// and cut off the ends.
static char *map_aligned(void) {
    char *p = mmap(NULL, ARENA_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        return NULL;
    }
    if (((uintptr_t)p & (ARENA_SIZE - 1)) == 0) {
        return p;
    }
    munmap(p, ARENA_SIZE);
    p = mmap(NULL, 2 * ARENA_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        return NULL;
    }
    char *base = (char *)(((uintptr_t)p + ARENA_SIZE - 1) & ~(uintptr_t)(ARENA_SIZE - 1));
    size_t head = (size_t)(base - p);
    if (head > 0) {
        munmap(p, head);
    }
    if (ARENA_SIZE - head > 0) {
        munmap(base + ARENA_SIZE, ARENA_SIZE - head);
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

// A new, empty arena in by_free[POOLS_PER_ARENA], or NULL.
static Arena *arena_new(void) {
    Arena *a = malloc(sizeof(Arena)); // bookkeeping, outside the counted heap
    if (a == NULL) {
        return NULL;
    }
    char *base = map_aligned();
    if (base == NULL || !map_mark(base, true)) {
        if (base != NULL) {
            munmap(base, ARENA_SIZE);
        }
        free(a);
        return NULL;
    }
    a->base = base;
    a->free_mask = ~(uint64_t)0;
    a->dirty_mask = 0; // fresh pages are not resident until touched
    a->nfree = POOLS_PER_ARENA;
    bucket_insert(a);
    return a;
}

// Unmaps empty arena `a` (in by_free[POOLS_PER_ARENA]).
static void arena_delete(Arena *a) {
    bucket_remove(a);
    map_mark(a->base, false);
    munmap(a->base, ARENA_SIZE);
    free(a);
}

static void used_remove(Pool *p) {
    if (p->prev != NULL) {
        p->prev->next = p->next;
    } else {
        used_pools[p->klass] = p->next;
    }
    if (p->next != NULL) {
        p->next->prev = p->prev;
    }
}

static void used_push(Pool *p) {
    p->prev = NULL;
    p->next = used_pools[p->klass];
    if (p->next != NULL) {
        p->next->prev = p;
    }
    used_pools[p->klass] = p;
}

// A new pool of class `k` at the head of used_pools[k], or NULL.
static Pool *pool_new(size_t k) {
    Arena *a = NULL;
    for (size_t n = 1; n <= POOLS_PER_ARENA && a == NULL; n++) {
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
    bool spare_exists = by_free[POOLS_PER_ARENA] != NULL;
    bucket_insert(a);
    if (a->nfree == POOLS_PER_ARENA && spare_exists) {
        arena_delete(a);
    }
}

void *pool_alloc(size_t size) {
    size_t k = (size - 1) / POOL_ALIGN;
    Pool *p = used_pools[k];
    if (OURO_UNLIKELY(p == NULL)) {
        if (!pools_enabled() || (p = pool_new(k)) == NULL) {
            return NULL;
        }
    }
    void *b = p->free;
    void *next = *(void **)b;
    p->used++;
    p->free = next;
    if (next == NULL) {
        if (p->fresh + p->size <= POOL_SIZE) {
            next = (char *)p + p->fresh;
            *(void **)next = NULL;
            p->free = next;
            p->fresh += p->size;
        } else {
            used_remove(p); // full: back on the list when a block comes back
        }
    }
    return b;
}

static inline Pool *pool_of(const void *b) {
    return (Pool *)((uintptr_t)b & ~(uintptr_t)(POOL_SIZE - 1));
}

size_t pool_block_size(const void *b) {
    return pool_of(b)->size;
}

void pool_free(void *b) {
    Pool *p = pool_of(b);
    void *old = p->free;
    *(void **)b = old;
    p->free = b;
    p->used--;
    if (OURO_UNLIKELY(old == NULL)) {
        used_push(p); // it was full; every class has many blocks per pool
    } else if (OURO_UNLIKELY(p->used == 0) && (used_pools[p->klass] != p || p->next != NULL)) {
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
        while (e < POOLS_PER_ARENA && ((m >> e) & 1)) {
            m &= ~((uint64_t)1 << e);
            e++;
        }
        madvise(a->base + ((size_t)s << POOL_SHIFT), (size_t)(e - s) << POOL_SHIFT, MADV_DONTNEED);
    }
    a->dirty_mask = 0;
}

void pool_trim(void) {
    for (size_t k = 0; k < NCLASSES; k++) {
        Pool *p = used_pools[k];
        while (p != NULL) {
            Pool *next = p->next;
            if (p->used == 0) {
                used_remove(p);
                pool_release(p);
            }
            p = next;
        }
    }
    while (by_free[POOLS_PER_ARENA] != NULL) {
        arena_delete(by_free[POOLS_PER_ARENA]);
    }
    for (size_t n = 1; n < POOLS_PER_ARENA; n++) {
        for (Arena *a = by_free[n]; a != NULL; a = a->next) {
            if (a->dirty_mask != 0) {
                arena_discard(a);
            }
        }
    }
}

size_t pool_free_bytes(void) {
    size_t bytes = 0;
    for (size_t n = 0; n <= POOLS_PER_ARENA; n++) {
        for (Arena *a = by_free[n]; a != NULL; a = a->next) {
            bytes += (size_t)a->nfree * POOL_SIZE;
            for (unsigned i = 0; i < POOLS_PER_ARENA; i++) {
                if (!((a->free_mask >> i) & 1)) {
                    const Pool *p = (const Pool *)(a->base + ((size_t)i << POOL_SHIFT));
                    bytes += POOL_SIZE - POOL_HEADER - (size_t)p->used * p->size;
                }
            }
        }
    }
    return bytes;
}
