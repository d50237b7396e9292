/* dict_methods.c: the dict type object: its slots (repr, ==, d[k], `in`,
 * |, construction, GC) and its Python-visible methods. The table itself is
 * in dict.c, views and iterators in dictviews.c. */
#include "../memory/gc.h"
#include "args.h"
#include "dict_impl.h"
#include "list_impl.h"
#include "exc.h"
#include "intobj.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

// ---------------------------------------------------------------------------
// Lifetime and GC.
// ---------------------------------------------------------------------------

// Untrack first so a collection triggered by a finalizer never sees a
// half-released dict; dict_clear detaches the table before releasing.
static void dict_dealloc(Obj *self) {
    gc_untrack(self);
    dict_clear(self);
    obj_free(self);
}

static int dict_traverse(Obj *self, GcVisitFn visit, void *arg) {
    return dicttable_traverse(&((DictObj *)self)->t, visit, arg);
}

static size_t dict_sizeof(Obj *self) {
    return obj_type(self)->basicsize + dicttable_sizeof(&((DictObj *)self)->t);
}

// ---------------------------------------------------------------------------
// Object protocol.
// ---------------------------------------------------------------------------

// "{k: v, ...}". Each repr may run code that changes the dict, so the walk
// re-reads the bounds and holds the pair while printing it.
static Obj *dict_repr(Vm *vm, Obj *self) {
    DictTable *t = &((DictObj *)self)->t;
    if (t->used == 0) {
        return str_from_cstr(vm, "{}");
    }
    int rc = obj_repr_enter(vm, self);
    if (rc != 0) {
        return rc > 0 ? str_from_cstr(vm, "{...}") : NULL;
    }
    StrBuf b;
    strbuf_init(&b);
    bool first = true;
    if (strbuf_append_char(&b, '{') < 0) {
        goto fail;
    }
    for (size_t k = 0; k < t->nentries; k++) {
        if (t->entries[k].key == NULL) {
            continue;
        }
        Obj *key = obj_newref(t->entries[k].key), *value = obj_newref(t->entries[k].value);
        Obj *kr = obj_repr(vm, key), *vr = kr == NULL ? NULL : obj_repr(vm, value);
        obj_decref(key);
        obj_decref(value);
        rc = vr == NULL ? -1 : 0;
        if (rc == 0 && !first) {
            rc = strbuf_append(&b, ", ", 2);
        }
        if (rc == 0 && (strbuf_append_str(&b, kr) < 0 || strbuf_append(&b, ": ", 2) < 0 ||
                        strbuf_append_str(&b, vr) < 0)) {
            rc = -1;
        }
        obj_xdecref(kr);
        obj_xdecref(vr);
        if (rc < 0) {
            goto fail;
        }
        first = false;
    }
    if (strbuf_append_char(&b, '}') < 0) {
        goto fail;
    }
    obj_repr_leave(vm, self);
    return strbuf_finish(vm, &b);
fail:
    obj_repr_leave(vm, self);
    strbuf_free(&b);
    return NULL;
}

// a == b: same size and every key of `a` maps to an equal value in `b`.
static int dict_equal(Vm *vm, DictTable *a, DictTable *b) {
    if (a->used != b->used) {
        return 0;
    }
    for (size_t k = 0; k < a->nentries; k++) {
        DictEntry *e = &a->entries[k];
        if (e->key == NULL) {
            continue;
        }
        Obj *key = obj_newref(e->key), *value = obj_newref(e->value);
        Obj *other = dictimpl_get_hashed(vm, b, key, e->hash);
        int eq;
        if (other == NULL) {
            eq = err_occurred(vm) ? -1 : 0;
        } else {
            obj_incref(other);
            eq = obj_eq(vm, value, other);
            obj_decref(other);
        }
        obj_decref(key);
        obj_decref(value);
        if (eq <= 0) {
            return eq;
        }
    }
    return 1;
}

static Obj *dict_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    if (!dict_check(a) || !dict_check(b) || (op != CMP_EQ && op != CMP_NE)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    int eq = dict_equal(vm, &((DictObj *)a)->t, &((DictObj *)b)->t);
    if (eq < 0) {
        return NULL;
    }
    return obj_newref(obj_bool((eq != 0) == (op == CMP_EQ)));
}

static int64_t dict_len_slot(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return (int64_t)dict_len(self);
}

static int dict_contains(Vm *vm, Obj *self, Obj *key) {
    Obj *v = dict_get_borrow(vm, self, key);
    if (v == NULL) {
        return err_occurred(vm) ? -1 : 0;
    }
    return 1;
}

// d[key]; a subclass's __missing__ answers for absent keys.
static Obj *dict_getitem(Vm *vm, Obj *self, Obj *key) {
    Obj *v = dict_get_borrow(vm, self, key);
    if (v != NULL) {
        return obj_newref(v);
    }
    if (err_occurred(vm)) {
        return NULL;
    }
    if (obj_type(self) != &dict_type) {
        Obj *name = str_intern_cstr(vm, "__missing__");
        if (name == NULL) {
            return NULL;
        }
        if (type_lookup(vm, obj_type(self), name) != NULL) {
            return obj_call_method(vm, self, "__missing__", &key, 1);
        }
    }
    return err_raise_obj(vm, &exc_KeyError, key);
}

