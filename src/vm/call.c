/* call.c: calls of Python functions. Binds positional, keyword, default,
 * *args and **kwargs arguments into a frame's fast locals following
 * CPython's order of checks (so that the same TypeError wins), moves
 * captured parameters into their cells, then runs the frame. */
#include "call.h"

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include "../memory/mem.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/intobj.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "func.h"
#include "gen.h"

// --- Error messages -----------------------------------------------------------

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" for the names of the empty
// slots among `fast[start..end)`.
static Obj *missing_names(Vm *vm, const CodeObj *co, Obj **fast, int start, int end, int *count) {
    StrBuf b;
    strbuf_init(&b);
    int n = 0, total = 0;
    for (int i = start; i < end; i++) {
        total += fast[i] == NULL;
    }
    for (int i = start; i < end; i++) {
        if (fast[i] != NULL) {
            continue;
        }
        n++;
        if (n > 1) {
            const char *sep = total == 2 ? " and " : (n == total ? ", and " : ", ");
            if (strbuf_append_cstr(&b, sep) < 0) {
                goto fail;
            }
        }
        if (strbuf_append_char(&b, '\'') < 0 ||
            strbuf_append_str(&b, tuple_get_borrow(co->varnames, (size_t)i)) < 0 ||
            strbuf_append_char(&b, '\'') < 0) {
            goto fail;
        }
    }
    *count = total;
    return strbuf_finish(vm, &b);
fail:
    strbuf_free(&b);
    return NULL;
}

static int raise_missing(Vm *vm, Obj *func, Obj **fast, int start, int end, const char *kind) {
    const CodeObj *co = (const CodeObj *)((FuncObj *)func)->code;
    int count = 0;
    Obj *names = missing_names(vm, co, fast, start, end, &count);
    if (names == NULL) {
        return -1;
    }
    err_raise(vm, &exc_TypeError, "%S() missing %d required %s argument%s: %S",
              ((FuncObj *)func)->qualname, count, kind, count == 1 ? "" : "s", names);
    obj_decref(names);
    return -1;
}

