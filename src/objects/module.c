/* module.c: module objects, a named namespace around a globals dict: the
 * main script, sys and gc, and imported files. Attribute access reads and
 * writes the dict itself. */
#include "../memory/gc.h"
#include "args.h"
#include "dict.h"
#include "exc.h"
#include "intobj.h"
#include "module.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "typeimpl.h"

// A module with an empty dict holding __name__ and __doc__.
static Obj *module_make(Vm *vm, TypeObj *type, Obj *name, Obj *doc) {
    ModuleObj *m = (ModuleObj *)type_alloc(vm, type);
    if (m == NULL) {
        return NULL;
    }
    m->dict = dict_new(vm);
    if (m->dict == NULL || dict_set(vm, m->dict, vm->id.name, name) < 0 ||
        dict_set(vm, m->dict, vm->id.doc, doc) < 0) {
        obj_decref((Obj *)m);
        return NULL;
    }
    return (Obj *)m;
}

NEWREF Obj *module_new(Vm *vm, const char *name) {
    Obj *n = str_from_cstr(vm, name);
    if (n == NULL) {
        return NULL;
    }
    Obj *m = module_make(vm, &module_type, n, OBJ_NONE);
    obj_decref(n);
    return m;
}

BORROWED Obj *module_create_builtin(Vm *vm, const char *name, const MethodDef *defs) {
    Obj *m = module_new(vm, name);
    if (m == NULL) {
        return NULL;
    }
    if (type_add_functions(vm, module_dict(m), defs, m) < 0 ||
        dict_set_cstr(vm, vm->modules, name, m) < 0) {
        obj_decref(m);
        return NULL;
    }
    obj_decref(m); // sys.modules holds it
    return m;
}

// The module's name for messages (borrowed str), or NULL.
static Obj *module_name_borrow(Vm *vm, Obj *self) {
    Obj *d = module_dict(self);
    Obj *n = d != NULL ? dict_get_borrow(vm, d, vm->id.name) : NULL;
    if (n == NULL || !str_check(n)) {
        err_clear(vm);
        return NULL;
    }
    return n;
}

// The module's dict first, then the module type's attributes (__dict__,
// __class__, ...), then a module-level __getattr__ (PEP 562).
static Obj *module_getattro(Vm *vm, Obj *self, Obj *name) {
    Obj *d = module_dict(self);
    Obj *v = d != NULL ? dict_get_borrow(vm, d, name) : NULL;
    if (v != NULL) {
        return obj_newref(v);
    }
    if (err_occurred(vm)) {
        return NULL;
    }
    TypeObj *t = obj_type(self);
    Obj *attr = type_lookup(vm, t, name);
    if (attr != NULL) {
        TypeObj *at = obj_type(attr);
        if (at->descr_get != NULL) {
            obj_incref(attr);
            Obj *res = at->descr_get(vm, attr, self, (Obj *)t);
            obj_decref(attr);
            return res;
        }
        return obj_newref(attr);
    }
    Obj *hook = d != NULL ? dict_get_borrow(vm, d, vm->id.getattr) : NULL;
    if (hook != NULL) {
        obj_incref(hook);
        Obj *res = obj_call1(vm, hook, name);
        obj_decref(hook);
        return res;
    }
    if (err_occurred(vm)) {
        return NULL;
    }
    Obj *mname = module_name_borrow(vm, self);
    if (mname != NULL && module_is_initializing(self)) {
        return err_raise(vm, &exc_AttributeError,
                         "partially initialized module '%s' has no attribute '%s' "
                         "(most likely due to a circular import)",
                         str_cstr(mname), str_cstr(name));
    }
    if (mname != NULL) {
        return err_raise(vm, &exc_AttributeError, "module '%s' has no attribute '%s'",
                         str_cstr(mname), str_cstr(name));
    }
    return err_raise(vm, &exc_AttributeError, "module has no attribute '%s'", str_cstr(name));
}

