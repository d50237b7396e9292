/* fuzz_util.h: what the fuzz targets share. Header-only: each target is one
 * executable built from one .c file. */
#ifndef OURO_FUZZ_UTIL_H
#define OURO_FUZZ_UTIL_H

#include <stdio.h>
#include <stdlib.h>

#include "objects/exc.h"
#include "objects/runtime.h"

// Checks the error convention on `result` (STEALS it): a value, or NULL with
// exactly one exception pending, which is dropped. NULL without an
// exception aborts, so that libFuzzer records the input as a crash.
static inline void fz_consume_result(Vm *vm, Obj *result, const char *who) {
    if (result != NULL) {
        obj_decref(result);
    } else if (vm->exc == NULL) {
        fprintf(stderr, "%s: NULL without a pending exception\n", who);
        abort();
    } else {
        err_clear(vm);
    }
}

#endif
