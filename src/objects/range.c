/* range.c: range objects and their iterators. Every range keeps its
 * bounds as exact ints; those whose bounds and length fit in int64 also
 * keep C copies, which the hot paths (iteration, indexing, `in`) use. Larger
 * ranges take the exact path and iterate with longrange_iterator, as in
 * CPython. */
#include "../memory/gc.h"
#include "args.h"
#include "exc.h"
#include "intobj.h"
#include "iter.h"
#include "misc.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

typedef struct RangeObj {
    Obj head;
    Obj *ostart, *ostop, *ostep, *olen; // exact values, always set
    bool is_small;                      // the C copies below are valid
    int64_t start, stop, step;
    uint64_t len; // <= INT64_MAX when is_small
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

// a + b * c on exact ints; `b` and `c` may be NULL for a plain add of 0.
static Obj *add_mul(Vm *vm, Obj *a, Obj *b, Obj *c) {
    Obj *prod = obj_binop(vm, b, c, BINOP_MUL);
    if (prod == NULL) {
        return NULL;
    }
    Obj *res = obj_binop(vm, a, prod, BINOP_ADD);
    obj_decref(prod);
    return res;
}

// The exact length: (hi - lo - 1) // |step| + 1 when the range is not
// empty, as CPython's compute_range_length.
static Obj *length_big(Vm *vm, Obj *start, Obj *stop, Obj *step) {
    bool up = int_sign(step) > 0;
    Obj *lo = up ? start : stop, *hi = up ? stop : start;
    int nonempty = obj_richcompare_bool(vm, lo, hi, CMP_LT);
    if (nonempty <= 0) {
        return nonempty < 0 ? NULL : SMALLINT_FROM(0);
    }
    Obj *diff = NULL, *absstep = NULL, *q = NULL, *res = NULL;
    diff = obj_binop(vm, hi, lo, BINOP_SUB);
    absstep = up ? obj_newref(step) : obj_binop(vm, SMALLINT_FROM(0), step, BINOP_SUB);
    if (diff != NULL && absstep != NULL) {
        Obj *d1 = obj_binop(vm, diff, SMALLINT_FROM(1), BINOP_SUB);
        if (d1 != NULL) {
            q = obj_binop(vm, d1, absstep, BINOP_FLOORDIV);
            obj_decref(d1);
        }
    }
    if (q != NULL) {
        res = obj_binop(vm, q, SMALLINT_FROM(1), BINOP_ADD);
    }
    obj_xdecref(diff);
    obj_xdecref(absstep);
    obj_xdecref(q);
    return res;
}

// Steals nothing: `start`, `stop`, `step` are exact ints, `step` != 0.
static Obj *make_range(Vm *vm, Obj *start, Obj *stop, Obj *step) {
    RangeObj *r = (RangeObj *)obj_new(vm, &range_type, sizeof(RangeObj));
    if (r == NULL) {
        return NULL;
    }
    r->ostart = obj_newref(start);
    r->ostop = obj_newref(stop);
    r->ostep = obj_newref(step);
    r->olen = NULL;
    r->is_small = false;
    if (int_as_i64(vm, start, &r->start) == 0 && int_as_i64(vm, stop, &r->stop) == 0 &&
        int_as_i64(vm, step, &r->step) == 0) {
        r->len = range_length(r->start, r->stop, r->step);
        r->is_small = r->len <= (uint64_t)INT64_MAX;
        r->olen = int_from_u64(vm, r->len);
    } else {
        err_clear(vm); // an OverflowError: this range takes the exact path
        r->olen = length_big(vm, start, stop, step);
    }
    if (r->olen == NULL) {
        obj_decref((Obj *)r);
        return NULL;
    }
    return (Obj *)r;
}

// An int argument of range(): TypeError for non-integers.
static Obj *range_arg(Vm *vm, Obj *o) {
    if (OBJ_IS_SMALLINT(o)) {
        return o;
    }
    if (!int_check(o) && obj_type(o)->as_int == NULL) {
        return err_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                         obj_type_name(o));
    }
    return obj_index(vm, o);
}

NEWREF Obj *range_new(Vm *vm, Obj *start, Obj *stop, Obj *step) {
    Obj *a = NULL, *b = NULL, *c = NULL, *res = NULL;
    a = start != NULL ? range_arg(vm, start) : SMALLINT_FROM(0);
    b = a != NULL ? range_arg(vm, stop) : NULL;
    c = b != NULL ? (step != NULL ? range_arg(vm, step) : SMALLINT_FROM(1)) : NULL;
    if (c != NULL) {
        res = int_sign(c) == 0 ? err_raise(vm, &exc_ValueError, "range() arg 3 must not be zero")
                               : make_range(vm, a, b, c);
    }
    obj_xdecref(a);
    obj_xdecref(b);
    obj_xdecref(c);
    return res;
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
    RangeObj *r = (RangeObj *)self;
    obj_decref(r->ostart);
    obj_decref(r->ostop);
    obj_decref(r->ostep);
    obj_xdecref(r->olen);
    obj_free(self);
}

