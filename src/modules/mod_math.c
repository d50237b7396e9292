/* mod_math.c: the `math` module (CPython 3.11's functions and constants),
 * the floating-point half: libm calls wrapped with CPython's error rules,
 * exact summation (fsum), rounding through __floor__/__ceil__/__trunc__.
 * The integer half (factorial, comb, gcd, isqrt ...) is mod_math_int.c. */
#include <float.h>
#include <math.h>

#include "modules/mod_math.h"
#include "modules/modules.h"
#include "memory/mem.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/intimpl.h"
#include "objects/module.h"
#include "objects/runtime.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/list.h"
#include "objects/type.h"

// ---------------------------------------------------------------------------
// Conversions and errors.
// ---------------------------------------------------------------------------

Obj *modmath_domain_error(Vm *vm) {
    return err_raise(vm, &exc_ValueError, "math domain error");
}

static Obj *range_error(Vm *vm) {
    return err_raise(vm, &exc_OverflowError, "math range error");
}

// Calls the special method `name` of `o` when its type defines one:
// 1 with the result in *out, 0 when the type has none, -1 on error.
static int call_special(Vm *vm, Obj *o, const char *name, Obj **out) {
    Obj *key = str_intern_cstr(vm, name);
    if (key == NULL) {
        return -1;
    }
    if (type_lookup_special(vm, o, key) == NULL) {
        return err_occurred(vm) ? -1 : 0;
    }
    *out = obj_call_method(vm, o, name, NULL, 0);
    return *out != NULL ? 1 : -1;
}

// A real number argument as a double, as CPython's PyFloat_AsDouble: a
// float or int, else __float__, else __index__; TypeError "must be real
// number, not str" otherwise.
int modmath_arg_double(Vm *vm, Obj *o, double *out) {
    if (float_check(o) || int_check(o)) {
        return num_as_double(vm, o, out);
    }
    Obj *r = NULL;
    int found = call_special(vm, o, "__float__", &r);
    if (found == 0) {
        found = call_special(vm, o, "__index__", &r);
    }
    if (found < 0) {
        return -1;
    }
    if (found == 0) {
        err_raise(vm, &exc_TypeError, "must be real number, not %s", obj_type_name(o));
        return -1;
    }
    int rc = -1;
    if (float_check(r) || int_check(r)) {
        rc = num_as_double(vm, r, out);
    } else {
        err_raise(vm, &exc_TypeError, "%s.__float__ returned non-float (type %s)", obj_type_name(o),
                  obj_type_name(r));
    }
    obj_decref(r);
    return rc;
}

