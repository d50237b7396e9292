/* attrview.c: the mappings behind `__dict__`. An instance's attributes
 * live in a table embedded in the instance (DESIGN.md §2), so obj.__dict__
 * is a live proxy over that table (reads, writes, update, pop, ...), and a
 * class's __dict__ is a read-only mappingproxy over the class dict, as in
 * CPython. Read-only methods work on a snapshot dict of the contents. */
#include "../memory/gc.h"
#include "args.h"
#include "dict.h"
#include "exc.h"
#include "intobj.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "typeimpl.h"

typedef struct ViewObj {
    Obj head;
    Obj *target; // instancedict: the instance; mappingproxy: the dict
} ViewObj;

static NEWREF Obj *view_new(Vm *vm, TypeObj *type, Obj *target) {
    ViewObj *v = (ViewObj *)obj_new_container(vm, type, sizeof(ViewObj));
    if (v != NULL) {
        v->target = obj_newref(target);
    }
    return (Obj *)v;
}

NEWREF Obj *instancedict_new(Vm *vm, Obj *instance) {
    return view_new(vm, &instancedict_type, instance);
}

NEWREF Obj *mappingproxy_new(Vm *vm, Obj *dict) {
    return view_new(vm, &mappingproxy_type, dict);
}

static DictTable *table_of(Obj *self) {
    return obj_attr_table(((ViewObj *)self)->target);
}

// A dict with the current contents (new reference).
static Obj *snapshot(Vm *vm, Obj *self);

NEWREF Obj *attrview_snapshot(Vm *vm, Obj *view) {
    return snapshot(vm, view);
}

static Obj *snapshot(Vm *vm, Obj *self) {
    if (obj_type(self) == &mappingproxy_type) {
        return obj_newref(((ViewObj *)self)->target);
    }
    Obj *d = dict_new(vm);
    if (d == NULL) {
        return NULL;
    }
    size_t pos = 0;
    Obj *k, *v;
    while (dicttable_next(table_of(self), &pos, &k, &v)) {
        if (dict_set(vm, d, k, v) < 0) {
            obj_decref(d);
            return NULL;
        }
    }
    return d;
}

// ---------------------------------------------------------------------------
// Shared read-only behaviour.
// ---------------------------------------------------------------------------
static int64_t view_len(Vm *vm, Obj *self) {
    if (obj_type(self) == &mappingproxy_type) {
        return obj_len(vm, ((ViewObj *)self)->target);
    }
    return (int64_t)table_of(self)->used;
}

static Obj *view_getitem(Vm *vm, Obj *self, Obj *key) {
    if (obj_type(self) == &mappingproxy_type) {
        return obj_getitem(vm, ((ViewObj *)self)->target, key);
    }
    Obj *v = dicttable_get(vm, table_of(self), key);
    if (v == NULL) {
        return err_occurred(vm) ? NULL : err_raise_obj(vm, &exc_KeyError, key);
    }
    return obj_newref(v);
}

static int view_contains(Vm *vm, Obj *self, Obj *key) {
    if (obj_type(self) == &mappingproxy_type) {
        return obj_contains(vm, ((ViewObj *)self)->target, key);
    }
    Obj *v = dicttable_get(vm, table_of(self), key);
    return v != NULL ? 1 : (err_occurred(vm) ? -1 : 0);
}

static Obj *view_iter(Vm *vm, Obj *self) {
    Obj *d = snapshot(vm, self);
    if (d == NULL) {
        return NULL;
    }
    Obj *it = obj_iter(vm, d);
    obj_decref(d);
    return it;
}

static Obj *view_repr(Vm *vm, Obj *self) {
    Obj *d = snapshot(vm, self);
    if (d == NULL) {
        return NULL;
    }
    Obj *res = obj_type(self) == &mappingproxy_type ? str_from_fmt(vm, "mappingproxy(%R)", d)
                                                    : obj_repr(vm, d);
    obj_decref(d);
    return res;
}

// Compares as the dicts the views show.
static Obj *view_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    Obj *da = snapshot(vm, a);
    if (da == NULL) {
        return NULL;
    }
    TypeObj *tb = obj_type(b);
    Obj *db =
        tb == &instancedict_type || tb == &mappingproxy_type ? snapshot(vm, b) : obj_newref(b);
    Obj *res = db != NULL ? obj_richcompare(vm, da, db, op) : NULL;
    obj_decref(da);
    obj_xdecref(db);
    return res;
}

// keys(), values(), items(), get(), copy(): the snapshot's methods.
static Obj *delegate(Vm *vm, Obj *self, const char *name, Obj *const *args, size_t nargs,
                     Obj *kwnames) {
    if (kwnames != NULL && tuple_len(kwnames) > 0) {
        return err_raise(vm, &exc_TypeError, "%s() takes no keyword arguments", name);
    }
    Obj *d = snapshot(vm, self);
    if (d == NULL) {
        return NULL;
    }
    Obj *res = obj_call_method(vm, d, name, args, nargs);
    obj_decref(d);
    return res;
}

