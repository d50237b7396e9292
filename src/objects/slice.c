/* slice.c: slice objects (a[1:2:3]) and the index arithmetic shared by the
 * sequence types: converting subscripts to C integers and clamping slice
 * bounds to a length exactly as CPython's PySlice_Unpack/AdjustIndices. */
#include "misc.h"

#include "args.h"
#include "../memory/gc.h"
#include "exc.h"
#include "intobj.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

// Small ints take the fast path; anything with __index__ is converted;
// an index too big for int64 is IndexError, as CPython reports it.
int slice_key_index(Vm *vm, Obj *key, const char *tname, int64_t *out) {
    if (OBJ_IS_SMALLINT(key)) {
        *out = SMALLINT_VALUE(key);
        return 0;
    }
    if (obj_type(key)->as_int == NULL && !int_check(key)) {
        err_raise(vm, &exc_TypeError, "%s indices must be integers or slices, not %s", tname,
                  obj_type_name(key));
        return -1;
    }
    Obj *idx = obj_index(vm, key);
    if (idx == NULL) {
        return -1;
    }
    int rc = int_as_i64(vm, idx, out);
    obj_decref(idx);
    if (rc < 0 && err_matches(vm, &exc_OverflowError)) {
        err_clear(vm);
        err_raise(vm, &exc_IndexError, "cannot fit 'int' into an index-sized integer");
    }
    return rc;
}

int slice_bound(Vm *vm, Obj *o, const char *msg, int64_t *out) {
    if (OBJ_IS_SMALLINT(o)) {
        *out = SMALLINT_VALUE(o);
        return 0;
    }
    if (obj_type(o)->as_int == NULL && !int_check(o)) {
        err_raise(vm, &exc_TypeError, "%s", msg);
        return -1;
    }
    Obj *idx = obj_index(vm, o);
    if (idx == NULL) {
        return -1;
    }
    int rc = int_as_i64(vm, idx, out);
    if (rc < 0 && err_matches(vm, &exc_OverflowError)) {
        // Huge bounds clamp instead of failing, as in CPython.
        err_clear(vm);
        *out = int_sign(idx) < 0 ? INT64_MIN : INT64_MAX;
        rc = 0;
    }
    obj_decref(idx);
    return rc;
}

int64_t slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step) {
    if (*start < 0) {
        *start += len;
        if (*start < 0) {
            *start = step < 0 ? -1 : 0;
        }
    } else if (*start >= len) {
        *start = step < 0 ? len - 1 : len;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0) {
            *stop = step < 0 ? -1 : 0;
        }
    } else if (*stop >= len) {
        *stop = step < 0 ? len - 1 : len;
    }
    if (step < 0) {
        return *stop < *start ? (*start - *stop - 1) / (-step) + 1 : 0;
    }
    return *start < *stop ? (*stop - *start - 1) / step + 1 : 0;
}

static const char slice_msg[] =
    "slice indices must be integers or None or have an __index__ method";

