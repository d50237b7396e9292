/* range.c: range objects (start, stop and step as C int64; bounds outside
 * that range raise OverflowError) and their iterator, which allocates
 * nothing per step beyond the ints it yields. */
#include "../memory/gc.h"
#include "args.h"
#include "exc.h"
#include "intobj.h"
#include "misc.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

typedef struct RangeObj {
    Obj head;
    int64_t start, stop, step;
    uint64_t len;
} RangeObj;

// Number of values, computed in unsigned arithmetic so that no
// intermediate overflows.
static uint64_t range_length(int64_t start, int64_t stop, int64_t step) {
    if (step > 0 && start < stop) {
        return ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    }
    if (step < 0 && start > stop) {
        return ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    }
    return 0;
}

static Obj *make_range(Vm *vm, int64_t start, int64_t stop, int64_t step) {
    RangeObj *r = (RangeObj *)obj_new(vm, &range_type, sizeof(RangeObj));
    if (r == NULL) {
        return NULL;
    }
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = range_length(start, stop, step);
    return (Obj *)r;
}

// An int argument of range(): TypeError for non-integers, OverflowError
// beyond int64.
static int range_arg(Vm *vm, Obj *o, int64_t *out) {
    if (OBJ_IS_SMALLINT(o)) {
        *out = SMALLINT_VALUE(o);
        return 0;
    }
    if (!int_check(o) && obj_type(o)->as_int == NULL) {
        err_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                  obj_type_name(o));
        return -1;
    }
    Obj *idx = obj_index(vm, o);
    if (idx == NULL) {
        return -1;
    }
    int rc = int_as_i64(vm, idx, out);
    obj_decref(idx);
    return rc;
}

NEWREF Obj *range_new(Vm *vm, Obj *start, Obj *stop, Obj *step) {
    int64_t a = 0, b, c = 1;
    if ((start != NULL && range_arg(vm, start, &a) < 0) || range_arg(vm, stop, &b) < 0 ||
        (step != NULL && range_arg(vm, step, &c) < 0)) {
        return NULL;
    }
    if (c == 0) {
        return err_raise(vm, &exc_ValueError, "range() arg 3 must not be zero");
    }
    return make_range(vm, a, b, c);
}