static int raise_too_many(Vm *vm, Obj *func, size_t given, Obj **fast) {
    const FuncObj *fn = (const FuncObj *)func;
    const CodeObj *co = (const CodeObj *)fn->code;
    int ndefaults = fn->defaults != NULL ? (int)tuple_len(fn->defaults) : 0;
    int kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++) {
        kwonly_given += fast[i] != NULL;
    }
    char sig[64], kwsig[96];
    bool plural;
    if (ndefaults > 0) {
        snprintf(sig, sizeof sig, "from %d to %d", co->argcount - ndefaults, co->argcount);
        plural = true;
    } else {
        snprintf(sig, sizeof sig, "%d", co->argcount);
        plural = co->argcount != 1;
    }
    kwsig[0] = '\0';
    if (kwonly_given > 0) {
        snprintf(kwsig, sizeof kwsig, " positional argument%s (and %d keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    }
    err_raise(vm, &exc_TypeError, "%S() takes %s positional argument%s but %zu%s %s given",
              fn->qualname, sig, plural ? "s" : "", given, kwsig,
              given == 1 && kwonly_given == 0 ? "was" : "were");
    return -1;
}

// "got some positional-only arguments passed as keyword arguments: 'a, b'"
static int raise_posonly_as_kw(Vm *vm, Obj *func, Obj *kwnames) {
    const FuncObj *fn = (const FuncObj *)func;
    const CodeObj *co = (const CodeObj *)fn->code;
    StrBuf b;
    strbuf_init(&b);
    bool first = true;
    for (int i = 0; i < co->posonlyargcount; i++) {
        Obj *pname = tuple_get_borrow(co->varnames, (size_t)i);
        for (size_t k = 0; k < tuple_len(kwnames); k++) {
            if (str_equal(pname, tuple_get_borrow(kwnames, k))) {
                if ((!first && strbuf_append_cstr(&b, ", ") < 0) ||
                    strbuf_append_str(&b, pname) < 0) {
                    strbuf_free(&b);
                    return -1;
                }
                first = false;
                break;
            }
        }
    }
    Obj *names = strbuf_finish(vm, &b);
    if (names == NULL) {
        return -1;
    }
    err_raise(vm, &exc_TypeError,
              "%S() got some positional-only arguments passed as keyword arguments: '%S'",
              fn->qualname, names);
    obj_decref(names);
    return -1;
}

// --- Binding ---------------------------------------------------------------

// Index of keyword `name` among the parameters that accept keywords, or -1.
static int find_keyword(const CodeObj *co, Obj *name) {
    int total = co->argcount + co->kwonlyargcount;
    Obj *const *names = ((TupleObj *)co->varnames)->items;
    // Identity first: names are interned by the compiler and by CALL_KW.
    for (int i = co->posonlyargcount; i < total; i++) {
        if (names[i] == name) {
            return i;
        }
    }
    for (int i = co->posonlyargcount; i < total; i++) {
        if (str_equal(names[i], name)) {
            return i;
        }
    }
    return -1;
}

static bool is_posonly_name(const CodeObj *co, Obj *name) {
    for (int i = 0; i < co->posonlyargcount; i++) {
        if (str_equal(tuple_get_borrow(co->varnames, (size_t)i), name)) {
            return true;
        }
    }
    return false;
}

// Binds keywords; `kwdict` receives unknown ones when the function has
// **kwargs. Errors in CPython's order: unexpected, then multiple values.
static int bind_keywords(Vm *vm, Obj *func, Obj **fast, Obj *const *kwvalues, Obj *kwnames,
                         Obj *kwdict) {
    const CodeObj *co = (const CodeObj *)((FuncObj *)func)->code;
    for (size_t k = 0; k < tuple_len(kwnames); k++) {
        Obj *name = tuple_get_borrow(kwnames, k);
        Obj *value = kwvalues[k];
        int idx = find_keyword(co, name);
        if (idx < 0) {
            if (kwdict != NULL) {
                if (dict_set(vm, kwdict, name, value) < 0) {
                    return -1;
                }
                continue;
            }
            if (is_posonly_name(co, name)) {
                return raise_posonly_as_kw(vm, func, kwnames);
            }
            err_raise(vm, &exc_TypeError, "%S() got an unexpected keyword argument '%S'",
                      ((FuncObj *)func)->qualname, name);
            return -1;
        }
        if (fast[idx] != NULL) {
            err_raise(vm, &exc_TypeError, "%S() got multiple values for argument '%S'",
                      ((FuncObj *)func)->qualname, name);
            return -1;
        }
        fast[idx] = obj_newref(value);
    }
    return 0;
}

// Fills missing positional and keyword-only parameters from the defaults.
static int bind_defaults(Vm *vm, Obj *func, Obj **fast, size_t nargs) {
    const FuncObj *fn = (const FuncObj *)func;
    const CodeObj *co = (const CodeObj *)fn->code;
    int n = co->argcount;
    if ((int)nargs < n) {
        int ndef = fn->defaults != NULL ? (int)tuple_len(fn->defaults) : 0;
        int first_default = n - ndef;
        for (int i = (int)nargs; i < n; i++) {
            if (fast[i] == NULL && i >= first_default) {
                fast[i] = obj_newref(tuple_get_borrow(fn->defaults, (size_t)(i - first_default)));
            }
        }
        for (int i = (int)nargs; i < n; i++) {
            if (fast[i] == NULL) {
                return raise_missing(vm, func, fast, (int)nargs, n, "positional");
            }
        }
    }
    bool missing = false;
    for (int i = n; i < n + co->kwonlyargcount; i++) {
        if (fast[i] != NULL) {
            continue;
        }
        Obj *def = NULL;
        if (fn->kwdefaults != NULL) {
            def = dict_get_borrow(vm, fn->kwdefaults, tuple_get_borrow(co->varnames, (size_t)i));
            if (def == NULL && err_occurred(vm)) {
                return -1;
            }
        }
        if (def != NULL) {
            fast[i] = obj_newref(def);
        } else {
            missing = true;
        }
    }
    if (missing) {
        return raise_missing(vm, func, fast, n, n + co->kwonlyargcount, "keyword-only");
    }
    return 0;
}

// Creates the frame's cells (moving captured parameters into them) and
// copies the closure's cells after them.
int call_make_cells(Vm *vm, Frame *f) {
    const CodeObj *co = f->code;
    Obj **fast = f->fast;
    Obj **cells = fast + co->nlocals;
    for (int i = 0, n = co->ncells; i < n; i++) {
        Obj *cell = cell_new(vm, NULL);
        if (cell == NULL) {
            return -1;
        }
        // A captured parameter's value moves from its local to the cell.
        int arg = co->cell2arg != NULL ? co->cell2arg[i] : -1;
        if (arg >= 0) {
            ((CellObj *)cell)->ref = fast[arg];
            fast[arg] = NULL;
        }
        cells[i] = cell;
    }
    return 0;
}

static int bind_cells(Vm *vm, Frame *f, Obj *func) {
    const CodeObj *co = f->code;
    if (call_make_cells(vm, f) < 0) {
        return -1;
    }
    Obj **cells = f->fast + co->nlocals;
    Obj *const *closure = ((FuncObj *)func)->cells;
    for (int i = 0; i < co->nfrees; i++) {
        cells[co->ncells + i] = obj_newref(closure[i]);
    }
    return 0;
}

int call_bind(Vm *vm, Frame *f, Obj *func, Obj *const *args, size_t nargs, Obj *kwnames) {
    const CodeObj *co = f->code;
    Obj **fast = f->fast;
    size_t n = (size_t)co->argcount;
    size_t nkw = kwnames != NULL ? tuple_len(kwnames) : 0;
    int total = co->argcount + co->kwonlyargcount;
    Obj *kwdict = NULL;
    if (co->flags & CODE_VARKEYWORDS) {
        kwdict = dict_new(vm);
        if (kwdict == NULL) {
            return -1;
        }
        fast[total + ((co->flags & CODE_VARARGS) ? 1 : 0)] = kwdict;
    }
    size_t ncopy = nargs < n ? nargs : n;
    for (size_t i = 0; i < ncopy; i++) {
        fast[i] = obj_newref(args[i]);
    }
    if (co->flags & CODE_VARARGS) {
        Obj *rest = nargs > n ? tuple_pack(vm, nargs - n, args + n) : obj_newref(tuple_empty);
        if (rest == NULL) {
            return -1;
        }
        fast[total] = rest;
    }
    if (nkw > 0 && bind_keywords(vm, func, fast, args + nargs, kwnames, kwdict) < 0) {
        return -1;
    }
    if (nargs > n && !(co->flags & CODE_VARARGS)) {
        return raise_too_many(vm, func, nargs, fast);
    }
    if (bind_defaults(vm, func, fast, nargs) < 0) {
        return -1;
    }
    if (co->ncells + co->nfrees > 0) {
        return bind_cells(vm, f, func);
    }
    return 0;
}

// --- Running -----------------------------------------------------------------

char *call_stack_base;
size_t call_stack_budget;

void call_stack_init(void) {
    struct rlimit rl;
    size_t limit = (size_t)8 << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
        rl.rlim_cur < ((rlim_t)1 << 32)) {
        limit = (size_t)rl.rlim_cur;
    }
    // Keep a quarter of the stack (at least 256 KiB) for the C code that
    // runs between two checks (and for reporting the error).
    size_t reserve = limit / 4 > ((size_t)256 << 10) ? limit / 4 : ((size_t)256 << 10);
    call_stack_base = (char *)__builtin_frame_address(0);
    call_stack_budget = limit > reserve * 2 ? limit - reserve : limit / 2;
}