// Converts the `n` arguments of `fname` to doubles after checking there
// are exactly `n` of them.
static int doubles(Vm *vm, const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
                   size_t n, double *out) {
    if (args_check(vm, fname, nargs, kwnames, n, n) < 0) {
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        if (modmath_arg_double(vm, args[i], &out[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

// CPython's math_1 rule for a one-argument libm function: a NaN out of a
// non-NaN is a domain error; an infinity out of a finite input is a range
// error when the function can overflow, a domain error (a pole) otherwise.
static Obj *math_1(Vm *vm, const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
                   double (*fn)(double), bool can_overflow) {
    double x;
    if (doubles(vm, fname, args, nargs, kwnames, 1, &x) < 0) {
        return NULL;
    }
    double r = fn(x);
    if (isnan(r) && !isnan(x)) {
        return modmath_domain_error(vm);
    }
    if (isinf(r) && isfinite(x)) {
        return can_overflow ? range_error(vm) : modmath_domain_error(vm);
    }
    return float_from_double(vm, r);
}

// gamma and lgamma have poles at the non-positive integers (domain
// errors) and overflow for large arguments.
static bool nonpositive_int(double x) {
    return x <= 0 && floor(x) == x;
}
static double m_gamma(double x) {
    return nonpositive_int(x) ? NAN : tgamma(x);
}
static double m_lgamma(double x) {
    return nonpositive_int(x) ? NAN : lgamma(x);
}
static double m_degrees(double x) {
    return x * (180.0 / M_PI);
}
static double m_radians(double x) {
    return x * (M_PI / 180.0);
}
// sqrt(-0.0) is -0.0 and sqrt(-x) NaN: the math_1 rule covers both.

#define MATH_FUNC1(name, fn, can_overflow)                                                         \
    static Obj *modmath_py_##name(Vm *vm, Obj *self, Obj *const *args, size_t nargs,               \
                                  Obj *kwnames) {                                                  \
        OURO_UNUSED(self);                                                                         \
        return math_1(vm, "math." #name, args, nargs, kwnames, fn, can_overflow);                  \
    }
MATH_FUNC1(sqrt, sqrt, false)
MATH_FUNC1(cbrt, cbrt, false)
MATH_FUNC1(exp, exp, true)
MATH_FUNC1(exp2, exp2, true)
MATH_FUNC1(expm1, expm1, true)
MATH_FUNC1(log1p, log1p, false)
MATH_FUNC1(sin, sin, false)
MATH_FUNC1(cos, cos, false)
MATH_FUNC1(tan, tan, false)
MATH_FUNC1(asin, asin, false)
MATH_FUNC1(acos, acos, false)
MATH_FUNC1(atan, atan, false)
MATH_FUNC1(sinh, sinh, true)
MATH_FUNC1(cosh, cosh, true)
MATH_FUNC1(tanh, tanh, false)
MATH_FUNC1(asinh, asinh, false)
MATH_FUNC1(acosh, acosh, false)
MATH_FUNC1(atanh, atanh, false)
MATH_FUNC1(fabs, fabs, false)
MATH_FUNC1(erf, erf, false)
MATH_FUNC1(erfc, erfc, false)
MATH_FUNC1(gamma, m_gamma, true)
MATH_FUNC1(lgamma, m_lgamma, true)
MATH_FUNC1(degrees, m_degrees, true)
MATH_FUNC1(radians, m_radians, false)

// ---------------------------------------------------------------------------
// Logarithms: ints too large for a double still have a logarithm.
// ---------------------------------------------------------------------------

// log_fn(x) for a number `o`; a big int is split into mantissa * 2**e.
static int log_of(Vm *vm, Obj *o, double (*log_fn)(double), double *out) {
    if (int_check(o)) {
        if (int_sign(o) <= 0) {
            modmath_domain_error(vm);
            return -1;
        }
        IntView v;
        intview_init(&v, o);
        long e;
        double m = mpz_get_d_2exp(&e, v.p);
        intview_clear(&v);
        // log(m * 2**e) = log(m) + e * log(2), computed in the right base.
        *out = e > 1000 ? log_fn(m) + (double)e * log_fn(2.0) : log_fn(ldexp(m, (int)e));
        return 0;
    }
    double x;
    if (modmath_arg_double(vm, o, &x) < 0) {
        return -1;
    }
    if (isnan(x) || x > 0) {
        *out = log_fn(x);
        return 0;
    }
    if (isinf(x) && x > 0) {
        *out = x;
        return 0;
    }
    modmath_domain_error(vm);
    return -1;
}

static Obj *log_1(Vm *vm, const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
                  double (*log_fn)(double)) {
    double r;
    if (args_check(vm, fname, nargs, kwnames, 1, 1) < 0 || log_of(vm, args[0], log_fn, &r) < 0) {
        return NULL;
    }
    return float_from_double(vm, r);
}

static Obj *modmath_py_log(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    double num, den;
    if (args_check(vm, "log", nargs, kwnames, 1, 2) < 0 || log_of(vm, args[0], log, &num) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        return float_from_double(vm, num);
    }
    if (log_of(vm, args[1], log, &den) < 0) {
        return NULL;
    }
    if (den == 0) {
        return err_raise(vm, &exc_ZeroDivisionError, "float division by zero");
    }
    return float_from_double(vm, num / den);
}

static Obj *modmath_py_log2(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    return log_1(vm, "math.log2", args, nargs, kwnames, log2);
}

static Obj *modmath_py_log10(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    return log_1(vm, "math.log10", args, nargs, kwnames, log10);
}

// ---------------------------------------------------------------------------
// Two-argument functions.
// ---------------------------------------------------------------------------

static Obj *modmath_py_pow(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    double xy[2];
    if (doubles(vm, "pow", args, nargs, kwnames, 2, xy) < 0) {
        return NULL;
    }
    double x = xy[0], y = xy[1];
    double r = pow(x, y);
    if (isfinite(x) && isfinite(y)) {
        if (isnan(r)) {
            return modmath_domain_error(vm); // a negative number to a fractional power
        }
        if (isinf(r)) {
            return x == 0 ? modmath_domain_error(vm) : range_error(vm);
        }
    }
    return float_from_double(vm, r);
}

static Obj *modmath_py_fmod(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    double xy[2];
    if (doubles(vm, "fmod", args, nargs, kwnames, 2, xy) < 0) {
        return NULL;
    }
    if (isinf(xy[1]) && isfinite(xy[0])) {
        return float_from_double(vm, xy[0]);
    }
    double r = fmod(xy[0], xy[1]);
    if (isnan(r) && !isnan(xy[0]) && !isnan(xy[1])) {
        return modmath_domain_error(vm);
    }
    return float_from_double(vm, r);
}

static Obj *modmath_py_remainder(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    double xy[2];
    if (doubles(vm, "remainder", args, nargs, kwnames, 2, xy) < 0) {
        return NULL;
    }
    if (isinf(xy[1]) && isfinite(xy[0])) {
        return float_from_double(vm, xy[0]);
    }
    double r = remainder(xy[0], xy[1]);
    if (isnan(r) && !isnan(xy[0]) && !isnan(xy[1])) {
        return modmath_domain_error(vm);
    }
    return float_from_double(vm, r);
}

static Obj *modmath_py_atan2(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    double xy[2];
    if (doubles(vm, "atan2", args, nargs, kwnames, 2, xy) < 0) {
        return NULL;
    }
    return float_from_double(vm, atan2(xy[0], xy[1]));
}

static Obj *modmath_py_copysign(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    double xy[2];
    if (doubles(vm, "copysign", args, nargs, kwnames, 2, xy) < 0) {
        return NULL;
    }
    return float_from_double(vm, copysign(xy[0], xy[1]));
}

static Obj *modmath_py_nextafter(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    double xy[2];
    if (doubles(vm, "nextafter", args, nargs, kwnames, 2, xy) < 0) {
        return NULL;
    }
    return float_from_double(vm, nextafter(xy[0], xy[1]));
}

// ulp(x): the gap between |x| and the next larger double.
static Obj *modmath_py_ulp(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    double x;
    if (doubles(vm, "math.ulp", args, nargs, kwnames, 1, &x) < 0) {
        return NULL;
    }
    if (isnan(x) || isinf(x)) {
        return float_from_double(vm, fabs(x));
    }
    x = fabs(x);
    double up = nextafter(x, INFINITY);
    // At the largest double the next one is infinity: measure downwards.
    return float_from_double(vm, isinf(up) ? x - nextafter(x, 0) : up - x);
}

static Obj *modmath_py_ldexp(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    double x;
    if (args_check(vm, "ldexp", nargs, kwnames, 2, 2) < 0 ||
        modmath_arg_double(vm, args[0], &x) < 0) {
        return NULL;
    }
    if (!int_check(args[1])) {
        return err_raise(vm, &exc_TypeError, "Expected an int as second argument to ldexp.");
    }
    // Exponents beyond an int's range saturate: the result is 0 or inf anyway.
    int64_t e;
    if (int_as_i64(vm, args[1], &e) < 0) {
        err_clear(vm);
        e = int_sign(args[1]) < 0 ? INT32_MIN : INT32_MAX;
    }
    if (e > INT32_MAX) {
        e = INT32_MAX;
    } else if (e < INT32_MIN) {
        e = INT32_MIN;
    }
    if (x == 0 || !isfinite(x)) {
        return float_from_double(vm, x);
    }
    double r = ldexp(x, (int)e);
    if (isinf(r)) {
        return range_error(vm);
    }
    return float_from_double(vm, r);
}

static Obj *modmath_py_frexp(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    double x;
    if (doubles(vm, "math.frexp", args, nargs, kwnames, 1, &x) < 0) {
        return NULL;
    }
    int e = 0;
    double m = isfinite(x) && x != 0 ? frexp(x, &e) : x;
    return tuple_pack2_steal(vm, float_from_double(vm, m), int_from_i64(vm, e));
}

static Obj *modmath_py_modf(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    double x;
    if (doubles(vm, "math.modf", args, nargs, kwnames, 1, &x) < 0) {
        return NULL;
    }
    double ip, fp;
    if (isinf(x)) {
        ip = x;
        fp = copysign(0.0, x);
    } else {
        fp = modf(x, &ip);
    }
    return tuple_pack2_steal(vm, float_from_double(vm, fp), float_from_double(vm, ip));
}

// isfinite / isinf / isnan share their shape.
static Obj *classify(Vm *vm, const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
                     int which) {
    double x;
    if (doubles(vm, fname, args, nargs, kwnames, 1, &x) < 0) {
        return NULL;
    }
    bool r = which == 0 ? isfinite(x) : which == 1 ? isinf(x) : isnan(x);
    return obj_bool(r);
}
static Obj *modmath_py_isfinite(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    return classify(vm, "math.isfinite", args, nargs, kwnames, 0);
}
static Obj *modmath_py_isinf(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    return classify(vm, "math.isinf", args, nargs, kwnames, 1);
}
static Obj *modmath_py_isnan(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    return classify(vm, "math.isnan", args, nargs, kwnames, 2);
}

static Obj *modmath_py_isclose(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    Obj *bound[4] = {NULL, NULL, NULL, NULL};
    if (args_bind(vm, "isclose", args, nargs, kwnames, names, 2, 2, bound) < 0) {
        return NULL;
    }
    double v[4] = {0, 0, 1e-9, 0.0};
    for (int i = 0; i < 4; i++) {
        if (bound[i] != NULL && modmath_arg_double(vm, bound[i], &v[i]) < 0) {
            return NULL;
        }
    }
    double a = v[0], b = v[1], rel = v[2], abs_tol = v[3];
    if (rel < 0 || abs_tol < 0) {
        return err_raise(vm, &exc_ValueError, "tolerances must be non-negative");
    }
    if (a == b) {
        return obj_bool(true); // also two equal infinities
    }
    if (isinf(a) || isinf(b)) {
        return obj_bool(false);
    }
    double diff = fabs(b - a);
    return obj_bool((diff <= fabs(rel * b)) || (diff <= fabs(rel * a)) || (diff <= abs_tol));
}

// ---------------------------------------------------------------------------
// floor, ceil, trunc: ints out, through the type's method for other types.
// ---------------------------------------------------------------------------

static Obj *round_to_int(Vm *vm, const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
                         const char *special, double (*fn)(double)) {
    if (args_check(vm, fname, nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    Obj *x = args[0];
    if (float_check(x) && obj_type(x) == &float_type) {
        return int_from_double(vm, fn(float_value(x)));
    }
    if (obj_type(x) == &int_type || obj_type(x) == &bool_type) {
        return int_from_obj(vm, x);
    }
    Obj *r = NULL;
    int found = call_special(vm, x, special, &r);
    if (found != 0) {
        return r;
    }
    if (fn == trunc) {
        return err_raise(vm, &exc_TypeError, "type %s doesn't define __trunc__ method",
                         obj_type_name(x));
    }
    double d;
    if (modmath_arg_double(vm, x, &d) < 0) {
        return NULL;
    }
    return int_from_double(vm, fn(d));
}

static Obj *modmath_py_floor(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    return round_to_int(vm, "math.floor", args, nargs, kwnames, "__floor__", floor);
}
static Obj *modmath_py_ceil(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    return round_to_int(vm, "math.ceil", args, nargs, kwnames, "__ceil__", ceil);
}
static Obj *modmath_py_trunc(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    return round_to_int(vm, "math.trunc", args, nargs, kwnames, "__trunc__", trunc);
}

// ---------------------------------------------------------------------------
// Sums and norms.
// ---------------------------------------------------------------------------

// Partial sums for fsum: a growable array of non-overlapping doubles.
typedef struct Partials {
    double *p;
    size_t n, cap;
} Partials;

static int partials_push(Vm *vm, Partials *ps, double x) {
    if (ps->n == ps->cap) {
        size_t cap = ps->cap == 0 ? 32 : ps->cap * 2;
        double *p = mem_realloc(ps->p, cap * sizeof *p);
        if (p == NULL) {
            err_nomemory(vm);
            return -1;
        }
        ps->p = p;
        ps->cap = cap;
    }
    ps->p[ps->n++] = x;
    return 0;
}

// Adds `x` to the partials exactly (Shewchuk's grow-expansion: each
// partial absorbs x, and the rounding error lo of every step is kept as a
// new partial). Returns the final hi, which the caller stores.
static double partials_add(Partials *ps, double x) {
    size_t i = 0;
    for (size_t j = 0; j < ps->n; j++) {
        double y = ps->p[j];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y;
            y = t;
        }
        double hi = x + y;
        double lo = y - (hi - x);
        if (lo != 0.0) {
            ps->p[i++] = lo;
        }
        x = hi;
    }
    ps->n = i;
    return x;
}

// The correctly rounded sum of the partials: add from the largest down
// until a rounding error appears, then fix half-way cases using the sign
// of the next partial (CPython's msum ending).
static double partials_total(const Partials *ps) {
    size_t n = ps->n;
    if (n == 0) {
        return 0.0;
    }
    double hi = ps->p[--n], lo = 0;
    while (n > 0) {
        double x = hi, y = ps->p[--n];
        hi = x + y;
        lo = y - (hi - x);
        if (lo != 0.0) {
            break;
        }
    }
    if (n > 0 && ((lo < 0 && ps->p[n - 1] < 0) || (lo > 0 && ps->p[n - 1] > 0))) {
        double y = lo * 2, x = hi + y;
        if (y == x - hi) {
            hi = x;
        }
    }
    return hi;
}

// Feeds one value to the sum; infinities and NaNs go to `special`.
static int fsum_add(Vm *vm, Partials *ps, double x, double *special, double *inf_sum) {
    double xsave = x;
    x = partials_add(ps, x);
    if (x == 0.0) {
        return 0;
    }
    if (isfinite(x)) {
        return partials_push(vm, ps, x);
    }
    if (isfinite(xsave)) {
        err_raise(vm, &exc_OverflowError, "intermediate overflow in fsum");
        return -1;
    }
    if (isinf(xsave)) {
        *inf_sum += xsave;
    }
    *special += xsave;
    ps->n = 0;
    return 0;
}

static Obj *modmath_py_fsum(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "math.fsum", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    Obj *it = obj_iter(vm, args[0]);
    if (it == NULL) {
        return NULL;
    }
    Partials ps = {NULL, 0, 0};
    double special = 0, inf_sum = 0;
    Obj *item, *res = NULL;
    while ((item = obj_next(vm, it)) != NULL) {
        double x;
        int rc = modmath_arg_double(vm, item, &x);
        obj_decref(item);
        if (rc < 0 || fsum_add(vm, &ps, x, &special, &inf_sum) < 0) {
            goto done;
        }
    }
    if (err_occurred(vm)) {
        goto done;
    }
    if (special != 0.0) {
        if (isnan(inf_sum)) {
            err_raise(vm, &exc_ValueError, "-inf + inf in fsum");
        } else {
            res = float_from_double(vm, special);
        }
        goto done;
    }
    res = float_from_double(vm, partials_total(&ps));
done:
    mem_free(ps.p);
    obj_decref(it);
    return res;
}

// The Euclidean norm of `v[0..n)` (absolute values, `max` the largest),
// by CPython 3.11's method, so that results agree to the last bit: the
// values are scaled by a power of two (exact), each square is split into
// its rounded value and exact error (fma), the rounded squares are summed
// exactly on top of 1.0 while the small errors are summed approximately;
// the square root of that is then corrected by one Newton step carried out
// with the same exact products.
static double scaled_norm(const double *v, size_t n, double max) {
    int e;
    frexp(max, &e);
    double scale = ldexp(1.0, -e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = v[i] * scale;
        double sq = x * x, sq_lo = fma(x, x, -sq);
        double hi = csum + sq;
        frac2 += (csum - hi) + sq; // the exact error of that addition
        csum = hi;
        frac1 += sq_lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    double pr = -h * h, pr_lo = fma(-h, h, -pr);
    double hi = csum + pr;
    frac2 += (csum - hi) + pr;
    csum = hi;
    frac1 += pr_lo;
    double x = csum - 1.0 + (frac1 + frac2);
    return (h + x / (2.0 * h)) / scale;
}

// Infinities win over NaNs; zero and single values need no arithmetic.
static double vector_norm(double *v, size_t n) {
    double max = 0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        if (isinf(v[i])) {
            return INFINITY;
        }
        found_nan |= isnan(v[i]);
        if (v[i] > max) {
            max = v[i];
        }
    }
    if (found_nan) {
        return NAN;
    }
    if (max == 0 || n == 1) {
        return max;
    }
    int e;
    frexp(max, &e);
    if (e < -1023) {
        // 2**-e would overflow: lift the values out of the subnormals first.
        for (size_t i = 0; i < n; i++) {
            v[i] /= DBL_MIN;
        }
        return DBL_MIN * scaled_norm(v, n, max / DBL_MIN);
    }
    return scaled_norm(v, n, max);
}

static Obj *modmath_py_hypot(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "hypot", nargs, kwnames, 0, SIZE_MAX) < 0) {
        return NULL;
    }
    double *v = mem_alloc((nargs + 1) * sizeof *v);
    if (v == NULL) {
        return err_nomemory(vm);
    }
    Obj *res = NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (modmath_arg_double(vm, args[i], &v[i]) < 0) {
            goto done;
        }
        v[i] = fabs(v[i]);
    }
    res = float_from_double(vm, vector_norm(v, nargs));
done:
    mem_free(v);
    return res;
}

// The items of a point argument of dist() as a new tuple.
static Obj *point(Vm *vm, Obj *o) {
    if (obj_type(o) == &tuple_type) {
        return obj_newref(o);
    }
    if (obj_type(o) != &list_type && !type_is_subtype(obj_type(o), &tuple_type)) {
        return err_raise(vm, &exc_TypeError, "dist(): argument must be tuple, not %s",
                         obj_type_name(o));
    }
    return tuple_from_iterable(vm, o);
}

static Obj *modmath_py_dist(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "dist", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    Obj *p = NULL, *q = NULL, *res = NULL;
    double *v = NULL;
    if ((p = point(vm, args[0])) == NULL || (q = point(vm, args[1])) == NULL) {
        goto done;
    }
    size_t n = tuple_len(p);
    if (tuple_len(q) != n) {
        err_raise(vm, &exc_ValueError, "both points must have the same dimension");
        goto done;
    }
    if ((v = mem_alloc((n + 1) * sizeof *v)) == NULL) {
        err_nomemory(vm);
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        double a, b;
        if (modmath_arg_double(vm, tuple_get_borrow(p, i), &a) < 0 ||
            modmath_arg_double(vm, tuple_get_borrow(q, i), &b) < 0) {
            goto done;
        }
        v[i] = fabs(a - b);
    }
    res = float_from_double(vm, vector_norm(v, n));
done:
    mem_free(v);
    obj_xdecref(p);
    obj_xdecref(q);
    return res;
}

// ---------------------------------------------------------------------------
// The module.
// ---------------------------------------------------------------------------

#define DEF(name, doc)                                                                             \
    { #name, modmath_py_##name, METH_DEFAULT, doc }
static const MethodDef modmath_functions[] = {
    DEF(sqrt, "Square root."),
    DEF(cbrt, "Cube root."),
    DEF(exp, "e**x."),
    DEF(exp2, "2**x."),
    DEF(expm1, "exp(x) - 1, accurate near 0."),
    DEF(log, "Logarithm, natural or to a base."),
    DEF(log2, "Base-2 logarithm."),
    DEF(log10, "Base-10 logarithm."),
    DEF(log1p, "log(1 + x), accurate near 0."),
    DEF(pow, "x**y as floats."),
    DEF(sin, "Sine."),
    DEF(cos, "Cosine."),
    DEF(tan, "Tangent."),
    DEF(asin, "Arc sine."),
    DEF(acos, "Arc cosine."),
    DEF(atan, "Arc tangent."),
    DEF(atan2, "atan(y / x) in the right quadrant."),
    DEF(sinh, "Hyperbolic sine."),
    DEF(cosh, "Hyperbolic cosine."),
    DEF(tanh, "Hyperbolic tangent."),
    DEF(asinh, "Inverse hyperbolic sine."),
    DEF(acosh, "Inverse hyperbolic cosine."),
    DEF(atanh, "Inverse hyperbolic tangent."),
    DEF(degrees, "Radians to degrees."),
    DEF(radians, "Degrees to radians."),
    DEF(hypot, "Euclidean norm."),
    DEF(dist, "Euclidean distance of two points."),
    DEF(fabs, "Absolute value as a float."),
    DEF(floor, "Largest int <= x."),
    DEF(ceil, "Smallest int >= x."),
    DEF(trunc, "x truncated to an int."),
    DEF(fmod, "C's fmod."),
    DEF(remainder, "IEEE 754 remainder."),
    DEF(modf, "Fractional and integer parts."),
    DEF(frexp, "Mantissa and exponent."),
    DEF(ldexp, "x * 2**i."),
    DEF(copysign, "x with the sign of y."),
    DEF(isfinite, "Neither inf nor nan."),
    DEF(isinf, "Infinite?"),
    DEF(isnan, "Not a number?"),
    DEF(isclose, "Approximate equality."),
    DEF(fsum, "Exact floating-point sum."),
    DEF(erf, "Error function."),
    DEF(erfc, "Complementary error function."),
    DEF(gamma, "Gamma function."),
    DEF(lgamma, "log(abs(gamma(x)))."),
    DEF(nextafter, "Next double after x towards y."),
    DEF(ulp, "Unit in the last place."),
    DEF(prod, "Product of an iterable."),
    DEF(factorial, "n!"),
    DEF(comb, "Combinations."),
    DEF(perm, "Permutations."),
    DEF(gcd, "Greatest common divisor."),
    DEF(lcm, "Least common multiple."),
    DEF(isqrt, "Integer square root."),
    {NULL, NULL, 0, NULL},
};
#undef DEF

Obj *modmath_init(Vm *vm) {
    Obj *m = module_create_builtin(vm, "math", modmath_functions);
    if (m == NULL) {
        return NULL;
    }
    static const struct {
        const char *name;
        double value;
    } constants[] = {
        {"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", INFINITY}, {"nan", NAN},
    };
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++) {
        Obj *v = float_from_double(vm, constants[i].value);
        if (v == NULL || dict_set_cstr(vm, module_dict(m), constants[i].name, v) < 0) {
            obj_xdecref(v);
            return NULL;
        }
        obj_decref(v);
    }
    return m;
}
