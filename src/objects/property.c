/* property.c: property, the data descriptor behind @property: fget, fset
 * and fdel called on attribute access, with CPython 3.11's messages, and
 * the getter/setter/deleter methods that return modified copies. */
#include "../memory/gc.h"
#include "args.h"
#include "exc.h"
#include "intobj.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "typeimpl.h"

typedef struct PropertyObj {
    Obj head;
    Obj *fget, *fset, *fdel; // NULL when absent (None is stored as NULL)
    Obj *doc;                // NULL when absent
    Obj *name;               // set by __set_name__, NULL before
    bool getter_doc;         // `doc` was taken from fget.__doc__
} PropertyObj;

static Obj *none_to_null(Obj *o) {
    return o == OBJ_NONE ? NULL : o;
}

static Obj *prop_new(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    OURO_UNUSED(nargs);
    OURO_UNUSED(kwnames);
    return type_alloc(vm, type);
}

// property(fget=None, fset=None, fdel=None, doc=None). Without a doc, the
// getter's __doc__ is used.
static int prop_init(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    Obj *a[4] = {NULL, NULL, NULL, NULL};
    if (args_bind(vm, "property", args, nargs, kwnames, names, 4, 0, a) < 0) {
        return -1;
    }
    PropertyObj *p = (PropertyObj *)self;
    obj_replace(&p->fget, none_to_null(a[0]));
    obj_replace(&p->fset, none_to_null(a[1]));
    obj_replace(&p->fdel, none_to_null(a[2]));
    Obj *doc = none_to_null(a[3]);
    p->getter_doc = false;
    if (doc == NULL && p->fget != NULL) {
        Obj *gdoc = obj_lookup_attr(vm, p->fget, vm->id.doc);
        if (gdoc == NULL && err_occurred(vm)) {
            return -1;
        }
        if (gdoc != NULL && gdoc != OBJ_NONE) {
            obj_replace(&p->doc, gdoc);
            p->getter_doc = true;
        }
        obj_xdecref(gdoc);
        return 0;
    }
    obj_replace(&p->doc, doc);
    return 0;
}

// "property 'x' of 'C' object has no setter", or without the name when
// __set_name__ never ran.
static Obj *prop_error(Vm *vm, PropertyObj *p, Obj *obj, const char *what) {
    const char *cls = type_qualname_cstr(obj_type(obj));
    if (p->name != NULL) {
        return err_raise(vm, &exc_AttributeError, "property %R of '%s' object has no %s", p->name,
                         cls, what);
    }
    return err_raise(vm, &exc_AttributeError, "property of '%s' object has no %s", cls, what);
}

static Obj *prop_get(Vm *vm, Obj *self, Obj *obj, Obj *type) {
    OURO_UNUSED(type);
    PropertyObj *p = (PropertyObj *)self;
    if (obj == NULL) {
        return obj_newref(self);
    }
    if (p->fget == NULL) {
        return prop_error(vm, p, obj, "getter");
    }
    Obj *f = obj_newref(p->fget);
    Obj *res = obj_call1(vm, f, obj);
    obj_decref(f);
    return res;
}

static int prop_set(Vm *vm, Obj *self, Obj *obj, Obj *value) {
    PropertyObj *p = (PropertyObj *)self;
    Obj *f = value == NULL ? p->fdel : p->fset;
    if (f == NULL) {
        prop_error(vm, p, obj, value == NULL ? "deleter" : "setter");
        return -1;
    }
    obj_incref(f);
    Obj *res = value == NULL ? obj_call1(vm, f, obj) : obj_call2(vm, f, obj, value);
    obj_decref(f);
    if (res == NULL) {
        return -1;
    }
    obj_decref(res);
    return 0;
}

// A copy of `self` with one function replaced (`which`: 0 get, 1 set,
// 2 del), made by calling the property's own type as CPython does.
static Obj *prop_copy(Vm *vm, Obj *self, int which, Obj *func) {
    PropertyObj *p = (PropertyObj *)self;
    Obj *a[4] = {p->fget, p->fset, p->fdel, p->getter_doc && which == 0 ? NULL : p->doc};
    a[which] = func;
    for (int i = 0; i < 4; i++) {
        if (a[i] == NULL) {
            a[i] = OBJ_NONE;
        }
    }
    Obj *res = obj_call(vm, (Obj *)obj_type(self), a, 4, NULL);
    if (res != NULL && obj_is_instance(res, &property_type)) {
        obj_replace(&((PropertyObj *)res)->name, p->name);
    }
    return res;
}

