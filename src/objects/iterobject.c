/* iterobject.c: the iterator types of the built-in sequences (list, reversed
 * list, tuple, the old __getitem__ protocol) and the lazy builtins
 * enumerate, zip, reversed, map and filter. All are GC types: an iterator
 * can sit in a cycle with the container it walks. */
#include "../memory/gc.h"
#include "../memory/mem.h"
#include "args.h"
#include "dict.h"
#include "exc.h"
#include "intobj.h"
#include "iter.h"
#include "list_impl.h"
#include "misc.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

// The `iter` slot of every iterator: iter(it) is it.
static Obj *iter_self(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(self);
}

// ---------------------------------------------------------------------------
// Sequence iterators: SeqIterObj (iter.h).
// ---------------------------------------------------------------------------

static void seqiter_dealloc(Obj *self) {
    gc_untrack(self);
    obj_xdecref(((SeqIterObj *)self)->seq);
    obj_free(self);
}

static int seqiter_traverse(Obj *self, GcVisitFn visit, void *arg) {
    Obj *seq = ((SeqIterObj *)self)->seq;
    return seq != NULL ? visit(seq, arg) : 0;
}

static void seqiter_clear(Obj *self) {
    SeqIterObj *it = (SeqIterObj *)self;
    Obj *seq = it->seq;
    it->seq = NULL;
    obj_xdecref(seq);
}

// Ends the iteration: NULL without an exception.
static Obj *exhaust(SeqIterObj *it) {
    seqiter_clear((Obj *)it);
    return NULL;
}

static Obj *seqiter_make(Vm *vm, TypeObj *type, Obj *seq, int64_t index) {
    SeqIterObj *it = (SeqIterObj *)type_alloc(vm, type);
    if (it == NULL) {
        return NULL;
    }
    it->seq = obj_newref(seq);
    it->index = index;
    return (Obj *)it;
}

static Obj *listiter_next(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    SeqIterObj *it = (SeqIterObj *)self;
    if (it->seq == NULL) {
        return NULL;
    }
    ListObj *l = (ListObj *)it->seq;
    if ((uint64_t)it->index < l->len) {
        return obj_newref(l->items[it->index++]);
    }
    return exhaust(it);
}

static Obj *listreviter_next(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    SeqIterObj *it = (SeqIterObj *)self;
    if (it->seq == NULL) {
        return NULL;
    }
    ListObj *l = (ListObj *)it->seq;
    if (it->index >= 0 && (uint64_t)it->index < l->len) {
        return obj_newref(l->items[it->index--]);
    }
    return exhaust(it);
}

static Obj *tupleiter_next(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    SeqIterObj *it = (SeqIterObj *)self;
    if (it->seq == NULL) {
        return NULL;
    }
    if ((uint64_t)it->index < tuple_len(it->seq)) {
        return obj_newref(tuple_get_borrow(it->seq, (size_t)it->index++));
    }
    return exhaust(it);
}

// seq[index] for the old protocol and reversed(); IndexError and
// StopIteration end the iteration.
static Obj *getitem_next(Vm *vm, SeqIterObj *it, int64_t step) {
    if (it->seq == NULL || it->index < 0) {
        return it->seq == NULL ? NULL : exhaust(it);
    }
    Obj *key = int_from_i64(vm, it->index);
    if (key == NULL) {
        return NULL;
    }
    Obj *item = obj_getitem(vm, it->seq, key);
    obj_decref(key);
    if (item == NULL) {
        if (err_matches(vm, &exc_IndexError) || err_matches(vm, &exc_StopIteration)) {
            err_clear(vm);
            return exhaust(it);
        }
        return NULL;
    }
    it->index += step;
    return item;
}

static Obj *seqiter_next(Vm *vm, Obj *self) {
    return getitem_next(vm, (SeqIterObj *)self, 1);
}

static Obj *reversed_next(Vm *vm, Obj *self) {
    return getitem_next(vm, (SeqIterObj *)self, -1);
}

