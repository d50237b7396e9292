/* faultrun.c: `ouro-faultrun`, the ouro command line with allocation fault
 * injection switched on from the environment, for scripts/fault_sweep.
 * It is src/cli/main.c itself (included, its main() renamed), so every run
 * takes the same path as ouro's; only two environment variables differ:
 *   OURO_FAIL_ALLOC=N   the Nth allocation of the process fails (mem.c's
 *                       mem_fail_after; allocations and reallocations count)
 *   OURO_COUNT_ALLOCS=1 prints "ouro-faultrun: allocations N" on stderr at
 *                       exit, so that the sweep knows the range to try. */
#define main ouro_cli_main
#include "cli/main.c"
#undef main

// Prints how many allocations the run made (atexit: after main returns).
static void faultrun_report_count(void) {
    fprintf(stderr, "ouro-faultrun: allocations %zu\n", mem_stats().total_allocs);
}

int main(int argc, char **argv) {
    const char *fail = getenv("OURO_FAIL_ALLOC");
    if (fail != NULL && *fail != '\0') {
        char *end;
        errno = 0;
        unsigned long long n = strtoull(fail, &end, 10);
        if (errno != 0 || *end != '\0') {
            fprintf(stderr, "ouro-faultrun: bad OURO_FAIL_ALLOC '%s'\n", fail);
            return 2;
        }
        mem_fail_after((size_t)n);
    }
    const char *count = getenv("OURO_COUNT_ALLOCS");
    if (count != NULL && *count != '\0' && atexit(faultrun_report_count) != 0) {
        return 2;
    }
    return ouro_cli_main(argc, argv);
}