static Obj *range_repr(Vm *vm, Obj *self) {
    RangeObj *r = (RangeObj *)self;
    if (r->ostep == SMALLINT_FROM(1)) {
        return str_from_fmt(vm, "range(%R, %R)", r->ostart, r->ostop);
    }
    return str_from_fmt(vm, "range(%R, %R, %R)", r->ostart, r->ostop, r->ostep);
}

static int64_t range_len_slot(Vm *vm, Obj *self) {
    RangeObj *r = (RangeObj *)self;
    if (r->is_small) {
        return (int64_t)r->len;
    }
    int64_t n;
    return int_as_i64(vm, r->olen, &n) < 0 ? -1 : n;
}

static int range_is_true(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return int_sign(((RangeObj *)self)->olen) != 0;
}

// The value at position `i` (0 <= i < len) of a small range.
static int64_t value_at(const RangeObj *r, uint64_t i) {
    return (int64_t)((uint64_t)r->start + i * (uint64_t)r->step);
}

// r[a:b:c] is again a range: range(r[a], r[b], r.step * c) with a, b, c
// resolved exactly against len(r), as CPython computes it.
static Obj *range_slice(Vm *vm, RangeObj *r, Obj *slice) {
    Obj *part[3];
    if (slice_indices_big(vm, slice, r->olen, part) < 0) {
        return NULL;
    }
    Obj *start = NULL, *stop = NULL, *step = NULL, *res = NULL;
    start = add_mul(vm, r->ostart, part[0], r->ostep);
    stop = start != NULL ? add_mul(vm, r->ostart, part[1], r->ostep) : NULL;
    step = stop != NULL ? obj_binop(vm, r->ostep, part[2], BINOP_MUL) : NULL;
    if (step != NULL) {
        res = make_range(vm, start, stop, step);
    }
    for (int i = 0; i < 3; i++) {
        obj_decref(part[i]);
    }
    obj_xdecref(start);
    obj_xdecref(stop);
    obj_xdecref(step);
    return res;
}

// r[i] for an index of any size (the exact path): negative counts from the end.
static Obj *item_big(Vm *vm, RangeObj *r, Obj *key) {
    if (!int_check(key) && obj_type(key)->as_int == NULL) {
        return err_raise(vm, &exc_TypeError, "range indices must be integers or slices, not %s",
                         obj_type_name(key));
    }
    Obj *i = obj_index(vm, key), *res = NULL;
    if (i != NULL && int_sign(i) < 0) {
        Obj *j = obj_binop(vm, i, r->olen, BINOP_ADD);
        obj_decref(i);
        i = j;
    }
    if (i == NULL) {
        return NULL;
    }
    if (int_sign(i) < 0 || obj_richcompare_bool(vm, i, r->olen, CMP_GE) > 0) {
        err_raise(vm, &exc_IndexError, "range object index out of range");
    } else {
        res = add_mul(vm, r->ostart, i, r->ostep);
    }
    obj_decref(i);
    return res;
}

static Obj *range_getitem(Vm *vm, Obj *self, Obj *key) {
    RangeObj *r = (RangeObj *)self;
    if (obj_type(key) == &slice_type) {
        return range_slice(vm, r, key);
    }
    if (!r->is_small || !OBJ_IS_SMALLINT(key)) {
        return item_big(vm, r, key);
    }
    int64_t i = SMALLINT_VALUE(key);
    if (i < 0) {
        i += (int64_t)r->len; // no overflow: |i| < 2**62 and len <= INT64_MAX
    }
    if (i < 0 || (uint64_t)i >= r->len) {
        return err_raise(vm, &exc_IndexError, "range object index out of range");
    }
    return int_from_i64(vm, value_at(r, (uint64_t)i));
}

