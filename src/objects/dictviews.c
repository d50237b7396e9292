/* dictviews.c: dict views (d.keys(), d.values(), d.items()) and the dict
 * iterators, forward and reversed. Iterators detect a dict that changes
 * size while iterated, with CPython's RuntimeError messages. */
#include "../memory/gc.h"
#include "args.h"
#include "dict_impl.h"
#include "exc.h"
#include "intobj.h"
#include "list.h"
#include "runtime.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

// ---------------------------------------------------------------------------
// Iterators.
// ---------------------------------------------------------------------------

typedef struct DictIterObj {
    Obj head;
    Obj *dict;   // NULL once exhausted
    size_t used; // dict size when the iteration started
    size_t pos;  // next entry to look at (reversed: entries left)
    size_t left; // items still expected
    Obj *result; // items iterators: a 2-tuple reused while nobody else holds it
} DictIterObj;

enum { KIND_KEYS, KIND_VALUES, KIND_ITEMS };

static int iter_kind(TypeObj *t) {
    if (t == &dict_keyiter_type || t == &dict_revkeyiter_type) {
        return KIND_KEYS;
    }
    if (t == &dict_valueiter_type || t == &dict_revvalueiter_type) {
        return KIND_VALUES;
    }
    return KIND_ITEMS;
}

static bool iter_reversed(TypeObj *t) {
    return t == &dict_revkeyiter_type || t == &dict_revvalueiter_type ||
           t == &dict_revitemiter_type;
}

// The iterator remembers the size at the start and how many items it
// still expects: a change of size is an error at the next step, and a
// same-size change of keys is caught when more items appear than expected.
NEWREF Obj *dictiter_new(Vm *vm, Obj *dict, TypeObj *type) {
    DictIterObj *it = (DictIterObj *)obj_new_container(vm, type, sizeof(DictIterObj));
    if (it == NULL) {
        return NULL;
    }
    DictTable *t = &((DictObj *)dict)->t;
    it->dict = obj_newref(dict);
    it->used = t->used;
    it->left = t->used;
    it->pos = iter_reversed(type) ? t->nentries : 0;
    return (Obj *)it;
}

static void dictiter_dealloc(Obj *self) {
    DictIterObj *it = (DictIterObj *)self;
    gc_untrack(self);
    obj_xdecref(it->dict);
    obj_xdecref(it->result);
    obj_free(self);
}

static int dictiter_traverse(Obj *self, GcVisitFn visit, void *arg) {
    DictIterObj *it = (DictIterObj *)self;
    int rc = it->dict != NULL ? visit(it->dict, arg) : 0;
    if (rc == 0 && it->result != NULL) {
        rc = visit(it->result, arg);
    }
    return rc;
}

static void dictiter_clear(Obj *self) {
    DictIterObj *it = (DictIterObj *)self;
    Obj *d = it->dict, *r = it->result;
    it->dict = it->result = NULL;
    obj_xdecref(d);
    obj_xdecref(r);
}

static Obj *iter_self(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(self);
}

// The (key, value) tuple for an items iterator, reusing the previous one
// when the caller has already dropped it (CPython's trick: no allocation
// per step in `for k, v in d.items()`).
static Obj *make_pair(Vm *vm, DictIterObj *it, Obj *key, Obj *value) {
    Obj *r = it->result;
    if (r != NULL && r->refcnt == 1) {
        Obj *oldk = tuple_get_borrow(r, 0), *oldv = tuple_get_borrow(r, 1);
        tuple_set_steal(r, 0, obj_newref(key));
        tuple_set_steal(r, 1, obj_newref(value));
        obj_decref(oldk);
        obj_decref(oldv);
        // The collector may have untracked it while it held only atoms.
        gc_track(r);
        return obj_newref(r);
    }
    r = tuple_pack2(vm, key, value);
    if (r == NULL) {
        return NULL;
    }
    obj_xdecref(it->result);
    it->result = obj_newref(r);
    return r;
}