// __length_hint__ of the sequence iterators and reversed(): what is left,
// 0 once exhausted. A forward iterator counts from its index to the end,
// a reverse one down from its index to 0.
static Obj *seqiter_py_length_hint(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                   Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__length_hint__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    SeqIterObj *it = (SeqIterObj *)self;
    if (it->seq == NULL) {
        return SMALLINT_FROM(0);
    }
    int64_t n = obj_len(vm, it->seq);
    if (n < 0) {
        return NULL;
    }
    TypeObj *t = obj_type(self);
    bool backwards = t == &listreviter_type || type_is_subtype(t, &reversed_type);
    int64_t left = backwards ? (n <= it->index ? 0 : it->index + 1) : n - it->index;
    return SMALLINT_FROM(left < 0 ? 0 : left);
}

static const MethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_py_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

#define SEQITER_TYPE(cname, pyname, nextfn)                                                        \
    TypeObj cname = {                                                                              \
        .head = OBJ_HEAD_INIT(&type_type),                                                         \
        .name = pyname,                                                                            \
        .basicsize = sizeof(SeqIterObj),                                                           \
        .flags = TYPE_FLAG_GC,                                                                     \
        .dealloc = seqiter_dealloc,                                                                \
        .traverse = seqiter_traverse,                                                              \
        .clear = seqiter_clear,                                                                    \
        .iter = iter_self,                                                                         \
        .iternext = nextfn,                                                                        \
        .methods = seqiter_methods,                                                                \
    }

SEQITER_TYPE(listiter_type, "list_iterator", listiter_next);
SEQITER_TYPE(listreviter_type, "list_reverseiterator", listreviter_next);
SEQITER_TYPE(tupleiter_type, "tuple_iterator", tupleiter_next);
SEQITER_TYPE(seqiter_type, "iterator", seqiter_next);

NEWREF Obj *listiter_new(Vm *vm, Obj *list) {
    return seqiter_make(vm, &listiter_type, list, 0);
}

NEWREF Obj *listreviter_new(Vm *vm, Obj *list) {
    return seqiter_make(vm, &listreviter_type, list, (int64_t)list_len(list) - 1);
}

NEWREF Obj *tupleiter_new(Vm *vm, Obj *tuple) {
    return seqiter_make(vm, &tupleiter_type, tuple, 0);
}

NEWREF Obj *seqiter_new(Vm *vm, Obj *seq) {
    return seqiter_make(vm, &seqiter_type, seq, 0);
}

// reversed(seq): __reversed__ when the type has it, else len + __getitem__.
// __reversed__ = None on a class explicitly forbids reversal (CPython).
// Dicts define __reversed__; a mapping without it is not reversible even
// though it has __len__ and __getitem__.
static Obj *reversed_new_py(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (kwnames != NULL && tuple_len(kwnames) > 0) {
        return err_raise(vm, &exc_TypeError, "reversed() takes no keyword arguments");
    }
    if (nargs != 1) { // reversed is a type: "expected", as in CPython's _PyArg_CheckPositional
        return err_raise(vm, &exc_TypeError, "reversed expected 1 argument, got %zu", nargs);
    }
    Obj *seq = args[0];
    if (obj_type(seq) == &list_type) {
        return listreviter_new(vm, seq);
    }
    Obj *name = str_intern_cstr(vm, "__reversed__");
    if (name == NULL) {
        return NULL;
    }
    Obj *meth = type_lookup(vm, obj_type(seq), name);
    if (meth != NULL) {
        if (meth == OBJ_NONE) {
            return err_raise(vm, &exc_TypeError, "'%s' object is not reversible",
                             obj_type_name(seq));
        }
        return obj_call_method(vm, seq, "__reversed__", NULL, 0);
    }
    TypeObj *t = obj_type(seq);
    if (t->getitem == NULL || t->len == NULL || type_is_subtype(t, &dict_type)) {
        return err_raise(vm, &exc_TypeError, "'%s' object is not reversible", obj_type_name(seq));
    }
    int64_t n = obj_len(vm, seq);
    if (n < 0) {
        return NULL;
    }
    return seqiter_make(vm, type, seq, n - 1);
}

