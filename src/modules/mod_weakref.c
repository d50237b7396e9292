/* mod_weakref.c: the `_weakref` module. The weak reference machinery is in
 * objects/weakref.c; this file is its Python surface, which lib/weakref.py
 * re-exports and completes (WeakMethod, the weak containers, finalize). */
#include "modules/mod_weakref.h"

#include "modules/modules.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/module.h"
#include "objects/runtime.h"
#include "objects/weakref.h"

static Obj *modweakref_py_getweakrefcount(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                          Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "getweakrefcount", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    return int_from_i64(vm, (int64_t)weakref_count(args[0]));
}

static Obj *modweakref_py_getweakrefs(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                      Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "getweakrefs", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    return weakref_list(vm, args[0]);
}

static Obj *modweakref_py_proxy(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "proxy", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    return weakref_proxy_new(vm, args[0], nargs == 2 ? args[1] : NULL);
}

// Ouro's own: weakref.finalize registers its exit function here (there is
// no atexit module); the runtime calls it once, before tearing modules down.
static Obj *modweakref_py_set_exit_hook(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                        Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "_set_exit_hook", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    weakref_set_exit_hook(args[0] == OBJ_NONE ? NULL : args[0]);
    return obj_newref(OBJ_NONE);
}

static const MethodDef modweakref_functions[] = {
    {"_set_exit_hook", modweakref_py_set_exit_hook, METH_DEFAULT,
     "Set the function called once when the program ends."},
    {"getweakrefcount", modweakref_py_getweakrefcount, METH_DEFAULT,
     "Return the number of weak references to 'object'."},
    {"getweakrefs", modweakref_py_getweakrefs, METH_DEFAULT,
     "Return a list of all weak reference objects pointing to 'object'."},
    {"proxy", modweakref_py_proxy, METH_DEFAULT,
     "Create a proxy object that weakly references 'object'."},
    {NULL, NULL, 0, NULL},
};

Obj *modweakref_init(Vm *vm) {
    Obj *m = module_create_builtin(vm, "_weakref", modweakref_functions);
    if (m == NULL) {
        return NULL;
    }
    Obj *d = module_dict(m);
    if (dict_set_cstr(vm, d, "ref", (Obj *)&weakref_ref_type) < 0 ||
        dict_set_cstr(vm, d, "ReferenceType", (Obj *)&weakref_ref_type) < 0 ||
        dict_set_cstr(vm, d, "ProxyType", (Obj *)&weakref_proxy_type) < 0 ||
        dict_set_cstr(vm, d, "CallableProxyType", (Obj *)&weakref_callable_proxy_type) < 0) {
        return NULL;
    }
    return m;
}
