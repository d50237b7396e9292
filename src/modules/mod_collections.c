/* mod_collections.c: the `_collections` module: collections.deque as a
 * ring buffer of references (O(1) appends and pops at both ends, O(1)
 * indexing), with CPython's maxlen, iteration guard, repr, comparisons and
 * operators (mod_collections_ops.c holds the operators and iterators).
 * lib/collections/__init__.py imports deque from here. */
#include <string.h>

#include "memory/gc.h"
#include "memory/mem.h"
#include "modules/mod_collections_impl.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/list.h"
#include "objects/list_impl.h"
#include "objects/misc.h"
#include "objects/module.h"
#include "objects/runtime.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/typeimpl.h"

// Moves the items into a buffer of `cap` slots (a power of two >= len),
// starting at slot 0. 0, or -1 with MemoryError pending.
static int set_capacity(DequeObj *d, size_t cap) {
    size_t bytes;
    if (!mem_mul_ok(cap, sizeof(Obj *), &bytes)) {
        err_nomemory(rt_vm);
        return -1;
    }
    Obj **items = mem_alloc(bytes);
    if (items == NULL) {
        return -1;
    }
    for (size_t i = 0; i < d->len; i++) {
        items[i] = *slot(d, i);
    }
    mem_free(d->items);
    d->items = items;
    d->cap = cap;
    d->first = 0;
    return 0;
}

// Room for one more item. 0 or -1 (MemoryError).
static int reserve_one(DequeObj *d) {
    if (d->len < d->cap) {
        return 0;
    }
    if (d->cap > (SIZE_MAX / sizeof(Obj *)) / 4) {
        err_nomemory(rt_vm);
        return -1;
    }
    return set_capacity(d, d->cap == 0 ? DEQUE_MIN_CAP : d->cap * 2);
}

// Gives memory back once the deque is a quarter full, so that a queue that
// drained returns to a small buffer (sys.getsizeof follows).
static void maybe_shrink(DequeObj *d) {
    if (d->cap > 4 * DEQUE_MIN_CAP && d->len * 4 < d->cap) {
        if (set_capacity(d, d->cap / 2) < 0) {
            err_clear(rt_vm); // keeping the larger buffer is fine
        }
    }
}

// Removes and returns the first / last item (the caller checked len > 0).
static Obj *take_left(DequeObj *d) {
    Obj *x = *slot(d, 0);
    d->first = (d->first + 1) & (d->cap - 1);
    d->len--;
    d->state++;
    return x;
}

static Obj *take_right(DequeObj *d) {
    Obj *x = *slot(d, d->len - 1);
    d->len--;
    d->state++;
    return x;
}

// Appends `x` at the right (or left) end, dropping an item from the other
// end when the deque is at its maxlen; the dropped item is released after
// the deque is consistent. 0 or -1 (MemoryError).
int modcollections_push_steal(DequeObj *d, STEALS Obj *x, bool left) {
    if (d->maxlen == 0) {
        obj_decref(x);
        return 0;
    }
    Obj *dropped = NULL;
    if (d->maxlen > 0 && d->len >= (size_t)d->maxlen) {
        dropped = left ? take_right(d) : take_left(d);
    } else if (reserve_one(d) < 0) {
        obj_decref(x);
        return -1;
    }
    if (left) {
        d->first = (d->first - 1) & (d->cap - 1);
        d->items[d->first] = x;
    } else {
        *slot(d, d->len) = x;
    }
    d->len++;
    d->state++;
    obj_xdecref(dropped);
    return 0;
}

// Drops every item: the buffer is detached first, since a decref may run
// __del__, which may use this deque. Also the type's `clear` slot.
void modcollections_clear(Obj *self) {
    DequeObj *d = (DequeObj *)self;
    Obj **items = d->items;
    size_t cap = d->cap, first = d->first, n = d->len;
    d->items = NULL;
    d->cap = d->first = d->len = 0;
    d->state++;
    for (size_t i = 0; i < n; i++) {
        obj_decref(items[(first + i) & (cap - 1)]);
    }
    mem_free(items);
}

static void deque_dealloc(Obj *self) {
    gc_untrack(self);
    modcollections_clear(self);
    obj_free(self);
}

static int deque_traverse(Obj *self, GcVisitFn visit, void *arg) {
    const DequeObj *d = (const DequeObj *)self;
    for (size_t i = 0; i < d->len; i++) {
        int rc = visit(*slot(d, i), arg);
        if (rc != 0) {
            return rc;
        }
    }
    return 0;
}

