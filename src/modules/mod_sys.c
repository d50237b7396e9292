/* mod_sys.c: the `sys` module: the interpreter's own parameters and
 * functions (argv, path, modules, exit, recursion limit, getsizeof,
 * getrefcount, exc_info, the standard streams, version information). */
#include "modules/mod_sys.h"

#include <stdio.h>

#include "memory/gc.h"
#include "memory/mem.h"
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/fileobj.h"
#include "objects/intobj.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/runtime.h"
#include "objects/str.h"
#include "objects/traceback.h"
#include "objects/tuple.h"
#include "objects/type.h"

#define SYS_VERSION "3.11.0 (Ouro " OURO_VERSION ")"

static Obj *sys_dict(Vm *vm) {
    return module_dict(vm->sys_module);
}

// The size of `o` from its __sizeof__: for instances of classes, the method
// found on the class (a Python __sizeof__, or object.__sizeof__, which knows
// the layout of instances); for built-in types the equivalent sizeof_ slot,
// without a call. -1 with an exception pending.
static int64_t object_size(Vm *vm, Obj *o) {
    TypeObj *t = obj_type(o);
    if (t->flags & TYPE_FLAG_HEAPTYPE) {
        Obj *meth = type_lookup(vm, t, vm->id.sizeof_);
        if (meth != NULL) {
            Obj *r = obj_call_method(vm, o, "__sizeof__", NULL, 0);
            if (r == NULL) {
                return -1;
            }
            int64_t size;
            if (!int_check(r)) {
                obj_decref(r);
                err_raise(vm, &exc_TypeError, "an integer is required");
                return -1;
            }
            int rc = int_as_i64(vm, r, &size);
            obj_decref(r);
            if (rc < 0) {
                return -1;
            }
            if (size < 0) {
                err_raise(vm, &exc_ValueError, "__sizeof__() should return >= 0");
                return -1;
            }
            return size;
        }
    }
    // A tagged small int uses no memory; int's sizeof_ reports the heap int
    // it stands for (docs/memory.md).
    return t->sizeof_ != NULL ? (int64_t)t->sizeof_(o) : (int64_t)t->basicsize;
}

static Obj *modsys_py_getsizeof(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"object", "default", NULL};
    Obj *bound[2] = {NULL, NULL};
    if (args_bind(vm, "getsizeof", args, nargs, kwnames, names, 2, 1, bound) < 0) {
        return NULL;
    }
    int64_t size = object_size(vm, bound[0]);
    if (size < 0) {
        if (bound[1] != NULL && err_matches(vm, &exc_TypeError)) {
            err_clear(vm);
            return obj_newref(bound[1]);
        }
        return NULL;
    }
    if (obj_type(bound[0])->flags & TYPE_FLAG_GC) {
        size += (int64_t)sizeof(GcHead);
    }
    return int_from_i64(vm, size);
}

static Obj *modsys_py_getrefcount(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                  Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "getrefcount", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    // The caller's stack holds the argument, so the count already includes
    // the temporary reference CPython's documentation mentions.
    Obj *o = args[0];
    return int_from_i64(vm, OBJ_IS_SMALLINT(o) ? OBJ_IMMORTAL_REFCNT : (int64_t)o->refcnt);
}

static Obj *modsys_py_getrecursionlimit(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                        Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "getrecursionlimit", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_from_i64(vm, vm->recursion_limit);
}

static Obj *modsys_py_setrecursionlimit(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                        Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "setrecursionlimit", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (float_check(args[0])) {
        return err_raise(vm, &exc_TypeError, "'float' object cannot be interpreted as an integer");
    }
    int64_t limit;
    if (obj_as_ssize(vm, args[0], &limit) < 0) {
        return NULL;
    }
    if (limit < 1) {
        return err_raise(vm, &exc_ValueError, "recursion limit must be greater or equal than 1");
    }
    if (limit > INT32_MAX) {
        return err_raise(vm, &exc_OverflowError, "Python int too large to convert to C int");
    }
    if (limit <= vm->recursion_depth) {
        return err_raise(vm, &exc_RecursionError,
                         "cannot set the recursion limit to %d at the recursion depth %d: the "
                         "limit is too low",
                         (int)limit, vm->recursion_depth);
    }
    vm->recursion_limit = (int)limit;
    return obj_newref(OBJ_NONE);
}