// Deleted entries (key NULL) are skipped; entries are re-read from the
// table at every step because the dict may have been resized meanwhile.
static Obj *dictiter_next(Vm *vm, Obj *self) {
    DictIterObj *it = (DictIterObj *)self;
    if (it->dict == NULL) {
        return NULL;
    }
    DictTable *t = &((DictObj *)it->dict)->t;
    if (t->used != it->used) {
        it->used = (size_t)-1; // stays broken, as in CPython
        return err_raise(vm, &exc_RuntimeError, "dictionary changed size during iteration");
    }
    DictEntry *e = NULL;
    if (iter_reversed(obj_type(self))) {
        while (it->pos > 0 && it->pos <= t->nentries) {
            DictEntry *c = &t->entries[--it->pos];
            if (c->key != NULL) {
                e = c;
                break;
            }
        }
    } else {
        while (it->pos < t->nentries) {
            DictEntry *c = &t->entries[it->pos++];
            if (c->key != NULL) {
                e = c;
                break;
            }
        }
    }
    if (e == NULL) {
        dictiter_clear(self);
        return NULL;
    }
    if (it->left == 0) {
        dictiter_clear(self);
        return err_raise(vm, &exc_RuntimeError, "dictionary keys changed during iteration");
    }
    it->left--;
    switch (iter_kind(obj_type(self))) {
        case KIND_KEYS:
            return obj_newref(e->key);
        case KIND_VALUES:
            return obj_newref(e->value);
        default:
            return make_pair(vm, it, e->key, e->value);
    }
}

// What is left, or 0 once exhausted or after the dict changed size
// (CPython's dictiter_len).
static Obj *dictiter_py_length_hint(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                    Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__length_hint__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    DictIterObj *it = (DictIterObj *)self;
    bool live = it->dict != NULL && it->used == dict_len(it->dict);
    return int_from_u64(vm, live ? it->left : 0);
}

static const MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_py_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

#define DICTITER_TYPE(cname, pyname)                                                               \
    TypeObj cname = {                                                                              \
        .head = OBJ_HEAD_INIT(&type_type),                                                         \
        .name = pyname,                                                                            \
        .basicsize = sizeof(DictIterObj),                                                          \
        .flags = TYPE_FLAG_GC,                                                                     \
        .dealloc = dictiter_dealloc,                                                               \
        .traverse = dictiter_traverse,                                                             \
        .clear = dictiter_clear,                                                                   \
        .iter = iter_self,                                                                         \
        .iternext = dictiter_next,                                                                 \
        .methods = dictiter_methods,                                                               \
    }

DICTITER_TYPE(dict_keyiter_type, "dict_keyiterator");
DICTITER_TYPE(dict_valueiter_type, "dict_valueiterator");
DICTITER_TYPE(dict_itemiter_type, "dict_itemiterator");
DICTITER_TYPE(dict_revkeyiter_type, "dict_reversekeyiterator");
DICTITER_TYPE(dict_revvalueiter_type, "dict_reversevalueiterator");
DICTITER_TYPE(dict_revitemiter_type, "dict_reverseitemiterator");

// ---------------------------------------------------------------------------
// Views.
// ---------------------------------------------------------------------------

typedef struct DictViewObj {
    Obj head;
    Obj *dict;
} DictViewObj;

// Views hold the dict, not a snapshot: they see later changes.
NEWREF Obj *dictview_new(Vm *vm, Obj *dict, TypeObj *type) {
    DictViewObj *v = (DictViewObj *)obj_new_container(vm, type, sizeof(DictViewObj));
    if (v == NULL) {
        return NULL;
    }
    v->dict = obj_newref(dict);
    return (Obj *)v;
}

static void view_dealloc(Obj *self) {
    gc_untrack(self);
    obj_xdecref(((DictViewObj *)self)->dict);
    obj_free(self);
}

