/* mod_random_dist.c: the real-valued distributions of random.Random
 * (uniform, triangular, gauss, normalvariate, lognormvariate,
 * expovariate, vonmisesvariate, gammavariate, betavariate,
 * paretovariate, weibullvariate), each drawing exactly as CPython 3.11's
 * random.py does so that seeded runs give the same floats. */
#include <math.h>

#include "modules/mod_random_impl.h"
#include "objects/args.h"
#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/runtime.h"

static int real_args(Vm *vm, Obj *const *bound, size_t n, double *out) {
    for (size_t i = 0; i < n; i++) {
        if (bound[i] != NULL && num_as_double(vm, bound[i], &out[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

Obj *modrandom_py_uniform(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    MtState *st = rnd_state(self);
    static const char *const names[] = {"a", "b", NULL};
    Obj *bound[2] = {NULL, NULL};
    double ab[2];
    if (args_bind(vm, "uniform", args, nargs, kwnames, names, 2, 2, bound) < 0 ||
        real_args(vm, bound, 2, ab) < 0) {
        return NULL;
    }
    return float_from_double(vm, ab[0] + (ab[1] - ab[0]) * rnd_double(st));
}

// gauss(mu=0.0, sigma=1.0): Box-Muller, keeping the pair's second value.
Obj *modrandom_py_gauss(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    MtState *st = rnd_state(self);
    static const char *const names[] = {"mu", "sigma", NULL};
    Obj *bound[2] = {NULL, NULL};
    double ms[2] = {0.0, 1.0};
    if (args_bind(vm, "gauss", args, nargs, kwnames, names, 2, 0, bound) < 0 ||
        real_args(vm, bound, 2, ms) < 0) {
        return NULL;
    }
    double z;
    if (st->has_gauss_next) {
        z = st->gauss_next;
        st->has_gauss_next = false;
    } else {
        double x2pi = rnd_double(st) * (2 * M_PI);
        double g2rad = sqrt(-2.0 * log(1.0 - rnd_double(st)));
        z = cos(x2pi) * g2rad;
        st->gauss_next = sin(x2pi) * g2rad;
        st->has_gauss_next = true;
    }
    return float_from_double(vm, ms[0] + z * ms[1]);
}

// Binds `n` float parameters named `names` with their `defaults` (NAN for
// a required one); 0 or -1.
static int float_params(Vm *vm, const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
                        const char *const *names, size_t n, const double *defaults, double *out) {
    Obj *bound[3] = {NULL, NULL, NULL};
    size_t required = 0;
    while (required < n && isnan(defaults[required])) {
        required++;
    }
    if (args_bind(vm, fname, args, nargs, kwnames, names, n, required, bound) < 0) {
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        out[i] = defaults[i];
    }
    return real_args(vm, bound, n, out);
}

// Python's float %: the result takes the sign of the divisor.
static double py_fmod(double a, double b) {
    double r = fmod(a, b);
    if (r != 0.0 && (r < 0.0) != (b < 0.0)) {
        r += b;
    }
    return r;
}

static Obj *zero_division(Vm *vm) {
    return err_raise(vm, &exc_ZeroDivisionError, "float division by zero");
}

Obj *modrandom_py_triangular(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                    Obj *kwnames) {
    MtState *st = rnd_state(self);
    static const char *const names[] = {"low", "high", "mode", NULL};
    Obj *bound[3] = {NULL, NULL, NULL};
    double p[3] = {0.0, 1.0, 0.0};
    if (args_bind(vm, "triangular", args, nargs, kwnames, names, 3, 0, bound) < 0 ||
        real_args(vm, bound, 2, p) < 0 ||
        (bound[2] != NULL && bound[2] != OBJ_NONE && real_args(vm, bound + 2, 1, p + 2) < 0)) {
        return NULL;
    }
    double low = p[0], high = p[1], u = rnd_double(st), c = 0.5;
    if (high - low == 0.0) {
        return float_from_double(vm, low);
    }
    if (bound[2] != NULL && bound[2] != OBJ_NONE) {
        c = (p[2] - low) / (high - low);
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        double t = low;
        low = high;
        high = t;
    }
    return float_from_double(vm, low + (high - low) * sqrt(u * c));
}

// Kinderman and Monahan's ratio method.
static double normal(MtState *st, double mu, double sigma) {
    const double magic = 4 * exp(-0.5) / sqrt(2.0);
    double z;
    for (;;) {
        double u1 = rnd_double(st), u2 = 1.0 - rnd_double(st);
        z = magic * (u1 - 0.5) / u2;
        if (z * z / 4.0 <= -log(u2)) {
            break;
        }
    }
    return mu + z * sigma;
}

Obj *modrandom_py_normalvariate(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                       Obj *kwnames) {
    static const char *const names[] = {"mu", "sigma", NULL};
    static const double defaults[] = {0.0, 1.0};
    double p[2];
    if (float_params(vm, "normalvariate", args, nargs, kwnames, names, 2, defaults, p) < 0) {
        return NULL;
    }
    return float_from_double(vm, normal(rnd_state(self), p[0], p[1]));
}

Obj *modrandom_py_lognormvariate(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                        Obj *kwnames) {
    static const char *const names[] = {"mu", "sigma", NULL};
    static const double defaults[] = {NAN, NAN};
    double p[2];
    if (float_params(vm, "lognormvariate", args, nargs, kwnames, names, 2, defaults, p) < 0) {
        return NULL;
    }
    return float_from_double(vm, exp(normal(rnd_state(self), p[0], p[1])));
}

Obj *modrandom_py_expovariate(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                     Obj *kwnames) {
    static const char *const names[] = {"lambd", NULL};
    static const double defaults[] = {NAN};
    double lambd;
    if (float_params(vm, "expovariate", args, nargs, kwnames, names, 1, defaults, &lambd) < 0) {
        return NULL;
    }
    double u = rnd_double(rnd_state(self));
    if (lambd == 0.0) {
        return zero_division(vm);
    }
    return float_from_double(vm, -log(1.0 - u) / lambd);
}

Obj *modrandom_py_vonmisesvariate(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                         Obj *kwnames) {
    MtState *st = rnd_state(self);
    static const char *const names[] = {"mu", "kappa", NULL};
    static const double defaults[] = {NAN, NAN};
    double p[2];
    if (float_params(vm, "vonmisesvariate", args, nargs, kwnames, names, 2, defaults, p) < 0) {
        return NULL;
    }
    double mu = p[0], kappa = p[1];
    if (kappa <= 1e-6) {
        return float_from_double(vm, 2 * M_PI * rnd_double(st));
    }
    double s = 0.5 / kappa, r = s + sqrt(1.0 + s * s), z;
    for (;;) {
        double u1 = rnd_double(st);
        z = cos(M_PI * u1);
        double d = z / (r + z), u2 = rnd_double(st);
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)) {
            break;
        }
    }
    double q = 1.0 / r, f = (q + z) / (1.0 + q * z);
    double theta = rnd_double(st) > 0.5 ? py_fmod(mu + acos(f), 2 * M_PI)
                                        : py_fmod(mu - acos(f), 2 * M_PI);
    return float_from_double(vm, theta);
}

// gammavariate's three regimes (Cheng's method above 1, an exponential at
// 1, Ahrens and Dieter's GS below).
static double gamma_draw(MtState *st, double alpha, double beta) {
    if (alpha > 1.0) {
        double ainv = sqrt(2.0 * alpha - 1.0), bbb = alpha - log(4.0), ccc = alpha + ainv;
        for (;;) {
            double u1 = rnd_double(st);
            if (!(1e-7 < u1 && u1 < 0.9999999)) {
                continue;
            }
            double u2 = 1.0 - rnd_double(st);
            double v = log(u1 / (1.0 - u1)) / ainv, x = alpha * exp(v);
            double z = u1 * u1 * u2, r = bbb + ccc * v - x;
            if (r + (1.0 + log(4.5)) - 4.5 * z >= 0.0 || r >= log(z)) {
                return x * beta;
            }
        }
    }
    if (alpha == 1.0) {
        return -log(1.0 - rnd_double(st)) * beta;
    }
    double x;
    for (;;) {
        double u = rnd_double(st), b = (M_E + alpha) / M_E, p = b * u;
        x = p <= 1.0 ? pow(p, 1.0 / alpha) : -log((b - p) / alpha);
        double u1 = rnd_double(st);
        if (p > 1.0 ? u1 <= pow(x, alpha - 1.0) : u1 <= exp(-x)) {
            break;
        }
    }
    return x * beta;
}

Obj *modrandom_py_gammavariate(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                      Obj *kwnames) {
    static const char *const names[] = {"alpha", "beta", NULL};
    static const double defaults[] = {NAN, NAN};
    double p[2];
    if (float_params(vm, "gammavariate", args, nargs, kwnames, names, 2, defaults, p) < 0) {
        return NULL;
    }
    if (p[0] <= 0.0 || p[1] <= 0.0) {
        return err_raise(vm, &exc_ValueError, "gammavariate: alpha and beta must be > 0.0");
    }
    return float_from_double(vm, gamma_draw(rnd_state(self), p[0], p[1]));
}

Obj *modrandom_py_betavariate(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                     Obj *kwnames) {
    MtState *st = rnd_state(self);
    static const char *const names[] = {"alpha", "beta", NULL};
    static const double defaults[] = {NAN, NAN};
    double p[2];
    if (float_params(vm, "betavariate", args, nargs, kwnames, names, 2, defaults, p) < 0) {
        return NULL;
    }
    if (p[0] <= 0.0 || p[1] <= 0.0) {
        return err_raise(vm, &exc_ValueError, "gammavariate: alpha and beta must be > 0.0");
    }
    double y = gamma_draw(st, p[0], 1.0);
    if (y == 0.0) {
        return float_from_double(vm, 0.0);
    }
    return float_from_double(vm, y / (y + gamma_draw(st, p[1], 1.0)));
}

Obj *modrandom_py_paretovariate(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                       Obj *kwnames) {
    static const char *const names[] = {"alpha", NULL};
    static const double defaults[] = {NAN};
    double alpha;
    if (float_params(vm, "paretovariate", args, nargs, kwnames, names, 1, defaults, &alpha) < 0) {
        return NULL;
    }
    double u = 1.0 - rnd_double(rnd_state(self));
    if (alpha == 0.0) {
        return zero_division(vm);
    }
    return float_from_double(vm, pow(u, -1.0 / alpha));
}

Obj *modrandom_py_weibullvariate(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                        Obj *kwnames) {
    static const char *const names[] = {"alpha", "beta", NULL};
    static const double defaults[] = {NAN, NAN};
    double p[2];
    if (float_params(vm, "weibullvariate", args, nargs, kwnames, names, 2, defaults, p) < 0) {
        return NULL;
    }
    double u = 1.0 - rnd_double(rnd_state(self));
    if (p[1] == 0.0) {
        return zero_division(vm);
    }
    return float_from_double(vm, p[0] * pow(-log(u), 1.0 / p[1]));
}
