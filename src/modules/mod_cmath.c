/* mod_cmath.c: the `cmath` module. Finite arguments go through CPython
 * 3.11's formulas (Kahan's "Branch cuts for complex elementary functions",
 * with the same scaling against overflow), so results agree to the last
 * bit; infinities and NaNs go through the C99 Annex G functions of libm,
 * whose special values are the ones CPython's tables hold. A NaN made from
 * non-NaN input is a domain error, an infinity made from finite input a
 * range error (or a domain error at a pole), as in CPython. */
#include <complex.h>
#include <errno.h>
#include <float.h>
#include <math.h>

#include "modules/mod_cmath.h"
#include "modules/mod_math.h"
#include "objects/args.h"
#include "objects/complexobj.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

typedef struct Cx {
    double re, im;
} Cx;

#define CM_LARGE_DOUBLE      (DBL_MAX / 4.)
#define CM_SQRT_LARGE_DOUBLE 6.703903964971298e+153  // sqrt(CM_LARGE_DOUBLE)
#define CM_LOG_LARGE_DOUBLE  708.3964185322641       // log(CM_LARGE_DOUBLE)
#define CM_SQRT_DBL_MIN      1.4916681462400413e-154 // sqrt(DBL_MIN)
#define CM_SCALE_UP          (2 * (DBL_MANT_DIG / 2) + 1)
#define CM_SCALE_DOWN        (-(CM_SCALE_UP + 1) / 2)

static bool cx_finite(Cx z) {
    return isfinite(z.re) && isfinite(z.im);
}

static Cx from_c99(double complex c) {
    return (Cx){creal(c), cimag(c)};
}

// Built through the array layout C11 guarantees for complex types: CMPLX
// is missing from glibc's header for some compilers (clang 14), and
// re + im * I would turn an infinite part into NaNs.
static double complex to_c99(Cx z) {
    union {
        double complex c;
        double parts[2];
    } u = {.parts = {z.re, z.im}};
    return u.c;
}

// ---------------------------------------------------------------------------
// Arguments and results.
// ---------------------------------------------------------------------------

// A complex argument: a complex, anything with __complex__, or a real
// number (CPython's PyArg "D" conversion).
static int arg_cx(Vm *vm, Obj *o, Cx *out) {
    Obj *c = NULL;
    if (!complex_check(o)) {
        Obj *key = str_intern_cstr(vm, "__complex__");
        if (key == NULL) {
            return -1;
        }
        if (type_lookup_special(vm, o, key) == NULL) {
            if (err_occurred(vm)) {
                return -1;
            }
            out->im = 0.0;
            return modmath_arg_double(vm, o, &out->re);
        }
        c = obj_call_method(vm, o, "__complex__", NULL, 0);
        if (c == NULL) {
            return -1;
        }
        if (!complex_check(c)) {
            err_raise(vm, &exc_TypeError, "__complex__ returned non-complex (type %s)",
                      obj_type_name(c));
            obj_decref(c);
            return -1;
        }
        o = c;
    }
    Obj *re = obj_getattr_cstr(vm, o, "real");
    Obj *im = re != NULL ? obj_getattr_cstr(vm, o, "imag") : NULL;
    int rc = im != NULL ? 0 : -1;
    if (rc == 0) {
        out->re = float_value(re);
        out->im = float_value(im);
    }
    obj_xdecref(re);
    obj_xdecref(im);
    obj_xdecref(c);
    return rc;
}

// The Python value of a result with its error state: EDOM is
// ValueError("math domain error"), ERANGE OverflowError("math range error").
static Obj *result(Vm *vm, Cx r, int err) {
    if (err == EDOM) {
        return modmath_domain_error(vm);
    }
    if (err == ERANGE) {
        return err_raise(vm, &exc_OverflowError, "math range error");
    }
    return complex_new(vm, r.re, r.im);
}

// ---------------------------------------------------------------------------
// The functions on finite values (CPython's c_* functions). Each returns
// its result and sets *err to 0, EDOM or ERANGE.
// ---------------------------------------------------------------------------

static Cx c_sqrt(Cx z) {
    if (z.re == 0. && z.im == 0.) {
        return (Cx){0., z.im};
    }
    double ax = fabs(z.re), ay = fabs(z.im), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        // hypot(ax, ay) would be subnormal: scale up first.
        ax = ldexp(ax, CM_SCALE_UP);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, CM_SCALE_UP))), CM_SCALE_DOWN);
    } else {
        ax /= 8.;
        s = 2. * sqrt(ax + hypot(ax, ay / 8.));
    }
    double d = ay / (2. * s);
    return z.re >= 0. ? (Cx){s, copysign(d, z.im)} : (Cx){d, copysign(s, z.im)};
}