int64_t slice_unpack(Vm *vm, Obj *slice, int64_t len, int64_t *start, int64_t *stop,
                     int64_t *step) {
    const SliceObj *s = (const SliceObj *)slice;
    if (s->step == OBJ_NONE) {
        *step = 1;
    } else {
        if (slice_bound(vm, s->step, slice_msg, step) < 0) {
            return -1;
        }
        if (*step == 0) {
            err_raise(vm, &exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        // -step must not overflow later.
        if (*step < -INT64_MAX) {
            *step = -INT64_MAX;
        }
    }
    if (s->start == OBJ_NONE) {
        *start = *step < 0 ? INT64_MAX : 0;
    } else if (slice_bound(vm, s->start, slice_msg, start) < 0) {
        return -1;
    }
    if (s->stop == OBJ_NONE) {
        *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    } else if (slice_bound(vm, s->stop, slice_msg, stop) < 0) {
        return -1;
    }
    return slice_adjust(len, start, stop, *step);
}

// A slice part as an exact int (any size), or TypeError `slice_msg`.
static Obj *part_index(Vm *vm, Obj *o) {
    if (OBJ_IS_SMALLINT(o)) {
        return o;
    }
    if (obj_type(o)->as_int == NULL && !int_check(o)) {
        return err_raise(vm, &exc_TypeError, "%s", slice_msg);
    }
    return obj_index(vm, o);
}

// One bound of slice_indices_big: None gives `dflt`; a negative value
// counts from `len`; the result is clamped to [lower, upper].
static Obj *part_bound(Vm *vm, Obj *o, Obj *len, Obj *lower, Obj *upper, Obj *dflt) {
    if (o == OBJ_NONE) {
        return obj_newref(dflt);
    }
    Obj *v = part_index(vm, o);
    if (v == NULL) {
        return NULL;
    }
    Obj *limit = NULL;
    if (int_sign(v) < 0) {
        Obj *w = obj_binop(vm, v, len, BINOP_ADD);
        obj_decref(v);
        if ((v = w) == NULL) {
            return NULL;
        }
        int lt = obj_richcompare_bool(vm, v, lower, CMP_LT);
        limit = lt > 0 ? lower : NULL;
    } else {
        int gt = obj_richcompare_bool(vm, v, upper, CMP_GT);
        limit = gt > 0 ? upper : NULL;
    }
    if (limit != NULL) {
        obj_decref(v);
        return obj_newref(limit);
    }
    return v;
}

int slice_indices_big(Vm *vm, Obj *slice, Obj *len, Obj *out[3]) {
    const SliceObj *s = (const SliceObj *)slice;
    Obj *step = NULL, *upper = NULL, *start = NULL, *stop = NULL;
    step = s->step == OBJ_NONE ? SMALLINT_FROM(1) : part_index(vm, s->step);
    if (step == NULL) {
        goto fail;
    }
    if (int_sign(step) == 0) {
        err_raise(vm, &exc_ValueError, "slice step cannot be zero");
        goto fail;
    }
    // A negative step walks from len-1 down to -1; a positive one from 0 to len.
    bool down = int_sign(step) < 0;
    Obj *lower = SMALLINT_FROM(down ? -1 : 0);
    upper = down ? obj_binop(vm, len, lower, BINOP_ADD) : obj_newref(len);
    if (upper == NULL) {
        goto fail;
    }
    start = part_bound(vm, s->start, len, lower, upper, down ? upper : lower);
    if (start == NULL) {
        goto fail;
    }
    stop = part_bound(vm, s->stop, len, lower, upper, down ? lower : upper);
    if (stop == NULL) {
        goto fail;
    }
    obj_decref(upper);
    out[0] = start;
    out[1] = stop;
    out[2] = step;
    return 0;
fail:
    obj_xdecref(step);
    obj_xdecref(upper);
    obj_xdecref(start);
    return -1;
}

// Slices are GC objects: their parts can be any objects, even containers
// that refer back to the slice.
NEWREF Obj *slice_new(Vm *vm, Obj *start, Obj *stop, Obj *step) {
    SliceObj *s = (SliceObj *)obj_new_container(vm, &slice_type, sizeof(SliceObj));
    if (s == NULL) {
        return NULL;
    }
    s->start = obj_newref(start);
    s->stop = obj_newref(stop);
    s->step = obj_newref(step);
    return (Obj *)s;
}

static void slice_dealloc(Obj *self) {
    SliceObj *s = (SliceObj *)self;
    gc_untrack(self);
    obj_xdecref(s->start);
    obj_xdecref(s->stop);
    obj_xdecref(s->step);
    obj_free(self);
}

static int slice_traverse(Obj *self, GcVisitFn visit, void *arg) {
    SliceObj *s = (SliceObj *)self;
    Obj *parts[3] = {s->start, s->stop, s->step};
    for (int i = 0; i < 3; i++) {
        if (parts[i] != NULL) {
            int rc = visit(parts[i], arg);
            if (rc != 0) {
                return rc;
            }
        }
    }
    return 0;
}

static void slice_clear(Obj *self) {
    SliceObj *s = (SliceObj *)self;
    Obj *a = s->start, *b = s->stop, *c = s->step;
    s->start = s->stop = s->step = NULL;
    obj_xdecref(a);
    obj_xdecref(b);
    obj_xdecref(c);
}

static Obj *slice_repr(Vm *vm, Obj *self) {
    SliceObj *s = (SliceObj *)self;
    return str_from_fmt(vm, "slice(%R, %R, %R)", s->start, s->stop, s->step);
}

// slice(stop) or slice(start, stop[, step]).
static Obj *slice_new_py(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(type);
    if (args_check(vm, "slice", nargs, kwnames, 1, 3) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        return slice_new(vm, OBJ_NONE, args[0], OBJ_NONE);
    }
    return slice_new(vm, args[0], args[1], nargs == 3 ? args[2] : OBJ_NONE);
}

// Slices compare like the tuples (start, stop, step).
static Obj *slice_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    if (obj_type(a) != &slice_type || obj_type(b) != &slice_type) {
        return obj_newref(OBJ_NOTIMPL);
    }
    const SliceObj *x = (const SliceObj *)a, *y = (const SliceObj *)b;
    Obj *tx = NULL, *ty = NULL, *res = NULL;
    Obj *px[3] = {x->start, x->stop, x->step};
    Obj *py[3] = {y->start, y->stop, y->step};
    tx = tuple_pack(vm, 3, px);
    if (tx == NULL) {
        goto fail;
    }
    ty = tuple_pack(vm, 3, py);
    if (ty == NULL) {
        goto fail;
    }
    res = obj_richcompare(vm, tx, ty, op);
fail:
    obj_xdecref(tx);
    obj_xdecref(ty);
    return res;
}

// slice.indices(len): the clamped (start, stop, step) for a sequence of
// that length, exactly what the sequence types use internally.
// Exact for any size of bounds and length, as CPython's.
static Obj *slice_py_indices(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "slice.indices", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    Obj *len = obj_index(vm, args[0]);
    if (len == NULL) {
        return NULL;
    }
    Obj *parts[3] = {NULL, NULL, NULL};
    Obj *res = NULL;
    if (int_sign(len) < 0) {
        err_raise(vm, &exc_ValueError, "length should not be negative");
    } else if (slice_indices_big(vm, self, len, parts) == 0) {
        res = tuple_pack(vm, 3, parts);
        for (int i = 0; i < 3; i++) {
            obj_decref(parts[i]);
        }
    }
    obj_decref(len);
    return res;
}

static Obj *slice_get_start(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(((SliceObj *)self)->start);
}
static Obj *slice_get_stop(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(((SliceObj *)self)->stop);
}
static Obj *slice_get_step(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(((SliceObj *)self)->step);
}

static const MethodDef slice_methods[] = {
    {"indices", slice_py_indices, METH_DEFAULT, "S.indices(len) -> (start, stop, stride)"},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef slice_getset[] = {
    {"start", slice_get_start, NULL},
    {"stop", slice_get_stop, NULL},
    {"step", slice_get_step, NULL},
    {NULL, NULL, NULL},
};

TypeObj slice_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "slice",
    .basicsize = sizeof(SliceObj),
    .flags = TYPE_FLAG_GC,
    .dealloc = slice_dealloc,
    .traverse = slice_traverse,
    .clear = slice_clear,
    .repr = slice_repr,
    .richcompare = slice_richcompare,
    .new_ = slice_new_py,
    .methods = slice_methods,
    .getset = slice_getset,
};