TypeObj reversed_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "reversed",
    .basicsize = sizeof(SeqIterObj),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE,
    .dealloc = seqiter_dealloc,
    .traverse = seqiter_traverse,
    .clear = seqiter_clear,
    .iter = iter_self,
    .iternext = reversed_next,
    .new_ = reversed_new_py,
    .methods = seqiter_methods,
};

// ---------------------------------------------------------------------------
// zip, map, filter, iter(callable, sentinel) and enumerate share one
// layout: two references (a callable or NULL, and a tuple of iterators for
// zip, map and filter) and zip's strict flag.
// ---------------------------------------------------------------------------

typedef struct ZipObj {
    Obj head;
    Obj *func; // map/filter: the function (filter: None allowed); zip: NULL
    Obj *its;  // tuple of iterators
    bool strict;
} ZipObj;

static void pair_dealloc(Obj *self) {
    ZipObj *z = (ZipObj *)self;
    gc_untrack(self);
    obj_xdecref(z->func);
    obj_xdecref(z->its);
    obj_free(self);
}

static int pair_traverse(Obj *self, GcVisitFn visit, void *arg) {
    ZipObj *z = (ZipObj *)self;
    int rc = z->func != NULL ? visit(z->func, arg) : 0;
    if (rc == 0 && z->its != NULL) {
        rc = visit(z->its, arg);
    }
    return rc;
}

static void pair_clear(Obj *self) {
    ZipObj *z = (ZipObj *)self;
    Obj *func = z->func, *its = z->its;
    z->func = z->its = NULL;
    obj_xdecref(func);
    obj_xdecref(its);
}

// The lazy builtins zip, map and filter: subclassable types of this layout.
#define PAIR_TYPE(cname, pyname, nextfn, newfn)                                                    \
    TypeObj cname = {                                                                              \
        .head = OBJ_HEAD_INIT(&type_type),                                                         \
        .name = pyname,                                                                            \
        .basicsize = sizeof(ZipObj),                                                               \
        .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE,                                                \
        .dealloc = pair_dealloc,                                                                   \
        .traverse = pair_traverse,                                                                 \
        .clear = pair_clear,                                                                       \
        .iter = iter_self,                                                                         \
        .iternext = nextfn,                                                                        \
        .new_ = newfn,                                                                             \
    }

// ---------------------------------------------------------------------------
// enumerate(iterable, start=0)
// ---------------------------------------------------------------------------

// Laid out as a ZipObj whose `func` slot holds the count, so that
// it shares zip's dealloc, traverse and clear.
typedef struct EnumerateObj {
    Obj head;
    Obj *count; // the next index, an int
    Obj *it;
} EnumerateObj;

_Static_assert(offsetof(EnumerateObj, count) == offsetof(ZipObj, func) &&
                   offsetof(EnumerateObj, it) == offsetof(ZipObj, its),
               "enumerate shares zip's layout");

// Keyword `kwnames[i]` must be `want`: TypeError otherwise.
static int enumerate_keyword(Vm *vm, Obj *kwnames, size_t i, const char *want) {
    Obj *kw = tuple_get_borrow(kwnames, i);
    if (str_equal_cstr(kw, want)) {
        return 0;
    }
    err_raise(vm, &exc_TypeError, "'%S' is an invalid keyword argument for enumerate()", kw);
    return -1;
}