#define DELEGATE(pyname)                                                                           \
    static Obj *view_py_##pyname(Vm *vm, Obj *self, Obj *const *args, size_t nargs,                \
                                 Obj *kwnames) {                                                   \
        return delegate(vm, self, #pyname, args, nargs, kwnames);                                  \
    }
DELEGATE(keys)
DELEGATE(values)
DELEGATE(items)
DELEGATE(get)
DELEGATE(copy)
#undef DELEGATE

static int view_traverse(Obj *self, GcVisitFn visit, void *arg) {
    return visit(((ViewObj *)self)->target, arg);
}

static void view_dealloc(Obj *self) {
    gc_untrack(self);
    Obj *t = ((ViewObj *)self)->target;
    obj_free(self);
    obj_decref(t);
}

// ---------------------------------------------------------------------------
// Mutation of an instance's attributes through its __dict__.
// ---------------------------------------------------------------------------
static int idict_setitem(Vm *vm, Obj *self, Obj *key, Obj *value) {
    if (!str_check(key)) {
        // Attribute names are strings; CPython's dict would take any key.
        err_raise(vm, &exc_TypeError, "attribute name must be string, not '%s'",
                  obj_type_name(key));
        return -1;
    }
    if (value != NULL) {
        return dicttable_set(vm, table_of(self), key, value);
    }
    int rc = dicttable_del(vm, table_of(self), key);
    if (rc == 1) {
        err_raise_obj(vm, &exc_KeyError, key);
        return -1;
    }
    return rc < 0 ? -1 : 0;
}

// update(mapping_or_pairs=(), **kwargs).
static Obj *idict_py_update(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (nargs > 1) {
        return err_raise(vm, &exc_TypeError, "update expected at most 1 argument, got %zu", nargs);
    }
    Obj *src = NULL;
    if (nargs == 1) {
        TypeObj *at = obj_type(args[0]);
        src = at == &instancedict_type || at == &mappingproxy_type ? snapshot(vm, args[0])
                                                                   : obj_newref(args[0]);
        if (src == NULL) {
            return NULL;
        }
    }
    Obj *tmp = dict_new(vm);
    if (tmp == NULL || (src != NULL && dict_update(vm, tmp, src) < 0)) {
        obj_xdecref(tmp);
        obj_xdecref(src);
        return NULL;
    }
    obj_xdecref(src);
    size_t nkw = kwnames != NULL ? tuple_len(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        if (dict_set(vm, tmp, tuple_get_borrow(kwnames, i), args[nargs + i]) < 0) {
            obj_decref(tmp);
            return NULL;
        }
    }
    size_t pos = 0;
    Obj *k, *v;
    int rc = 0;
    while (rc == 0 && dict_next(tmp, &pos, &k, &v)) {
        rc = idict_setitem(vm, self, k, v);
    }
    obj_decref(tmp);
    return rc < 0 ? NULL : obj_newref(OBJ_NONE);
}

// pop(key[, default]).
static Obj *idict_py_pop(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "pop", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    Obj *v = dicttable_get(vm, table_of(self), args[0]);
    if (v == NULL) {
        if (err_occurred(vm)) {
            return NULL;
        }
        return nargs == 2 ? obj_newref(args[1]) : err_raise_obj(vm, &exc_KeyError, args[0]);
    }
    obj_incref(v);
    if (dicttable_del(vm, table_of(self), args[0]) < 0) {
        obj_decref(v);
        return NULL;
    }
    return v;
}

// setdefault(key, default=None).
static Obj *idict_py_setdefault(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "setdefault", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    Obj *v = dicttable_get(vm, table_of(self), args[0]);
    if (v != NULL || err_occurred(vm)) {
        return v != NULL ? obj_newref(v) : NULL;
    }
    Obj *dflt = nargs == 2 ? args[1] : OBJ_NONE;
    if (idict_setitem(vm, self, args[0], dflt) < 0) {
        return NULL;
    }
    return obj_newref(dflt);
}

static Obj *idict_py_clear(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "clear", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    OURO_UNUSED(args);
    dicttable_clear(table_of(self));
    return obj_newref(OBJ_NONE);
}

static const MethodDef idict_methods[] = {
    {"keys", view_py_keys, METH_DEFAULT, NULL},
    {"values", view_py_values, METH_DEFAULT, NULL},
    {"items", view_py_items, METH_DEFAULT, NULL},
    {"get", view_py_get, METH_DEFAULT, NULL},
    {"copy", view_py_copy, METH_DEFAULT, NULL},
    {"update", idict_py_update, METH_DEFAULT, NULL},
    {"pop", idict_py_pop, METH_DEFAULT, NULL},
    {"setdefault", idict_py_setdefault, METH_DEFAULT, NULL},
    {"clear", idict_py_clear, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef proxy_methods[] = {
    {"keys", view_py_keys, METH_DEFAULT, NULL},   {"values", view_py_values, METH_DEFAULT, NULL},
    {"items", view_py_items, METH_DEFAULT, NULL}, {"get", view_py_get, METH_DEFAULT, NULL},
    {"copy", view_py_copy, METH_DEFAULT, NULL},   {NULL, NULL, 0, NULL},
};

TypeObj instancedict_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "instancedict",
    .basicsize = sizeof(ViewObj),
    .flags = TYPE_FLAG_GC,
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .repr = view_repr,
    .richcompare = view_richcompare,
    .iter = view_iter,
    .len = view_len,
    .getitem = view_getitem,
    .setitem = idict_setitem,
    .contains = view_contains,
    .methods = idict_methods,
};

TypeObj mappingproxy_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "mappingproxy",
    .basicsize = sizeof(ViewObj),
    .flags = TYPE_FLAG_GC,
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .repr = view_repr,
    .richcompare = view_richcompare,
    .iter = view_iter,
    .len = view_len,
    .getitem = view_getitem,
    .contains = view_contains,
    .methods = proxy_methods,
};
