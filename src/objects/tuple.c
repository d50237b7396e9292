/* tuple.c: the tuple type, an immutable array of references, with the
 * immortal empty tuple, CPython 3.11's xxHash-based tuple hash (so hash
 * values equal CPython's), and lazy untracking for the collector. */
#include "tuple.h"

#include <string.h>

#include "../memory/gc.h"
#include "../memory/mem.h"
#include "args.h"
#include "exc.h"
#include "intobj.h"
#include "list_impl.h"
#include "misc.h"
#include "runtime.h"
#include "str.h"
#include "type.h"

// The empty tuple: a static object with room for the GC header in front of
// it, so that gc_is_tracked and gc_untrack may look at it like any tuple.
// Its layout is TupleObj's without items.
static struct {
    GcHead gc;
    struct {
        Obj head;
        size_t len;
        int64_t hash_cache;
    } t;
} empty_s = {{0, 0}, {OBJ_HEAD_INIT(&tuple_type), 0, 0}};

Obj *tuple_empty = (Obj *)&empty_s.t;

bool tuple_check(const Obj *o) {
    TypeObj *t = obj_type(o);
    return t == &tuple_type || (t->flags & TYPE_FLAG_TUPLE_SUBCLASS) != 0;
}

// Items live inline after the header (one block per tuple). The size is
// overflow-checked so that (0,) * 2**62 fails with MemoryError.
NEWREF Obj *tuple_new(Vm *vm, size_t len) {
    if (len == 0) {
        return obj_newref(tuple_empty);
    }
    size_t bytes;
    if (len > (SIZE_MAX >> 4) || !mem_mul_ok(len, sizeof(Obj *), &bytes) ||
        !mem_add_ok(bytes, sizeof(TupleObj), &bytes)) {
        return err_nomemory(vm);
    }
    TupleObj *t = (TupleObj *)obj_new_container(vm, &tuple_type, bytes);
    if (t == NULL) {
        return NULL;
    }
    t->len = len;
    t->hash_cache = -1;
    return (Obj *)t;
}

void tuple_set_steal(Obj *tuple, size_t i, STEALS Obj *item) {
    ((TupleObj *)tuple)->items[i] = item;
}

NEWREF Obj *tuple_pack(Vm *vm, size_t n, Obj *const *items) {
    Obj *t = tuple_new(vm, n);
    if (t == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        tuple_set_steal(t, i, obj_newref(items[i]));
    }
    return t;
}

NEWREF Obj *tuple_pack1(Vm *vm, Obj *a) {
    return tuple_pack(vm, 1, &a);
}

NEWREF Obj *tuple_pack2(Vm *vm, Obj *a, Obj *b) {
    Obj *items[2] = {a, b};
    return tuple_pack(vm, 2, items);
}

NEWREF Obj *tuple_pack2_steal(Vm *vm, STEALS Obj *a, STEALS Obj *b) {
    Obj *t = tuple_new(vm, 2);
    if (t == NULL) {
        obj_decref(a);
        obj_decref(b);
        return NULL;
    }
    tuple_set_steal(t, 0, a);
    tuple_set_steal(t, 1, b);
    return t;
}

// An exact tuple is returned as is (immutable, so sharing is safe); other
// iterables are collected in a list first because their length is unknown.
NEWREF Obj *tuple_from_iterable(Vm *vm, Obj *iterable) {
    if (obj_type(iterable) == &tuple_type) {
        return obj_newref(iterable);
    }
    if (obj_type(iterable) == &list_type) { // not a subclass: it may override __iter__
        return list_as_tuple(vm, iterable);
    }
    Obj *l = list_from_iterable(vm, iterable);
    if (l == NULL) {
        return NULL;
    }
    Obj *t = list_as_tuple(vm, l);
    obj_decref(l);
    return t;
}

// CPython's rule: an item "may be tracked" when it is a GC object that is
// currently tracked; if none is, no cycle can pass through this tuple.
void tuple_maybe_untrack(Obj *t) {
    const TupleObj *tp = (const TupleObj *)t;
    if (t == tuple_empty || !gc_is_tracked(t)) {
        return;
    }
    for (size_t i = 0; i < tp->len; i++) {
        Obj *item = tp->items[i];
        if (item == NULL) {
            return; // still being filled
        }
        if (!OBJ_IS_SMALLINT(item) && (obj_type(item)->flags & TYPE_FLAG_GC) != 0 &&
            gc_is_tracked(item)) {
            return;
        }
    }
    gc_untrack(t);
}

// ---------------------------------------------------------------------------
// Lifetime and GC.
// ---------------------------------------------------------------------------

