/* test_mem.c: the allocator's accounting, heap limit, out-of-memory hook
 * and fail-after test hook (memory/mem.c). No interpreter needed: each
 * Criterion test runs in its own process, so the hooks set here stay here. */
#include <criterion/criterion.h>
#include <string.h>

#include "memory/mem.h"

TestSuite(mem);

static size_t hook_calls;
static size_t hook_request;

static void count_hook(size_t requested) {
    hook_calls++;
    hook_request = requested;
}

Test(mem, alloc_and_free_are_counted) {
    MemStats before = mem_stats();
    void *p = mem_alloc(100);
    cr_assert_not_null(p);
    MemStats mid = mem_stats();
    cr_assert_eq(mid.blocks_in_use, before.blocks_in_use + 1);
    cr_assert_geq(mid.bytes_in_use, before.bytes_in_use + 100);
    cr_assert_eq(mid.total_allocs, before.total_allocs + 1);
    cr_assert_geq(mid.peak_bytes, mid.bytes_in_use);
    mem_free(p);
    MemStats after = mem_stats();
    cr_assert_eq(after.blocks_in_use, before.blocks_in_use);
    cr_assert_eq(after.bytes_in_use, before.bytes_in_use);
}

Test(mem, calloc_zero_fills_and_checks_overflow) {
    unsigned char *p = mem_calloc(64, 4);
    cr_assert_not_null(p);
    for (size_t i = 0; i < 256; i++) {
        cr_assert_eq(p[i], 0);
    }
    mem_free(p);
    mem_set_oom_hook(count_hook);
    cr_assert_null(mem_calloc(SIZE_MAX / 2, 4));
    cr_assert_eq(hook_calls, 1);
    mem_set_oom_hook(NULL);
}

Test(mem, realloc_keeps_contents_and_counts) {
    char *p = mem_alloc(8);
    memcpy(p, "abcdefg", 8);
    size_t blocks = mem_stats().blocks_in_use;
    p = mem_realloc(p, 4096);
    cr_assert_not_null(p);
    cr_assert_str_eq(p, "abcdefg");
    cr_assert_eq(mem_stats().blocks_in_use, blocks);
    cr_assert_geq(mem_stats().bytes_in_use, 4096);
    mem_free(p);
    mem_free(NULL); // ignored
}

Test(mem, limit_refuses_and_calls_the_hook) {
    mem_set_oom_hook(count_hook);
    size_t in_use = mem_stats().bytes_in_use;
    cr_assert_eq(mem_set_limit(in_use + 4096), 0);
    void *small = mem_alloc(100);
    cr_assert_not_null(small);
    cr_assert_null(mem_alloc(1 << 20));
    cr_assert_eq(hook_calls, 1);
    cr_assert_eq(hook_request, 1 << 20);
    // realloc past the limit fails and leaves the block valid.
    cr_assert_null(mem_realloc(small, 1 << 20));
    cr_assert_eq(hook_calls, 2);
    mem_free(small);
    cr_assert_eq(mem_set_limit(0), in_use + 4096);
    void *big = mem_alloc(1 << 20);
    cr_assert_not_null(big);
    mem_free(big);
    mem_set_oom_hook(NULL);
}

Test(mem, fail_after_fails_exactly_the_nth_allocation) {
    mem_set_oom_hook(count_hook);
    mem_fail_after(3);
    void *a = mem_alloc(10);
    void *b = mem_alloc(10);
    void *c = mem_alloc(10);
    void *d = mem_alloc(10);
    cr_assert_not_null(a);
    cr_assert_not_null(b);
    cr_assert_null(c);
    cr_assert_not_null(d);
    cr_assert_eq(hook_calls, 1);
    mem_free(a);
    mem_free(b);
    mem_free(d);
    mem_fail_after(0);
    mem_set_oom_hook(NULL);
}

Test(mem, overflow_helpers) {
    size_t out;
    cr_assert(mem_mul_ok(1000, 1000, &out));
    cr_assert_eq(out, 1000000);
    cr_assert_not(mem_mul_ok(SIZE_MAX, 2, &out));
    cr_assert_not(mem_add_ok(SIZE_MAX, 1, &out));
}

