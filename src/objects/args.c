/* args.c: argument checking for functions and methods written in C. The
 * messages reproduce CPython 3.11's METH_VARARGS checks and Argument
 * Clinic's keyword parser, so that C-level callables fail like CPython's. */
#include "args.h"

#include <string.h>

#include "exc.h"
#include "str.h"
#include "tuple.h"

// `fname` may be given bare ("append") or with parentheses ("append()");
// copies the bare name into `buf`.
static const char *bare_name(const char *fname, char *buf, size_t size) {
    size_t n = strlen(fname);
    if (n >= 2 && fname[n - 2] == '(' && fname[n - 1] == ')') {
        n -= 2;
    }
    if (n >= size) {
        n = size - 1;
    }
    memcpy(buf, fname, n);
    buf[n] = '\0';
    return buf;
}

static size_t kw_count(Obj *kwnames) {
    return kwnames == NULL ? 0 : tuple_len(kwnames);
}

// METH_NOARGS / METH_O style messages ("takes no arguments", "takes exactly
// one argument") when min == max <= 1, CPython's PyArg_UnpackTuple wording
// ("expected at most 1 argument, got 2") otherwise. Callers that want the
// "list.append()" form pass the qualified name.
int args_check_slow(Vm *vm, const char *fname, size_t nargs, Obj *kwnames, size_t min, size_t max) {
    if (kw_count(kwnames) == 0 && nargs >= min && nargs <= max) {
        return 0; // every call that succeeds: the name is only for messages
    }
    char name[128];
    bare_name(fname, name, sizeof name);
    if (kw_count(kwnames) > 0) {
        err_raise(vm, &exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (max == 0) {
        err_raise(vm, &exc_TypeError, "%s() takes no arguments (%zu given)", name, nargs);
    } else if (min == 1 && max == 1) {
        err_raise(vm, &exc_TypeError, "%s() takes exactly one argument (%zu given)", name, nargs);
    } else if (min == max) {
        err_raise(vm, &exc_TypeError, "%s expected %zu argument%s, got %zu", name, min,
                  min == 1 ? "" : "s", nargs);
    } else if (nargs < min) {
        err_raise(vm, &exc_TypeError, "%s expected at least %zu argument%s, got %zu", name, min,
                  min == 1 ? "" : "s", nargs);
    } else {
        err_raise(vm, &exc_TypeError, "%s expected at most %zu argument%s, got %zu", name, max,
                  max == 1 ? "" : "s", nargs);
    }
    return -1;
}

// Index of keyword `kw` (a str) in `names`, or -1.
static int64_t find_name(const char *const *names, Obj *kw) {
    for (int64_t i = 0; names[i] != NULL; i++) {
        if (str_equal_cstr(kw, names[i])) {
            return i;
        }
    }
    return -1;
}

// Argument Clinic's order of checks: too many arguments overall, then too
// many positional ones, then keywords (unknown or repeated), then missing
// required ones. Keyword values follow the positional ones in `args`.
int args_bind(Vm *vm, const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
              const char *const *names, size_t npositional, size_t nrequired, Obj **out) {
    // The bare name is made only for a message: most calls succeed.
    char name[128];
#define NAME bare_name(fname, name, sizeof name)
    size_t nparams = 0;
    while (names[nparams] != NULL) {
        out[nparams++] = NULL;
    }
    size_t nkw = kw_count(kwnames);
    // Argument Clinic checks the total first, then the positional part.
    if (nargs + nkw > nparams) {
        err_raise(vm, &exc_TypeError, "%s() takes at most %zu %sargument%s (%zu given)", NAME,
                  nparams, nargs == 0 ? "keyword " : "", nparams == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    if (nargs > npositional) {
        if (npositional == 0) {
            err_raise(vm, &exc_TypeError, "%s() takes no positional arguments", NAME);
        } else {
            err_raise(vm, &exc_TypeError, "%s() takes %s %zu positional argument%s (%zu given)",
                      NAME, nrequired < npositional ? "at most" : "exactly", npositional,
                      npositional == 1 ? "" : "s", nargs);
        }
        return -1;
    }
    for (size_t i = 0; i < nargs; i++) {
        out[i] = args[i];
    }
    for (size_t k = 0; k < nkw; k++) {
        Obj *kw = tuple_get_borrow(kwnames, k);
        int64_t at = find_name(names, kw);
        if (at < 0) {
            err_raise(vm, &exc_TypeError, "'%S' is an invalid keyword argument for %s()", kw, NAME);
            return -1;
        }
        if (out[at] != NULL) {
            err_raise(vm, &exc_TypeError,
                      "argument for %s() given by name ('%s') and position (%lld)", NAME, names[at],
                      (long long)at + 1);
            return -1;
        }
        out[at] = args[nargs + k];
    }
    for (size_t i = 0; i < nrequired; i++) {
        if (out[i] == NULL) {
            err_raise(vm, &exc_TypeError, "%s() missing required argument '%s' (pos %zu)", NAME,
                      names[i], i + 1);
            return -1;
        }
    }
#undef NAME
    return 0;
}
