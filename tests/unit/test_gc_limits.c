/* test_gc_limits.c: the heap limit and the exit statistics. A MemoryError
 * raised by the limit is catchable and the program goes on once memory is
 * freed; the command line takes the limit from OUROHEAPLIMIT (the -X option
 * winning over it) and prints -X memstats at exit. The command-line checks
 * run the `ouro` binary beside the test (ctest runs in the build folder). */
#include "support.h"

#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "memory/mem.h"
#include "objects/dict.h"
#include "objects/intobj.h"
#include "vm/vm.h"

SUPPORT_SUITE(gc_limits);

// The heap limit: MemoryError is raised, caught, and after freeing the
// program can allocate again.
Test(gc_limits, heap_limit_memory_error_is_catchable) {
    static const char src[] = "hold = []\n"
                              "caught = 0\n"
                              "try:\n"
                              "    while True:\n"
                              "        hold.append([0] * 10000)\n"
                              "except MemoryError:\n"
                              "    caught = 1\n"
                              "n = len(hold)\n"
                              "hold = None\n"
                              "again = [[0] * 10000 for i in range(n // 2)]\n"
                              "ok = len(again) == n // 2\n"
                              "again = None\n";
    Obj *globals = dict_new(vm);
    cr_assert_not_null(globals);
    size_t old = mem_set_limit(mem_stats().bytes_in_use + 8 * 1024 * 1024);
    Obj *res = vm_run_source(vm, src, strlen(src), "<limit>", globals);
    mem_set_limit(old);
    cr_assert_not_null(res, "the program raised");
    obj_decref(res);
    cr_assert_eq(dict_get_cstr_borrow(vm, globals, "caught"), SMALLINT_FROM(1));
    cr_assert_eq(dict_get_cstr_borrow(vm, globals, "ok"), OBJ_TRUE);
    Obj *n = dict_get_cstr_borrow(vm, globals, "n");
    cr_assert(n != NULL && SMALLINT_VALUE(n) > 10, "too few lists before the limit");
    dict_clear(globals);
    obj_decref(globals);
}

// Runs `cmd` with the shell and returns its output (stdout and stderr
// together) in `out`, and its exit status.
static int run(const char *cmd, char *out, size_t cap) {
    FILE *p = popen(cmd, "r");
    cr_assert_not_null(p);
    size_t n = fread(out, 1, cap - 1, p);
    out[n] = '\0';
    int status = pclose(p);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

#define PROGRAM                                                                                    \
    "\"try:\n    x = [0] * 10000000\n    print('allocated')\nexcept MemoryError:\n"                \
    "    print('MemoryError')\nprint('goes on')\""

Test(gc_limits, environment_sets_the_limit_and_the_option_wins) {
    if (access("./ouro", X_OK) != 0) {
        cr_skip_test("no ./ouro in the working folder");
    }
    char out[4096];
    cr_assert_eq(run("OUROHEAPLIMIT=4M ./ouro -c " PROGRAM " 2>&1", out, sizeof out), 0);
    cr_assert_str_eq(out, "MemoryError\ngoes on\n");
    cr_assert_eq(
        run("OUROHEAPLIMIT=4M ./ouro -X heaplimit=1G -c " PROGRAM " 2>&1", out, sizeof out), 0);
    cr_assert_str_eq(out, "allocated\ngoes on\n");
    cr_assert_eq(run("./ouro -c " PROGRAM " 2>&1", out, sizeof out), 0);
    cr_assert_str_eq(out, "allocated\ngoes on\n");
    cr_assert_eq(run("OUROHEAPLIMIT=lots ./ouro -c pass 2>&1", out, sizeof out), 2);
    cr_assert_str_eq(out, "ouro: invalid OUROHEAPLIMIT value: 'lots'\n");
}

Test(gc_limits, memstats_prints_at_exit) {
    if (access("./ouro", X_OK) != 0) {
        cr_skip_test("no ./ouro in the working folder");
    }
    char out[4096];
    cr_assert_eq(run("./ouro -X memstats -c \"import gc\nx = []\nx.append(x)\ndel x\n"
                     "print(gc.collect())\" 2>&1",
                     out, sizeof out),
                 0);
    cr_assert(strncmp(out, "1\nouro: memstats: peak heap ", 28) == 0, "got: %s", out);
    cr_assert_not_null(strstr(out, "generation 2: 1 collections, 1 collected, 0 uncollectable"),
                       "got: %s", out);
    cr_assert_not_null(strstr(out, "longest pause "), "got: %s", out);
    cr_assert_not_null(strstr(out, "total pause "), "got: %s", out);
    cr_assert_eq(run("./ouro -c pass 2>&1", out, sizeof out), 0);
    cr_assert_str_eq(out, "");
}
