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