// log(hypot(x, y)) without overflow for huge arguments.
static double log_hypot_large(double x, double y) {
    return log(hypot(x / 2., y / 2.)) + M_LN2 * 2.;
}

static Cx c_acos(Cx z) {
    Cx r;
    if (fabs(z.re) > CM_LARGE_DOUBLE || fabs(z.im) > CM_LARGE_DOUBLE) {
        r.re = atan2(fabs(z.im), z.re);
        r.im = z.re < 0. ? -copysign(log_hypot_large(z.re, z.im), z.im)
                         : copysign(log_hypot_large(z.re, z.im), -z.im);
    } else {
        Cx s1 = c_sqrt((Cx){1. - z.re, -z.im});
        Cx s2 = c_sqrt((Cx){1. + z.re, z.im});
        r.re = 2. * atan2(s1.re, s2.re);
        r.im = asinh(s2.re * s1.im - s2.im * s1.re);
    }
    return r;
}

static Cx c_acosh(Cx z) {
    Cx r;
    if (fabs(z.re) > CM_LARGE_DOUBLE || fabs(z.im) > CM_LARGE_DOUBLE) {
        r.re = log_hypot_large(z.re, z.im);
        r.im = atan2(z.im, z.re);
    } else {
        Cx s1 = c_sqrt((Cx){z.re - 1., z.im});
        Cx s2 = c_sqrt((Cx){z.re + 1., z.im});
        r.re = asinh(s1.re * s2.re + s1.im * s2.im);
        r.im = 2. * atan2(s1.im, s2.re);
    }
    return r;
}

static Cx c_asinh(Cx z) {
    Cx r;
    if (fabs(z.re) > CM_LARGE_DOUBLE || fabs(z.im) > CM_LARGE_DOUBLE) {
        r.re = z.im >= 0. ? copysign(log_hypot_large(z.re, z.im), z.re)
                          : -copysign(log_hypot_large(z.re, z.im), -z.re);
        r.im = atan2(z.im, fabs(z.re));
    } else {
        Cx s1 = c_sqrt((Cx){1. + z.im, -z.re});
        Cx s2 = c_sqrt((Cx){1. - z.im, z.re});
        r.re = asinh(s1.re * s2.im - s2.re * s1.im);
        r.im = atan2(z.im, s1.re * s2.re - s1.im * s2.im);
    }
    return r;
}