static Obj *modsys_py_exit(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (kwnames != NULL && tuple_len(kwnames) > 0) {
        return err_raise(vm, &exc_TypeError, "exit() takes no keyword arguments");
    }
    if (nargs > 1) {
        return err_raise(vm, &exc_TypeError, "exit expected at most 1 argument, got %zu", nargs);
    }
    return err_raise_obj(vm, &exc_SystemExit, nargs == 1 ? args[0] : NULL);
}

static Obj *modsys_py_getallocatedblocks(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                         Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "getallocatedblocks", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_from_u64(vm, mem_stats().blocks_in_use);
}

static Obj *modsys_py_intern(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "intern", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (obj_type(args[0]) != &str_type) {
        return err_raise(vm, &exc_TypeError, "intern() argument must be str, not %s",
                         obj_type_name(args[0]));
    }
    return str_intern_steal(vm, obj_newref(args[0]));
}

// sys.exc_info(): (type, value, traceback) of the exception being handled.
static Obj *modsys_py_exc_info(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                               Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "exc_info", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    Obj *e = vm->handled_exc;
    if (e == NULL || e == OBJ_NONE) {
        Obj *items[3] = {OBJ_NONE, OBJ_NONE, OBJ_NONE};
        return tuple_pack(vm, 3, items);
    }
    Obj *tb = ((ExcObj *)e)->traceback;
    Obj *items[3] = {(Obj *)obj_type(e), e, tb != NULL ? tb : OBJ_NONE};
    return tuple_pack(vm, 3, items);
}

// sys.exception() (3.11): the exception being handled, or None.
static Obj *modsys_py_exception(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "exception", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return obj_newref(vm->handled_exc != NULL ? vm->handled_exc : OBJ_NONE);
}

static const MethodDef modsys_functions[] = {
    {"getsizeof", modsys_py_getsizeof, METH_DEFAULT, "Size of an object in bytes."},
    {"getrefcount", modsys_py_getrefcount, METH_DEFAULT, "Reference count of an object."},
    {"getrecursionlimit", modsys_py_getrecursionlimit, METH_DEFAULT, "The recursion limit."},
    {"setrecursionlimit", modsys_py_setrecursionlimit, METH_DEFAULT, "Set the recursion limit."},
    {"exit", modsys_py_exit, METH_DEFAULT, "Exit by raising SystemExit."},
    {"getallocatedblocks", modsys_py_getallocatedblocks, METH_DEFAULT, "Live heap blocks."},
    {"intern", modsys_py_intern, METH_DEFAULT, "Intern a string."},
    {"exc_info", modsys_py_exc_info, METH_DEFAULT, "The exception being handled."},
    {"exception", modsys_py_exception, METH_DEFAULT, "The exception being handled."},
    {NULL, NULL, 0, NULL},
};

// Stores `value` (a new reference, consumed; NULL = failure already
// pending) under `name` in the sys dict.
static int set_steal(Vm *vm, Obj *d, const char *name, Obj *value) {
    if (value == NULL) {
        return -1;
    }
    int rc = dict_set_cstr(vm, d, name, value);
    obj_decref(value);
    return rc;
}

static Obj *version_info(Vm *vm) {
    Obj *final = str_from_cstr(vm, "final");
    if (final == NULL) {
        return NULL;
    }
    Obj *items[5] = {SMALLINT_FROM(3), SMALLINT_FROM(11), SMALLINT_FROM(0), final,
                     SMALLINT_FROM(0)};
    Obj *t = tuple_pack(vm, 5, items);
    obj_decref(final);
    return t;
}