static void tuple_dealloc(Obj *self) {
    TupleObj *t = (TupleObj *)self;
    if (self == tuple_empty) {
        return; // immortal; never reached in practice
    }
    gc_untrack(self);
    size_t n = t->len;
    while (n > 0) {
        obj_xdecref(t->items[--n]);
    }
    obj_free(self);
}

// Slots may still be NULL while a new tuple is being filled.
static int tuple_traverse(Obj *self, GcVisitFn visit, void *arg) {
    // A visitor never changes the object it visits (it only reads or
    // counts), so the array and the length are read once.
    const TupleObj *t = (const TupleObj *)self;
    return gc_visit_array(t->items, t->len, visit, arg);
}

// Tuples are immutable, so the collector breaks cycles through them by
// emptying the slots (detach, then release).
static void tuple_clear(Obj *self) {
    TupleObj *t = (TupleObj *)self;
    for (size_t i = 0; i < t->len; i++) {
        Obj *item = t->items[i];
        t->items[i] = NULL;
        obj_xdecref(item);
    }
}

static size_t tuple_sizeof(Obj *self) {
    return obj_type(self)->basicsize + tuple_len(self) * sizeof(Obj *);
}

// ---------------------------------------------------------------------------
// Object protocol.
// ---------------------------------------------------------------------------

// "(1,)" for one item, "(...)" when a tuple reaches itself through a
// mutable item (obj_repr_enter).
static Obj *tuple_repr(Vm *vm, Obj *self) {
    TupleObj *t = (TupleObj *)self;
    if (t->len > 0) {
        // A tuple met again inside its own repr is "(...)" whatever its
        // length, as in CPython (the shared helper would write "(...,)").
        int rc = obj_repr_enter(vm, self);
        if (rc != 0) {
            return rc > 0 ? str_from_cstr(vm, "(...)") : NULL;
        }
        obj_repr_leave(vm, self);
    }
    Obj **items = t->items;
    return listimpl_items_repr(vm, self, &items, &t->len, "(", t->len == 1 ? ",)" : ")");
}

// CPython 3.11's tuple hash: an xxHash-style mix of the item hashes, so
// hash((1, 2)) is the same number in both interpreters.
#define XXPRIME_1   11400714785074694791ULL
#define XXPRIME_2   14029467366897019727ULL
#define XXPRIME_5   2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

// Mixes one item hash into the accumulator.
static uint64_t hash_lane(uint64_t acc, int64_t lane) {
    acc += (uint64_t)lane * XXPRIME_2;
    acc = XXROTATE(acc);
    return acc * XXPRIME_1;
}

static int64_t hash_final(uint64_t acc, size_t len) {
    acc += (uint64_t)len ^ (XXPRIME_5 ^ 3527539ULL);
    return acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
}

static int64_t tuple_hash(Vm *vm, Obj *self);

// One tuple being hashed: the items before `next` are mixed into `acc`.
typedef struct HashFrame {
    const TupleObj *t;
    size_t next;
    uint64_t acc;
} HashFrame;

// Tuples nested in tuples are hashed with an explicit stack instead of C
// recursion, so hash() of a 100,000-deep nested tuple returns CPython's
// value instead of running out of C stack (CPython recurses there, with
// bigger stack frames to spare). Other items go through obj_hash, with its
// recursion guard. Every tuple on the stack is kept alive by its parent.
static int64_t tuple_hash(Vm *vm, Obj *self) {
    HashFrame first = {(const TupleObj *)self, 0, XXPRIME_5};
    HashFrame *stack = &first;
    size_t depth = 1, cap = 1;
    int64_t h = -1;
    for (;;) {
        HashFrame *f = &stack[depth - 1];
        if (f->next == f->t->len) {
            h = hash_final(f->acc, f->t->len);
            if (--depth == 0) {
                break;
            }
            stack[depth - 1].acc = hash_lane(stack[depth - 1].acc, h);
            continue;
        }
        Obj *item = f->t->items[f->next++];
        if (obj_type(item)->hash != tuple_hash) {
            int64_t lane = obj_hash(vm, item);
            if (lane == -1) {
                h = -1;
                break;
            }
            f->acc = hash_lane(f->acc, lane);
            continue;
        }
        if (depth == cap) {
            size_t bytes;
            if (!mem_mul_ok(cap * 2, sizeof(HashFrame), &bytes)) {
                err_nomemory(vm);
                break;
            }
            HashFrame *grown = mem_alloc(bytes);
            if (grown == NULL) {
                break;
            }
            memcpy(grown, stack, depth * sizeof(HashFrame));
            if (stack != &first) {
                mem_free(stack);
            }
            stack = grown;
            cap *= 2;
        }
        stack[depth++] = (HashFrame){(const TupleObj *)item, 0, XXPRIME_5};
    }
    if (stack != &first) {
        mem_free(stack);
    }
    return h;
}