static size_t deque_sizeof(Obj *self) {
    const DequeObj *d = (const DequeObj *)self;
    return obj_type(self)->basicsize + d->cap * sizeof(Obj *);
}

// ---------------------------------------------------------------------------
// Adding and removing items.
// ---------------------------------------------------------------------------

static Obj *deque_py_append(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "deque.append", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (modcollections_push_steal((DequeObj *)self, obj_newref(args[0]), false) < 0) {
        return NULL;
    }
    return obj_newref(OBJ_NONE);
}

static Obj *deque_py_appendleft(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "deque.appendleft", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (modcollections_push_steal((DequeObj *)self, obj_newref(args[0]), true) < 0) {
        return NULL;
    }
    return obj_newref(OBJ_NONE);
}

static Obj *pop_end(Vm *vm, Obj *self, size_t nargs, Obj *kwnames, bool left) {
    if (args_check(vm, left ? "deque.popleft" : "deque.pop", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    DequeObj *d = (DequeObj *)self;
    if (d->len == 0) {
        return err_raise(vm, &exc_IndexError, "pop from an empty deque");
    }
    Obj *x = left ? take_left(d) : take_right(d);
    maybe_shrink(d);
    return x;
}

static Obj *deque_py_pop(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    return pop_end(vm, self, nargs, kwnames, false);
}

static Obj *deque_py_popleft(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    return pop_end(vm, self, nargs, kwnames, true);
}

// Appends every item of `iterable` at one end. Extending a deque by itself
// iterates over a snapshot, as CPython does.
int modcollections_extend(Vm *vm, DequeObj *d, Obj *iterable, bool left) {
    Obj *snapshot = NULL;
    if (iterable == (Obj *)d) {
        snapshot = list_from_iterable(vm, iterable);
        if (snapshot == NULL) {
            return -1;
        }
        iterable = snapshot;
    }
    Obj *it = obj_iter(vm, iterable);
    obj_xdecref(snapshot);
    if (it == NULL) {
        return -1;
    }
    Obj *x;
    while ((x = obj_next(vm, it)) != NULL) {
        if (modcollections_push_steal(d, x, left) < 0) {
            break;
        }
    }
    obj_decref(it);
    return err_occurred(vm) ? -1 : 0;
}

static Obj *deque_py_extend(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "deque.extend", nargs, kwnames, 1, 1) < 0 ||
        modcollections_extend(vm, (DequeObj *)self, args[0], false) < 0) {
        return NULL;
    }
    return obj_newref(OBJ_NONE);
}

static Obj *deque_py_extendleft(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "deque.extendleft", nargs, kwnames, 1, 1) < 0 ||
        modcollections_extend(vm, (DequeObj *)self, args[0], true) < 0) {
        return NULL;
    }
    return obj_newref(OBJ_NONE);
}

static Obj *deque_py_clear(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "deque.clear", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    modcollections_clear(self);
    return obj_newref(OBJ_NONE);
}

// Rotates right by `n` (left when negative), stepping the shorter way.
static void rotate(DequeObj *d, int64_t n) {
    if (d->len <= 1) {
        return;
    }
    int64_t len = (int64_t)d->len;
    n %= len;
    if (n < 0) {
        n += len;
    }
    if (n == 0) {
        return;
    }
    bool right = n <= len / 2;
    int64_t steps = right ? n : len - n;
    size_t mask = d->cap - 1;
    // Moving one item between the ends of a ring keeps every other slot.
    for (int64_t i = 0; i < steps; i++) {
        if (right) {
            Obj *x = *slot(d, d->len - 1);
            d->first = (d->first - 1) & mask;
            d->items[d->first] = x;
        } else {
            Obj *x = d->items[d->first];
            d->first = (d->first + 1) & mask;
            *slot(d, d->len - 1) = x;
        }
    }
    d->state++;
}

static Obj *deque_py_rotate(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "deque.rotate", nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    int64_t n = 1;
    if (nargs == 1 && obj_as_ssize(vm, args[0], &n) < 0) {
        return NULL;
    }
    rotate((DequeObj *)self, n);
    return obj_newref(OBJ_NONE);
}

static Obj *deque_py_reverse(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "deque.reverse", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    DequeObj *d = (DequeObj *)self;
    for (size_t i = 0, j = d->len; i + 1 < j; i++, j--) {
        Obj **a = slot(d, i), **b = slot(d, j - 1);
        Obj *t = *a;
        *a = *b;
        *b = t;
    }
    return obj_newref(OBJ_NONE);
}