NEWREF Obj *call_run_frame(Vm *vm, Frame *f) {
    if (OURO_UNLIKELY(vm->recursion_depth + vm->c_depth >= vm->recursion_limit ||
                      call_stack_exhausted())) {
        frame_pop(vm, f);
        return err_raise(vm, &exc_RecursionError, "maximum recursion depth exceeded");
    }
    vm->recursion_depth++;
    f->back = vm->frame;
    vm->frame = f;
    Obj *result = vm_eval_frame(vm, f);
    vm->frame = f->back;
    vm->recursion_depth--;
    frame_pop(vm, f);
    return result;
}

NEWREF Obj *call_function(Vm *vm, Obj *func, Obj *const *args, size_t nargs, Obj *kwnames) {
    FuncObj *fn = (FuncObj *)func;
    CodeObj *co = (CodeObj *)fn->code;
    if (co->flags & CODE_RESUMABLE) {
        return gen_from_call(vm, func, args, nargs, kwnames);
    }
    Frame *f;
    if (kwnames == NULL && (int64_t)nargs == co->fastargs) {
        // Exact positional call (__init__ from a class call, key
        // functions, ...): the frame dispatch uses for CALL, which takes
        // the references it is given.
        obj_incref(func);
        for (size_t i = 0; i < nargs; i++) {
            obj_incref(args[i]);
        }
        f = frame_push_call_steal(vm, func, args, nargs);
        if (f == NULL) {
            return NULL;
        }
        if (co->ncells > 0 && call_make_cells(vm, f) < 0) {
            frame_pop(vm, f);
            return NULL;
        }
        return call_run_frame(vm, f);
    }
    f = frame_push(vm, co, func, fn->globals, fn->builtins, NULL);
    if (f == NULL) {
        return NULL;
    }
    if (call_bind(vm, f, func, args, nargs, kwnames) < 0) {
        frame_pop(vm, f);
        return NULL;
    }
    return call_run_frame(vm, f);
}

// __init__ as found on `ot` (borrowed; NULL when absent, then with an
// exception pending on error), remembered in the CALL instruction's cache
// `c` (may be NULL) while the type cache epoch holds: the class dict that
// holds it cannot change without changing the epoch.
static Obj *class_init_of(Vm *vm, TypeObj *ot, InlineCache *c) {
    if (c != NULL && c->key == (const void *)ot && c->version == type_cache_epoch) {
        return (Obj *)c->value;
    }
    uint64_t epoch = type_cache_epoch;
    Obj *fn = type_lookup(vm, ot, vm->id.init);
    if (c != NULL && (fn != NULL || !err_occurred(vm)) && type_cache_epoch == epoch) {
        c->key = ot;
        c->version = epoch;
        c->value = (uintptr_t)fn;
    }
    return fn;
}

