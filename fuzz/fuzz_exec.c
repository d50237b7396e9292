/* fuzz_exec.c: libFuzzer target running whole programs under budgets.
 * One interpreter per process; each input runs as a fresh __main__-like
 * module (its own globals dict) with
 *   - a heap limit (mem_set_limit): growth past it is MemoryError,
 *   - a small recursion limit, reset before every input,
 *   - a CPU-time budget: SIGVTALRM asks the dispatch loop to raise
 *     KeyboardInterrupt (vm_request_interrupt) at its next backward jump
 *     or call, and again every budget period. A program that swallows
 *     it and spins is caught by libFuzzer's own -timeout (SIGALRM, which
 *     this target leaves alone); inputs that could catch it are skipped.
 * Inputs that could touch the outside world (input(), open(), import)
 * are skipped: the fuzzer must not read the terminal or write files.
 * stdout goes to /dev/null. Builtins may be changed by one input and seen
 * by the next; a finding is confirmed by re-running the reproducer alone. */
#define _GNU_SOURCE // memmem
#include <fcntl.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "memory/gc.h"
#include "memory/mem.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/runtime.h"
#include "fuzz_util.h"
#include "vm/vm.h"

enum {
    FZ_HEAP_LIMIT = 256 << 20, // bytes of live objects
    FZ_RECURSION_LIMIT = 200,
    FZ_CPU_BUDGET_MS = 300,
};

static Vm *fz_vm;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fz_on_budget(int sig) {
    (void)sig;
    vm_request_interrupt();
}

static void fz_set_budget(long ms) {
    // Repeats every `ms` until cancelled, so that an interrupt that was
    // caught is raised again.
    struct timeval every = {ms / 1000, (ms % 1000) * 1000};
    struct itimerval t = {every, every};
    setitimer(ITIMER_VIRTUAL, &t, NULL);
}

// Inputs the target skips, matched as bytes anywhere: the words that reach
// outside the process, and those that can catch the budget's
// KeyboardInterrupt and go on spinning (which only libFuzzer's -timeout
// would stop, and which is a legitimate program, not a bug).
static bool fz_skip_input(const uint8_t *data, size_t size) {
    static const char *const words[] = {
        "input", "open", "import", "exec", "eval", "compile",
        "except:", "except :", "BaseException", "KeyboardInterrupt", "finally", "__exit__",
        "__del__"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        if (memmem(data, size, words[i], strlen(words[i])) != NULL) {
            return true;
        }
    }
    return false;
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    int devnull = open("/dev/null", O_RDWR);
    if (devnull >= 0) {
        dup2(devnull, STDIN_FILENO);
        dup2(devnull, STDOUT_FILENO);
        close(devnull);
    }
    RtOptions options = {0};
    fz_vm = rt_init(&options);
    if (fz_vm == NULL) {
        fprintf(stderr, "fuzz_exec: rt_init failed\n");
        abort();
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fz_on_budget;
    sigaction(SIGVTALRM, &sa, NULL);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Vm *vm = fz_vm;
    if (fz_skip_input(data, size)) {
        return -1; // not added to the corpus
    }
    Obj *globals = dict_new(vm);
    if (globals == NULL || dict_set_cstr(vm, globals, "__builtins__", vm->builtins) < 0) {
        abort();
    }
    vm->recursion_limit = FZ_RECURSION_LIMIT;
    mem_set_limit(FZ_HEAP_LIMIT);
    fz_set_budget(FZ_CPU_BUDGET_MS);
    Obj *r = vm_run_source(vm, (const char *)data, size, "<fuzz>", globals);
    fz_set_budget(0);
    (void)vm_take_interrupt();
    fz_consume_result(vm, r, "fuzz_exec");
    fflush(stdout);
    // Break the program's cycles (functions hold their globals) before the
    // next input, with the limit lifted so that finalizers can run.
    dict_clear(globals);
    obj_decref(globals);
    mem_set_limit(0);
    gc_collect(vm, 2);
    return 0;
}
