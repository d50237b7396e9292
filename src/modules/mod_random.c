/* mod_random.c: the `random` module. The generator is CPython's Mersenne
 * Twister (MT19937, seeded through init_by_array exactly as _random.seed
 * does), and the functions follow the Python-level algorithms of CPython
 * 3.11's random.py step by step, so random.seed(n) gives CPython's
 * sequences for random, getrandbits, randrange, randint, choice, choices,
 * shuffle, sample, uniform and gauss. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

#include "memory/mem.h"
#include "modules/mod_math.h"
#include "modules/mod_random.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/intimpl.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/runtime.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

// ---------------------------------------------------------------------------
// MT19937 (Matsumoto and Nishimura's reference algorithm).
// ---------------------------------------------------------------------------

#define MT_N 624
#define MT_M 397

// The generator behind the module functions: one per process, like the
// hidden Random instance of CPython's random module.
static struct {
    uint32_t mt[MT_N];
    int index;
    double gauss_next; // the second value of the last Box-Muller pair
    bool has_gauss_next;
} state = {.index = MT_N + 1};

static void init_genrand(uint32_t s) {
    state.mt[0] = s;
    for (int i = 1; i < MT_N; i++) {
        state.mt[i] = 1812433253u * (state.mt[i - 1] ^ (state.mt[i - 1] >> 30)) + (uint32_t)i;
    }
    state.index = MT_N;
}

static void init_by_array(const uint32_t *key, size_t len) {
    init_genrand(19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k > 0; k--) {
        state.mt[i] = (state.mt[i] ^ ((state.mt[i - 1] ^ (state.mt[i - 1] >> 30)) * 1664525u)) +
                      key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            state.mt[0] = state.mt[MT_N - 1];
            i = 1;
        }
        if (j >= len) {
            j = 0;
        }
    }
    for (size_t k = MT_N - 1; k > 0; k--) {
        state.mt[i] = (state.mt[i] ^ ((state.mt[i - 1] ^ (state.mt[i - 1] >> 30)) * 1566083941u)) -
                      (uint32_t)i;
        i++;
        if (i >= MT_N) {
            state.mt[0] = state.mt[MT_N - 1];
            i = 1;
        }
    }
    state.mt[0] = 0x80000000u; // the most significant bit assures a non-zero state
    state.has_gauss_next = false;
}

static uint32_t genrand_uint32(void) {
    static const uint32_t mag01[2] = {0, 0x9908b0dfu};
    if (state.index >= MT_N) {
        int k;
        for (k = 0; k < MT_N - MT_M; k++) {
            uint32_t y = (state.mt[k] & 0x80000000u) | (state.mt[k + 1] & 0x7fffffffu);
            state.mt[k] = state.mt[k + MT_M] ^ (y >> 1) ^ mag01[y & 1];
        }
        for (; k < MT_N - 1; k++) {
            uint32_t y = (state.mt[k] & 0x80000000u) | (state.mt[k + 1] & 0x7fffffffu);
            state.mt[k] = state.mt[k + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1];
        }
        uint32_t y = (state.mt[MT_N - 1] & 0x80000000u) | (state.mt[0] & 0x7fffffffu);
        state.mt[MT_N - 1] = state.mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1];
        state.index = 0;
    }
    uint32_t y = state.mt[state.index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

// random(): 53 random bits in [0, 1), as _random.Random.random.
static double random_double(void) {
    uint32_t a = genrand_uint32() >> 5, b = genrand_uint32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// Seeds from the absolute value of `n`, split into 32-bit words, least
// significant first (a zero seed is the one-word key [0]).
static void seed_from_mpz(mpz_srcptr n) {
    size_t count = 0;
    size_t words = mpz_sizeinbase(n, 2) / 32 + 1;
    uint32_t *key = mem_alloc(words * sizeof *key);
    uint32_t zero = 0;
    if (key == NULL) {
        key = &zero; // seeding cannot fail; a degraded key beats an abort
    } else {
        key[0] = 0; // mpz_export writes nothing for zero
        mpz_export(key, &count, -1, sizeof *key, 0, 0, n);
    }
    init_by_array(key, count > 0 ? count : 1);
    if (key != &zero) {
        mem_free(key);
    }
}

// Seeds from the operating system's entropy (seed(None), and at import).
static void seed_from_entropy(void) {
    uint32_t key[MT_N];
    if (getentropy(key, 256) < 0 || getentropy((char *)key + 256, sizeof key - 256) < 0) {
        // Without entropy: the time and the address of the state.
        for (size_t i = 0; i < MT_N; i++) {
            key[i] = (uint32_t)time(NULL) ^ (uint32_t)(uintptr_t)&state ^ (uint32_t)i;
        }
    }
    init_by_array(key, MT_N);
}

// ---------------------------------------------------------------------------
// Random integers.
// ---------------------------------------------------------------------------

// getrandbits(k) into `z`: 32-bit words, least significant first, the last
// one shifted right to keep its top bits (CPython's _random_getrandbits).
static void getrandbits_mpz(mpz_t z, uint64_t k) {
    if (k <= 32) {
        mpz_set_ui(z, k == 0 ? 0 : genrand_uint32() >> (32 - k));
        return;
    }
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *w = mem_alloc(words * sizeof *w);
    if (w == NULL) {
        mpz_set_ui(z, 0); // the caller checks the size first; see randbits_checked
        return;
    }
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = genrand_uint32();
        w[i] = k < 32 ? r >> (32 - k) : r;
    }
    mpz_import(z, words, -1, sizeof *w, 0, 0, w);
    mem_free(w);
}

// _randbelow_with_getrandbits(n) for n > 0: k = n.bit_length() bits,
// redrawn until below n.
static void randbelow_mpz(mpz_t r, mpz_srcptr n) {
    uint64_t k = mpz_sizeinbase(n, 2);
    do {
        getrandbits_mpz(r, k);
    } while (mpz_cmp(r, n) >= 0);
}

// The same for a machine-sized n > 0 (the common case of indices).
static uint64_t randbelow_u64(uint64_t n) {
    int k = 64 - __builtin_clzll(n);
    for (;;) {
        uint64_t r;
        if (k <= 32) {
            r = genrand_uint32() >> (32 - k);
        } else {
            uint64_t lo = genrand_uint32();
            uint64_t hi = genrand_uint32() >> (64 - k);
            r = lo | hi << 32;
        }
        if (r < n) {
            return r;
        }
    }
}

static Obj *modrandom_py_seed(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"a", "version", NULL};
    Obj *bound[2] = {NULL, NULL};
    if (args_bind(vm, "seed", args, nargs, kwnames, names, 2, 0, bound) < 0) {
        return NULL;
    }
    Obj *a = bound[0];
    if (a == NULL || a == OBJ_NONE) {
        seed_from_entropy();
        return obj_newref(OBJ_NONE);
    }
    mpz_t n;
    mpz_init(n);
    if (obj_type(a) == &int_type) {
        IntView v;
        intview_init(&v, a);
        mpz_abs(n, v.p);
        intview_clear(&v);
    } else if (float_check(a) || int_check(a)) {
        // Other seeds go through their hash, read as an unsigned word.
        int64_t h = obj_hash(vm, a);
        if (h == -1 && err_occurred(vm)) {
            mpz_clear(n);
            return NULL;
        }
        mpz_set_ui(n, (unsigned long)(uint64_t)h);
    } else if (str_check(a)) {
        // CPython hashes str seeds with SHA-512; Ouro has no SHA-512.
        mpz_clear(n);
        return err_raise(vm, &exc_NotImplementedError,
                         "Ouro's random.seed() takes None, an int or a float");
    } else {
        mpz_clear(n);
        return err_raise(vm, &exc_TypeError,
                         "The only supported seed types are: None,\n"
                         "int, float, str, bytes, and bytearray.");
    }
    seed_from_mpz(n);
    mpz_clear(n);
    return obj_newref(OBJ_NONE);
}

static Obj *modrandom_py_random(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "random", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return float_from_double(vm, random_double());
}

static Obj *modrandom_py_getrandbits(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                     Obj *kwnames) {
    OURO_UNUSED(self);
    int64_t k;
    if (args_check(vm, "getrandbits", nargs, kwnames, 1, 1) < 0 ||
        obj_as_ssize(vm, args[0], &k) < 0) {
        return NULL;
    }
    if (k < 0) {
        return err_raise(vm, &exc_ValueError, "number of bits must be non-negative");
    }
    if ((uint64_t)k > INT_MAX_BITS) {
        return err_nomemory(vm);
    }
    mpz_t z;
    mpz_init(z);
    getrandbits_mpz(z, (uint64_t)k);
    return int_from_mpz_steal(vm, z);
}

// istart + istep * randbelow(n) for randrange, n > 0.
static Obj *pick_in_range(Vm *vm, mpz_t start, mpz_t step, mpz_t n) {
    mpz_t r;
    mpz_init(r);
    randbelow_mpz(r, n);
    mpz_mul(r, r, step);
    mpz_add(r, r, start);
    return int_from_mpz_steal(vm, r);
}

// randrange(start[, stop[, step]]) with random.py's checks and messages.
static Obj *randrange(Vm *vm, Obj *start_obj, Obj *stop_obj, Obj *step_obj) {
    mpz_t start, stop, step, n;
    mpz_inits(start, stop, step, n, NULL);
    Obj *res = NULL;
    if (modmath_arg_mpz(vm, start_obj, start) < 0) {
        goto done;
    }
    if (stop_obj == NULL || stop_obj == OBJ_NONE) {
        if (step_obj != NULL) {
            err_raise(vm, &exc_TypeError, "Missing a non-None stop argument");
        } else if (mpz_sgn(start) > 0) {
            mpz_set_ui(step, 1);
            mpz_swap(n, start); // randbelow(start) == 0 + 1 * randbelow(start)
            res = pick_in_range(vm, start, step, n);
        } else {
            err_raise(vm, &exc_ValueError, "empty range for randrange()");
        }
        goto done;
    }
    mpz_set_ui(step, 1);
    if (modmath_arg_mpz(vm, stop_obj, stop) < 0 ||
        (step_obj != NULL && modmath_arg_mpz(vm, step_obj, step) < 0)) {
        goto done;
    }
    mpz_sub(n, stop, start); // the width
    if (mpz_cmp_ui(step, 1) == 0) {
        if (mpz_sgn(n) > 0) {
            res = pick_in_range(vm, start, step, n);
        } else {
            Obj *w = int_from_mpz(vm, n);
            Obj *a = int_from_mpz(vm, start), *b = int_from_mpz(vm, stop);
            if (w != NULL && a != NULL && b != NULL) {
                err_raise(vm, &exc_ValueError, "empty range for randrange() (%S, %S, %S)", a, b, w);
            }
            obj_xdecref(w);
            obj_xdecref(a);
            obj_xdecref(b);
        }
        goto done;
    }
    if (mpz_sgn(step) == 0) {
        err_raise(vm, &exc_ValueError, "zero step for randrange()");
        goto done;
    }
    // n = (width + step -/+ 1) // step, rounding the count of steps up.
    mpz_add(n, n, step);
    if (mpz_sgn(step) > 0) {
        mpz_sub_ui(n, n, 1);
    } else {
        mpz_add_ui(n, n, 1);
    }
    mpz_fdiv_q(n, n, step);
    if (mpz_sgn(n) <= 0) {
        err_raise(vm, &exc_ValueError, "empty range for randrange()");
        goto done;
    }
    res = pick_in_range(vm, start, step, n);
done:
    mpz_clears(start, stop, step, n, NULL);
    return res;
}

static Obj *modrandom_py_randrange(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                   Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"start", "stop", "step", NULL};
    Obj *bound[3] = {NULL, NULL, NULL};
    if (args_bind(vm, "randrange", args, nargs, kwnames, names, 3, 1, bound) < 0) {
        return NULL;
    }
    return randrange(vm, bound[0], bound[1], bound[2]);
}

static Obj *modrandom_py_randint(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"a", "b", NULL};
    Obj *bound[2] = {NULL, NULL};
    if (args_bind(vm, "randint", args, nargs, kwnames, names, 2, 2, bound) < 0) {
        return NULL;
    }
    Obj *stop = obj_binop(vm, bound[1], SMALLINT_FROM(1), BINOP_ADD);
    if (stop == NULL) {
        return NULL;
    }
    Obj *res = randrange(vm, bound[0], stop, NULL);
    obj_decref(stop);
    return res;
}

// ---------------------------------------------------------------------------
// Sequences.
// ---------------------------------------------------------------------------

static Obj *modrandom_py_choice(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
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
    Obj *i = int_from_u64(vm, randbelow_u64((uint64_t)n));
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

static Obj *modrandom_py_shuffle(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "shuffle", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    int64_t n = obj_len(vm, args[0]);
    if (n < 0) {
        return NULL;
    }
    for (uint64_t i = (uint64_t)n; i-- > 1;) {
        uint64_t j = randbelow_u64(i + 1);
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
static int choose(Vm *vm, Obj *population, int64_t n, const double *cum, int64_t k, Obj *out) {
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
        double r = random_double();
        uint64_t index = cum == NULL ? (uint64_t)floor(r * (double)n)
                                     : bisect_right(cum, r * total, (uint64_t)n - 1);
        if (append_item(vm, out, population, index) < 0) {
            return -1;
        }
    }
    return 0;
}

static Obj *modrandom_py_choices(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
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
    if (out != NULL && choose(vm, b[0], n, cw, k, out) < 0) {
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
static int sample_by_pool(Vm *vm, Obj *population, size_t n, size_t k, Obj *result) {
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
        size_t j = (size_t)randbelow_u64(n - i);
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
static int sample_by_set(Vm *vm, Obj *population, size_t n, size_t k, size_t setsize, Obj *result) {
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
            j = (size_t)randbelow_u64(n);
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

static Obj *modrandom_py_sample(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
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
                 ? sample_by_pool(vm, bound[0], (size_t)n, (size_t)k, result)
                 : sample_by_set(vm, bound[0], (size_t)n, (size_t)k, setsize, result);
    if (rc < 0) {
        obj_decref(result);
        return NULL;
    }
    return result;
}

// ---------------------------------------------------------------------------
// Real-valued distributions.
// ---------------------------------------------------------------------------

static int real_args(Vm *vm, Obj *const *bound, size_t n, double *out) {
    for (size_t i = 0; i < n; i++) {
        if (bound[i] != NULL && num_as_double(vm, bound[i], &out[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static Obj *modrandom_py_uniform(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"a", "b", NULL};
    Obj *bound[2] = {NULL, NULL};
    double ab[2];
    if (args_bind(vm, "uniform", args, nargs, kwnames, names, 2, 2, bound) < 0 ||
        real_args(vm, bound, 2, ab) < 0) {
        return NULL;
    }
    return float_from_double(vm, ab[0] + (ab[1] - ab[0]) * random_double());
}

// gauss(mu=0.0, sigma=1.0): Box-Muller, keeping the pair's second value.
static Obj *modrandom_py_gauss(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"mu", "sigma", NULL};
    Obj *bound[2] = {NULL, NULL};
    double ms[2] = {0.0, 1.0};
    if (args_bind(vm, "gauss", args, nargs, kwnames, names, 2, 0, bound) < 0 ||
        real_args(vm, bound, 2, ms) < 0) {
        return NULL;
    }
    double z;
    if (state.has_gauss_next) {
        z = state.gauss_next;
        state.has_gauss_next = false;
    } else {
        double x2pi = random_double() * (2 * M_PI);
        double g2rad = sqrt(-2.0 * log(1.0 - random_double()));
        z = cos(x2pi) * g2rad;
        state.gauss_next = sin(x2pi) * g2rad;
        state.has_gauss_next = true;
    }
    return float_from_double(vm, ms[0] + z * ms[1]);
}

// ---------------------------------------------------------------------------
// The module.
// ---------------------------------------------------------------------------

#define DEF(name, doc)                                                                             \
    { #name, modrandom_py_##name, METH_DEFAULT, doc }
static const MethodDef modrandom_functions[] = {
    DEF(seed, "Initialize the generator from an int (or None: from entropy)."),
    DEF(random, "A float in [0.0, 1.0)."),
    DEF(getrandbits, "An int with k random bits."),
    DEF(randrange, "A random item of range(start, stop, step)."),
    DEF(randint, "A random int in [a, b]."),
    DEF(choice, "A random element of a non-empty sequence."),
    DEF(choices, "k elements chosen with replacement, optionally weighted."),
    DEF(shuffle, "Shuffle a mutable sequence in place."),
    DEF(sample, "k unique elements of a population."),
    DEF(uniform, "A random float between a and b."),
    DEF(gauss, "A normally distributed float."),
    {NULL, NULL, 0, NULL},
};
#undef DEF

Obj *modrandom_init(Vm *vm) {
    seed_from_entropy();
    return module_create_builtin(vm, "random", modrandom_functions);
}