static Obj *prop_copy_method(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames,
                             const char *name, int which) {
    if (args_check(vm, name, nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    return prop_copy(vm, self, which, args[0]);
}

static Obj *property_py_getter(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return prop_copy_method(vm, self, args, nargs, kwnames, "getter", 0);
}

static Obj *property_py_setter(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return prop_copy_method(vm, self, args, nargs, kwnames, "setter", 1);
}

static Obj *property_py_deleter(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return prop_copy_method(vm, self, args, nargs, kwnames, "deleter", 2);
}

static Obj *property_py_set_name(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "__set_name__", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    obj_replace(&((PropertyObj *)self)->name, args[1]);
    return obj_newref(OBJ_NONE);
}

static const MethodDef property_methods[] = {
    {"getter", property_py_getter, METH_DEFAULT,
     "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", property_py_setter, METH_DEFAULT,
     "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", property_py_deleter, METH_DEFAULT,
     "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", property_py_set_name, METH_DEFAULT, "Method to set name of a property."},
    {NULL, NULL, 0, NULL},
};

#define PROP_FIELD_GETTER(field)                                                                   \
    static Obj *prop_get_##field(Vm *vm, Obj *self) {                                              \
        OURO_UNUSED(vm);                                                                           \
        Obj *v = ((PropertyObj *)self)->field;                                                     \
        return obj_newref(v != NULL ? v : OBJ_NONE);                                               \
    }
PROP_FIELD_GETTER(fget)
PROP_FIELD_GETTER(fset)
PROP_FIELD_GETTER(fdel)
PROP_FIELD_GETTER(doc)
#undef PROP_FIELD_GETTER

static int prop_set_doc(Vm *vm, Obj *self, Obj *value) {
    OURO_UNUSED(vm);
    PropertyObj *p = (PropertyObj *)self;
    obj_replace(&p->doc, value != NULL ? none_to_null(value) : NULL);
    p->getter_doc = false;
    return 0;
}

static const GetSetDef property_getset[] = {
    {"fget", prop_get_fget, NULL},
    {"fset", prop_get_fset, NULL},
    {"fdel", prop_get_fdel, NULL},
    {"__doc__", prop_get_doc, prop_set_doc},
    {NULL, NULL, NULL},
};

static int prop_traverse(Obj *self, GcVisitFn visit, void *arg) {
    PropertyObj *p = (PropertyObj *)self;
    Obj *refs[5] = {p->fget, p->fset, p->fdel, p->doc, p->name};
    for (int i = 0; i < 5; i++) {
        if (refs[i] != NULL) {
            int rc = visit(refs[i], arg);
            if (rc != 0) {
                return rc;
            }
        }
    }
    return 0;
}

static void prop_clear(Obj *self) {
    PropertyObj *p = (PropertyObj *)self;
    Obj *refs[5] = {p->fget, p->fset, p->fdel, p->doc, p->name};
    p->fget = p->fset = p->fdel = p->doc = p->name = NULL;
    for (int i = 0; i < 5; i++) {
        obj_xdecref(refs[i]);
    }
}

static void prop_dealloc(Obj *self) {
    gc_untrack(self);
    PropertyObj *p = (PropertyObj *)self;
    Obj *refs[5] = {p->fget, p->fset, p->fdel, p->doc, p->name};
    obj_free(self);
    for (int i = 0; i < 5; i++) {
        obj_xdecref(refs[i]);
    }
}

TypeObj property_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "property",
    .basicsize = sizeof(PropertyObj),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE,
    .dealloc = prop_dealloc,
    .traverse = prop_traverse,
    .clear = prop_clear,
    .descr_get = prop_get,
    .descr_set = prop_set,
    .new_ = prop_new,
    .init = prop_init,
    .methods = property_methods,
    .getset = property_getset,
};
