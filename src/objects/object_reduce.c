/* object_reduce.c: object's reduction methods, handed to lib/copyreg.py. */
#include "object_reduce.h"

#include "args.h"
#include "exc.h"
#include "intobj.h"
#include "str.h"

// The importer (vm/import.h), declared here because objects/ does not
// include vm/: only the link depends on the VM.
NEWREF Obj *import_module(Vm *vm, Obj *name);

// Calls copyreg.<fn>(self, *extra).
static Obj *call_copyreg(Vm *vm, const char *fn, Obj *self, Obj *extra) {
    Obj *modname = str_intern_cstr(vm, "copyreg");
    Obj *mod = modname != NULL ? import_module(vm, modname) : NULL;
    if (mod == NULL) {
        return NULL;
    }
    Obj *f = obj_getattr_cstr(vm, mod, fn);
    obj_decref(mod);
    if (f == NULL) {
        return NULL;
    }
    Obj *r = extra != NULL ? obj_call2(vm, f, self, extra) : obj_call1(vm, f, self);
    obj_decref(f);
    return r;
}

NEWREF Obj *reduce_py_reduce_ex(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                Obj *kwnames) {
    if (args_check(vm, "__reduce_ex__", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (!int_check(args[0])) {
        return err_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                         obj_type_name(args[0]));
    }
    return call_copyreg(vm, "_object_reduce_ex", self, args[0]);
}

NEWREF Obj *reduce_py_reduce(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__reduce__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    Obj *zero = int_from_i64(vm, 0);
    if (zero == NULL) {
        return NULL;
    }
    Obj *r = call_copyreg(vm, "_reduce_ex", self, zero);
    obj_decref(zero);
    return r;
}

NEWREF Obj *reduce_py_getstate(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__getstate__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return call_copyreg(vm, "_getstate", self, NULL);
}