static Cx c_atanh_finite(Cx z, int *err) {
    if (z.re < 0.) { // atanh(z) = -atanh(-z)
        Cx r = c_atanh_finite((Cx){-z.re, -z.im}, err);
        return (Cx){-r.re, -r.im};
    }
    double ay = fabs(z.im);
    Cx r;
    if (z.re > CM_SQRT_LARGE_DOUBLE || ay > CM_SQRT_LARGE_DOUBLE) {
        double h = hypot(z.re / 2., z.im / 2.);
        r.re = z.re / 4. / h / h;
        r.im = -copysign(M_PI / 2., -z.im);
    } else if (z.re == 1. && ay < CM_SQRT_DBL_MIN) {
        if (ay == 0.) {
            *err = EDOM; // the pole at 1
            return (Cx){INFINITY, z.im};
        }
        r.re = -log(sqrt(ay) / sqrt(hypot(ay, 2.)));
        r.im = copysign(atan2(2., -ay) / 2, z.im);
    } else {
        r.re = log1p(4. * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.;
        r.im = -atan2(-2. * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.;
    }
    return r;
}

static Cx c_cosh_finite(Cx z, int *err) {
    Cx r;
    if (fabs(z.re) > CM_LOG_LARGE_DOUBLE) {
        double x = z.re - copysign(1., z.re); // avoid overflow in the middle
        r.re = cos(z.im) * cosh(x) * M_E;
        r.im = sin(z.im) * sinh(x) * M_E;
    } else {
        r.re = cos(z.im) * cosh(z.re);
        r.im = sin(z.im) * sinh(z.re);
    }
    *err = isinf(r.re) || isinf(r.im) ? ERANGE : 0;
    return r;
}

static Cx c_sinh_finite(Cx z, int *err) {
    Cx r;
    if (fabs(z.re) > CM_LOG_LARGE_DOUBLE) {
        double x = z.re - copysign(1., z.re);
        r.re = cos(z.im) * sinh(x) * M_E;
        r.im = sin(z.im) * cosh(x) * M_E;
    } else {
        r.re = cos(z.im) * sinh(z.re);
        r.im = sin(z.im) * cosh(z.re);
    }
    *err = isinf(r.re) || isinf(r.im) ? ERANGE : 0;
    return r;
}

static Cx c_tanh_finite(Cx z) {
    if (fabs(z.re) > CM_LOG_LARGE_DOUBLE) {
        return (Cx){copysign(1., z.re), 4. * sin(z.im) * cos(z.im) * exp(-2. * fabs(z.re))};
    }
    double tx = tanh(z.re), ty = tan(z.im), cx = 1. / cosh(z.re);
    double txty = tx * ty, denom = 1. + txty * txty;
    return (Cx){tx * (1. + ty * ty) / denom, ((ty / denom) * cx) * cx};
}

static Cx c_exp_finite(Cx z, int *err) {
    Cx r;
    if (z.re > CM_LOG_LARGE_DOUBLE) {
        double l = exp(z.re - 1.);
        r.re = l * cos(z.im) * M_E;
        r.im = l * sin(z.im) * M_E;
    } else {
        double l = exp(z.re);
        r.re = l * cos(z.im);
        r.im = l * sin(z.im);
    }
    *err = isinf(r.re) || isinf(r.im) ? ERANGE : 0;
    return r;
}

static Cx c_log(Cx z, int *err) {
    *err = 0;
    if (!cx_finite(z)) {
        return from_c99(clog(to_c99(z)));
    }
    double ax = fabs(z.re), ay = fabs(z.im);
    Cx r;
    if (ax > CM_LARGE_DOUBLE || ay > CM_LARGE_DOUBLE) {
        r.re = log(hypot(ax / 2., ay / 2.)) + M_LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax == 0. && ay == 0.) {
            *err = EDOM; // log(0)
            return (Cx){-INFINITY, atan2(z.im, z.re)};
        }
        r.re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            // Near the unit circle log(h) loses precision; log1p does not.
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            r.re = log1p((am - 1) * (am + 1) + an * an) / 2.;
        } else {
            r.re = log(h);
        }
    }
    r.im = atan2(z.im, z.re);
    return r;
}

// ---------------------------------------------------------------------------
// Dispatch: finite arguments to the formulas, others to libm.
// ---------------------------------------------------------------------------

typedef enum { F_SQRT, F_EXP, F_ACOS, F_ACOSH, F_ASINH, F_ATANH, F_COSH, F_SINH, F_TANH } Func;

static Cx apply_finite(Func f, Cx z, int *err) {
    *err = 0;
    switch (f) {
        case F_SQRT:
            return c_sqrt(z);
        case F_EXP:
            return c_exp_finite(z, err);
        case F_ACOS:
            return c_acos(z);
        case F_ACOSH:
            return c_acosh(z);
        case F_ASINH:
            return c_asinh(z);
        case F_ATANH:
            return c_atanh_finite(z, err);
        case F_COSH:
            return c_cosh_finite(z, err);
        case F_SINH:
            return c_sinh_finite(z, err);
        default:
            return c_tanh_finite(z);
    }
}

static Cx apply_special(Func f, Cx z) {
    double complex c = to_c99(z);
    switch (f) {
        case F_SQRT:
            return from_c99(csqrt(c));
        case F_EXP:
            return from_c99(cexp(c));
        case F_ACOS:
            return from_c99(cacos(c));
        case F_ACOSH:
            return from_c99(cacosh(c));
        case F_ASINH:
            return from_c99(casinh(c));
        case F_ATANH:
            return from_c99(catanh(c));
        case F_COSH:
            return from_c99(ccosh(c));
        case F_SINH:
            return from_c99(csinh(c));
        default:
            return from_c99(ctanh(c));
    }
}

// Where C99 leaves a sign unspecified (or glibc answers differently),
// CPython's special-value tables decide; these are the cases that differ.
static Cx fix_special(Func f, Cx z, Cx r) {
    if (f == F_ACOS && isinf(z.re) && isnan(z.im)) {
        return (Cx){NAN, INFINITY};
    }
    if ((f == F_ACOSH || f == F_TANH) && z.re == 0. && isnan(z.im)) {
        return (Cx){NAN, NAN};
    }
    if (f == F_SINH && z.re == 0. && isnan(z.im)) {
        return (Cx){0., NAN};
    }
    if (f == F_TANH && isinf(z.re) && isinf(z.im)) {
        return (Cx){copysign(1., z.re), 0.};
    }
    if (f == F_EXP && isinf(z.re) && z.re < 0 && isinf(z.im)) {
        return (Cx){0., 0.};
    }
    if (f == F_COSH && isnan(z.re) && z.im == 0.) {
        return (Cx){NAN, 0.};
    }
    return r;
}

