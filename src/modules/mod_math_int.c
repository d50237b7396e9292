/* mod_math_int.c: the exact integer functions of the `math` module
 * (factorial, comb, perm, gcd, lcm, isqrt) computed with GMP on the
 * interpreter's big ints, and prod() over any multiplicable values. */
#include <limits.h>

#include "modules/mod_math.h"
#include "objects/args.h"
#include "objects/exc.h"
#include "objects/intimpl.h"
#include "objects/runtime.h"
#include "objects/tuple.h"

int modmath_arg_mpz(Vm *vm, Obj *o, mpz_t z) {
    Obj *i = obj_index(vm, o);
    if (i == NULL) {
        return -1;
    }
    IntView v;
    intview_init(&v, i);
    mpz_set(z, v.p);
    intview_clear(&v);
    obj_decref(i);
    return 0;
}

Obj *modmath_py_prod(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"iterable", "start", NULL};
    Obj *bound[2] = {NULL, NULL};
    if (args_bind(vm, "prod", args, nargs, kwnames, names, 1, 1, bound) < 0) {
        return NULL;
    }
    Obj *it = obj_iter(vm, bound[0]);
    if (it == NULL) {
        return NULL;
    }
    Obj *acc = obj_newref(bound[1] != NULL ? bound[1] : SMALLINT_FROM(1));
    Obj *item;
    while (acc != NULL && (item = obj_next(vm, it)) != NULL) {
        Obj *next = obj_binop(vm, acc, item, BINOP_MUL);
        obj_decref(item);
        obj_decref(acc);
        acc = next;
    }
    obj_decref(it);
    if (acc != NULL && err_occurred(vm)) {
        obj_decref(acc);
        return NULL;
    }
    return acc;
}

// A function of one non-negative integer: `op` replaces the value in
// place (or raises and returns -1); a negative argument is a ValueError
// with `negative_msg`.
static Obj *unary_nonneg(Vm *vm, const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
                         const char *negative_msg, int (*op)(Vm *vm, mpz_t n)) {
    if (args_check(vm, fname, nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    mpz_t n;
    mpz_init(n);
    Obj *res = NULL;
    if (modmath_arg_mpz(vm, args[0], n) < 0) {
        goto done;
    }
    if (mpz_sgn(n) < 0) {
        err_raise(vm, &exc_ValueError, "%s", negative_msg);
    } else if (op(vm, n) == 0) {
        res = int_from_mpz(vm, n);
    }
done:
    mpz_clear(n);
    return res;
}

static int factorial_op(Vm *vm, mpz_t n) {
    if (!mpz_fits_slong_p(n)) {
        err_raise(vm, &exc_OverflowError, "factorial() argument should not exceed %ld", LONG_MAX);
        return -1;
    }
    mpz_fac_ui(n, mpz_get_ui(n));
    return 0;
}

static int isqrt_op(Vm *vm, mpz_t n) {
    OURO_UNUSED(vm);
    mpz_sqrt(n, n);
    return 0;
}

Obj *modmath_py_factorial(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    return unary_nonneg(vm, "math.factorial", args, nargs, kwnames,
                        "factorial() not defined for negative values", factorial_op);
}

Obj *modmath_py_isqrt(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    return unary_nonneg(vm, "math.isqrt", args, nargs, kwnames,
                        "isqrt() argument must be nonnegative", isqrt_op);
}

// Reads (n, k) for comb and perm: non-negative integers, with CPython's
// messages. Returns 0 or -1.
static int n_and_k(Vm *vm, Obj *n_obj, Obj *k_obj, mpz_t n, mpz_t k) {
    if (modmath_arg_mpz(vm, n_obj, n) < 0 || modmath_arg_mpz(vm, k_obj, k) < 0) {
        return -1;
    }
    if (mpz_sgn(n) < 0) {
        err_raise(vm, &exc_ValueError, "n must be a non-negative integer");
        return -1;
    }
    if (mpz_sgn(k) < 0) {
        err_raise(vm, &exc_ValueError, "k must be a non-negative integer");
        return -1;
    }
    return 0;
}

Obj *modmath_py_comb(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "comb", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    mpz_t n, k;
    mpz_inits(n, k, NULL);
    Obj *res = NULL;
    if (n_and_k(vm, args[0], args[1], n, k) < 0) {
        goto done;
    }
    if (mpz_cmp(k, n) > 0) {
        res = int_from_i64(vm, 0);
        goto done;
    }
    // comb(n, k) == comb(n, n - k): use the smaller one.
    mpz_sub(n, n, k);
    if (mpz_cmp(n, k) < 0) {
        mpz_swap(n, k);
    }
    mpz_add(n, n, k);
    if (!mpz_fits_slong_p(k)) {
        err_raise(vm, &exc_OverflowError, "min(n - k, k) must not exceed %ld", LONG_MAX);
        goto done;
    }
    mpz_bin_ui(n, n, mpz_get_ui(k));
    res = int_from_mpz(vm, n);
done:
    mpz_clears(n, k, NULL);
    return res;
}

Obj *modmath_py_perm(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "perm", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    if (nargs == 1 || args[1] == OBJ_NONE) {
        return modmath_py_factorial(vm, NULL, args, 1, NULL);
    }
    mpz_t n, k, r;
    mpz_inits(n, k, r, NULL);
    Obj *res = NULL;
    if (n_and_k(vm, args[0], args[1], n, k) < 0) {
        goto done;
    }
    if (mpz_cmp(k, n) > 0) {
        res = int_from_i64(vm, 0);
        goto done;
    }
    if (!mpz_fits_slong_p(k)) {
        err_raise(vm, &exc_OverflowError, "k must not exceed %ld", LONG_MAX);
        goto done;
    }
    // n * (n - 1) * ... * (n - k + 1)
    mpz_set_ui(r, 1);
    for (unsigned long i = mpz_get_ui(k); i > 0; i--) {
        mpz_mul(r, r, n);
        mpz_sub_ui(n, n, 1);
    }
    res = int_from_mpz(vm, r);
done:
    mpz_clears(n, k, r, NULL);
    return res;
}

// gcd and lcm fold their arguments with `op`, starting from `start`.
static Obj *fold(Vm *vm, Obj *const *args, size_t nargs, unsigned long start,
                 void (*op)(mpz_ptr, mpz_srcptr, mpz_srcptr)) {
    mpz_t acc, x;
    mpz_init_set_ui(acc, start);
    mpz_init(x);
    Obj *res = NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (modmath_arg_mpz(vm, args[i], x) < 0) {
            goto done;
        }
        op(acc, acc, x);
    }
    mpz_abs(acc, acc); // a single argument is returned as its absolute value
    res = int_from_mpz(vm, acc);
done:
    mpz_clears(acc, x, NULL);
    return res;
}

static void gcd_op(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) {
    mpz_gcd(r, a, b);
}
static void lcm_op(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) {
    mpz_lcm(r, a, b);
}

Obj *modmath_py_gcd(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "gcd", nargs, kwnames, 0, SIZE_MAX) < 0) {
        return NULL;
    }
    return fold(vm, args, nargs, 0, gcd_op);
}

Obj *modmath_py_lcm(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "lcm", nargs, kwnames, 0, SIZE_MAX) < 0) {
        return NULL;
    }
    return fold(vm, args, nargs, 1, lcm_op);
}
