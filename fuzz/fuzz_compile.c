/* fuzz_compile.c: libFuzzer target for the compiler (parser, symbol
 * table, code generator). One interpreter per process (rt_init once),
 * reused for every input: comp_compile_source must return a code object
 * or raise SyntaxError / IndentationError / TabError / MemoryError /
 * RecursionError for any bytes, and leave exactly that one exception. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "compile/compiler.h"
#include "objects/exc.h"
#include "objects/runtime.h"
#include "fuzz_util.h"

static Vm *fz_vm;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    RtOptions options = {0};
    fz_vm = rt_init(&options);
    if (fz_vm == NULL) {
        fprintf(stderr, "fuzz_compile: rt_init failed\n");
        abort();
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Vm *vm = fz_vm;
    Obj *code = comp_compile_source(vm, (const char *)data, size, "<fuzz>", PARSE_FILE, NULL);
    fz_consume_result(vm, code, "fuzz_compile");
    return 0;
}