// d[k] = v, or del d[k] (value NULL) with KeyError(k) when absent.
static int dict_setitem(Vm *vm, Obj *self, Obj *key, Obj *value) {
    if (value != NULL) {
        return dict_set(vm, self, key, value);
    }
    int rc = dict_del(vm, self, key);
    if (rc == 1) {
        err_raise_obj(vm, &exc_KeyError, key);
        return -1;
    }
    return rc;
}

// iter(d) walks the keys in insertion order.
static Obj *dict_iter(Vm *vm, Obj *self) {
    return dictiter_new(vm, self, &dict_keyiter_type);
}

// d | other (both dicts): a copy of d updated with other (PEP 584).
static Obj *dict_or(Vm *vm, Obj *a, Obj *b) {
    if (!dict_check(a) || !dict_check(b)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    Obj *res = dict_copy(vm, a);
    if (res != NULL && dict_update(vm, res, b) < 0) {
        obj_decref(res);
        return NULL;
    }
    return res;
}

// d |= other accepts anything update() accepts, as in CPython.
static Obj *dict_ior(Vm *vm, Obj *a, Obj *b) {
    if (!dict_check(a)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    if (dict_update(vm, a, b) < 0) {
        return NULL;
    }
    return obj_newref(a);
}

// ---------------------------------------------------------------------------
// Construction: dict(), dict(mapping or pairs, **kwargs).
// ---------------------------------------------------------------------------

// dict.__new__ makes an empty dict (type_alloc gives subclass instances
// their size and class reference); __init__ fills it, so a subclass that
// overrides __init__ still gets a working dict.
static Obj *dict_new_py(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    OURO_UNUSED(nargs);
    OURO_UNUSED(kwnames);
    Obj *d = type_alloc(vm, type);
    if (d != NULL) {
        dictimpl_untrack_new(d);
    }
    return d;
}

// The shared body of dict.__init__ and dict.update.
static int update_common(Vm *vm, const char *name, Obj *self, Obj *const *args, size_t nargs,
                         Obj *kwnames) {
    if (args_check(vm, name, nargs, NULL, 0, 1) < 0) {
        return -1;
    }
    if (nargs == 1 && dict_update(vm, self, args[0]) < 0) {
        return -1;
    }
    size_t nkw = kwnames != NULL ? tuple_len(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        if (dict_set(vm, self, tuple_get_borrow(kwnames, k), args[nargs + k]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int dict_init(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return update_common(vm, "dict", self, args, nargs, kwnames);
}

// ---------------------------------------------------------------------------
// Methods.
// ---------------------------------------------------------------------------

// get/setdefault/pop hash the key once and reuse the hash.
static Obj *dict_py_get(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "get", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    Obj *v = dict_get_borrow(vm, self, args[0]);
    if (v == NULL) {
        if (err_occurred(vm)) {
            return NULL;
        }
        v = nargs == 2 ? args[1] : OBJ_NONE;
    }
    return obj_newref(v);
}

static Obj *dict_py_setdefault(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "setdefault", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    DictTable *t = &((DictObj *)self)->t;
    int64_t hash = dictimpl_hash(vm, args[0]);
    if (hash == -1) {
        return NULL;
    }
    Obj *v = dictimpl_get_hashed(vm, t, args[0], hash);
    if (v != NULL) {
        return obj_newref(v);
    }
    if (err_occurred(vm)) {
        return NULL;
    }
    v = nargs == 2 ? args[1] : OBJ_NONE;
    if (dictimpl_set_hashed(vm, t, args[0], hash, v) < 0) {
        return NULL;
    }
    dictimpl_maintain_tracking(self, args[0], v);
    return obj_newref(v);
}

static Obj *dict_py_pop(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "pop", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    int64_t hash = dictimpl_hash(vm, args[0]);
    if (hash == -1) {
        return NULL;
    }
    Obj *value;
    int rc = dictimpl_pop_hashed(vm, &((DictObj *)self)->t, args[0], hash, &value);
    if (rc < 0) {
        return NULL;
    }
    if (rc == 1) {
        if (nargs == 2) {
            return obj_newref(args[1]);
        }
        return err_raise_obj(vm, &exc_KeyError, args[0]);
    }
    return value;
}

// The last inserted pair, LIFO. The entries array is shortened too, so
// repeated popitem() stays O(1).
static Obj *dict_py_popitem(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "dict.popitem", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    DictTable *t = &((DictObj *)self)->t;
    if (t->used == 0) {
        Obj *msg = str_from_cstr(vm, "popitem(): dictionary is empty");
        if (msg == NULL) {
            return NULL;
        }
        err_raise_obj(vm, &exc_KeyError, msg);
        obj_decref(msg);
        return NULL;
    }
    size_t ix = t->nentries;
    while (t->entries[ix - 1].key == NULL) {
        ix--;
    }
    ix--;
    Obj *key, *value;
    dictimpl_remove_entry(t, (int64_t)ix, &key, &value);
    t->nentries = ix;
    return tuple_pack2_steal(vm, key, value);
}

// update([other], **kwargs): other first, then the keywords.
static Obj *dict_py_update(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (update_common(vm, "update", self, args, nargs, kwnames) < 0) {
        return NULL;
    }
    return obj_newref(OBJ_NONE);
}

static Obj *dict_py_copy(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "dict.copy", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return dict_copy(vm, self);
}

static Obj *dict_py_clear(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "dict.clear", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    dict_clear(self);
    return obj_newref(OBJ_NONE);
}

// dict.fromkeys(iterable, value=None); `cls` is the class it was called on.
static Obj *dict_py_fromkeys(Vm *vm, Obj *cls, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "fromkeys", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    Obj *value = nargs == 2 ? args[1] : OBJ_NONE;
    Obj *res = cls == (Obj *)&dict_type ? dict_new(vm) : obj_call0(vm, cls);
    if (res == NULL) {
        return NULL;
    }
    Obj *it = obj_iter(vm, args[0]);
    if (it == NULL) {
        goto fail;
    }
    Obj *key;
    while ((key = obj_next(vm, it)) != NULL) {
        int rc = obj_setitem(vm, res, key, value);
        obj_decref(key);
        if (rc < 0) {
            break;
        }
    }
    obj_decref(it);
    if (err_occurred(vm)) {
        goto fail;
    }
    return res;
fail:
    obj_decref(res);
    return NULL;
}

// The object plus its index and entries arrays (allocated sizes).
static Obj *dict_py_sizeof(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "dict.__sizeof__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_from_u64(vm, dict_sizeof(self));
}

#define VIEW_METHOD(fn, pyname, type)                                                              \
    static Obj *fn(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {              \
        OURO_UNUSED(args);                                                                         \
        if (args_check(vm, "dict." pyname, nargs, kwnames, 0, 0) < 0) {                            \
            return NULL;                                                                           \
        }                                                                                          \
        return dictview_new(vm, self, &type);                                                      \
    }

VIEW_METHOD(dict_py_keys, "keys", dict_keys_type)
VIEW_METHOD(dict_py_values, "values", dict_values_type)
VIEW_METHOD(dict_py_items, "items", dict_items_type)

static Obj *dict_py_reversed(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "dict.__reversed__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return dictiter_new(vm, self, &dict_revkeyiter_type);
}

static Obj *dict_py_contains(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "dict.__contains__", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    int rc = dict_contains(vm, self, args[0]);
    return rc < 0 ? NULL : obj_newref(obj_bool(rc));
}

static Obj *dict_py_getitem(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "dict.__getitem__", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    return dict_getitem(vm, self, args[0]);
}

// __contains__ and __getitem__ are listed so that dict.__getitem__(d, k)
// and super().__getitem__(k) in subclasses reach the C implementations.
static const MethodDef dict_methods[] = {
    {"get", dict_py_get, METH_DEFAULT, "Return the value for key if key is in the dictionary."},
    {"setdefault", dict_py_setdefault, METH_DEFAULT, "Insert key with a value of default."},
    {"pop", dict_py_pop, METH_DEFAULT, "Remove specified key and return the value."},
    {"popitem", dict_py_popitem, METH_DEFAULT, "Remove and return a (key, value) pair (LIFO)."},
    {"update", dict_py_update, METH_DEFAULT, "Update from a mapping or iterable of pairs."},
    {"copy", dict_py_copy, METH_DEFAULT, "A shallow copy of D."},
    {"clear", dict_py_clear, METH_DEFAULT, "Remove all items from D."},
    {"fromkeys", dict_py_fromkeys, METH_CLASS, "New dict with keys from iterable."},
    {"keys", dict_py_keys, METH_DEFAULT, "A set-like object providing a view on D's keys."},
    {"values", dict_py_values, METH_DEFAULT, "An object providing a view on D's values."},
    {"items", dict_py_items, METH_DEFAULT, "A set-like object providing a view on D's items."},
    {"__sizeof__", dict_py_sizeof, METH_DEFAULT, "D.__sizeof__() -> size of D in memory."},
    {"__reversed__", dict_py_reversed, METH_DEFAULT, "Reverse iterator over the keys."},
    {"__contains__", dict_py_contains, METH_DEFAULT, "True if the dictionary has the key."},
    {"__getitem__", dict_py_getitem, METH_DEFAULT, "x.__getitem__(y) <==> x[y]"},
    {"__class_getitem__", listimpl_class_getitem, METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

TypeObj dict_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "dict",
    .basicsize = sizeof(DictObj),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE | TYPE_FLAG_DICT_SUBCLASS,
    .dealloc = dict_dealloc,
    .traverse = dict_traverse,
    .clear = dict_clear,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .binop = {[BINOP_OR] = dict_or},
    .inplace = {[BINOP_OR] = dict_ior},
    .len = dict_len_slot,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .new_ = dict_new_py,
    .init = dict_init,
    .sizeof_ = dict_sizeof,
    .methods = dict_methods,
};