// Removes the item at `i` (< len) and returns it (the caller releases it):
// the shorter side moves by one slot.
static Obj *take_at(DequeObj *d, size_t i) {
    Obj *x = *slot(d, i);
    if (i < d->len / 2) {
        for (size_t k = i; k > 0; k--) {
            *slot(d, k) = *slot(d, k - 1);
        }
        d->first = (d->first + 1) & (d->cap - 1);
    } else {
        for (size_t k = i; k + 1 < d->len; k++) {
            *slot(d, k) = *slot(d, k + 1);
        }
    }
    d->len--;
    d->state++;
    return x;
}

// Inserts `x` before position `i` (<= len); the deque has room.
static void put_at(DequeObj *d, size_t i, STEALS Obj *x) {
    if (i < d->len / 2) {
        d->first = (d->first - 1) & (d->cap - 1);
        d->len++;
        for (size_t k = 0; k < i; k++) {
            *slot(d, k) = *slot(d, k + 1);
        }
    } else {
        d->len++;
        for (size_t k = d->len - 1; k > i; k--) {
            *slot(d, k) = *slot(d, k - 1);
        }
    }
    *slot(d, i) = x;
    d->state++;
}

static Obj *deque_py_insert(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "deque.insert", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    DequeObj *d = (DequeObj *)self;
    int64_t i;
    if (obj_as_ssize(vm, args[0], &i) < 0) {
        return NULL;
    }
    if (d->maxlen >= 0 && d->len >= (size_t)d->maxlen) {
        return err_raise(vm, &exc_IndexError, "deque already at its maximum size");
    }
    int64_t n = (int64_t)d->len;
    if (i < 0) {
        i = i + n < 0 ? 0 : i + n;
    }
    if (i > n) {
        i = n;
    }
    if (reserve_one(d) < 0) {
        return NULL;
    }
    put_at(d, (size_t)i, obj_newref(args[1]));
    return obj_newref(OBJ_NONE);
}

// ---------------------------------------------------------------------------
// Searching. An __eq__ may change the deque; CPython then stops with
// RuntimeError (IndexError for remove(), as CPython 3.11).
// ---------------------------------------------------------------------------

// Position of the first item equal to `x` in [start, stop), -1 when none,
// -2 with an exception pending.
static int64_t find(Vm *vm, DequeObj *d, Obj *x, size_t start, size_t stop, bool for_remove) {
    uint64_t state = d->state;
    for (size_t i = start; i < stop && i < d->len; i++) {
        Obj *item = obj_newref(*slot(d, i));
        int eq = obj_eq(vm, item, x);
        obj_decref(item);
        if (eq < 0) {
            return -2;
        }
        if (d->state != state) {
            err_raise(vm, for_remove ? &exc_IndexError : &exc_RuntimeError,
                      "deque mutated during iteration");
            return -2;
        }
        if (eq > 0) {
            return (int64_t)i;
        }
    }
    return -1;
}

static Obj *deque_py_count(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "deque.count", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    DequeObj *d = (DequeObj *)self;
    int64_t count = 0;
    for (size_t i = 0;; i++) {
        int64_t at = find(vm, d, args[0], i, d->len, false);
        if (at == -2) {
            return NULL;
        }
        if (at < 0) {
            break;
        }
        count++;
        i = (size_t)at;
    }
    return int_from_i64(vm, count);
}