static Obj *tuple_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    if (!tuple_check(a) || !tuple_check(b)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    TupleObj *x = (TupleObj *)a, *y = (TupleObj *)b;
    Obj **xi = x->items, **yi = y->items;
    return listimpl_items_compare(vm, &xi, &x->len, &yi, &y->len, op);
}

static int64_t tuple_len_slot(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return (int64_t)tuple_len(self);
}

static int tuple_contains(Vm *vm, Obj *self, Obj *item) {
    const TupleObj *t = (const TupleObj *)self;
    for (size_t i = 0; i < t->len; i++) {
        int eq = obj_eq(vm, t->items[i], item);
        if (eq != 0) {
            return eq;
        }
    }
    return 0;
}

// t[i] and t[slice]; a full slice of an exact tuple is the tuple itself.
static Obj *tuple_getitem(Vm *vm, Obj *self, Obj *key) {
    TupleObj *t = (TupleObj *)self;
    int64_t i;
    if (OBJ_IS_SMALLINT(key)) {
        i = SMALLINT_VALUE(key);
    } else if (obj_type(key) == &slice_type) {
        int64_t start, stop, step;
        int64_t n = slice_unpack(vm, key, (int64_t)t->len, &start, &stop, &step);
        if (n < 0) {
            return NULL;
        }
        if (step == 1 && n == (int64_t)t->len && obj_type(self) == &tuple_type) {
            return obj_newref(self);
        }
        Obj *res = tuple_new(vm, (size_t)n);
        if (res == NULL) {
            return NULL;
        }
        for (int64_t k = 0; k < n; k++) { // no running sum: it overflows for huge steps
            tuple_set_steal(res, (size_t)k, obj_newref(t->items[start + k * step]));
        }
        return res;
    } else if (slice_key_index(vm, key, "tuple", &i) < 0) {
        return NULL;
    }
    if (i < 0) {
        i += (int64_t)t->len;
    }
    if (i < 0 || (uint64_t)i >= t->len) {
        return err_raise(vm, &exc_IndexError, "tuple index out of range");
    }
    return obj_newref(t->items[i]);
}

