/* mod_random_seq.c: the methods of random.Random that pick from
 * sequences: choice, shuffle, choices and sample, each following the
 * algorithm of CPython 3.11's random.py so that seeded runs agree. */
#include <math.h>
#include <string.h>

#include "memory/mem.h"
#include "modules/mod_random_impl.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/list.h"
#include "objects/runtime.h"
#include "objects/set.h"
#include "objects/tuple.h"
#include "objects/type.h"

Obj *modrandom_py_choice(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    MtState *st = rnd_state(self);
    if (args_check(vm, "choice", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    int64_t n = obj_len(vm, args[0]);
    if (n < 0) {
        return NULL;
    }
    if (n == 0) {
        return err_raise(vm, &exc_IndexError, "Cannot choose from an empty sequence");
    }
    Obj *i = int_from_u64(vm, rnd_below(st, (uint64_t)n));
    if (i == NULL) {
        return NULL;
    }
    Obj *res = obj_getitem(vm, args[0], i);
    obj_decref(i);
    return res;
}

// x[i], x[j] = x[j], x[i] through the generic item protocol.
static int swap_items(Vm *vm, Obj *x, uint64_t i, uint64_t j) {
    Obj *ki = int_from_u64(vm, i), *kj = int_from_u64(vm, j);
    Obj *a = NULL, *b = NULL;
    int rc = -1;
    if (ki == NULL || kj == NULL || (a = obj_getitem(vm, x, kj)) == NULL ||
        (b = obj_getitem(vm, x, ki)) == NULL) {
        goto done;
    }
    if (obj_setitem(vm, x, ki, a) < 0 || obj_setitem(vm, x, kj, b) < 0) {
        goto done;
    }
    rc = 0;
done:
    obj_xdecref(ki);
    obj_xdecref(kj);
    obj_xdecref(a);
    obj_xdecref(b);
    return rc;
}

Obj *modrandom_py_shuffle(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    MtState *st = rnd_state(self);
    if (args_check(vm, "shuffle", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    int64_t n = obj_len(vm, args[0]);
    if (n < 0) {
        return NULL;
    }
    for (uint64_t i = (uint64_t)n; i-- > 1;) {
        uint64_t j = rnd_below(st, i + 1);
        if (list_check(args[0]) && list_len(args[0]) == (size_t)n) {
            // A list that keeps its length: swap in place, no calls.
            ListObj *l = (ListObj *)args[0];
            Obj *t = l->items[i];
            l->items[i] = l->items[j];
            l->items[j] = t;
        } else if (swap_items(vm, args[0], i, j) < 0) {
            return NULL;
        }
    }
    return obj_newref(OBJ_NONE);
}

// population[index] appended to `out`.
static int append_item(Vm *vm, Obj *out, Obj *population, uint64_t index) {
    Obj *key = int_from_u64(vm, index);
    Obj *item = key != NULL ? obj_getitem(vm, population, key) : NULL;
    obj_xdecref(key);
    if (item == NULL) {
        return -1;
    }
    int rc = list_append(vm, out, item);
    obj_decref(item);
    return rc;
}

// list(itertools.accumulate(weights)): running sums with Python's +.
static Obj *accumulate(Vm *vm, Obj *weights) {
    Obj *seq = tuple_from_iterable(vm, weights);
    Obj *out = seq != NULL ? list_new(vm, 0) : NULL;
    Obj *acc = NULL;
    for (size_t i = 0; out != NULL && i < tuple_len(seq); i++) {
        Obj *item = tuple_get_borrow(seq, i);
        Obj *next = acc == NULL ? obj_newref(item) : obj_binop(vm, acc, item, BINOP_ADD);
        obj_xdecref(acc);
        acc = next;
        if (acc == NULL || list_append(vm, out, acc) < 0) {
            obj_decref(out);
            out = NULL;
        }
    }
    obj_xdecref(acc);
    obj_xdecref(seq);
    return out;
}

// The cumulative weights of choices() as doubles (`*out`, mem_alloc'd, n
// of them, the total last), from `cum` or from accumulating `weights`, with
// random.py's checks in its order. Returns 0 or -1.
static int cumulative_weights(Vm *vm, Obj *weights, Obj *cum, int64_t n, double **out) {
    Obj *seq = cum != NULL ? tuple_from_iterable(vm, cum) : accumulate(vm, weights);
    if (seq == NULL) {
        return -1;
    }
    Obj *const *items = list_check(seq) ? ((ListObj *)seq)->items : ((TupleObj *)seq)->items;
    size_t len = list_check(seq) ? list_len(seq) : tuple_len(seq);
    int rc = -1;
    double *w = NULL;
    Obj *total = NULL;
    if ((int64_t)len != n) {
        err_raise(vm, &exc_ValueError, "The number of weights does not match the population");
        goto done;
    }
    if (n == 0) {
        err_raise(vm, &exc_IndexError, "%s index out of range",
                  cum != NULL ? obj_type_name(cum) : "list");
        goto done;
    }
    // total = cum_weights[-1] + 0.0, with Python's + (and its TypeError).
    Obj *zero = float_from_double(vm, 0.0);
    total = zero != NULL ? obj_binop(vm, items[n - 1], zero, BINOP_ADD) : NULL;
    obj_xdecref(zero);
    if (total == NULL || (w = mem_alloc((size_t)n * sizeof *w)) == NULL) {
        if (total != NULL) {
            err_nomemory(vm);
        }
        goto done;
    }
    for (int64_t i = 0; i < n; i++) {
        if (num_as_double(vm, i == n - 1 ? total : items[i], &w[i]) < 0) {
            goto done;
        }
    }
    *out = w;
    w = NULL;
    rc = 0;
done:
    mem_free(w);
    obj_xdecref(total);
    obj_decref(seq);
    return rc;
}

// bisect.bisect_right(a, x, 0, hi).
static uint64_t bisect_right(const double *a, double x, uint64_t hi) {
    uint64_t lo = 0;
    while (lo < hi) {
        uint64_t mid = (lo + hi) / 2;
        if (x < a[mid]) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return lo;
}

// choices(): k picks with replacement, by floor(random() * n) or, with
// weights, by bisecting the cumulative weights at random() * total.
static int choose(Vm *vm, MtState *st, Obj *population, int64_t n, const double *cum, int64_t k,
                  Obj *out) {
    double total = cum != NULL ? cum[n - 1] : 0.0;
    if (cum != NULL && total <= 0.0) {
        err_raise(vm, &exc_ValueError, "Total of weights must be greater than zero");
        return -1;
    }
    if (cum != NULL && !isfinite(total)) {
        err_raise(vm, &exc_ValueError, "Total of weights must be finite");
        return -1;
    }
    for (int64_t i = 0; i < k; i++) {
        double r = rnd_double(st);
        uint64_t index = cum == NULL ? (uint64_t)floor(r * (double)n)
                                     : bisect_right(cum, r * total, (uint64_t)n - 1);
        if (append_item(vm, out, population, index) < 0) {
            return -1;
        }
    }
    return 0;
}

Obj *modrandom_py_choices(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    MtState *st = rnd_state(self);
    static const char *const names[] = {"population", "weights", "cum_weights", "k", NULL};
    Obj *b[4] = {NULL, NULL, NULL, NULL};
    if (args_bind(vm, "choices", args, nargs, kwnames, names, 2, 1, b) < 0) {
        return NULL;
    }
    Obj *weights = b[1] == OBJ_NONE ? NULL : b[1], *cum = b[2] == OBJ_NONE ? NULL : b[2];
    if (weights != NULL && cum != NULL) {
        return err_raise(vm, &exc_TypeError, "Cannot specify both weights and cumulative weights");
    }
    int64_t n, k = 1;
    if ((n = obj_len(vm, b[0])) < 0 || (b[3] != NULL && obj_as_ssize(vm, b[3], &k) < 0)) {
        return NULL;
    }
    if (weights != NULL && int_check(weights)) {
        return err_raise(vm, &exc_TypeError,
                         "The number of choices must be a keyword argument: k=%R", weights);
    }
    double *cw = NULL;
    if ((weights != NULL || cum != NULL) && cumulative_weights(vm, weights, cum, n, &cw) < 0) {
        return NULL;
    }
    Obj *out = list_new(vm, 0);
    if (out != NULL && choose(vm, st, b[0], n, cw, k, out) < 0) {
        obj_decref(out);
        out = NULL;
    }
    mem_free(cw);
    return out;
}

// A set of indices for sample()'s second strategy: open addressing over
// size_t, with (size_t)-1 marking a free slot.
typedef struct IndexSet {
    size_t *slots;
    size_t mask;
} IndexSet;

// Adds `v`; false when it was already present.
static bool indexset_add(IndexSet *s, size_t v) {
    size_t h = (v * 0x9E3779B97F4A7C15ull) & s->mask;
    while (s->slots[h] != (size_t)-1) {
        if (s->slots[h] == v) {
            return false;
        }
        h = (h + 1) & s->mask;
    }
    s->slots[h] = v;
    return true;
}

// sample()'s first strategy: a partial Fisher-Yates over a copy of the
// population. `result` has k items to fill.
static int sample_by_pool(Vm *vm, MtState *st, Obj *population, size_t n, size_t k, Obj *result) {
    Obj *pool = list_new(vm, 0);
    Obj *it = pool != NULL ? obj_iter(vm, population) : NULL;
    Obj *item;
    int rc = -1;
    while (it != NULL && (item = obj_next(vm, it)) != NULL) {
        int r = list_append(vm, pool, item);
        obj_decref(item);
        if (r < 0) {
            goto done;
        }
    }
    if (it == NULL || err_occurred(vm) || list_len(pool) != n) {
        goto done;
    }
    ListObj *p = (ListObj *)pool, *res = (ListObj *)result;
    for (size_t i = 0; i < k; i++) {
        size_t j = (size_t)rnd_below(st, n - i);
        obj_replace(&res->items[i], p->items[j]);
        obj_replace(&p->items[j], p->items[n - i - 1]);
    }
    rc = 0;
done:
    obj_xdecref(it);
    obj_xdecref(pool);
    return rc;
}

// sample()'s second strategy: draw indices, redrawing the ones taken.
static int sample_by_set(Vm *vm, MtState *st, Obj *population, size_t n, size_t k,
                         size_t setsize, Obj *result) {
    size_t cap = 16;
    while (cap < 2 * setsize) {
        cap *= 2;
    }
    IndexSet s = {mem_alloc(cap * sizeof(size_t)), cap - 1};
    if (s.slots == NULL) {
        err_nomemory(vm);
        return -1;
    }
    memset(s.slots, 0xff, cap * sizeof(size_t));
    int rc = 0;
    for (size_t i = 0; i < k && rc == 0; i++) {
        size_t j;
        do {
            j = (size_t)rnd_below(st, n);
        } while (!indexset_add(&s, j));
        Obj *key = int_from_u64(vm, j);
        Obj *item = key != NULL ? obj_getitem(vm, population, key) : NULL;
        obj_xdecref(key);
        if (item == NULL) {
            rc = -1;
        } else {
            obj_replace(&((ListObj *)result)->items[i], item);
            obj_decref(item);
        }
    }
    mem_free(s.slots);
    return rc;
}

Obj *modrandom_py_sample(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    MtState *st = rnd_state(self);
    static const char *const names[] = {"population", "k", NULL};
    Obj *bound[2] = {NULL, NULL};
    if (args_bind(vm, "sample", args, nargs, kwnames, names, 2, 2, bound) < 0) {
        return NULL;
    }
    TypeObj *t = obj_type(bound[0]);
    if (t->getitem == NULL || type_is_subtype(t, &dict_type) || type_is_subtype(t, &set_type) ||
        type_is_subtype(t, &frozenset_type)) {
        return err_raise(vm, &exc_TypeError,
                         "Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
    int64_t n, k;
    if ((n = obj_len(vm, bound[0])) < 0 || obj_as_ssize(vm, bound[1], &k) < 0) {
        return NULL;
    }
    if (k < 0 || k > n) {
        return err_raise(vm, &exc_ValueError, "Sample larger than population or is negative");
    }
    // random.py: setsize = 21, plus 4 ** ceil(log(3k, 4)) for k > 5; the
    // pool strategy when the population is no larger than that.
    size_t setsize = 21;
    if (k > 5) {
        setsize += (size_t)pow(4.0, ceil(log((double)k * 3) / log(4.0)));
    }
    Obj *result = list_new(vm, (size_t)k);
    if (result == NULL) {
        return NULL;
    }
    for (int64_t i = 0; i < k; i++) {
        ((ListObj *)result)->items[i] = obj_newref(OBJ_NONE);
    }
    int rc = (size_t)n <= setsize
                 ? sample_by_pool(vm, st, bound[0], (size_t)n, (size_t)k, result)
                 : sample_by_set(vm, st, bound[0], (size_t)n, (size_t)k, setsize, result);
    if (rc < 0) {
        obj_decref(result);
        return NULL;
    }
    return result;
}