// Clamps a start/stop argument of index() as CPython's slice indices.
static int index_bound(Vm *vm, Obj *arg, int64_t len, int64_t *out) {
    if (!int_check(arg) && obj_type(arg)->as_int == NULL) {
        err_raise(vm, &exc_TypeError, "slice indices must be integers or have an __index__ method");
        return -1;
    }
    Obj *i = obj_index(vm, arg);
    if (i == NULL) {
        return -1;
    }
    int64_t v;
    if (int_as_i64(vm, i, &v) < 0) {
        err_clear(vm);
        v = int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    obj_decref(i);
    if (v < 0) {
        v = v + len < 0 ? 0 : v + len;
    }
    *out = v > len ? len : v;
    return 0;
}

static Obj *deque_py_index(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (kwnames != NULL && tuple_len(kwnames) > 0) {
        return err_raise(vm, &exc_TypeError, "index() takes no keyword arguments");
    }
    if (nargs < 1 || nargs > 3) {
        return err_raise(vm, &exc_TypeError,
                         nargs < 1 ? "index expected at least 1 argument, got 0"
                                   : "index() takes at most 3 arguments (%zu given)",
                         nargs);
    }
    DequeObj *d = (DequeObj *)self;
    int64_t len = (int64_t)d->len, start = 0, stop = len;
    if ((nargs > 1 && index_bound(vm, args[1], len, &start) < 0) ||
        (nargs > 2 && index_bound(vm, args[2], len, &stop) < 0)) {
        return NULL;
    }
    int64_t at = start < stop ? find(vm, d, args[0], (size_t)start, (size_t)stop, false) : -1;
    if (at == -2) {
        return NULL;
    }
    if (at < 0) {
        return err_raise(vm, &exc_ValueError, "%R is not in deque", args[0]);
    }
    return int_from_i64(vm, at);
}

static Obj *deque_py_remove(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "deque.remove", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    DequeObj *d = (DequeObj *)self;
    int64_t at = find(vm, d, args[0], 0, d->len, true);
    if (at == -2) {
        return NULL;
    }
    if (at < 0) {
        return err_raise(vm, &exc_ValueError, "%R is not in deque", args[0]);
    }
    obj_decref(take_at(d, (size_t)at));
    return obj_newref(OBJ_NONE);
}

static int deque_contains(Vm *vm, Obj *self, Obj *item) {
    DequeObj *d = (DequeObj *)self;
    int64_t at = find(vm, d, item, 0, d->len, false);
    return at == -2 ? -1 : at >= 0;
}

// ---------------------------------------------------------------------------
// Construction and copies.
// ---------------------------------------------------------------------------

static Obj *deque_new_py(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    OURO_UNUSED(nargs);
    OURO_UNUSED(kwnames);
    Obj *self = type_alloc(vm, type);
    if (self != NULL) {
        ((DequeObj *)self)->maxlen = -1;
    }
    return self;
}

// deque(iterable=(), maxlen=None): __init__ empties the deque and sets
// maxlen again, as CPython's does.
static int deque_init(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"iterable", "maxlen", NULL};
    Obj *given[2] = {NULL, NULL};
    if (nargs > 2) {
        err_raise(vm, &exc_TypeError, "deque() takes at most 2 arguments (%zu given)", nargs);
        return -1;
    }
    if (args_bind(vm, "deque", args, nargs, kwnames, names, 2, 0, given) < 0) {
        return -1;
    }
    int64_t maxlen = -1;
    if (given[1] != NULL && given[1] != OBJ_NONE) {
        if (!int_check(given[1])) {
            err_raise(vm, &exc_TypeError, "an integer is required");
            return -1;
        }
        if (obj_as_ssize(vm, given[1], &maxlen) < 0) {
            return -1;
        }
        if (maxlen < 0) {
            err_raise(vm, &exc_ValueError, "maxlen must be non-negative");
            return -1;
        }
    }
    DequeObj *d = (DequeObj *)self;
    d->maxlen = maxlen;
    if (d->len > 0) {
        modcollections_clear(self);
    }
    return given[0] != NULL ? modcollections_extend(vm, d, given[0], false) : 0;
}

// A copy of `self`: an exact deque is copied directly, a subclass through
// type(self)(self[, maxlen]) as CPython's deque.copy().
NEWREF Obj *modcollections_copy(Vm *vm, Obj *self) {
    DequeObj *d = (DequeObj *)self;
    if (obj_type(self) != &deque_type) {
        Obj *argv[2] = {self, NULL};
        size_t argc = 1;
        if (d->maxlen >= 0) {
            argv[1] = int_from_i64(vm, d->maxlen);
            if (argv[1] == NULL) {
                return NULL;
            }
            argc = 2;
        }
        Obj *res = obj_call(vm, (Obj *)obj_type(self), argv, argc, NULL);
        obj_xdecref(argv[1]);
        return res;
    }
    Obj *res = deque_new_py(vm, &deque_type, NULL, 0, NULL);
    if (res == NULL) {
        return NULL;
    }
    DequeObj *c = (DequeObj *)res;
    c->maxlen = d->maxlen;
    size_t cap = DEQUE_MIN_CAP;
    while (cap < d->len) {
        cap *= 2;
    }
    if (d->len > 0 && set_capacity(c, cap) < 0) {
        obj_decref(res);
        return NULL;
    }
    for (size_t i = 0; i < d->len; i++) {
        c->items[i] = obj_newref(*slot(d, i));
    }
    c->len = d->len;
    return res;
}

static Obj *deque_py_copy(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "deque.copy", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return modcollections_copy(vm, self);
}