Test(mem, trim_and_free_bytes_do_not_crash) {
    void *p = mem_alloc(1 << 22);
    mem_free(p);
    mem_trim();
    (void)mem_free_bytes();
}

// Small blocks come from pool.c: every class from 8 to 512 bytes, aligned
// to 8, distinct, counted at their class size and reusable after a free.
Test(mem, small_blocks_are_aligned_distinct_and_counted) {
    enum { N = 2000 };
    static unsigned char *blocks[N];
    MemStats before = mem_stats();
    for (size_t i = 0; i < N; i++) {
        size_t size = 1 + i % 512;
        blocks[i] = mem_alloc(size);
        cr_assert_not_null(blocks[i]);
        cr_assert_eq((uintptr_t)blocks[i] % 8, 0);
        memset(blocks[i], (int)(i & 0xff), size);
    }
    MemStats mid = mem_stats();
    cr_assert_eq(mid.blocks_in_use, before.blocks_in_use + N);
    for (size_t i = 0; i < N; i++) {
        size_t size = 1 + i % 512;
        cr_assert_eq(blocks[i][size - 1], (unsigned char)(i & 0xff));
        mem_free(blocks[i]);
    }
    MemStats after = mem_stats();
    cr_assert_eq(after.blocks_in_use, before.blocks_in_use);
    cr_assert_eq(after.bytes_in_use, before.bytes_in_use);
    // Many arenas' worth of one class, freed, then trimmed: all goes back.
    enum { M = 40000 };
    static void *many[M];
    for (size_t i = 0; i < M; i++) {
        many[i] = mem_alloc(64);
        cr_assert_not_null(many[i]);
    }
    for (size_t i = 0; i < M; i += 2) {
        mem_free(many[i]);
    }
#if !defined(__SANITIZE_ADDRESS__) // ASan's malloc does not report free bytes
    cr_assert_geq(mem_free_bytes(), (M / 2) * 64);
#endif
    for (size_t i = 1; i < M; i += 2) {
        mem_free(many[i]);
    }
    mem_trim();
    cr_assert_eq(mem_stats().bytes_in_use, before.bytes_in_use);
}

// realloc moves a block between the pools and malloc in both directions,
// keeping its contents and the counts.
Test(mem, realloc_crosses_between_pools_and_malloc) {
    size_t blocks = mem_stats().blocks_in_use;
    char *p = mem_alloc(24);
    memcpy(p, "0123456789abcdef", 17);
    p = mem_realloc(p, 20); // shrinks in place
    cr_assert_str_eq(p, "0123456789abcdef");
    p = mem_realloc(p, 300); // another class
    cr_assert_not_null(p);
    cr_assert_str_eq(p, "0123456789abcdef");
    p = mem_realloc(p, 100000); // to malloc
    cr_assert_not_null(p);
    cr_assert_str_eq(p, "0123456789abcdef");
    p = mem_realloc(p, 40); // back to a small size: stays a malloc block
    cr_assert_not_null(p);
    cr_assert_str_eq(p, "0123456789abcdef");
    cr_assert_eq(mem_stats().blocks_in_use, blocks + 1);
    mem_free(p);
    cr_assert_eq(mem_stats().blocks_in_use, blocks);
}

// The heap limit counts a small block at its block size (56 bytes is both
// a pool class and a glibc usable size, so this holds with OUROMALLOC=malloc).
Test(mem, limit_applies_to_small_blocks) {
    mem_set_oom_hook(count_hook);
    size_t in_use = mem_stats().bytes_in_use;
    mem_set_limit(in_use + 56);
    void *a = mem_alloc(56); // exactly at the cap
    cr_assert_not_null(a);
    cr_assert_null(mem_alloc(1));
    cr_assert_eq(hook_calls, 1);
    mem_free(a);
    mem_set_limit(0);
    mem_set_oom_hook(NULL);
}