// Data descriptors of the type (__dict__, __class__) first, else the dict.
static int module_setattro(Vm *vm, Obj *self, Obj *name, Obj *value) {
    Obj *attr = type_lookup(vm, obj_type(self), name);
    if (attr != NULL && obj_type(attr)->descr_set != NULL) {
        obj_incref(attr);
        int rc = obj_type(attr)->descr_set(vm, attr, self, value);
        obj_decref(attr);
        return rc;
    }
    Obj *d = module_dict(self);
    if (value != NULL) {
        return dict_set(vm, d, name, value);
    }
    int rc = dict_del(vm, d, name);
    if (rc == 1) {
        // CPython reports a missing module attribute on delete this way.
        err_raise(vm, &exc_AttributeError, "'module' object has no attribute '%s'", str_cstr(name));
        return -1;
    }
    return rc < 0 ? -1 : 0;
}

// <module 'sys' (built-in)> or <module 'm' from '/path/m.py'>; a module
// made by ModuleType(name), whose loader is None, is <module 'm'>.
static Obj *module_repr(Vm *vm, Obj *self) {
    Obj *name = module_name_borrow(vm, self);
    Obj *d = module_dict(self);
    Obj *file = d != NULL ? dict_get_cstr_borrow(vm, d, "__file__") : NULL;
    Obj *loader = d != NULL && !err_occurred(vm) ? dict_get_cstr_borrow(vm, d, "__loader__") : NULL;
    if (err_occurred(vm)) {
        return NULL;
    }
    const char *n = name != NULL ? str_cstr(name) : "?";
    if (file != NULL && str_check(file)) {
        return str_from_fmt(vm, "<module '%s' from '%s'>", n, str_cstr(file));
    }
    if (loader == OBJ_NONE) {
        return str_from_fmt(vm, "<module '%s'>", n);
    }
    return str_from_fmt(vm, "<module '%s' (built-in)>", n);
}

static Obj *module_get_dict(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(module_dict(self));
}

static const GetSetDef module_getset[] = {
    {"__dict__", module_get_dict, NULL},
    {NULL, NULL, NULL},
};

// ModuleType(name, doc=None).
static Obj *module_tp_new(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"name", "doc", NULL};
    Obj *a[2] = {NULL, NULL};
    if (args_bind(vm, "module", args, nargs, kwnames, names, 2, 1, a) < 0) {
        return NULL;
    }
    if (!str_check(a[0])) {
        return err_raise(vm, &exc_TypeError,
                         "module.__init__() argument 'name' must be str, not %s",
                         obj_type_name(a[0]));
    }
    Obj *m = module_make(vm, type, a[0], a[1] != NULL ? a[1] : OBJ_NONE);
    // CPython's module init also sets these three to None.
    static const char *const unset[] = {"__package__", "__loader__", "__spec__"};
    for (size_t i = 0; m != NULL && i < sizeof(unset) / sizeof(unset[0]); i++) {
        if (dict_set_cstr(vm, module_dict(m), unset[i], OBJ_NONE) < 0) {
            obj_decref(m);
            m = NULL;
        }
    }
    return m;
}

// A module's init does nothing: module_tp_new filled the dict.
static int module_init(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(vm);
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    OURO_UNUSED(nargs);
    OURO_UNUSED(kwnames);
    return 0;
}

static int module_traverse(Obj *self, GcVisitFn visit, void *arg) {
    Obj *d = ((ModuleObj *)self)->dict;
    return d != NULL ? visit(d, arg) : 0;
}

// The dict stays attached: functions defined in the module keep using it
// as their globals. The collector breaks cycles through the dict itself.
static void module_clear(Obj *self) {
    OURO_UNUSED(self);
}

static void module_dealloc(Obj *self) {
    gc_untrack(self);
    Obj *d = ((ModuleObj *)self)->dict;
    ((ModuleObj *)self)->dict = NULL;
    obj_free(self);
    obj_xdecref(d);
}

TypeObj module_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "module",
    .basicsize = sizeof(ModuleObj),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE,
    .dealloc = module_dealloc,
    .traverse = module_traverse,
    .clear = module_clear,
    .repr = module_repr,
    .getattr = module_getattro,
    .setattr = module_setattro,
    .new_ = module_tp_new,
    .init = module_init,
    .getset = module_getset,
};