int call_class_begin(Vm *vm, TypeObj *tp, Obj *const *args, size_t nargs, InlineCache *c,
                     Obj **out, Obj **init) {
    *init = NULL;
    if (tp->new_ == NULL) {
        *out = obj_call(vm, (Obj *)tp, args, nargs, NULL); // raises as type.__call__ does
        return *out != NULL ? 0 : -1;
    }
    Obj *obj = tp->new_(vm, tp, args, nargs, NULL);
    *out = obj;
    if (obj == NULL) {
        return -1;
    }
    // __init__ runs only when __new__ returned an instance of the type.
    TypeObj *ot = obj_type(obj);
    if ((ot != tp && !obj_is_instance(obj, tp)) || ot->init == NULL) {
        return 0;
    }
    Obj *fn = class_init_of(vm, ot, c);
    if (fn == NULL && err_occurred(vm)) {
        obj_decref(obj);
        return -1;
    }
    // A Python function found as __init__ means the init slot is the one
    // that calls it. Any other __init__, one that needs binding, and the
    // neighbourhood of the recursion limit (where the C path raises) go
    // through the slot.
    if (fn != NULL && func_check(fn) &&
        ((CodeObj *)((FuncObj *)fn)->code)->fastargs == (int64_t)nargs + 1 &&
        vm->recursion_depth + vm->c_depth + 2 < vm->recursion_limit) {
        *init = fn;
        return 1;
    }
    if (ot->init(vm, obj, args, nargs, NULL) < 0) {
        obj_decref(obj);
        *out = NULL;
        return -1;
    }
    return 0;
}

Frame *call_class_frame(Vm *vm, Obj **base, size_t nargs, Obj *obj, Obj *init) {
    // [NULL C args...] becomes [__init__ obj args...], which the frame takes.
    Obj *cls = base[1];
    base[0] = obj_newref(init);
    base[1] = obj_newref(obj);
    obj_decref(cls);
    CodeObj *co = (CodeObj *)((FuncObj *)init)->code;
    // Most __init__s make no cells: the leaner push, which writes each
    // field once (the loop links the frame to its caller).
    Frame *f = co->ncells == 0 ? frame_push_pycall_steal(vm, NULL, base[0], co, base + 1, nargs + 1)
                               : frame_push_call_steal(vm, base[0], base + 1, nargs + 1);
    if (f != NULL && co->ncells > 0 && call_make_cells(vm, f) < 0) {
        frame_pop(vm, f);
        f = NULL;
    }
    if (f == NULL) {
        obj_decref(obj);
        return NULL;
    }
    f->init_self = obj;
    f->exit = FRAME_EXIT_INIT;
    return f;
}

NEWREF Obj *call_tuple_dict(Vm *vm, Obj *callable, Obj *args, Obj *kwargs) {
    size_t nargs = tuple_len(args);
    size_t nkw = kwargs != NULL ? dict_len(kwargs) : 0;
    if (nkw == 0) {
        return obj_call(vm, callable, ((TupleObj *)args)->items, nargs, NULL);
    }
    Obj *stackbuf[16];
    Obj **argv = stackbuf;
    Obj *kwnames = NULL, *result = NULL;
    if (nargs + nkw > 16) {
        argv = mem_alloc((nargs + nkw) * sizeof(Obj *));
        if (argv == NULL) {
            return NULL;
        }
    }
    kwnames = tuple_new(vm, nkw);
    if (kwnames == NULL) {
        goto done;
    }
    memcpy(argv, ((TupleObj *)args)->items, nargs * sizeof(Obj *));
    size_t pos = 0, i = 0;
    Obj *key, *value;
    while (dict_next(kwargs, &pos, &key, &value)) {
        if (!str_check(key)) {
            // Fill the remaining slots so the tuple can be released.
            for (size_t j = i; j < nkw; j++) {
                tuple_set_steal(kwnames, j, obj_newref(OBJ_NONE));
            }
            err_raise(vm, &exc_TypeError, "keywords must be strings");
            goto done;
        }
        tuple_set_steal(kwnames, i, obj_newref(key));
        argv[nargs + i] = value; // borrowed from the dict, which the caller holds
        i++;
    }
    result = obj_call(vm, callable, argv, nargs, kwnames);
done:
    obj_xdecref(kwnames);
    if (argv != stackbuf) {
        mem_free(argv);
    }
    return result;
}
