/* args.h: argument checking for functions and methods written in C, with
 * CPython's TypeError messages. */
#ifndef OURO_ARGS_H
#define OURO_ARGS_H

#include "object.h"

// Checks that `fname` received between `min` and `max` positional
// arguments and no keywords. Messages as CPython's:
// "append() takes exactly one argument (0 given)",
// "pop expected at most 1 argument, got 2", "len() takes exactly one
// argument (2 given)", "clear() takes no arguments (1 given)",
// "get() takes no keyword arguments". Returns 0, or -1 with TypeError.
// Inline so that a call that passes costs no function call; the checks
// and the messages are in args_check_slow.
int args_check_slow(Vm *vm, const char *fname, size_t nargs, Obj *kwnames, size_t min, size_t max);
static inline int args_check(Vm *vm, const char *fname, size_t nargs, Obj *kwnames, size_t min,
                             size_t max) {
    if (kwnames == NULL && nargs >= min && nargs <= max) {
        return 0;
    }
    return args_check_slow(vm, fname, nargs, kwnames, min, max);
}

// Binds positional and keyword arguments to the parameters named in
// `names` (NULL-terminated). The first `npositional` parameters may be
// given by position (the rest are keyword-only), and the first `nrequired`
// must be given. Fills `out` (one borrowed slot per name; NULL where not
// given). TypeError as CPython for too many positional arguments, an
// unknown keyword ("'x' is an invalid keyword argument for sort()"),
// a repeated argument or a missing required one. Returns 0 or -1.
int args_bind(Vm *vm, const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
              const char *const *names, size_t npositional, size_t nrequired, Obj **out);

#endif