// enumerate(iterable, start=0), bound by hand with the checks and messages
// of CPython 3.11's enumerate_vectorcall (no "(pos 1)", and keywords are
// only validated when the argument count fits).
static int enumerate_bind(Vm *vm, Obj *const *args, size_t nargs, Obj *kwnames, Obj **it,
                          Obj **start) {
    size_t nkw = kwnames != NULL ? tuple_len(kwnames) : 0;
    *start = NULL;
    if (nargs + nkw == 2) {
        *it = args[0];
        *start = args[1];
        if (nkw == 1) {
            return enumerate_keyword(vm, kwnames, 0, "start");
        }
        if (nkw == 2 && str_equal_cstr(tuple_get_borrow(kwnames, 0), "start")) {
            *it = args[1];
            *start = args[0];
            return enumerate_keyword(vm, kwnames, 1, "iterable");
        }
        if (nkw == 2) {
            return enumerate_keyword(vm, kwnames, 0, "iterable") < 0 ||
                           enumerate_keyword(vm, kwnames, 1, "start") < 0
                       ? -1
                       : 0;
        }
        return 0;
    }
    if (nargs + nkw == 1) {
        *it = args[0];
        return nkw == 1 ? enumerate_keyword(vm, kwnames, 0, "iterable") : 0;
    }
    if (nargs == 0) {
        err_raise(vm, &exc_TypeError, "enumerate() missing required argument 'iterable'");
    } else {
        err_raise(vm, &exc_TypeError, "enumerate() takes at most 2 arguments (%zu given)",
                  nargs + nkw);
    }
    return -1;
}

static Obj *enumerate_new_py(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *a[2];
    if (enumerate_bind(vm, args, nargs, kwnames, &a[0], &a[1]) < 0) {
        return NULL;
    }
    Obj *start = NULL;
    if (a[1] != NULL) {
        if (!int_check(a[1]) && obj_type(a[1])->as_int == NULL) {
            return err_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                             obj_type_name(a[1]));
        }
        start = obj_index(vm, a[1]);
        if (start == NULL) {
            return NULL;
        }
    } else {
        start = SMALLINT_FROM(0);
    }
    Obj *it = obj_iter(vm, a[0]);
    if (it == NULL) {
        obj_decref(start);
        return NULL;
    }
    EnumerateObj *e = (EnumerateObj *)type_alloc(vm, type);
    if (e == NULL) {
        obj_decref(it);
        obj_decref(start);
        return NULL;
    }
    e->it = it;
    e->count = start;
    return (Obj *)e;
}

// The count stays a tagged small int while it fits and falls back to int
// addition beyond (enumerate(x, 2**70) works).
static Obj *enumerate_next(Vm *vm, Obj *self) {
    EnumerateObj *e = (EnumerateObj *)self;
    if (e->it == NULL) {
        return NULL;
    }
    Obj *item = obj_next(vm, e->it);
    if (item == NULL) {
        return NULL;
    }
    Obj *index = e->count, *next;
    if (OBJ_IS_SMALLINT(index) && SMALLINT_VALUE(index) < SMALLINT_MAX) {
        next = SMALLINT_FROM(SMALLINT_VALUE(index) + 1);
    } else {
        next = obj_binop(vm, index, SMALLINT_FROM(1), BINOP_ADD);
        if (next == NULL) {
            obj_decref(item);
            return NULL;
        }
    }
    e->count = next; // the tuple takes over the old count's reference
    return tuple_pack2_steal(vm, index, item);
}