static Obj *range_new_py(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(type);
    if (kwnames != NULL && tuple_len(kwnames) > 0) {
        return err_raise(vm, &exc_TypeError, "range() takes no keyword arguments");
    }
    if (nargs == 0) {
        return err_raise(vm, &exc_TypeError, "range expected at least 1 argument, got 0");
    }
    if (args_check(vm, "range", nargs, NULL, 1, 3) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        return range_new(vm, NULL, args[0], NULL);
    }
    return range_new(vm, args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static void range_dealloc(Obj *self) {
    obj_free(self);
}

static Obj *range_repr(Vm *vm, Obj *self) {
    RangeObj *r = (RangeObj *)self;
    if (r->step == 1) {
        return str_from_fmt(vm, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    }
    return str_from_fmt(vm, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                        (long long)r->step);
}

static int64_t range_len_slot(Vm *vm, Obj *self) {
    RangeObj *r = (RangeObj *)self;
    if (r->len > (uint64_t)INT64_MAX) {
        err_raise(vm, &exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (int64_t)r->len;
}

static int range_is_true(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return ((RangeObj *)self)->len > 0;
}

// The value at position `i` (0 <= i < len).
static int64_t value_at(const RangeObj *r, uint64_t i) {
    return (int64_t)((uint64_t)r->start + i * (uint64_t)r->step);
}

// r[a:b:c] is again a range (CPython computes it the same way); 128-bit
// intermediates keep the arithmetic exact before the int64 check.
static Obj *range_slice(Vm *vm, RangeObj *r, Obj *slice) {
    int64_t start, stop, step;
    if (r->len > (uint64_t)INT64_MAX) {
        return err_raise(vm, &exc_OverflowError, "range too large to slice");
    }
    if (slice_unpack(vm, slice, (int64_t)r->len, &start, &stop, &step) < 0) {
        return NULL;
    }
    // new = range(r[start], r[stop], r.step * step), computed wide.
    __int128 nstart = (__int128)r->start + (__int128)start * r->step;
    __int128 nstop = (__int128)r->start + (__int128)stop * r->step;
    __int128 nstep = (__int128)r->step * step;
    if (nstart < INT64_MIN || nstart > INT64_MAX || nstop < INT64_MIN || nstop > INT64_MAX ||
        nstep < INT64_MIN || nstep > INT64_MAX) {
        return err_raise(vm, &exc_OverflowError, "Python int too large to convert to C int64");
    }
    return make_range(vm, (int64_t)nstart, (int64_t)nstop, (int64_t)nstep);
}

// Negative indexes count from the end; the checks are written so that no
// intermediate overflows even for lengths near 2**64.
static Obj *range_getitem(Vm *vm, Obj *self, Obj *key) {
    RangeObj *r = (RangeObj *)self;
    int64_t i;
    if (OBJ_IS_SMALLINT(key)) {
        i = SMALLINT_VALUE(key);
    } else if (obj_type(key) == &slice_type) {
        return range_slice(vm, r, key);
    } else if (slice_key_index(vm, key, "range", &i) < 0) {
        return NULL;
    }
    uint64_t u;
    if (i < 0) {
        if ((uint64_t)(-(i + 1)) >= r->len) {
            return err_raise(vm, &exc_IndexError, "range object index out of range");
        }
        u = r->len - (uint64_t)(-(i + 1)) - 1;
    } else {
        if ((uint64_t)i >= r->len) {
            return err_raise(vm, &exc_IndexError, "range object index out of range");
        }
        u = (uint64_t)i;
    }
    return int_from_i64(vm, value_at(r, u));
}

// Position of int `v` in the range, or -1.
static int64_t position_of(const RangeObj *r, int64_t v) {
    if (r->len == 0) {
        return -1;
    }
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) {
        return -1;
    }
    __int128 diff = (__int128)v - r->start;
    if (diff % r->step != 0) {
        return -1;
    }
    return (int64_t)(diff / r->step);
}

// Position of `x` (any object), -1 if absent, -2 on error. Ints are found
// arithmetically; other objects by comparing with each value.
static int64_t find(Vm *vm, RangeObj *r, Obj *x) {
    if (int_check(x)) {
        int64_t v;
        if (int_as_i64(vm, x, &v) < 0) {
            err_clear(vm); // too big to be in an int64 range
            return -1;
        }
        return position_of(r, v);
    }
    for (uint64_t i = 0; i < r->len; i++) {
        Obj *v = int_from_i64(vm, value_at(r, i));
        if (v == NULL) {
            return -2;
        }
        int eq = obj_eq(vm, v, x);
        obj_decref(v);
        if (eq != 0) {
            return eq < 0 ? -2 : (int64_t)i;
        }
    }
    return -1;
}

// `x in r`: O(1) for ints, a scan comparing values otherwise (so that
// 2.0 in range(3) is True, as in CPython).
static int range_contains(Vm *vm, Obj *self, Obj *x) {
    int64_t i = find(vm, (RangeObj *)self, x);
    return i == -2 ? -1 : i >= 0;
}

static bool same_sequence(const RangeObj *a, const RangeObj *b) {
    if (a->len != b->len) {
        return false;
    }
    if (a->len == 0) {
        return true;
    }
    if (a->start != b->start) {
        return false;
    }
    return a->len == 1 || a->step == b->step;
}

// Ranges are equal when they produce the same values (range(0) ==
// range(2, 1)); ordering comparisons are not supported.
static Obj *range_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    OURO_UNUSED(vm);
    if (obj_type(a) != &range_type || obj_type(b) != &range_type ||
        (op != CMP_EQ && op != CMP_NE)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    bool eq = same_sequence((RangeObj *)a, (RangeObj *)b);
    return obj_newref(obj_bool(eq == (op == CMP_EQ)));
}

// hash((len, start, step)) with None for the parts that do not matter,
// as CPython, so that equal ranges hash equal.
static int64_t range_hash(Vm *vm, Obj *self) {
    RangeObj *r = (RangeObj *)self;
    Obj *parts[3] = {NULL, OBJ_NONE, OBJ_NONE};
    Obj *start = NULL, *step = NULL;
    int64_t h = -1;
    parts[0] = int_from_u64(vm, r->len);
    if (parts[0] == NULL) {
        goto done;
    }
    if (r->len > 0) {
        start = int_from_i64(vm, r->start);
        if (start == NULL) {
            goto done;
        }
        parts[1] = start;
        if (r->len > 1) {
            step = int_from_i64(vm, r->step);
            if (step == NULL) {
                goto done;
            }
            parts[2] = step;
        }
    }
    Obj *t = tuple_pack(vm, 3, parts);
    if (t != NULL) {
        h = obj_hash(vm, t);
        obj_decref(t);
    }
done:
    obj_xdecref(parts[0]);
    obj_xdecref(start);
    obj_xdecref(step);
    return h;
}

// ---------------------------------------------------------------------------
// Iterator: plain C counters, no references, so not a GC type.
// ---------------------------------------------------------------------------

typedef struct RangeIterObj {
    Obj head;
    int64_t next;
    int64_t step;
    uint64_t left;
} RangeIterObj;

static Obj *rangeiter_make(Vm *vm, int64_t start, int64_t step, uint64_t len) {
    RangeIterObj *it = (RangeIterObj *)obj_new(vm, &rangeiter_type, sizeof(RangeIterObj));
    if (it == NULL) {
        return NULL;
    }
    it->next = start;
    it->step = step;
    it->left = len;
    return (Obj *)it;
}

static Obj *range_iter(Vm *vm, Obj *self) {
    RangeObj *r = (RangeObj *)self;
    return rangeiter_make(vm, r->start, r->step, r->len);
}

static Obj *rangeiter_next(Vm *vm, Obj *self) {
    RangeIterObj *it = (RangeIterObj *)self;
    if (it->left == 0) {
        return NULL;
    }
    int64_t v = it->next;
    it->left--;
    it->next = (int64_t)((uint64_t)v + (uint64_t)it->step);
    if (SMALLINT_FITS(v)) {
        return SMALLINT_FROM(v);
    }
    return int_from_i64(vm, v);
}

static Obj *iter_self(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(self);
}

static Obj *rangeiter_py_length_hint(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                     Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "range_iterator.__length_hint__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_from_u64(vm, ((RangeIterObj *)self)->left);
}

static const MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_py_length_hint, METH_DEFAULT, "Private method."},
    {NULL, NULL, 0, NULL},
};

TypeObj rangeiter_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "range_iterator",
    .base = &object_type, // usable before the runtime readies it
    .basicsize = sizeof(RangeIterObj),
    .dealloc = range_dealloc,
    .iter = iter_self,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

// ---------------------------------------------------------------------------
// Methods and attributes.
// ---------------------------------------------------------------------------

// reversed(r) walks from the last value with the negated step; the
// unsigned negation is safe for INT64_MIN steps.
static Obj *range_py_reversed(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    RangeObj *r = (RangeObj *)self;
    if (args_check(vm, "range.__reversed__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    if (r->len == 0) {
        return rangeiter_make(vm, 0, 1, 0);
    }
    return rangeiter_make(vm, value_at(r, r->len - 1), (int64_t)(0 - (uint64_t)r->step), r->len);
}

// Ints occur at most once; other values are compared one by one.
static Obj *range_py_count(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "range.count", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    RangeObj *r = (RangeObj *)self;
    if (int_check(args[0])) {
        return obj_newref(SMALLINT_FROM(find(vm, r, args[0]) >= 0 ? 1 : 0));
    }
    int64_t count = 0;
    for (uint64_t i = 0; i < r->len; i++) {
        Obj *v = int_from_i64(vm, value_at(r, i));
        if (v == NULL) {
            return NULL;
        }
        int eq = obj_eq(vm, v, args[0]);
        obj_decref(v);
        if (eq < 0) {
            return NULL;
        }
        count += eq;
    }
    return int_from_i64(vm, count);
}

static Obj *range_py_index(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "range.index", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    int64_t i = find(vm, (RangeObj *)self, args[0]);
    if (i == -2) {
        return NULL;
    }
    if (i == -1) {
        return err_raise(vm, &exc_ValueError, "%R is not in range", args[0]);
    }
    return int_from_i64(vm, i);
}

static Obj *range_get_start(Vm *vm, Obj *self) {
    return int_from_i64(vm, ((RangeObj *)self)->start);
}
static Obj *range_get_stop(Vm *vm, Obj *self) {
    return int_from_i64(vm, ((RangeObj *)self)->stop);
}
static Obj *range_get_step(Vm *vm, Obj *self) {
    return int_from_i64(vm, ((RangeObj *)self)->step);
}

static const MethodDef range_methods[] = {
    {"__reversed__", range_py_reversed, METH_DEFAULT, "Return a reverse iterator."},
    {"count", range_py_count, METH_DEFAULT, "rangeobject.count(value) -> integer"},
    {"index", range_py_index, METH_DEFAULT, "rangeobject.index(value) -> integer"},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef range_getset[] = {
    {"start", range_get_start, NULL},
    {"stop", range_get_stop, NULL},
    {"step", range_get_step, NULL},
    {NULL, NULL, NULL},
};

TypeObj range_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "range",
    .basicsize = sizeof(RangeObj),
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .is_true = range_is_true,
    .len = range_len_slot,
    .getitem = range_getitem,
    .contains = range_contains,
    .new_ = range_new_py,
    .methods = range_methods,
    .getset = range_getset,
};