// Position of int `v` in the range as a new int; NULL with no exception
// pending when absent.
static Obj *position_of(Vm *vm, RangeObj *r, Obj *v) {
    int64_t x;
    if (r->is_small && OBJ_IS_SMALLINT(v)) {
        x = SMALLINT_VALUE(v);
        if (r->len == 0 ||
            (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop))) {
            return NULL;
        }
        __int128 diff = (__int128)x - r->start;
        return diff % r->step != 0 ? NULL : int_from_i64(vm, (int64_t)(diff / r->step));
    }
    // Exact path: start <= v < stop (or the mirror for a negative step),
    // then (v - start) divisible by step.
    bool up = int_sign(r->ostep) > 0;
    if (obj_richcompare_bool(vm, v, r->ostart, up ? CMP_LT : CMP_GT) > 0 ||
        obj_richcompare_bool(vm, v, r->ostop, up ? CMP_GE : CMP_LE) > 0) {
        return NULL;
    }
    Obj *diff = obj_binop(vm, v, r->ostart, BINOP_SUB), *rem = NULL, *res = NULL;
    rem = diff != NULL ? obj_binop(vm, diff, r->ostep, BINOP_MOD) : NULL;
    if (rem != NULL && int_sign(rem) == 0) {
        res = obj_binop(vm, diff, r->ostep, BINOP_FLOORDIV);
    }
    obj_xdecref(diff);
    obj_xdecref(rem);
    return res;
}

// Walks the range comparing each value with `x` (for non-ints, so that
// 2.0 in range(3) is True, as in CPython). Counts the matches, or stops at
// the first when `first` is set and stores its position. -1 on error.
static int64_t scan(Vm *vm, Obj *self, Obj *x, bool first, int64_t *pos) {
    Obj *it = obj_iter(vm, self), *v;
    if (it == NULL) {
        return -1;
    }
    int64_t count = 0, i = 0;
    while ((v = obj_next(vm, it)) != NULL) {
        int eq = obj_eq(vm, v, x);
        obj_decref(v);
        if (eq < 0) {
            count = -1;
            break;
        }
        if (eq > 0) {
            count++;
            *pos = i;
            if (first) {
                break;
            }
        }
        i++;
    }
    obj_decref(it);
    return err_occurred(vm) ? -1 : count;
}

// `x in r`: O(1) for ints, a scan comparing values otherwise.
static int range_contains(Vm *vm, Obj *self, Obj *x) {
    int64_t pos;
    if (!int_check(x)) {
        int64_t n = scan(vm, self, x, true, &pos);
        return n < 0 ? -1 : n > 0;
    }
    Obj *p = position_of(vm, (RangeObj *)self, x);
    obj_xdecref(p);
    return p != NULL ? 1 : (err_occurred(vm) ? -1 : 0);
}

// Ranges are equal when they produce the same values (range(0) ==
// range(2, 1)): same length, and when not empty the same start, and when
// longer than one the same step. Ordering comparisons are not supported.
static Obj *range_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    if (obj_type(a) != &range_type || obj_type(b) != &range_type ||
        (op != CMP_EQ && op != CMP_NE)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    RangeObj *x = (RangeObj *)a, *y = (RangeObj *)b;
    int eq = obj_richcompare_bool(vm, x->olen, y->olen, CMP_EQ);
    if (eq > 0 && int_sign(x->olen) != 0) {
        eq = obj_richcompare_bool(vm, x->ostart, y->ostart, CMP_EQ);
        if (eq > 0 && obj_richcompare_bool(vm, x->olen, SMALLINT_FROM(1), CMP_NE) > 0) {
            eq = obj_richcompare_bool(vm, x->ostep, y->ostep, CMP_EQ);
        }
    }
    if (eq < 0) {
        return NULL;
    }
    return obj_newref(obj_bool((eq > 0) == (op == CMP_EQ)));
}

// hash((len, start, step)) with None for the parts that do not matter,
// as CPython, so that equal ranges hash equal.
static int64_t range_hash(Vm *vm, Obj *self) {
    RangeObj *r = (RangeObj *)self;
    Obj *parts[3] = {r->olen, OBJ_NONE, OBJ_NONE};
    if (int_sign(r->olen) != 0) {
        parts[1] = r->ostart;
        if (obj_richcompare_bool(vm, r->olen, SMALLINT_FROM(1), CMP_NE) > 0) {
            parts[2] = r->ostep;
        }
    }
    Obj *t = tuple_pack(vm, 3, parts);
    if (t == NULL) {
        return -1;
    }
    int64_t h = obj_hash(vm, t);
    obj_decref(t);
    return h;
}

// ---------------------------------------------------------------------------
// Iterator: plain C counters, no references, so not a GC type.
// ---------------------------------------------------------------------------

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

