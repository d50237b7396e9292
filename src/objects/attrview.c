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
// Any hashable key goes in, as in CPython's instance dict; only setattr
// insists on a str name. (The table remembers a non-str key in its
// version, for the collector and the attribute caches.)
static int idict_setitem(Vm *vm, Obj *self, Obj *key, Obj *value) {
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

// popitem(): removes and returns the last (key, value) pair.
static Obj *idict_py_popitem(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "popitem", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    size_t pos = 0;
    Obj *k, *v, *last_k = NULL, *last_v = NULL;
    while (dicttable_next(table_of(self), &pos, &k, &v)) {
        last_k = k;
        last_v = v;
    }
    if (last_k == NULL) {
        return err_raise(vm, &exc_KeyError, "popitem(): dictionary is empty");
    }
    Obj *pair = tuple_pack2(vm, last_k, last_v);
    if (pair == NULL || dicttable_del(vm, table_of(self), last_k) < 0) {
        obj_xdecref(pair);
        return NULL;
    }
    return pair;
}

// `a | b` where either side is a view: the dicts they show, merged into a
// new dict (CPython's dict and mappingproxy answer the same).
static Obj *view_or(Vm *vm, Obj *a, Obj *b) {
    Obj *sides[2] = {a, b};
    Obj *plain[2] = {NULL, NULL};
    Obj *res = NULL;
    for (int i = 0; i < 2; i++) {
        TypeObj *t = obj_type(sides[i]);
        bool view = t == &instancedict_type || t == &mappingproxy_type;
        // The left side is copied: dict | dict must not see the target.
        plain[i] = view ? snapshot(vm, sides[i]) : obj_newref(sides[i]);
        if (plain[i] == NULL) {
            goto done;
        }
    }
    if (!dict_check(plain[0]) || !dict_check(plain[1])) {
        res = obj_newref(OBJ_NOTIMPL);
        goto done;
    }
    res = dict_copy(vm, plain[0]);
    if (res != NULL && dict_update(vm, res, plain[1]) < 0) {
        obj_decref(res);
        res = NULL;
    }
done:
    obj_xdecref(plain[0]);
    obj_xdecref(plain[1]);
    return res;
}

// `view |= other`: update in place.
static Obj *idict_ior(Vm *vm, Obj *self, Obj *other) {
    Obj *r = idict_py_update(vm, self, &other, 1, NULL);
    if (r == NULL) {
        return NULL;
    }
    obj_decref(r);
    return obj_newref(self);
}

// reversed(view): the keys, last first.
static Obj *view_py_reversed(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__reversed__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    Obj *d = snapshot(vm, self);
    Obj *res = d != NULL ? obj_call_method(vm, d, "__reversed__", NULL, 0) : NULL;
    obj_xdecref(d);
    return res;
}

// The read-only methods both views have.
// clang-format off
#define VIEW_READ_METHODS                                               \
    {"__reversed__", view_py_reversed, METH_DEFAULT, NULL},             \
    {"keys", view_py_keys, METH_DEFAULT, NULL},                         \
    {"values", view_py_values, METH_DEFAULT, NULL},                     \
    {"items", view_py_items, METH_DEFAULT, NULL},                       \
    {"get", view_py_get, METH_DEFAULT, NULL},                           \
    {"copy", view_py_copy, METH_DEFAULT, NULL}
// clang-format on

static const MethodDef idict_methods[] = {
    VIEW_READ_METHODS,
    {"popitem", idict_py_popitem, METH_DEFAULT, NULL},
    {"update", idict_py_update, METH_DEFAULT, NULL},
    {"pop", idict_py_pop, METH_DEFAULT, NULL},
    {"setdefault", idict_py_setdefault, METH_DEFAULT, NULL},
    {"clear", idict_py_clear, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef proxy_methods[] = {
    VIEW_READ_METHODS,
    {NULL, NULL, 0, NULL},
};

// Named "dict": in CPython obj.__dict__ is a dict, and messages and
// type(obj.__dict__).__name__ say so.
TypeObj instancedict_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "dict",
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
    .binop = {[BINOP_OR] = view_or},
    .inplace = {[BINOP_OR] = idict_ior},
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
    .binop = {[BINOP_OR] = view_or},
    .methods = proxy_methods,
};