static Obj *deque_get_maxlen(Vm *vm, Obj *self) {
    int64_t maxlen = ((DequeObj *)self)->maxlen;
    return maxlen < 0 ? obj_newref(OBJ_NONE) : int_from_i64(vm, maxlen);
}

// ---------------------------------------------------------------------------
// Object protocol: repr, comparison, length, truth, indexing.
// ---------------------------------------------------------------------------

// The items as a new list.
NEWREF Obj *modcollections_as_list(Vm *vm, DequeObj *d) {
    Obj *l = list_new(vm, d->len);
    if (l == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < d->len; i++) {
        list_set_steal(l, i, obj_newref(*slot(d, i)));
    }
    return l;
}

// "deque([1, 2])", "D([1], maxlen=3)"; "[...]" for a deque inside itself.
static Obj *deque_repr(Vm *vm, Obj *self) {
    int rc = obj_repr_enter(vm, self);
    if (rc != 0) {
        return rc > 0 ? str_from_cstr(vm, "[...]") : NULL;
    }
    DequeObj *d = (DequeObj *)self;
    Obj *res = NULL;
    Obj *items = modcollections_as_list(vm, d);
    Obj *name = items != NULL ? obj_getattr_cstr(vm, (Obj *)obj_type(self), "__name__") : NULL;
    if (name != NULL) {
        if (d->maxlen >= 0) {
            res = str_from_fmt(vm, "%S(%R, maxlen=%lld)", name, items, (long long)d->maxlen);
        } else {
            res = str_from_fmt(vm, "%S(%R)", name, items);
        }
    }
    obj_xdecref(name);
    obj_xdecref(items);
    obj_repr_leave(vm, self);
    return res;
}

static Obj *cmp_lengths(size_t a, size_t b, CmpOp op) {
    bool r = op == CMP_LT   ? a < b
             : op == CMP_LE ? a <= b
             : op == CMP_EQ ? a == b
             : op == CMP_NE ? a != b
             : op == CMP_GT ? a > b
                            : a >= b;
    return obj_newref(obj_bool(r));
}

// Lexicographic, like lists: the first unequal pair decides, then lengths.
static Obj *deque_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    if (!modcollections_check(a) || !modcollections_check(b)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    DequeObj *x = (DequeObj *)a, *y = (DequeObj *)b;
    if (x->len != y->len && (op == CMP_EQ || op == CMP_NE)) {
        return obj_newref(obj_bool(op == CMP_NE));
    }
    uint64_t xs = x->state, ys = y->state;
    for (size_t i = 0; i < x->len && i < y->len; i++) {
        Obj *p = obj_newref(*slot(x, i)), *q = obj_newref(*slot(y, i));
        int eq = obj_eq(vm, p, q);
        Obj *res = NULL;
        if (eq == 0) {
            bool by_eq = op == CMP_EQ || op == CMP_NE;
            res = by_eq ? obj_newref(obj_bool(op == CMP_NE)) : obj_richcompare(vm, p, q, op);
        }
        obj_decref(p);
        obj_decref(q);
        if (eq <= 0) {
            return eq < 0 ? NULL : res; // res is NULL when the comparison failed
        }
        if (x->state != xs || y->state != ys) {
            return err_raise(vm, &exc_RuntimeError, "deque mutated during iteration");
        }
    }
    return cmp_lengths(x->len, y->len, op);
}

static int64_t deque_len(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return (int64_t)((DequeObj *)self)->len;
}

static int deque_is_true(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return ((DequeObj *)self)->len > 0;
}

// The position named by `key` for d[key]: TypeError for a non-integer,
// IndexError out of range. 0 or -1.
static int item_index(Vm *vm, DequeObj *d, Obj *key, size_t *out) {
    int64_t i;
    if (OBJ_IS_SMALLINT(key)) {
        i = SMALLINT_VALUE(key);
    } else {
        if (!int_check(key) && obj_type(key)->as_int == NULL) {
            err_raise(vm, &exc_TypeError, "sequence index must be integer, not '%s'",
                      obj_type_name(key));
            return -1;
        }
        if (obj_as_ssize(vm, key, &i) < 0) {
            if (err_matches(vm, &exc_OverflowError)) {
                err_clear(vm);
                err_raise(vm, &exc_IndexError, "cannot fit 'int' into an index-sized integer");
            }
            return -1;
        }
    }
    if (i < 0) {
        i += (int64_t)d->len;
    }
    if (i < 0 || i >= (int64_t)d->len) {
        err_raise(vm, &exc_IndexError, "deque index out of range");
        return -1;
    }
    *out = (size_t)i;
    return 0;
}