static void rangeiter_dealloc(Obj *self) {
    obj_free(self);
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
    .dealloc = rangeiter_dealloc,
    .iter = iter_self,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

// The iterator of ranges beyond int64: exact ints throughout. It holds
// only ints, which cannot form cycles, so it is not a GC type either.
typedef struct LongRangeIterObj {
    Obj head;
    Obj *next, *step, *left;
} LongRangeIterObj;

// Steals nothing; `left` >= 0.
static Obj *longrangeiter_make(Vm *vm, Obj *start, Obj *step, Obj *left) {
    LongRangeIterObj *it =
        (LongRangeIterObj *)obj_new(vm, &longrangeiter_type, sizeof(LongRangeIterObj));
    if (it == NULL) {
        return NULL;
    }
    it->next = obj_newref(start);
    it->step = obj_newref(step);
    it->left = obj_newref(left);
    return (Obj *)it;
}

static void longrangeiter_dealloc(Obj *self) {
    LongRangeIterObj *it = (LongRangeIterObj *)self;
    obj_decref(it->next);
    obj_decref(it->step);
    obj_decref(it->left);
    obj_free(self);
}

static Obj *longrangeiter_next(Vm *vm, Obj *self) {
    LongRangeIterObj *it = (LongRangeIterObj *)self;
    if (int_sign(it->left) == 0) {
        return NULL;
    }
    Obj *left = obj_binop(vm, it->left, SMALLINT_FROM(1), BINOP_SUB);
    Obj *next = left != NULL ? obj_binop(vm, it->next, it->step, BINOP_ADD) : NULL;
    if (next == NULL) {
        obj_xdecref(left);
        return NULL;
    }
    Obj *v = it->next; // the reference passes to the caller
    it->next = next;
    obj_decref(it->left);
    it->left = left;
    return v;
}

static Obj *longrangeiter_py_length_hint(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                         Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "longrange_iterator.__length_hint__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return obj_newref(((LongRangeIterObj *)self)->left);
}

static const MethodDef longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_py_length_hint, METH_DEFAULT, "Private method."},
    {NULL, NULL, 0, NULL},
};

TypeObj longrangeiter_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "longrange_iterator",
    .base = &object_type,
    .basicsize = sizeof(LongRangeIterObj),
    .dealloc = longrangeiter_dealloc,
    .iter = iter_self,
    .iternext = longrangeiter_next,
    .methods = longrangeiter_methods,
};

static Obj *range_iter(Vm *vm, Obj *self) {
    RangeObj *r = (RangeObj *)self;
    if (r->is_small) {
        return rangeiter_make(vm, r->start, r->step, r->len);
    }
    return longrangeiter_make(vm, r->ostart, r->ostep, r->olen);
}

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
    if (r->is_small) {
        if (r->len == 0) {
            return rangeiter_make(vm, 0, 1, 0);
        }
        return rangeiter_make(vm, value_at(r, r->len - 1), (int64_t)(0 - (uint64_t)r->step),
                              r->len);
    }
    // last = start + (len - 1) * step, then step -step.
    Obj *n1 = NULL, *last = NULL, *negstep = NULL, *res = NULL;
    n1 = obj_binop(vm, r->olen, SMALLINT_FROM(1), BINOP_SUB);
    last = n1 != NULL ? add_mul(vm, r->ostart, n1, r->ostep) : NULL;
    negstep = last != NULL ? obj_binop(vm, SMALLINT_FROM(0), r->ostep, BINOP_SUB) : NULL;
    if (negstep != NULL) {
        res = longrangeiter_make(vm, last, negstep, r->olen);
    }
    obj_xdecref(n1);
    obj_xdecref(last);
    obj_xdecref(negstep);
    return res;
}

// Ints occur at most once; other values are compared one by one.
static Obj *range_py_count(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "range.count", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    int rc = int_check(args[0]) ? range_contains(vm, self, args[0]) : 0;
    if (rc < 0) {
        return NULL;
    }
    if (int_check(args[0])) {
        return SMALLINT_FROM(rc);
    }
    int64_t pos, n = scan(vm, self, args[0], false, &pos);
    return n < 0 ? NULL : int_from_i64(vm, n);
}

static Obj *range_py_index(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "range.index", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (int_check(args[0])) {
        Obj *p = position_of(vm, (RangeObj *)self, args[0]);
        if (p != NULL || err_occurred(vm)) {
            return p;
        }
        return err_raise(vm, &exc_ValueError, "%R is not in range", args[0]);
    }
    int64_t pos = 0, n = scan(vm, self, args[0], true, &pos);
    if (n == 0) {
        return err_raise(vm, &exc_ValueError, "sequence.index(x): x not in sequence");
    }
    return n < 0 ? NULL : int_from_i64(vm, pos);
}

static Obj *range_get_start(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(((RangeObj *)self)->ostart);
}
static Obj *range_get_stop(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(((RangeObj *)self)->ostop);
}
static Obj *range_get_step(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(((RangeObj *)self)->ostep);
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