static int view_traverse(Obj *self, GcVisitFn visit, void *arg) {
    Obj *d = ((DictViewObj *)self)->dict;
    return d != NULL ? visit(d, arg) : 0;
}

static void view_clear(Obj *self) {
    DictViewObj *v = (DictViewObj *)self;
    Obj *d = v->dict;
    v->dict = NULL;
    obj_xdecref(d);
}

static int64_t view_len(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return (int64_t)dict_len(((DictViewObj *)self)->dict);
}

static TypeObj *iter_type_of(TypeObj *view, bool reversed) {
    if (view == &dict_keys_type) {
        return reversed ? &dict_revkeyiter_type : &dict_keyiter_type;
    }
    if (view == &dict_values_type) {
        return reversed ? &dict_revvalueiter_type : &dict_valueiter_type;
    }
    return reversed ? &dict_revitemiter_type : &dict_itemiter_type;
}

static Obj *view_iter(Vm *vm, Obj *self) {
    return dictiter_new(vm, ((DictViewObj *)self)->dict, iter_type_of(obj_type(self), false));
}

static Obj *view_py_reversed(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__reversed__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return dictiter_new(vm, ((DictViewObj *)self)->dict, iter_type_of(obj_type(self), true));
}

// "dict_keys(['a', 'b'])": the type name around the repr of a list.
static Obj *view_repr(Vm *vm, Obj *self) {
    int rc = obj_repr_enter(vm, self);
    if (rc != 0) {
        return rc > 0 ? str_from_cstr(vm, "...") : NULL;
    }
    Obj *res = NULL;
    Obj *l = list_from_iterable(vm, self);
    if (l != NULL) {
        res = str_from_fmt(vm, "%s(%R)", obj_type_name(self), l);
        obj_decref(l);
    }
    obj_repr_leave(vm, self);
    return res;
}

static int keys_contains(Vm *vm, Obj *self, Obj *key) {
    Obj *d = ((DictViewObj *)self)->dict;
    Obj *v = dict_get_borrow(vm, d, key);
    return v != NULL ? 1 : (err_occurred(vm) ? -1 : 0);
}

// (k, v) in d.items(): a lookup of k, then v compared with the value held
// (kept alive across the comparison).
static int items_contains(Vm *vm, Obj *self, Obj *item) {
    Obj *d = ((DictViewObj *)self)->dict;
    if (obj_type(item) != &tuple_type || tuple_len(item) != 2) {
        return 0;
    }
    Obj *v = dict_get_borrow(vm, d, tuple_get_borrow(item, 0));
    if (v == NULL) {
        return err_occurred(vm) ? -1 : 0;
    }
    obj_incref(v);
    int eq = obj_eq(vm, v, tuple_get_borrow(item, 1));
    obj_decref(v);
    return eq;
}

static bool is_setlike(Obj *o) {
    TypeObj *t = obj_type(o);
    return set_check(o) || t == &dict_keys_type || t == &dict_items_type;
}

// Set operators on keys and items views: computed on a set of the view's
// contents, as CPython does (the result is a set).
static Obj *view_setop(Vm *vm, Obj *a, Obj *b, BinOp op) {
    TypeObj *ta = obj_type(a), *tb = obj_type(b);
    bool a_view = ta == &dict_keys_type || ta == &dict_items_type;
    bool b_view = tb == &dict_keys_type || tb == &dict_items_type;
    if (!a_view && !b_view) {
        return obj_newref(OBJ_NOTIMPL);
    }
    Obj *sa = NULL, *sb = NULL, *res = NULL;
    sa = set_from_iterable(vm, a, false);
    if (sa == NULL) {
        goto done;
    }
    if (set_check(b) && !b_view) {
        sb = obj_newref(b);
    } else {
        sb = set_from_iterable(vm, b, false);
        if (sb == NULL) {
            goto done;
        }
    }
    res = obj_binop(vm, sa, sb, op);
done:
    obj_xdecref(sa);
    obj_xdecref(sb);
    return res;
}