static Obj *deque_getitem(Vm *vm, Obj *self, Obj *key) {
    DequeObj *d = (DequeObj *)self;
    size_t i;
    if (item_index(vm, d, key, &i) < 0) {
        return NULL;
    }
    return obj_newref(*slot(d, i));
}

// d[i] = value, or del d[i] when `value` is NULL.
static int deque_setitem(Vm *vm, Obj *self, Obj *key, Obj *value) {
    DequeObj *d = (DequeObj *)self;
    size_t i;
    if (item_index(vm, d, key, &i) < 0) {
        return -1;
    }
    if (value == NULL) {
        obj_decref(take_at(d, i));
        return 0;
    }
    obj_replace(slot(d, i), value);
    return 0;
}

// ---------------------------------------------------------------------------
// The type and the module.
// ---------------------------------------------------------------------------

static const MethodDef deque_methods[] = {
    {"append", deque_py_append, METH_DEFAULT, "Add an element to the right side of the deque."},
    {"appendleft", deque_py_appendleft, METH_DEFAULT,
     "Add an element to the left side of the deque."},
    {"pop", deque_py_pop, METH_DEFAULT, "Remove and return the rightmost element."},
    {"popleft", deque_py_popleft, METH_DEFAULT, "Remove and return the leftmost element."},
    {"extend", deque_py_extend, METH_DEFAULT,
     "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", deque_py_extendleft, METH_DEFAULT,
     "Extend the left side of the deque with elements from the iterable"},
    {"clear", deque_py_clear, METH_DEFAULT, "Remove all elements from the deque."},
    {"copy", deque_py_copy, METH_DEFAULT, "Return a shallow copy of a deque."},
    {"__copy__", deque_py_copy, METH_DEFAULT, "Return a shallow copy of a deque."},
    {"count", deque_py_count, METH_DEFAULT,
     "D.count(value) -> integer -- return number of occurrences of value"},
    {"index", deque_py_index, METH_DEFAULT,
     "D.index(value, [start, [stop]]) -> integer -- return first index of value."},
    {"insert", deque_py_insert, METH_DEFAULT,
     "D.insert(index, object) -- insert object before index"},
    {"remove", deque_py_remove, METH_DEFAULT,
     "D.remove(value) -- remove first occurrence of value."},
    {"reverse", deque_py_reverse, METH_DEFAULT, "D.reverse() -- reverse *IN PLACE*"},
    {"rotate", deque_py_rotate, METH_DEFAULT,
     "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
    {"__reversed__", modcollections_py_reversed, METH_DEFAULT,
     "D.__reversed__() -- return a reverse iterator over the deque"},
    {"__class_getitem__", listimpl_class_getitem, METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef deque_getset[] = {
    {"maxlen", deque_get_maxlen, NULL},
    {NULL, NULL, NULL},
};

TypeObj deque_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "collections.deque",
    .basicsize = sizeof(DequeObj),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE | TYPE_FLAG_WEAKREFABLE | TYPE_FLAG_SEQ_CONCAT,
    .dealloc = deque_dealloc,
    .traverse = deque_traverse,
    .clear = modcollections_clear,
    .repr = deque_repr,
    .richcompare = deque_richcompare,
    .iter = modcollections_iter,
    .binop = {[BINOP_ADD] = modcollections_add, [BINOP_MUL] = modcollections_mul},
    .inplace = {[BINOP_ADD] = modcollections_iadd, [BINOP_MUL] = modcollections_imul},
    .is_true = deque_is_true,
    .len = deque_len,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .contains = deque_contains,
    .new_ = deque_new_py,
    .init = deque_init,
    .sizeof_ = deque_sizeof,
    .methods = deque_methods,
    .getset = deque_getset,
};

static const MethodDef modcollections_functions[] = {
    {NULL, NULL, 0, NULL},
};

Obj *modcollections_init(Vm *vm) {
    Obj *m = module_create_builtin(vm, "_collections", modcollections_functions);
    if (m == NULL || dict_set_cstr(vm, module_dict(m), "deque", (Obj *)&deque_type) < 0 ||
        dict_set_cstr(vm, module_dict(m), "_deque_iterator", (Obj *)&dequeiter_type) < 0 ||
        dict_set_cstr(vm, module_dict(m), "_deque_reverse_iterator", (Obj *)&dequereviter_type) <
            0) {
        return NULL;
    }
    return m;
}
