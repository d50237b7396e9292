/* builtins_async.c: aiter() and anext(). anext(it, default) must give an
 * awaitable that turns StopAsyncIteration into `default`; that awaitable
 * is a coroutine of lib/_anext.py (imported on first use), whose await
 * semantics are exactly those of the language. */
#include "builtins_async.h"

#include "../objects/args.h"
#include "../objects/exc.h"
#include "../objects/str.h"
#include "../objects/type.h"
#include "import.h"

// type(obj).<name>(obj), or NULL without an exception when the type has
// no such special method.
static Obj *call_special(Vm *vm, Obj *obj, const char *name) {
    Obj *key = str_intern_cstr(vm, name);
    Obj *fn = key != NULL ? type_lookup_special(vm, obj, key) : NULL;
    if (fn == NULL) {
        return NULL;
    }
    obj_incref(fn);
    Obj *r = obj_call(vm, fn, &obj, 1, NULL);
    obj_decref(fn);
    return r;
}

static Obj *basync_py_aiter(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "aiter", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    Obj *it = call_special(vm, args[0], "__aiter__");
    if (it == NULL) {
        return err_occurred(vm) ? NULL
                                : err_raise(vm, &exc_TypeError, "'%s' object is not an async iterable",
                                            obj_type_name(args[0]));
    }
    Obj *key = str_intern_cstr(vm, "__anext__");
    if (key != NULL && type_lookup_special(vm, it, key) == NULL) {
        err_raise(vm, &exc_TypeError, "aiter() returned not an async iterator of type '%s'",
                  obj_type_name(it));
        obj_decref(it);
        return NULL;
    }
    return it;
}

static Obj *basync_py_anext(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "anext", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    Obj *key = str_intern_cstr(vm, "__anext__");
    if (key == NULL) {
        return NULL;
    }
    if (type_lookup_special(vm, args[0], key) == NULL) {
        return err_raise(vm, &exc_TypeError, "'%s' object is not an async iterator",
                         obj_type_name(args[0]));
    }
    if (nargs == 1) {
        return call_special(vm, args[0], "__anext__");
    }
    Obj *name = str_from_cstr(vm, "_anext");
    Obj *mod = name != NULL ? import_module(vm, name) : NULL;
    obj_xdecref(name);
    if (mod == NULL) {
        return NULL;
    }
    Obj *fn = obj_getattr_cstr(vm, mod, "anext_default");
    obj_decref(mod);
    if (fn == NULL) {
        return NULL;
    }
    Obj *r = obj_call(vm, fn, args, 2, NULL);
    obj_decref(fn);
    return r;
}

static const MethodDef basync_functions[] = {
    {"aiter", basync_py_aiter, METH_DEFAULT, "Return an AsyncIterator for an AsyncIterable object."},
    {"anext", basync_py_anext, METH_DEFAULT,
     "Return the next item from the async iterator, or default when it is exhausted."},
    {NULL, NULL, 0, NULL},
};

int basync_init(Vm *vm, Obj *builtins) {
    return type_add_functions(vm, builtins, basync_functions, NULL);
}
