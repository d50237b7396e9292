/* mod_collections_ops.c: collections.deque's operators (+ of two deques,
 * * and their in-place forms, with maxlen) and its forward and reverse
 * iterators, which stop with RuntimeError once the deque changes. */
#include "memory/gc.h"
#include "memory/mem.h"
#include "modules/mod_collections_impl.h"
#include "objects/args.h"
#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/runtime.h"
#include "objects/type.h"

// ---------------------------------------------------------------------------
// Operators: + (deques only), * and their in-place forms.
// ---------------------------------------------------------------------------

Obj *modcollections_add(Vm *vm, Obj *a, Obj *b) {
    if (!modcollections_check(a)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    if (!modcollections_check(b)) {
        if (obj_type(b)->flags & TYPE_FLAG_HEAPTYPE) {
            return obj_newref(OBJ_NOTIMPL);
        }
        return err_raise(vm, &exc_TypeError, "can only concatenate deque (not \"%s\") to deque",
                         obj_type_name(b));
    }
    Obj *res = modcollections_copy(vm, a);
    if (res != NULL && !modcollections_check(res)) {
        return res; // a subclass's constructor made something else
    }
    if (res != NULL && modcollections_extend(vm, (DequeObj *)res, b, false) < 0) {
        obj_decref(res);
        return NULL;
    }
    return res;
}

Obj *modcollections_iadd(Vm *vm, Obj *a, Obj *b) {
    if (!modcollections_check(a)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    if (modcollections_extend(vm, (DequeObj *)a, b, false) < 0) {
        return NULL;
    }
    return obj_newref(a);
}

// Repeats the items of `d` in place `n` times in all. With a maxlen only
// the copies that can still show in the result are appended.
static int repeat_in_place(Vm *vm, DequeObj *d, int64_t n) {
    size_t len = d->len;
    if (n <= 0 || len == 0) {
        modcollections_clear((Obj *)d);
        return 0;
    }
    int64_t copies = n - 1;
    if (d->maxlen >= 0) {
        int64_t enough = d->maxlen / (int64_t)len + 1;
        copies = copies < enough ? copies : enough;
    } else {
        size_t total;
        if (!mem_mul_ok(len, (size_t)n, &total) || total > (SIZE_MAX >> 4)) {
            err_nomemory(vm);
            return -1;
        }
    }
    Obj *snapshot = modcollections_as_list(vm, d);
    if (snapshot == NULL) {
        return -1;
    }
    int rc = 0;
    for (int64_t c = 0; c < copies && rc == 0; c++) {
        for (size_t i = 0; i < len && rc == 0; i++) {
            rc = modcollections_push_steal(d, obj_newref(list_get_borrow(snapshot, i)), false);
        }
    }
    obj_decref(snapshot);
    return rc;
}

// The deque and the count of `a * b` in either order: 1, 0 when the pair
// is not ours (NotImplemented), -1 on error.
static int repeat_args(Vm *vm, Obj *a, Obj *b, Obj **seq, int64_t *n) {
    Obj *other = modcollections_check(a) ? b : a;
    *seq = modcollections_check(a) ? a : b;
    if (!int_check(other) && obj_type(other)->as_int == NULL) {
        if (obj_type(other)->flags & TYPE_FLAG_HEAPTYPE) {
            return 0;
        }
        err_raise(vm, &exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                  obj_type_name(other));
        return -1;
    }
    if (obj_as_ssize(vm, other, n) < 0) {
        if (err_matches(vm, &exc_OverflowError)) {
            err_clear(vm);
            err_raise(vm, &exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        return -1;
    }
    return 1;
}

Obj *modcollections_mul(Vm *vm, Obj *a, Obj *b) {
    Obj *seq;
    int64_t n;
    int rc = repeat_args(vm, a, b, &seq, &n);
    if (rc <= 0) {
        return rc < 0 ? NULL : obj_newref(OBJ_NOTIMPL);
    }
    Obj *res = modcollections_copy(vm, seq);
    if (res != NULL && modcollections_check(res) && repeat_in_place(vm, (DequeObj *)res, n) < 0) {
        obj_decref(res);
        return NULL;
    }
    return res;
}

Obj *modcollections_imul(Vm *vm, Obj *a, Obj *b) {
    if (!modcollections_check(a)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    Obj *seq;
    int64_t n;
    int rc = repeat_args(vm, a, b, &seq, &n);
    if (rc <= 0) {
        return rc < 0 ? NULL : obj_newref(OBJ_NOTIMPL);
    }
    if (repeat_in_place(vm, (DequeObj *)a, n) < 0) {
        return NULL;
    }
    return obj_newref(a);
}

// ---------------------------------------------------------------------------
// Iterators: forward and reverse, stopped by any change of the deque.
// ---------------------------------------------------------------------------

typedef struct DequeIterObj {
    Obj head;
    Obj *deque;   // NULL once exhausted or cleared
    size_t index; // next position (from the end for the reverse iterator)
    size_t left;  // items still to yield
    uint64_t state;
} DequeIterObj;

static Obj *iter_make(Vm *vm, TypeObj *type, Obj *self) {
    DequeIterObj *it = (DequeIterObj *)obj_new_container(vm, type, sizeof(DequeIterObj));
    if (it == NULL) {
        return NULL;
    }
    DequeObj *d = (DequeObj *)self;
    it->deque = obj_newref(self);
    it->index = 0;
    it->left = d->len;
    it->state = d->state;
    return (Obj *)it;
}

Obj *modcollections_iter(Vm *vm, Obj *self) {
    return iter_make(vm, &dequeiter_type, self);
}

Obj *modcollections_py_reversed(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__reversed__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return iter_make(vm, &dequereviter_type, self);
}

static Obj *dequeiter_next(Vm *vm, Obj *self) {
    DequeIterObj *it = (DequeIterObj *)self;
    if (it->deque == NULL) {
        return NULL;
    }
    DequeObj *d = (DequeObj *)it->deque;
    if (d->state != it->state) {
        it->left = 0;
        return err_raise(vm, &exc_RuntimeError, "deque mutated during iteration");
    }
    if (it->left == 0) {
        Obj *dq = it->deque;
        it->deque = NULL;
        obj_decref(dq);
        return NULL;
    }
    bool reverse = obj_type(self) == &dequereviter_type;
    size_t i = reverse ? d->len - 1 - it->index : it->index;
    it->index++;
    it->left--;
    return obj_newref(*slot(d, i));
}

static Obj *iter_self(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(self);
}

static void dequeiter_dealloc(Obj *self) {
    gc_untrack(self);
    obj_xdecref(((DequeIterObj *)self)->deque);
    obj_free(self);
}

static int dequeiter_traverse(Obj *self, GcVisitFn visit, void *arg) {
    Obj *d = ((DequeIterObj *)self)->deque;
    return d != NULL ? visit(d, arg) : 0;
}

static void dequeiter_clear(Obj *self) {
    DequeIterObj *it = (DequeIterObj *)self;
    Obj *d = it->deque;
    it->deque = NULL;
    obj_xdecref(d);
}

static Obj *dequeiter_py_length_hint(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                     Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__length_hint__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    DequeIterObj *it = (DequeIterObj *)self;
    return int_from_i64(vm, it->deque != NULL ? (int64_t)it->left : 0);
}

static const MethodDef dequeiter_methods[] = {
    {"__length_hint__", dequeiter_py_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

#define DEQUEITER_TYPE(var, pyname)                                                                \
    TypeObj var = {                                                                                \
        .head = OBJ_HEAD_INIT(&type_type),                                                         \
        .name = pyname,                                                                            \
        .basicsize = sizeof(DequeIterObj),                                                         \
        .flags = TYPE_FLAG_GC,                                                                     \
        .dealloc = dequeiter_dealloc,                                                              \
        .traverse = dequeiter_traverse,                                                            \
        .clear = dequeiter_clear,                                                                  \
        .iter = iter_self,                                                                         \
        .iternext = dequeiter_next,                                                                \
        .methods = dequeiter_methods,                                                              \
    }

DEQUEITER_TYPE(dequeiter_type, "_collections._deque_iterator");
DEQUEITER_TYPE(dequereviter_type, "_collections._deque_reverse_iterator");