static const MethodDef enumerate_methods[] = {
    {"__class_getitem__", listimpl_class_getitem, METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

TypeObj enumerate_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "enumerate",
    .basicsize = sizeof(EnumerateObj),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE,
    .dealloc = pair_dealloc,
    .traverse = pair_traverse,
    .clear = pair_clear,
    .iter = iter_self,
    .iternext = enumerate_next,
    .new_ = enumerate_new_py,
    .methods = enumerate_methods,
};

// ---------------------------------------------------------------------------
// zip, map and filter
// ---------------------------------------------------------------------------

// A tuple of iter(x) for each x of args[0..n).
static Obj *iter_tuple(Vm *vm, Obj *const *args, size_t n) {
    Obj *its = tuple_new(vm, n);
    if (its == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        Obj *it = obj_iter(vm, args[i]);
        if (it == NULL) {
            // Fill the rest so the tuple can be released safely.
            for (size_t j = i; j < n; j++) {
                tuple_set_steal(its, j, obj_newref(OBJ_NONE));
            }
            obj_decref(its);
            return NULL;
        }
        tuple_set_steal(its, i, it);
    }
    return its;
}

static Obj *zip_make(Vm *vm, TypeObj *type, Obj *func, Obj *const *args, size_t n, bool strict) {
    Obj *its = iter_tuple(vm, args, n);
    if (its == NULL) {
        return NULL;
    }
    ZipObj *z = (ZipObj *)type_alloc(vm, type);
    if (z == NULL) {
        obj_decref(its);
        return NULL;
    }
    z->func = func != NULL ? obj_newref(func) : NULL;
    z->its = its;
    z->strict = strict;
    return (Obj *)z;
}

// zip(*iterables, strict=False): `strict` is the only keyword.
static Obj *zip_new_py(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    bool strict = false;
    size_t nkw = kwnames != NULL ? tuple_len(kwnames) : 0;
    if (nkw > 1) {
        return err_raise(vm, &exc_TypeError, "zip() takes at most 1 keyword argument (%zu given)",
                         nkw);
    }
    for (size_t k = 0; k < nkw; k++) {
        Obj *kw = tuple_get_borrow(kwnames, k);
        if (!str_equal_cstr(kw, "strict")) {
            return err_raise(vm, &exc_TypeError, "'%S' is an invalid keyword argument for zip()",
                             kw);
        }
        int t = obj_is_true(vm, args[nargs + k]);
        if (t < 0) {
            return NULL;
        }
        strict = t != 0;
    }
    return zip_make(vm, type, NULL, args, nargs, strict);
}

// Messages of zip(strict=True) when argument `i` (0-based) ended early or
// ran on: "zip() argument 3 is shorter than arguments 1-2".
static Obj *zip_mismatch(Vm *vm, size_t i, const char *what) {
    if (i == 1) {
        return err_raise(vm, &exc_ValueError, "zip() argument 2 is %s than argument 1", what);
    }
    return err_raise(vm, &exc_ValueError, "zip() argument %zu is %s than arguments 1-%zu", i + 1,
                     what, i);
}

// Called when iterator `i` of a strict zip is exhausted.
static Obj *zip_strict_end(Vm *vm, ZipObj *z, size_t i) {
    if (i > 0) {
        return zip_mismatch(vm, i, "shorter");
    }
    size_t n = tuple_len(z->its);
    for (size_t j = 1; j < n; j++) {
        Obj *item = obj_next(vm, tuple_get_borrow(z->its, j));
        if (item != NULL) {
            obj_decref(item);
            return zip_mismatch(vm, j, "longer");
        }
        if (err_occurred(vm)) {
            return NULL;
        }
    }
    return NULL;
}

// One tuple per step; an exhausted iterator ends the zip (and, when
// strict, checks that all the others ended at the same time).
static Obj *zip_next(Vm *vm, Obj *self) {
    ZipObj *z = (ZipObj *)self;
    if (z->its == NULL) {
        return NULL;
    }
    size_t n = tuple_len(z->its);
    if (n == 0) {
        return NULL;
    }
    Obj *res = tuple_new(vm, n);
    if (res == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        Obj *item = obj_next(vm, tuple_get_borrow(z->its, i));
        if (item == NULL) {
            for (size_t j = i; j < n; j++) {
                tuple_set_steal(res, j, obj_newref(OBJ_NONE));
            }
            obj_decref(res);
            if (!err_occurred(vm) && z->strict) {
                return zip_strict_end(vm, z, i);
            }
            return NULL;
        }
        tuple_set_steal(res, i, item);
    }
    return res;
}

PAIR_TYPE(zip_type, "zip", zip_next, zip_new_py);

static Obj *map_new_py(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (kwnames != NULL && tuple_len(kwnames) > 0) {
        return err_raise(vm, &exc_TypeError, "map() takes no keyword arguments");
    }
    if (nargs < 2) {
        return err_raise(vm, &exc_TypeError, "map() must have at least two arguments.");
    }
    return zip_make(vm, type, args[0], args + 1, nargs - 1, false);
}

// Up to 8 arguments on the C stack; more go to a heap array.
static Obj *map_next(Vm *vm, Obj *self) {
    ZipObj *z = (ZipObj *)self;
    if (z->its == NULL) {
        return NULL;
    }
    size_t n = tuple_len(z->its);
    Obj *small[8];
    Obj **argv = small;
    if (n > 8) {
        argv = mem_alloc(n * sizeof(Obj *));
        if (argv == NULL) {
            return NULL;
        }
    }
    size_t got = 0;
    Obj *res = NULL;
    for (; got < n; got++) {
        argv[got] = obj_next(vm, tuple_get_borrow(z->its, got));
        if (argv[got] == NULL) {
            goto done;
        }
    }
    res = obj_call(vm, z->func, argv, n, NULL);
done:
    for (size_t i = 0; i < got; i++) {
        obj_decref(argv[i]);
    }
    if (argv != small) {
        mem_free(argv);
    }
    return res;
}

PAIR_TYPE(map_type, "map", map_next, map_new_py);

static Obj *filter_new_py(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (kwnames != NULL && tuple_len(kwnames) > 0) {
        return err_raise(vm, &exc_TypeError, "filter() takes no keyword arguments");
    }
    if (args_check(vm, "filter", nargs, NULL, 2, 2) < 0) {
        return NULL;
    }
    return zip_make(vm, type, args[0], args + 1, 1, false);
}

// filter(None, it) and filter(bool, it) test truth directly.
static Obj *filter_next(Vm *vm, Obj *self) {
    ZipObj *z = (ZipObj *)self;
    if (z->its == NULL) {
        return NULL;
    }
    Obj *it = tuple_get_borrow(z->its, 0);
    for (;;) {
        Obj *item = obj_next(vm, it);
        if (item == NULL) {
            return NULL;
        }
        int ok;
        if (z->func == OBJ_NONE || z->func == (Obj *)&bool_type) {
            ok = obj_is_true(vm, item);
        } else {
            Obj *r = obj_call1(vm, z->func, item);
            ok = r == NULL ? -1 : obj_is_true(vm, r);
            obj_xdecref(r);
        }
        if (ok > 0) {
            return item;
        }
        obj_decref(item);
        if (ok < 0) {
            return NULL;
        }
    }
}

PAIR_TYPE(filter_type, "filter", filter_next, filter_new_py);

// ---------------------------------------------------------------------------
// iter(callable, sentinel): calls `callable` until it returns `sentinel`.
// ---------------------------------------------------------------------------

static Obj *calliter_next(Vm *vm, Obj *self) {
    ZipObj *c = (ZipObj *)self; // func = the callable, its = the sentinel
    if (c->func == NULL) {
        return NULL;
    }
    Obj *v = obj_call0(vm, c->func);
    if (v == NULL) {
        if (err_matches(vm, &exc_StopIteration)) {
            err_clear(vm);
            pair_clear(self);
        }
        return NULL;
    }
    int eq = obj_eq(vm, v, c->its);
    if (eq != 0) {
        obj_decref(v);
        if (eq > 0) {
            pair_clear(self);
        }
        return NULL;
    }
    return v;
}

TypeObj calliter_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "callable_iterator",
    .base = &object_type, // usable before the runtime readies it
    .basicsize = sizeof(ZipObj),
    .flags = TYPE_FLAG_GC,
    .dealloc = pair_dealloc,
    .traverse = pair_traverse,
    .clear = pair_clear,
    .iter = iter_self,
    .iternext = calliter_next,
};

NEWREF Obj *calliter_new(Vm *vm, Obj *callable, Obj *sentinel) {
    ZipObj *c = (ZipObj *)type_alloc(vm, &calliter_type);
    if (c == NULL) {
        return NULL;
    }
    c->func = obj_newref(callable);
    c->its = obj_newref(sentinel);
    return (Obj *)c;
}