// sys.implementation: a namespace-like module object with name 'ouro'.
static Obj *implementation(Vm *vm, Obj *vinfo) {
    Obj *m = module_new(vm, "sys.implementation");
    if (m == NULL) {
        return NULL;
    }
    Obj *d = module_dict(m);
    if (set_steal(vm, d, "name", str_from_cstr(vm, "ouro")) < 0 ||
        dict_set_cstr(vm, d, "version", vinfo) < 0 ||
        dict_set_cstr(vm, d, "cache_tag", OBJ_NONE) < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}

static int add_streams(Vm *vm, Obj *d) {
    static const struct {
        const char *names[2];
        const char *label;
        const char *mode;
    } streams[3] = {
        {{"stdin", "__stdin__"}, "<stdin>", "r"},
        {{"stdout", "__stdout__"}, "<stdout>", "w"},
        {{"stderr", "__stderr__"}, "<stderr>", "w"},
    };
    FILE *fps[3] = {stdin, stdout, stderr};
    if (type_ready(vm, &file_type) < 0) {
        return -1;
    }
    for (int i = 0; i < 3; i++) {
        Obj *f = file_new(vm, fps[i], streams[i].label, streams[i].mode);
        if (f == NULL || dict_set_cstr(vm, d, streams[i].names[0], f) < 0 ||
            dict_set_cstr(vm, d, streams[i].names[1], f) < 0) {
            obj_xdecref(f);
            return -1;
        }
        obj_decref(f);
    }
    return 0;
}

// The data attributes of sys.
static int add_values(Vm *vm, Obj *d) {
    if (vm->argv == NULL) {
        vm->argv = list_new(vm, 0);
        if (vm->argv == NULL) {
            return -1;
        }
    }
    Obj *vinfo = version_info(vm);
    if (vinfo == NULL) {
        return -1;
    }
    int rc = -1;
    if (dict_set_cstr(vm, d, "argv", vm->argv) < 0 || dict_set_cstr(vm, d, "modules", vm->modules) < 0 ||
        set_steal(vm, d, "path", list_new(vm, 0)) < 0 ||
        set_steal(vm, d, "version", str_from_cstr(vm, SYS_VERSION)) < 0 ||
        dict_set_cstr(vm, d, "version_info", vinfo) < 0 ||
        set_steal(vm, d, "hexversion", int_from_i64(vm, 0x030B00F0)) < 0 ||
        set_steal(vm, d, "implementation", implementation(vm, vinfo)) < 0 ||
        set_steal(vm, d, "platform", str_from_cstr(vm, "linux")) < 0 ||
        set_steal(vm, d, "byteorder", str_from_cstr(vm, "little")) < 0 ||
        set_steal(vm, d, "maxsize", int_from_i64(vm, INT64_MAX)) < 0 ||
        set_steal(vm, d, "executable", str_from_cstr(vm, "")) < 0 ||
        set_steal(vm, d, "copyright", str_from_cstr(vm, "Ouro " OURO_VERSION)) < 0 ||
        add_streams(vm, d) < 0) {
        goto done;
    }
    rc = 0;
done:
    obj_decref(vinfo);
    return rc;
}

Obj *modsys_init(Vm *vm) {
    Obj *m = module_create_builtin(vm, "sys", modsys_functions);
    if (m == NULL) {
        return NULL;
    }
    if (add_values(vm, module_dict(m)) < 0) {
        return NULL;
    }
    return m;
}

int modsys_set_argv(Vm *vm, Obj *argv) {
    if (dict_set_cstr(vm, module_dict(vm->sys_module), "argv", argv) < 0) {
        return -1;
    }
    obj_replace(&vm->argv, argv);
    return 0;
}

int modsys_add_path(Vm *vm, Obj *dir) {
    Obj *path = dict_get_cstr_borrow(vm, sys_dict(vm), "path");
    if (path == NULL || !list_check(path)) {
        if (err_occurred(vm)) {
            return -1;
        }
        err_raise(vm, &exc_RuntimeError, "lost sys.path");
        return -1;
    }
    // Prepend: append, then rotate the new item to the front.
    if (list_append(vm, path, dir) < 0) {
        return -1;
    }
    ListObj *l = (ListObj *)path;
    Obj *last = l->items[l->len - 1];
    for (size_t i = l->len - 1; i > 0; i--) {
        l->items[i] = l->items[i - 1];
    }
    l->items[0] = last;
    return 0;
}