static Cx apply(Func f, Cx z, int *err) {
    if (cx_finite(z)) {
        return apply_finite(f, z, err);
    }
    // CPython's tables do not look at the sign of a NaN.
    z.re = isnan(z.re) ? NAN : z.re;
    z.im = isnan(z.im) ? NAN : z.im;
    Cx r = fix_special(f, z, apply_special(f, z));
    bool nan_in = isnan(z.re) || isnan(z.im);
    *err = !nan_in && (isnan(r.re) || isnan(r.im)) ? EDOM : 0;
    return r;
}

// One-argument functions; `rotate` computes f(z) as -i * g(i * z) (asin
// from asinh, sin from sinh, ...), which is how CPython defines them.
static Obj *cmath_1(Vm *vm, const char *fname, Obj *const *args, size_t nargs, Obj *kwnames, Func f,
                    bool rotate) {
    Cx z;
    int err;
    if (args_check(vm, fname, nargs, kwnames, 1, 1) < 0 || arg_cx(vm, args[0], &z) < 0) {
        return NULL;
    }
    if (rotate) {
        Cx s = apply(f, (Cx){-z.im, z.re}, &err);
        return result(vm, (Cx){s.im, -s.re}, err);
    }
    Cx r = apply(f, z, &err);
    return result(vm, r, err);
}

