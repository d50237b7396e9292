/* mod_atexit.c: the `atexit` module of CPython 3.11. Callbacks are kept in
 * a C array (one per process, like the interpreter state's in CPython) and
 * run last-first by rt_finalize before the runtime tears anything down, so
 * they run after a normal end, an uncaught exception and sys.exit. */
#include <stdio.h>

#include "memory/mem.h"
#include "modules/mod_atexit.h"
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/module.h"
#include "objects/runtime.h"
#include "objects/str.h"
#include "objects/tuple.h"

// One registration: the function, then its arguments as the call protocol
// wants them (positional values followed by keyword values, with the
// keyword names in `kwnames`, NULL when there are none). An unregistered
// slot has `func` NULL: CPython leaves the slot and _ncallbacks counts it.
typedef struct {
    Obj *func;
    Obj *args;    // tuple
    Obj *kwnames; // tuple or NULL
} Callback;

static Callback *callbacks;
static size_t ncallbacks;
static size_t capacity;

// Empties slot `i`, detaching its references before they are released
// (a release may run __del__, which may register or unregister).
static void drop_slot(size_t i) {
    Callback cb = callbacks[i];
    callbacks[i] = (Callback){NULL, NULL, NULL};
    obj_xdecref(cb.func);
    obj_xdecref(cb.args);
    obj_xdecref(cb.kwnames);
}

// Forgets every callback; the array itself is released too, so that
// -X leakcheck sees nothing left once the runtime has finalized.
static void clear_all(void) {
    while (ncallbacks > 0) {
        drop_slot(--ncallbacks);
    }
    mem_free(callbacks);
    callbacks = NULL;
    capacity = 0;
}

void modatexit_run(Vm *vm) {
    // As CPython: the callbacks registered while this runs are not called
    // but forgotten with the others; a callback may also _clear them all.
    for (size_t i = ncallbacks; i-- > 0;) {
        if (i >= ncallbacks) {
            continue;
        }
        Callback cb = callbacks[i];
        callbacks[i] = (Callback){NULL, NULL, NULL};
        if (cb.func == NULL) {
            continue;
        }
        size_t nkw = cb.kwnames != NULL ? tuple_len(cb.kwnames) : 0;
        Obj *res = obj_call(vm, cb.func, ((TupleObj *)cb.args)->items, tuple_len(cb.args) - nkw,
                            cb.kwnames);
        if (res == NULL) {
            // The callback's exception is set aside while repr() runs, then
            // reported with its traceback under CPython's heading.
            Obj *exc = err_fetch(vm);
            Obj *r = obj_repr(vm, cb.func);
            err_clear(vm); // a failing repr() is reported as CPython does
            fflush(stdout);
            fprintf(stderr, "Exception ignored in atexit callback: %s\n",
                    r != NULL ? str_cstr(r) : "<object repr() failed>");
            obj_xdecref(r);
            err_restore(vm, exc);
            err_write_unraisable(vm, NULL);
        }
        obj_xdecref(res);
        obj_decref(cb.func);
        obj_decref(cb.args);
        obj_xdecref(cb.kwnames);
    }
    clear_all();
}

// register(func, *args, **kwargs): returns func, so it works as a decorator.
static Obj *modatexit_py_register(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (nargs == 0) {
        return err_raise(vm, &exc_TypeError, "register() takes at least 1 argument (0 given)");
    }
    if (obj_type(args[0])->call == NULL) {
        return err_raise(vm, &exc_TypeError, "the first argument must be callable");
    }
    size_t nkw = kwnames != NULL ? tuple_len(kwnames) : 0;
    if (ncallbacks == capacity) {
        size_t cap = capacity == 0 ? 8 : capacity * 2;
        Callback *grown = mem_realloc(callbacks, cap * sizeof(Callback));
        if (grown == NULL) {
            return NULL;
        }
        callbacks = grown;
        capacity = cap;
    }
    Obj *rest = tuple_pack(vm, nargs - 1 + nkw, args + 1);
    if (rest == NULL) {
        return NULL;
    }
    callbacks[ncallbacks++] =
        (Callback){obj_newref(args[0]), rest, nkw > 0 ? obj_newref(kwnames) : NULL};
    return obj_newref(args[0]);
}

// unregister(func): empties every slot whose function == func.
static Obj *modatexit_py_unregister(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                    Obj *kwnames) {
    OURO_UNUSED(self);
    if (nargs != 1 || (kwnames != NULL && tuple_len(kwnames) > 0)) {
        return err_raise(vm, &exc_TypeError,
                         "atexit.unregister() takes exactly one argument (%zu given)", nargs);
    }
    for (size_t i = 0; i < ncallbacks; i++) {
        if (callbacks[i].func == NULL) {
            continue;
        }
        // __eq__ may run code that unregisters: hold the function meanwhile.
        Obj *f = obj_newref(callbacks[i].func);
        int eq = obj_eq(vm, f, args[0]);
        obj_decref(f);
        if (eq < 0) {
            return NULL;
        }
        if (eq && i < ncallbacks) {
            drop_slot(i);
        }
    }
    return obj_newref(OBJ_NONE);
}

static Obj *modatexit_py_run_exitfuncs(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                       Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "_run_exitfuncs", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    modatexit_run(vm);
    return obj_newref(OBJ_NONE);
}

static Obj *modatexit_py_clear(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "_clear", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    clear_all();
    return obj_newref(OBJ_NONE);
}

static Obj *modatexit_py_ncallbacks(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                    Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "_ncallbacks", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_from_u64(vm, ncallbacks);
}

static const MethodDef modatexit_functions[] = {
    {"register", modatexit_py_register, METH_DEFAULT,
     "Register a function to be executed upon normal program termination."},
    {"unregister", modatexit_py_unregister, METH_DEFAULT,
     "Unregister an exit function which was previously registered."},
    {"_run_exitfuncs", modatexit_py_run_exitfuncs, METH_DEFAULT,
     "Run all registered exit functions."},
    {"_clear", modatexit_py_clear, METH_DEFAULT,
     "Clear the list of previously registered exit functions."},
    {"_ncallbacks", modatexit_py_ncallbacks, METH_DEFAULT,
     "Return the number of registered exit functions."},
    {NULL, NULL, 0, NULL},
};

Obj *modatexit_init(Vm *vm) {
    return module_create_builtin(vm, "atexit", modatexit_functions);
}