static Obj *view_and(Vm *vm, Obj *a, Obj *b) {
    return view_setop(vm, a, b, BINOP_AND);
}
static Obj *view_or(Vm *vm, Obj *a, Obj *b) {
    return view_setop(vm, a, b, BINOP_OR);
}
static Obj *view_sub(Vm *vm, Obj *a, Obj *b) {
    return view_setop(vm, a, b, BINOP_SUB);
}
static Obj *view_xor(Vm *vm, Obj *a, Obj *b) {
    return view_setop(vm, a, b, BINOP_XOR);
}

// keys and items views compare like sets with any set-like operand.
static Obj *view_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    if (!is_setlike(a) || !is_setlike(b)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    Obj *sa = set_from_iterable(vm, a, false);
    if (sa == NULL) {
        return NULL;
    }
    Obj *sb = set_from_iterable(vm, b, false);
    if (sb == NULL) {
        obj_decref(sa);
        return NULL;
    }
    Obj *res = obj_richcompare(vm, sa, sb, op);
    obj_decref(sa);
    obj_decref(sb);
    return res;
}

// True when no element of the iterable is in the view.
static Obj *view_py_isdisjoint(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "isdisjoint", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    Obj *it = obj_iter(vm, args[0]);
    if (it == NULL) {
        return NULL;
    }
    int found = 0;
    Obj *x;
    while (found == 0 && (x = obj_next(vm, it)) != NULL) {
        found = obj_contains(vm, self, x);
        obj_decref(x);
    }
    obj_decref(it);
    if (found < 0 || err_occurred(vm)) {
        return NULL;
    }
    return obj_newref(obj_bool(found == 0));
}

static Obj *view_get_mapping(Vm *vm, Obj *self) {
    // A read-only proxy, as in CPython: the view must not hand out its dict.
    return mappingproxy_new(vm, ((DictViewObj *)self)->dict);
}

static const MethodDef setview_methods[] = {
    {"isdisjoint", view_py_isdisjoint, METH_DEFAULT,
     "True if the view and the iterable share nothing."},
    {"__reversed__", view_py_reversed, METH_DEFAULT, "Reverse iterator over the view."},
    {NULL, NULL, 0, NULL},
};

static const MethodDef values_methods[] = {
    {"__reversed__", view_py_reversed, METH_DEFAULT, "Reverse iterator over the view."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef view_getset[] = {
    {"mapping", view_get_mapping, NULL},
    {NULL, NULL, NULL},
};

#define VIEW_TYPE_COMMON(pyname)                                                                   \
    .head = OBJ_HEAD_INIT(&type_type), .name = pyname, .basicsize = sizeof(DictViewObj),           \
    .flags = TYPE_FLAG_GC, .dealloc = view_dealloc, .traverse = view_traverse,                     \
    .clear = view_clear, .repr = view_repr, .iter = view_iter, .len = view_len,                    \
    .getset = view_getset

TypeObj dict_keys_type = {
    VIEW_TYPE_COMMON("dict_keys"),
    .richcompare = view_richcompare,
    .binop = {[BINOP_AND] = view_and,
              [BINOP_OR] = view_or,
              [BINOP_SUB] = view_sub,
              [BINOP_XOR] = view_xor},
    .contains = keys_contains,
    .methods = setview_methods,
};

TypeObj dict_items_type = {
    VIEW_TYPE_COMMON("dict_items"),
    .richcompare = view_richcompare,
    .binop = {[BINOP_AND] = view_and,
              [BINOP_OR] = view_or,
              [BINOP_SUB] = view_sub,
              [BINOP_XOR] = view_xor},
    .contains = items_contains,
    .methods = setview_methods,
};

TypeObj dict_values_type = {
    VIEW_TYPE_COMMON("dict_values"),
    // No `contains`: the generic scan of obj_contains serves, and dir()
    // shows no __contains__, as in CPython.
    .methods = values_methods,
};