#define CMATH_FUNC1(name, f, rotate)                                                               \
    static Obj *modcmath_py_##name(Vm *vm, Obj *self, Obj *const *args, size_t nargs,              \
                                   Obj *kwnames) {                                                 \
        OURO_UNUSED(self);                                                                         \
        return cmath_1(vm, "cmath." #name, args, nargs, kwnames, f, rotate);                       \
    }
CMATH_FUNC1(sqrt, F_SQRT, false)
CMATH_FUNC1(exp, F_EXP, false)
CMATH_FUNC1(acos, F_ACOS, false)
CMATH_FUNC1(acosh, F_ACOSH, false)
CMATH_FUNC1(asinh, F_ASINH, false)
CMATH_FUNC1(asin, F_ASINH, true)
CMATH_FUNC1(atanh, F_ATANH, false)
CMATH_FUNC1(atan, F_ATANH, true)
CMATH_FUNC1(cosh, F_COSH, false)
CMATH_FUNC1(sinh, F_SINH, false)
CMATH_FUNC1(sin, F_SINH, true)
CMATH_FUNC1(tanh, F_TANH, false)
CMATH_FUNC1(tan, F_TANH, true)

// cos(z) = cosh(i * z), without the rotation back.
static Obj *modcmath_py_cos(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    Cx z;
    int err;
    if (args_check(vm, "cmath.cos", nargs, kwnames, 1, 1) < 0 || arg_cx(vm, args[0], &z) < 0) {
        return NULL;
    }
    Cx r = apply(F_COSH, (Cx){-z.im, z.re}, &err);
    return result(vm, r, err);
}

// a / b as CPython's _Py_c_quot (Smith's algorithm); EDOM for b == 0.
static Cx c_quot(Cx a, Cx b, int *err) {
    double abs_re = fabs(b.re), abs_im = fabs(b.im);
    if (abs_re >= abs_im) {
        if (abs_re == 0.0) {
            *err = EDOM;
            return (Cx){0., 0.};
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return (Cx){(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    }
    if (abs_im >= abs_re) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return (Cx){(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    return (Cx){NAN, NAN};
}

// log(x[, base]). As in CPython the error state is the one left by the
// last logarithm taken (so log(0, 2) is -inf+nanj) and by the division.
static Obj *modcmath_py_log(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    Cx x, y;
    int err;
    if (args_check(vm, "log", nargs, kwnames, 1, 2) < 0 || arg_cx(vm, args[0], &x) < 0 ||
        (nargs == 2 && arg_cx(vm, args[1], &y) < 0)) {
        return NULL;
    }
    x = c_log(x, &err);
    if (nargs == 2) {
        y = c_log(y, &err);
        x = c_quot(x, y, &err);
    }
    return result(vm, x, err);
}

static Obj *modcmath_py_log10(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    Cx z;
    int err;
    if (args_check(vm, "cmath.log10", nargs, kwnames, 1, 1) < 0 || arg_cx(vm, args[0], &z) < 0) {
        return NULL;
    }
    z = c_log(z, &err);
    return result(vm, (Cx){z.re / M_LN10, z.im / M_LN10}, err);
}

// ---------------------------------------------------------------------------
// Coordinates and predicates.
// ---------------------------------------------------------------------------

static Obj *modcmath_py_phase(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    Cx z;
    if (args_check(vm, "cmath.phase", nargs, kwnames, 1, 1) < 0 || arg_cx(vm, args[0], &z) < 0) {
        return NULL;
    }
    return float_from_double(vm, atan2(z.im, z.re));
}

// abs(z) as CPython's _Py_c_abs: an infinite part wins over a NaN.
static int c_abs(Vm *vm, Cx z, double *out) {
    if (!cx_finite(z)) {
        *out = isinf(z.re) ? fabs(z.re) : isinf(z.im) ? fabs(z.im) : NAN;
        return 0;
    }
    *out = hypot(z.re, z.im);
    if (isinf(*out)) {
        err_raise(vm, &exc_OverflowError, "absolute value too large");
        return -1;
    }
    return 0;
}

static Obj *modcmath_py_polar(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    Cx z;
    double r;
    if (args_check(vm, "cmath.polar", nargs, kwnames, 1, 1) < 0 || arg_cx(vm, args[0], &z) < 0 ||
        c_abs(vm, z, &r) < 0) {
        return NULL;
    }
    Obj *a = float_from_double(vm, r);
    Obj *b = a != NULL ? float_from_double(vm, atan2(z.im, z.re)) : NULL;
    if (b == NULL) {
        obj_xdecref(a);
        return NULL;
    }
    return tuple_pack2_steal(vm, a, b);
}

// rect(r, phi) with CPython's special cases: the sign of a zero phase is
// kept, an infinite phase is a domain error for a non-zero modulus.
static Cx c_rect(double r, double phi, int *err) {
    *err = 0;
    if (isfinite(r) && isfinite(phi)) {
        return phi == 0.0 ? (Cx){r, r * phi} : (Cx){r * cos(phi), r * sin(phi)};
    }
    if (r != 0. && !isnan(r) && isinf(phi)) {
        *err = EDOM;
        return (Cx){NAN, NAN};
    }
    if (isinf(r) && isfinite(phi) && phi != 0.) {
        double s = r > 0 ? 1. : -1.;
        return (Cx){s * copysign(INFINITY, cos(phi)), s * copysign(INFINITY, sin(phi))};
    }
    if (phi == 0.) {
        return (Cx){r, isnan(r) ? 0. : signbit(r) ? -phi : phi};
    }
    if (r == 0.) {
        return (Cx){0., 0.};
    }
    return (Cx){isinf(r) ? INFINITY : NAN, NAN};
}

static Obj *modcmath_py_rect(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    double r, phi;
    int err;
    if (args_check(vm, "rect", nargs, kwnames, 2, 2) < 0 ||
        modmath_arg_double(vm, args[0], &r) < 0 || modmath_arg_double(vm, args[1], &phi) < 0) {
        return NULL;
    }
    Cx z = c_rect(r, phi, &err);
    return result(vm, z, err);
}

typedef enum { P_FINITE, P_INF, P_NAN } Pred;

static Obj *predicate(Vm *vm, const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
                      Pred p) {
    Cx z;
    if (args_check(vm, fname, nargs, kwnames, 1, 1) < 0 || arg_cx(vm, args[0], &z) < 0) {
        return NULL;
    }
    switch (p) {
        case P_FINITE:
            return obj_bool(cx_finite(z));
        case P_INF:
            return obj_bool(isinf(z.re) || isinf(z.im));
        default:
            return obj_bool(isnan(z.re) || isnan(z.im));
    }
}

static Obj *modcmath_py_isfinite(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    return predicate(vm, "cmath.isfinite", args, nargs, kwnames, P_FINITE);
}

static Obj *modcmath_py_isinf(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    return predicate(vm, "cmath.isinf", args, nargs, kwnames, P_INF);
}

static Obj *modcmath_py_isnan(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    return predicate(vm, "cmath.isnan", args, nargs, kwnames, P_NAN);
}

static Obj *modcmath_py_isclose(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    Obj *a[4];
    Cx x, y;
    double rel = 1e-09, abs_tol = 0.0;
    if (args_bind(vm, "isclose", args, nargs, kwnames, names, 2, 2, a) < 0 ||
        arg_cx(vm, a[0], &x) < 0 || arg_cx(vm, a[1], &y) < 0 ||
        (a[2] != NULL && modmath_arg_double(vm, a[2], &rel) < 0) ||
        (a[3] != NULL && modmath_arg_double(vm, a[3], &abs_tol) < 0)) {
        return NULL;
    }
    if (rel < 0.0 || abs_tol < 0.0) {
        return err_raise(vm, &exc_ValueError, "tolerances must be non-negative");
    }
    if (x.re == y.re && x.im == y.im) {
        return obj_bool(true);
    }
    if (isinf(x.re) || isinf(x.im) || isinf(y.re) || isinf(y.im)) {
        return obj_bool(false);
    }
    double diff, ax, ay;
    // Finite inputs: only the difference can overflow, and then it is
    // certainly not close; CPython treats it the same way.
    if (c_abs(vm, (Cx){x.re - y.re, x.im - y.im}, &diff) < 0) {
        err_clear(vm);
        return obj_bool(false);
    }
    ax = hypot(x.re, x.im);
    ay = hypot(y.re, y.im);
    return obj_bool(diff <= rel * ay || diff <= rel * ax || diff <= abs_tol);
}

static const MethodDef modcmath_functions[] = {
    {"acos", modcmath_py_acos, METH_DEFAULT, NULL},
    {"acosh", modcmath_py_acosh, METH_DEFAULT, NULL},
    {"asin", modcmath_py_asin, METH_DEFAULT, NULL},
    {"asinh", modcmath_py_asinh, METH_DEFAULT, NULL},
    {"atan", modcmath_py_atan, METH_DEFAULT, NULL},
    {"atanh", modcmath_py_atanh, METH_DEFAULT, NULL},
    {"cos", modcmath_py_cos, METH_DEFAULT, NULL},
    {"cosh", modcmath_py_cosh, METH_DEFAULT, NULL},
    {"exp", modcmath_py_exp, METH_DEFAULT, NULL},
    {"isclose", modcmath_py_isclose, METH_DEFAULT, NULL},
    {"isfinite", modcmath_py_isfinite, METH_DEFAULT, NULL},
    {"isinf", modcmath_py_isinf, METH_DEFAULT, NULL},
    {"isnan", modcmath_py_isnan, METH_DEFAULT, NULL},
    {"log", modcmath_py_log, METH_DEFAULT, NULL},
    {"log10", modcmath_py_log10, METH_DEFAULT, NULL},
    {"phase", modcmath_py_phase, METH_DEFAULT, NULL},
    {"polar", modcmath_py_polar, METH_DEFAULT, NULL},
    {"rect", modcmath_py_rect, METH_DEFAULT, NULL},
    {"sin", modcmath_py_sin, METH_DEFAULT, NULL},
    {"sinh", modcmath_py_sinh, METH_DEFAULT, NULL},
    {"sqrt", modcmath_py_sqrt, METH_DEFAULT, NULL},
    {"tan", modcmath_py_tan, METH_DEFAULT, NULL},
    {"tanh", modcmath_py_tanh, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

// Stores `value` (consumed) as `name` in the module dict.
static int add_const(Vm *vm, Obj *m, const char *name, Obj *value) {
    int rc = value != NULL ? dict_set_cstr(vm, module_dict(m), name, value) : -1;
    obj_xdecref(value);
    return rc;
}

Obj *modcmath_init(Vm *vm) {
    Obj *m = module_create_builtin(vm, "cmath", modcmath_functions);
    if (m == NULL || add_const(vm, m, "pi", float_from_double(vm, M_PI)) < 0 ||
        add_const(vm, m, "e", float_from_double(vm, M_E)) < 0 ||
        add_const(vm, m, "tau", float_from_double(vm, 2 * M_PI)) < 0 ||
        add_const(vm, m, "inf", float_from_double(vm, INFINITY)) < 0 ||
        add_const(vm, m, "infj", complex_new(vm, 0.0, INFINITY)) < 0 ||
        add_const(vm, m, "nan", float_from_double(vm, NAN)) < 0 ||
        add_const(vm, m, "nanj", complex_new(vm, 0.0, NAN)) < 0) {
        return NULL;
    }
    return m;
}