// tuple + tuple. A non-tuple right operand gets CPython's "can only
// concatenate" message unless it is an instance of a class, which may
// define __radd__ (then NotImplemented lets the generic code try it).
static Obj *tuple_add(Vm *vm, Obj *a, Obj *b) {
    if (!tuple_check(a)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    if (!tuple_check(b)) {
        if (obj_type(b)->flags & TYPE_FLAG_HEAPTYPE) {
            return obj_newref(OBJ_NOTIMPL);
        }
        return err_raise(vm, &exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                         obj_type_name(b));
    }
    const TupleObj *x = (const TupleObj *)a, *y = (const TupleObj *)b;
    if (y->len == 0 && obj_type(a) == &tuple_type) {
        return obj_newref(a);
    }
    if (x->len == 0 && obj_type(b) == &tuple_type) {
        return obj_newref(b);
    }
    Obj *res = tuple_new(vm, x->len + y->len);
    if (res == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < x->len; i++) {
        tuple_set_steal(res, i, obj_newref(x->items[i]));
    }
    for (size_t i = 0; i < y->len; i++) {
        tuple_set_steal(res, x->len + i, obj_newref(y->items[i]));
    }
    return res;
}

// t * n and n * t; t * 1 of an exact tuple is t itself.
static Obj *tuple_mul(Vm *vm, Obj *a, Obj *b) {
    Obj *seq;
    int64_t n;
    int rc = listimpl_repeat_args(vm, a, b, tuple_check, &seq, &n);
    if (rc <= 0) {
        return rc < 0 ? NULL : obj_newref(OBJ_NOTIMPL);
    }
    const TupleObj *t = (const TupleObj *)seq;
    if (n == 1 && obj_type(seq) == &tuple_type) {
        return obj_newref(seq);
    }
    if (t->len == 0 || n == 0) {
        return obj_newref(tuple_empty);
    }
    size_t total;
    if (!mem_mul_ok(t->len, (size_t)n, &total) || total > (SIZE_MAX >> 4)) {
        return err_nomemory(vm);
    }
    Obj *res = tuple_new(vm, total);
    if (res == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < total; i++) {
        tuple_set_steal(res, i, obj_newref(t->items[i % t->len]));
    }
    return res;
}

// ---------------------------------------------------------------------------
// Methods and construction.
// ---------------------------------------------------------------------------

static const char index_msg[] = "slice indices must be integers or have an __index__ method";

static Obj *tuple_py_index(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    const TupleObj *t = (const TupleObj *)self;
    int64_t start = 0, stop = INT64_MAX, n = (int64_t)t->len;
    if (args_check(vm, "index", nargs, kwnames, 1, 3) < 0 ||
        (nargs > 1 && slice_bound(vm, args[1], index_msg, &start) < 0) ||
        (nargs > 2 && slice_bound(vm, args[2], index_msg, &stop) < 0)) {
        return NULL;
    }
    if (start < 0) {
        start = start + n < 0 ? 0 : start + n;
    }
    if (stop < 0) {
        stop = stop + n < 0 ? 0 : stop + n;
    }
    for (int64_t i = start; i < stop && i < n; i++) {
        int eq = obj_eq(vm, t->items[i], args[0]);
        if (eq < 0) {
            return NULL;
        }
        if (eq > 0) {
            return int_from_i64(vm, i);
        }
    }
    return err_raise(vm, &exc_ValueError, "tuple.index(x): x not in tuple");
}

static Obj *tuple_py_count(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    const TupleObj *t = (const TupleObj *)self;
    if (args_check(vm, "tuple.count", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    int64_t count = 0;
    for (size_t i = 0; i < t->len; i++) {
        int eq = obj_eq(vm, t->items[i], args[0]);
        if (eq < 0) {
            return NULL;
        }
        count += eq;
    }
    return int_from_i64(vm, count);
}

static Obj *tuple_py_sizeof(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "tuple.__sizeof__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_from_u64(vm, tuple_sizeof(self));
}

// An instance of the tuple subclass `type` holding the items of the exact
// tuple `items`. Items are inline, so the block is sized by hand, with room
// after the items for what the class adds (slots, attribute table; see
// type_tail_size); like type_alloc, it takes the reference to a heap class
// that subtype_dealloc releases.
static Obj *subtype_from_items(Vm *vm, TypeObj *type, Obj *items) {
    size_t n = tuple_len(items), bytes;
    if (!mem_mul_ok(n, sizeof(Obj *), &bytes) ||
        !mem_add_ok(bytes, sizeof(TupleObj) + type_tail_size(type), &bytes)) {
        return err_nomemory(vm);
    }
    TupleObj *t = (TupleObj *)obj_new_container(vm, type, bytes);
    if (t == NULL) {
        return NULL;
    }
    if (type->flags & TYPE_FLAG_HEAPTYPE) {
        obj_incref((Obj *)type);
    }
    t->len = n;
    t->hash_cache = -1;
    for (size_t i = 0; i < n; i++) {
        t->items[i] = obj_newref(tuple_get_borrow(items, i));
    }
    return (Obj *)t;
}

// tuple() / tuple(iterable), and tuple.__new__(cls, iterable) for
// subclasses (namedtuple-style classes call it from their __new__).
static Obj *tuple_new_py(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (kwnames != NULL && tuple_len(kwnames) > 0) {
        return err_raise(vm, &exc_TypeError, "tuple() takes no keyword arguments");
    }
    if (args_check(vm, "tuple", nargs, NULL, 0, 1) < 0) {
        return NULL;
    }
    Obj *items = nargs == 0 ? obj_newref(tuple_empty) : tuple_from_iterable(vm, args[0]);
    if (items == NULL || type == &tuple_type) {
        return items;
    }
    Obj *res = subtype_from_items(vm, type, items);
    obj_decref(items);
    return res;
}

// (tuple(self),): the arguments that rebuild a copy (the copy protocol).
static Obj *tuple_py_getnewargs(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__getnewargs__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    TupleObj *t = (TupleObj *)self;
    Obj *copy = tuple_pack(vm, t->len, t->items);
    if (copy == NULL) {
        return NULL;
    }
    Obj *res = tuple_pack1(vm, copy);
    obj_decref(copy);
    return res;
}

static const MethodDef tuple_methods[] = {
    {"index", tuple_py_index, METH_DEFAULT, "Return first index of value."},
    {"count", tuple_py_count, METH_DEFAULT, "Return number of occurrences of value."},
    {"__sizeof__", tuple_py_sizeof, METH_DEFAULT, "Size of the tuple in memory, in bytes."},
    {"__getnewargs__", tuple_py_getnewargs, METH_DEFAULT, "Arguments that rebuild the tuple."},
    {"__class_getitem__", listimpl_class_getitem, METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

TypeObj tuple_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "tuple",
    .basicsize = sizeof(TupleObj),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE | TYPE_FLAG_TUPLE_SUBCLASS | TYPE_FLAG_SEQ_CONCAT,
    .dealloc = tuple_dealloc,
    .traverse = tuple_traverse,
    .clear = tuple_clear,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tupleiter_new,
    .binop = {[BINOP_ADD] = tuple_add, [BINOP_MUL] = tuple_mul},
    .len = tuple_len_slot,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .new_ = tuple_new_py,
    .sizeof_ = tuple_sizeof,
    .methods = tuple_methods,
};
