/* mod_random.c: the `random` module: the generator (CPython's Mersenne
 * Twister, MT19937, seeded through init_by_array exactly as _random.seed
 * does), the Random and SystemRandom types, the integer methods and state
 * saving, and the module whose functions are the methods of a hidden
 * Random. Every method follows the Python-level algorithm of CPython
 * 3.11's random.py step by step, so that seeding gives CPython's
 * sequences. Sequences are in mod_random_seq.c, distributions in
 * mod_random_dist.c. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

#include "memory/mem.h"
#include "modules/mod_hashlib.h"
#include "modules/mod_math.h"
#include "modules/mod_random.h"
#include "modules/mod_random_impl.h"
#include "objects/args.h"
#include "objects/bytesobj.h"
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

static void init_genrand(MtState *st, uint32_t s) {
    st->mt[0] = s;
    for (int i = 1; i < MT_N; i++) {
        st->mt[i] = 1812433253u * (st->mt[i - 1] ^ (st->mt[i - 1] >> 30)) + (uint32_t)i;
    }
    st->index = MT_N;
}

static void init_by_array(MtState *st, const uint32_t *key, size_t len) {
    init_genrand(st, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k > 0; k--) {
        st->mt[i] = (st->mt[i] ^ ((st->mt[i - 1] ^ (st->mt[i - 1] >> 30)) * 1664525u)) +
                      key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            st->mt[0] = st->mt[MT_N - 1];
            i = 1;
        }
        if (j >= len) {
            j = 0;
        }
    }
    for (size_t k = MT_N - 1; k > 0; k--) {
        st->mt[i] = (st->mt[i] ^ ((st->mt[i - 1] ^ (st->mt[i - 1] >> 30)) * 1566083941u)) -
                      (uint32_t)i;
        i++;
        if (i >= MT_N) {
            st->mt[0] = st->mt[MT_N - 1];
            i = 1;
        }
    }
    st->mt[0] = 0x80000000u; // the most significant bit assures a non-zero state
    st->has_gauss_next = false;
}

uint32_t rnd_uint32(MtState *st) {
    static const uint32_t mag01[2] = {0, 0x9908b0dfu};
    if (st->system) {
        uint32_t r = 0;
        if (getentropy(&r, sizeof r) < 0) {
            r = (uint32_t)time(NULL) * 2654435761u; // no entropy: never fails
        }
        return r;
    }
    if (st->index >= MT_N) {
        int k;
        for (k = 0; k < MT_N - MT_M; k++) {
            uint32_t y = (st->mt[k] & 0x80000000u) | (st->mt[k + 1] & 0x7fffffffu);
            st->mt[k] = st->mt[k + MT_M] ^ (y >> 1) ^ mag01[y & 1];
        }
        for (; k < MT_N - 1; k++) {
            uint32_t y = (st->mt[k] & 0x80000000u) | (st->mt[k + 1] & 0x7fffffffu);
            st->mt[k] = st->mt[k + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1];
        }
        uint32_t y = (st->mt[MT_N - 1] & 0x80000000u) | (st->mt[0] & 0x7fffffffu);
        st->mt[MT_N - 1] = st->mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1];
        st->index = 0;
    }
    uint32_t y = st->mt[st->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

// random(): 53 random bits in [0, 1), as _random.Random.random.
double rnd_double(MtState *st) {
    uint32_t a = rnd_uint32(st) >> 5, b = rnd_uint32(st) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// Seeds from the absolute value of `n`, split into 32-bit words, least
// significant first (a zero seed is the one-word key [0]).
static void seed_from_mpz(MtState *st, mpz_srcptr n) {
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
    init_by_array(st, key, count > 0 ? count : 1);
    if (key != &zero) {
        mem_free(key);
    }
}

// Seeds from the operating system's entropy (seed(None), and at import).
static void seed_from_entropy(MtState *st) {
    uint32_t key[MT_N];
    if (getentropy(key, 256) < 0 || getentropy((char *)key + 256, sizeof key - 256) < 0) {
        // Without entropy: the time and the address of the st->
        for (size_t i = 0; i < MT_N; i++) {
            key[i] = (uint32_t)time(NULL) ^ (uint32_t)(uintptr_t)st ^ (uint32_t)i;
        }
    }
    init_by_array(st, key, MT_N);
}

// ---------------------------------------------------------------------------
// Random integers.
// ---------------------------------------------------------------------------

// getrandbits(k) into `z`: 32-bit words, least significant first, the last
// one shifted right to keep its top bits (CPython's _random_getrandbits).
static void getrandbits_mpz(MtState *st, mpz_t z, uint64_t k) {
    if (k <= 32) {
        mpz_set_ui(z, k == 0 ? 0 : rnd_uint32(st) >> (32 - k));
        return;
    }
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *w = mem_alloc(words * sizeof *w);
    if (w == NULL) {
        mpz_set_ui(z, 0); // the caller checks the size first; see randbits_checked
        return;
    }
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = rnd_uint32(st);
        w[i] = k < 32 ? r >> (32 - k) : r;
    }
    mpz_import(z, words, -1, sizeof *w, 0, 0, w);
    mem_free(w);
}

// _randbelow_with_getrandbits(n) for n > 0: k = n.bit_length() bits,
// redrawn until below n.
static void randbelow_mpz(MtState *st, mpz_t r, mpz_srcptr n) {
    uint64_t k = mpz_sizeinbase(n, 2);
    do {
        getrandbits_mpz(st, r, k);
    } while (mpz_cmp(r, n) >= 0);
}

// The same for a machine-sized n > 0 (the common case of indices).
uint64_t rnd_below(MtState *st, uint64_t n) {
    int k = 64 - __builtin_clzll(n);
    for (;;) {
        uint64_t r;
        if (k <= 32) {
            r = rnd_uint32(st) >> (32 - k);
        } else {
            uint64_t lo = rnd_uint32(st);
            uint64_t hi = rnd_uint32(st) >> (64 - k);
            r = lo | hi << 32;
        }
        if (r < n) {
            return r;
        }
    }
}

// seed(a, version=1) for a str or bytes `a` (CPython's random.py): a
// 64-bit string hash of the code points (bytes read as Latin-1).
static int seed_text_v1(Vm *vm, Obj *a, mpz_t out) {
    if (bytearray_check(a)) {
        err_raise(vm, &exc_TypeError, "unhashable type: 'bytearray'");
        return -1;
    }
    bool is_str = str_check(a);
    const char *octets = NULL;
    size_t n = 0;
    if (is_str) {
        n = str_len(a);
    } else {
        bytes_like_view(a, &octets, &n);
    }
    uint64_t x = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t c = is_str ? str_codepoint_at(a, i) : (unsigned char)octets[i];
        if (i == 0) {
            x = c << 7;
        }
        x = (1000003u * x) ^ c;
    }
    x ^= n;
    mpz_set_ui(out, (unsigned long)x);
    return 0;
}

// The int that seed(a, version=2) makes of a str, bytes or bytearray `a`
// (CPython's random.py): the octets (UTF-8 for str) followed by their
// SHA-512, read big-endian. `version` 1 takes seed_text_v1's way.
static int seed_text(Vm *vm, Obj *a, Obj *version, mpz_t out) {
    int64_t ver = 2;
    if (version != NULL && int_check(version) && int_as_i64(vm, version, &ver) < 0) {
        return -1;
    }
    if (ver == 1) {
        return seed_text_v1(vm, a, out);
    }
    const char *data;
    size_t len;
    if (str_check(a)) {
        data = str_cstr(a);
        len = str_size(a);
    } else {
        bytes_like_view(a, &data, &len);
    }
    unsigned char *buf = mem_alloc(len + 64);
    if (buf == NULL) {
        return -1;
    }
    memcpy(buf, data, len);
    if (modhashlib_sha512(vm, data, len, buf + len) < 0) {
        mem_free(buf);
        return -1;
    }
    mpz_import(out, len + 64, 1, 1, 1, 0, buf);
    mem_free(buf);
    return 0;
}

static Obj *modrandom_py_seed(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    MtState *st = rnd_state(self);
    static const char *const names[] = {"a", "version", NULL};
    Obj *bound[2] = {NULL, NULL};
    if (args_bind(vm, "seed", args, nargs, kwnames, names, 2, 0, bound) < 0) {
        return NULL;
    }
    Obj *a = bound[0];
    if (st->system) {
        return obj_newref(OBJ_NONE); // SystemRandom: nothing to seed
    }
    if (a == NULL || a == OBJ_NONE) {
        seed_from_entropy(st);
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
    } else if (str_check(a) || bytes_check(a) || bytearray_check(a)) {
        if (seed_text(vm, a, bound[1], n) < 0) {
            mpz_clear(n);
            return NULL;
        }
    } else {
        mpz_clear(n);
        return err_raise(vm, &exc_TypeError,
                         "The only supported seed types are: None,\n"
                         "int, float, str, bytes, and bytearray.");
    }
    seed_from_mpz(st, n);
    mpz_clear(n);
    return obj_newref(OBJ_NONE);
}

static Obj *modrandom_py_random(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    MtState *st = rnd_state(self);
    OURO_UNUSED(args);
    if (args_check(vm, "random", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return float_from_double(vm, rnd_double(st));
}

static Obj *modrandom_py_getrandbits(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                     Obj *kwnames) {
    MtState *st = rnd_state(self);
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
    getrandbits_mpz(st, z, (uint64_t)k);
    return int_from_mpz_steal(vm, z);
}

// istart + istep * randbelow(n) for randrange, n > 0.
static Obj *pick_in_range(Vm *vm, MtState *st, mpz_t start, mpz_t step, mpz_t n) {
    mpz_t r;
    mpz_init(r);
    randbelow_mpz(st, r, n);
    mpz_mul(r, r, step);
    mpz_add(r, r, start);
    return int_from_mpz_steal(vm, r);
}

// randrange(start[, stop[, step]]) with random.py's checks and messages.
static Obj *randrange(Vm *vm, MtState *st, Obj *start_obj, Obj *stop_obj, Obj *step_obj) {
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
            res = pick_in_range(vm, st, start, step, n);
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
            res = pick_in_range(vm, st, start, step, n);
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
    res = pick_in_range(vm, st, start, step, n);
done:
    mpz_clears(start, stop, step, n, NULL);
    return res;
}

static Obj *modrandom_py_randrange(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                   Obj *kwnames) {
    MtState *st = rnd_state(self);
    static const char *const names[] = {"start", "stop", "step", NULL};
    Obj *bound[3] = {NULL, NULL, NULL};
    if (args_bind(vm, "randrange", args, nargs, kwnames, names, 3, 1, bound) < 0) {
        return NULL;
    }
    return randrange(vm, st, bound[0], bound[1], bound[2]);
}

static Obj *modrandom_py_randint(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    MtState *st = rnd_state(self);
    static const char *const names[] = {"a", "b", NULL};
    Obj *bound[2] = {NULL, NULL};
    if (args_bind(vm, "randint", args, nargs, kwnames, names, 2, 2, bound) < 0) {
        return NULL;
    }
    Obj *stop = obj_binop(vm, bound[1], SMALLINT_FROM(1), BINOP_ADD);
    if (stop == NULL) {
        return NULL;
    }
    Obj *res = randrange(vm, st, bound[0], stop, NULL);
    obj_decref(stop);
    return res;
}

// getstate(): (3, (624 words and the index), gauss_next or None).
static Obj *modrandom_py_getstate(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                  Obj *kwnames) {
    OURO_UNUSED(args);
    MtState *st = rnd_state(self);
    if (args_check(vm, "getstate", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    if (st->system) {
        return err_raise(vm, &exc_NotImplementedError,
                         "System entropy source does not have state.");
    }
    Obj *words = tuple_new(vm, MT_N + 1);
    for (int i = 0; words != NULL && i <= MT_N; i++) {
        Obj *w = int_from_u64(vm, i < MT_N ? st->mt[i] : (uint64_t)st->index);
        if (w == NULL) {
            obj_decref(words);
            return NULL;
        }
        tuple_set_steal(words, (size_t)i, w);
    }
    Obj *gauss = st->has_gauss_next ? float_from_double(vm, st->gauss_next) : obj_newref(OBJ_NONE);
    Obj *items[3] = {SMALLINT_FROM(3), words, gauss};
    Obj *r = words != NULL && gauss != NULL ? tuple_pack(vm, 3, items) : NULL;
    obj_xdecref(words);
    obj_xdecref(gauss);
    return r;
}

// setstate(state) with the checks and messages of random.py and _random.
static int set_words(Vm *vm, MtState *st, Obj *words) {
    if (!tuple_check(words)) {
        err_raise(vm, &exc_TypeError, "state vector must be a tuple");
        return -1;
    }
    if (tuple_len(words) != MT_N + 1) {
        err_raise(vm, &exc_ValueError, "state vector is the wrong size");
        return -1;
    }
    uint32_t mt[MT_N];
    int64_t index = 0;
    for (int i = 0; i <= MT_N; i++) {
        int64_t v;
        if (int_as_i64(vm, tuple_get_borrow(words, (size_t)i), &v) < 0) {
            return -1;
        }
        if (i < MT_N) {
            mt[i] = (uint32_t)v;
        } else {
            index = v;
        }
    }
    if (index < 0 || index > MT_N) {
        err_raise(vm, &exc_ValueError, "invalid state");
        return -1;
    }
    memcpy(st->mt, mt, sizeof mt);
    st->index = (int)index;
    return 0;
}

static Obj *modrandom_py_setstate(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                  Obj *kwnames) {
    MtState *st = rnd_state(self);
    if (args_check(vm, "setstate", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (st->system) {
        return err_raise(vm, &exc_NotImplementedError,
                         "System entropy source does not have state.");
    }
    Obj *state = args[0];
    int64_t version = 0;
    Obj *v0 = tuple_check(state) && tuple_len(state) > 0 ? tuple_get_borrow(state, 0) : NULL;
    if (v0 != NULL && int_check(v0) && int_as_i64(vm, v0, &version) < 0) {
        err_clear(vm);
    }
    // Version 2 states (Python 2.x's words) are taken modulo 2**32, as
    // random.py converts them.
    if (!tuple_check(state) || tuple_len(state) != 3 || (version != 3 && version != 2)) {
        return err_raise(vm, &exc_ValueError,
                         "state with version %S passed to Random.setstate() of version 3",
                         v0 != NULL ? v0 : OBJ_NONE);
    }
    Obj *gauss = tuple_get_borrow(state, 2);
    double g = 0.0;
    if (gauss != OBJ_NONE && num_as_double(vm, gauss, &g) < 0) {
        return NULL;
    }
    if (set_words(vm, st, tuple_get_borrow(state, 1)) < 0) {
        return NULL;
    }
    st->has_gauss_next = gauss != OBJ_NONE;
    st->gauss_next = g;
    return obj_newref(OBJ_NONE);
}

// randbytes(n): getrandbits(n * 8).to_bytes(n, 'little').
static Obj *modrandom_py_randbytes(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                   Obj *kwnames) {
    MtState *st = rnd_state(self);
    int64_t n;
    if (args_check(vm, "randbytes", nargs, kwnames, 1, 1) < 0 ||
        obj_as_ssize(vm, args[0], &n) < 0) {
        return NULL;
    }
    if (n < 0) {
        return err_raise(vm, &exc_ValueError, "number of bits must be non-negative");
    }
    Obj *b = bytes_new_uninit(vm, (size_t)n);
    if (b == NULL) {
        return NULL;
    }
    unsigned char *p = (unsigned char *)bytes_data_mut(b);
    for (int64_t i = 0; i < n; i += 4) {
        uint32_t w = rnd_uint32(st);
        if (n - i < 4) {
            w >>= 32 - 8 * (n - i); // the last word keeps its top bits
        }
        for (int64_t j = 0; j < 4 && i + j < n; j++) {
            p[i + j] = (unsigned char)(w >> (8 * j));
        }
    }
    return b;
}

// ---------------------------------------------------------------------------
// The Random and SystemRandom types.
// ---------------------------------------------------------------------------

#define DEF(name, doc)                                                                             \
    { #name, modrandom_py_##name, METH_DEFAULT, doc }
static const MethodDef rnd_methods[] = {
    DEF(seed, "Initialize the generator from an int (or None: from entropy)."),
    DEF(random, "A float in [0.0, 1.0)."),
    DEF(getrandbits, "An int with k random bits."),
    DEF(getstate, "The internal state, for setstate()."),
    DEF(setstate, "Restore a state from getstate()."),
    DEF(randbytes, "n random bytes."),
    DEF(randrange, "A random item of range(start, stop, step)."),
    DEF(randint, "A random int in [a, b]."),
    DEF(choice, "A random element of a non-empty sequence."),
    DEF(choices, "k elements chosen with replacement, optionally weighted."),
    DEF(shuffle, "Shuffle a mutable sequence in place."),
    DEF(sample, "k unique elements of a population."),
    DEF(uniform, "A random float between a and b."),
    DEF(triangular, "A triangular distribution between low and high, peaking at mode."),
    DEF(gauss, "A normally distributed float (faster, not thread-safe)."),
    DEF(normalvariate, "A normally distributed float."),
    DEF(lognormvariate, "A log-normally distributed float."),
    DEF(expovariate, "An exponentially distributed float."),
    DEF(vonmisesvariate, "An angle from the von Mises distribution."),
    DEF(gammavariate, "A gamma-distributed float."),
    DEF(betavariate, "A beta-distributed float in [0, 1]."),
    DEF(paretovariate, "A Pareto-distributed float."),
    DEF(weibullvariate, "A Weibull-distributed float."),
    {NULL, NULL, 0, NULL},
};
#undef DEF

// Random(x=None): seeded from entropy by __new__, then by __init__ from x.
static Obj *rnd_new(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    OURO_UNUSED(nargs);
    OURO_UNUSED(kwnames);
    Obj *self = type_alloc(vm, type);
    if (self == NULL) {
        return NULL;
    }
    MtState *st = rnd_state(self);
    st->system = type_is_subtype(type, &sysrandom_type);
    if (!st->system) {
        seed_from_entropy(st);
    }
    return self;
}

static int rnd_init(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "Random", nargs, kwnames, 0, 1) < 0) {
        return -1;
    }
    if (nargs == 0) {
        return 0;
    }
    // self.seed(x), so that a subclass's seed() is the one used.
    Obj *r = obj_call_method(vm, self, "seed", args, 1);
    if (r == NULL) {
        return -1;
    }
    obj_decref(r);
    return 0;
}

static void rnd_dealloc(Obj *self) {
    obj_free(self);
}

static size_t rnd_sizeof(Obj *self) {
    OURO_UNUSED(self);
    return sizeof(RandomObj);
}

TypeObj random_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "random.Random",
    .basicsize = sizeof(RandomObj),
    .flags = TYPE_FLAG_BASETYPE,
    .base = &object_type,
    .dealloc = rnd_dealloc,
    .new_ = rnd_new,
    .init = rnd_init,
    .sizeof_ = rnd_sizeof,
    .methods = rnd_methods,
};

TypeObj sysrandom_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "random.SystemRandom",
    .basicsize = sizeof(RandomObj),
    .flags = TYPE_FLAG_BASETYPE,
    .base = &random_type,
    .dealloc = rnd_dealloc,
    .new_ = rnd_new,
    .init = rnd_init,
    .sizeof_ = rnd_sizeof,
};

// ---------------------------------------------------------------------------
// The module: Random, SystemRandom, and every method of a hidden Random
// instance as a module function (random.seed, random.choice, ...).
// ---------------------------------------------------------------------------

static int add_types(Vm *vm, Obj *d) {
    TypeObj *types[] = {&random_type, &sysrandom_type};
    for (size_t t = 0; t < 2; t++) {
        if (type_ready(vm, types[t]) < 0) {
            return -1;
        }
        if (dict_set(vm, d, types[t]->name_obj, (Obj *)types[t]) < 0) {
            return -1;
        }
    }
    return 0;
}

Obj *modrandom_init(Vm *vm) {
    Obj *m = module_create_builtin(vm, "random", NULL);
    if (m == NULL) {
        return NULL;
    }
    Obj *d = module_dict(m);
    if (add_types(vm, d) < 0) {
        return NULL;
    }
    Obj *inst = rnd_new(vm, &random_type, NULL, 0, NULL);
    if (inst == NULL) {
        return NULL;
    }
    int rc = dict_set_cstr(vm, d, "_inst", inst);
    if (rc == 0) {
        rc = type_add_functions(vm, d, rnd_methods, inst);
    }
    obj_decref(inst);
    return rc < 0 ? NULL : m;
}
