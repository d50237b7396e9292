/* int.c: Python's arbitrary-precision int. Values in SMALLINT range live
 * tagged in the pointer; larger ones are BigIntObj holding a GMP mpz_t.
 * Every operation has a fast path on two small values (with overflow
 * promotion) and a GMP path; results are normalised back to small ints.
 * Text conversion, int() and __format__ live in int_text.c. */
#include <math.h>
#include <string.h>

#include "args.h"
#include "exc.h"
#include "intimpl.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

// ---------------------------------------------------------------------------
// Construction and conversion.
// ---------------------------------------------------------------------------
bool int_check(const Obj *o) {
    if (OBJ_IS_SMALLINT(o)) {
        return true;
    }
    const TypeObj *t = o->type;
    return t == &int_type || t == &bool_type || (t->flags & TYPE_FLAG_INT_SUBCLASS) ||
           type_is_subtype((TypeObj *)t, &int_type);
}

static Obj *bigint_alloc(Vm *vm) {
    BigIntObj *b = (BigIntObj *)obj_new(vm, &int_type, sizeof(BigIntObj));
    if (b == NULL) {
        return NULL;
    }
    mpz_init(b->z);
    return (Obj *)b;
}

NEWREF Obj *int_from_mpz_steal(Vm *vm, mpz_t z) {
    if (mpz_fits_slong_p(z)) {
        long v = mpz_get_si(z);
        if (SMALLINT_FITS(v)) {
            mpz_clear(z);
            return SMALLINT_FROM(v);
        }
    }
    BigIntObj *b = (BigIntObj *)obj_new(vm, &int_type, sizeof(BigIntObj));
    if (b == NULL) {
        mpz_clear(z);
        return NULL;
    }
    // Move the limbs into the object: the struct copy transfers ownership.
    memcpy(b->z, z, sizeof(mpz_t));
    return (Obj *)b;
}

NEWREF Obj *int_from_mpz(Vm *vm, mpz_srcptr z) {
    mpz_t c;
    mpz_init_set(c, z);
    return int_from_mpz_steal(vm, c);
}

NEWREF Obj *int_from_i64(Vm *vm, int64_t v) {
    if (SMALLINT_FITS(v)) {
        return SMALLINT_FROM(v);
    }
    Obj *o = bigint_alloc(vm);
    if (o != NULL) {
        mpz_set_si(((BigIntObj *)o)->z, (long)v);
    }
    return o;
}

NEWREF Obj *int_from_u64(Vm *vm, uint64_t v) {
    if (v <= (uint64_t)SMALLINT_MAX) {
        return SMALLINT_FROM((int64_t)v);
    }
    Obj *o = bigint_alloc(vm);
    if (o != NULL) {
        mpz_set_ui(((BigIntObj *)o)->z, (unsigned long)v);
    }
    return o;
}

int int_as_i64(Vm *vm, Obj *o, int64_t *out) {
    if (int_small_value(o, out)) {
        return 0;
    }
    if (!int_check(o)) {
        err_raise(vm, &exc_TypeError, "an integer is required (got type %s)", obj_type_name(o));
        return -1;
    }
    mpz_srcptr z = ((BigIntObj *)o)->z;
    if (!mpz_fits_slong_p(z)) {
        err_raise(vm, &exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    *out = mpz_get_si(z);
    return 0;
}

// Correctly rounded (half-even) conversion of `z`; +-inf when too large.
static double mpz_to_double(mpz_srcptr z) {
    size_t bits = mpz_sizeinbase(z, 2);
    if (bits <= 63) {
        return (double)mpz_get_si(z);
    }
    // Keep 55 significant bits plus a sticky bit for the dropped ones, then
    // let the hardware round the 56-bit integer: that rounding is exact.
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, z);
    size_t shift = bits - 55;
    bool sticky = mpz_scan1(t, 0) < shift;
    mpz_tdiv_q_2exp(t, t, shift);
    uint64_t top = mpz_get_ui(t) | (sticky ? 1u : 0u);
    mpz_clear(t);
    if (shift > 2000) {
        return mpz_sgn(z) < 0 ? -INFINITY : INFINITY;
    }
    double d = ldexp((double)top, (int)shift);
    return mpz_sgn(z) < 0 ? -d : d;
}

int int_as_double(Vm *vm, Obj *o, double *out) {
    int64_t v;
    if (int_small_value(o, &v)) {
        *out = (double)v;
        return 0;
    }
    double d = mpz_to_double(((BigIntObj *)o)->z);
    if (isinf(d)) {
        err_raise(vm, &exc_OverflowError, "int too large to convert to float");
        return -1;
    }
    *out = d;
    return 0;
}

int int_sign(const Obj *o) {
    int64_t v;
    if (int_small_value(o, &v)) {
        return (v > 0) - (v < 0);
    }
    return mpz_sgn(((const BigIntObj *)o)->z);
}

int int_cmp_double(const Obj *o, double d) {
    if (isinf(d)) {
        return d > 0 ? -1 : 1;
    }
    int64_t v;
    if (int_small_value(o, &v) && v > -(1LL << 53) && v < (1LL << 53)) {
        double x = (double)v;
        return (x > d) - (x < d);
    }
    // Compare with trunc(d) exactly, then let the fraction decide a tie.
    double t = trunc(d);
    IntView iv;
    intview_init(&iv, o);
    mpz_t zd;
    mpz_init_set_d(zd, t);
    int c = mpz_cmp(iv.p, zd);
    mpz_clear(zd);
    intview_clear(&iv);
    if (c != 0) {
        return c > 0 ? 1 : -1;
    }
    return d > t ? -1 : d < t ? 1 : 0;
}

NEWREF Obj *int_from_double(Vm *vm, double d) {
    if (isnan(d)) {
        return err_raise(vm, &exc_ValueError, "cannot convert float NaN to integer");
    }
    if (isinf(d)) {
        return err_raise(vm, &exc_OverflowError, "cannot convert float infinity to integer");
    }
    double t = trunc(d);
    if (t > -4e18 && t < 4e18) {
        return int_from_i64(vm, (int64_t)t);
    }
    mpz_t z;
    mpz_init_set_d(z, t);
    return int_from_mpz_steal(vm, z);
}

// ---------------------------------------------------------------------------
// Arithmetic. Each slot receives the operands in source order and returns
// NotImplemented unless both are ints.
// ---------------------------------------------------------------------------
#define BOTH_INTS(a, b)                                                                            \
    do {                                                                                           \
        if (!int_check(a) || !int_check(b)) {                                                      \
            return obj_newref(OBJ_NOTIMPL);                                                        \
        }                                                                                          \
    } while (0)

typedef void (*MpzBinFn)(mpz_ptr r, mpz_srcptr a, mpz_srcptr b);

// Runs `fn` on the GMP values of `a` and `b`.
static Obj *mpz_binop(Vm *vm, Obj *a, Obj *b, MpzBinFn fn) {
    IntView va, vb;
    intview_init(&va, a);
    intview_init(&vb, b);
    mpz_t r;
    mpz_init(r);
    fn(r, va.p, vb.p);
    intview_clear(&va);
    intview_clear(&vb);
    return int_from_mpz_steal(vm, r);
}

static Obj *int_add(Vm *vm, Obj *a, Obj *b) {
    BOTH_INTS(a, b);
    int64_t x, y, r;
    if (int_small_value(a, &x) && int_small_value(b, &y) && !__builtin_add_overflow(x, y, &r)) {
        return int_from_i64(vm, r);
    }
    return mpz_binop(vm, a, b, mpz_add);
}

static Obj *int_sub(Vm *vm, Obj *a, Obj *b) {
    BOTH_INTS(a, b);
    int64_t x, y, r;
    if (int_small_value(a, &x) && int_small_value(b, &y) && !__builtin_sub_overflow(x, y, &r)) {
        return int_from_i64(vm, r);
    }
    return mpz_binop(vm, a, b, mpz_sub);
}

static Obj *int_mul(Vm *vm, Obj *a, Obj *b) {
    BOTH_INTS(a, b);
    int64_t x, y, r;
    if (int_small_value(a, &x) && int_small_value(b, &y) && !__builtin_mul_overflow(x, y, &r)) {
        return int_from_i64(vm, r);
    }
    return mpz_binop(vm, a, b, mpz_mul);
}

static Obj *zero_div(Vm *vm, const char *msg) {
    return err_raise(vm, &exc_ZeroDivisionError, "%s", msg);
}

static Obj *int_floordiv(Vm *vm, Obj *a, Obj *b) {
    BOTH_INTS(a, b);
    if (int_sign(b) == 0) {
        return zero_div(vm, "integer division or modulo by zero");
    }
    int64_t x, y;
    if (int_small_value(a, &x) && int_small_value(b, &y)) {
        // Small ints are 63-bit, so x / y cannot overflow.
        int64_t q = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) {
            q--;
        }
        return int_from_i64(vm, q);
    }
    return mpz_binop(vm, a, b, mpz_fdiv_q);
}

static Obj *int_mod(Vm *vm, Obj *a, Obj *b) {
    BOTH_INTS(a, b);
    if (int_sign(b) == 0) {
        return zero_div(vm, "integer modulo by zero");
    }
    int64_t x, y;
    if (int_small_value(a, &x) && int_small_value(b, &y)) {
        int64_t r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) {
            r += y;
        }
        return int_from_i64(vm, r);
    }
    return mpz_binop(vm, a, b, mpz_fdiv_r);
}

static Obj *int_truediv(Vm *vm, Obj *a, Obj *b) {
    BOTH_INTS(a, b);
    if (int_sign(b) == 0) {
        return zero_div(vm, "division by zero");
    }
    int64_t x, y;
    const int64_t exact = (int64_t)1 << 53;
    if (int_small_value(a, &x) && int_small_value(b, &y) && x > -exact && x < exact && y > -exact &&
        y < exact) {
        return float_from_double(vm, (double)x / (double)y);
    }
    // Exact quotient rounded once: scale so that |n / d| has at least 55
    // bits, divide, and fold the remainder into a sticky bit.
    IntView va, vb;
    intview_init(&va, a);
    intview_init(&vb, b);
    mpz_t n, d, q, r;
    mpz_inits(n, d, q, r, NULL);
    mpz_abs(n, va.p);
    mpz_abs(d, vb.p);
    bool negative = (mpz_sgn(va.p) < 0) != (mpz_sgn(vb.p) < 0);
    intview_clear(&va);
    intview_clear(&vb);
    long shift = (long)mpz_sizeinbase(d, 2) - (long)mpz_sizeinbase(n, 2) + 55;
    if (mpz_sgn(n) == 0) {
        shift = 0;
    }
    if (shift > 0) {
        mpz_mul_2exp(n, n, (mp_bitcnt_t)shift);
    } else if (shift < 0) {
        mpz_mul_2exp(d, d, (mp_bitcnt_t)-shift);
    }
    mpz_tdiv_qr(q, r, n, d);
    uint64_t top = mpz_get_ui(q) | (mpz_sgn(r) != 0 ? 1u : 0u);
    mpz_clears(n, d, q, r, NULL);
    double res = (double)top;
    if (-shift > 1100) {
        res = INFINITY;
    } else if (shift > 1200) {
        res = 0.0;
    } else {
        res = ldexp(res, (int)-shift);
    }
    if (isinf(res)) {
        return err_raise(vm, &exc_OverflowError, "integer division result too large for a float");
    }
    return float_from_double(vm, negative ? -res : res);
}

static Obj *int_divmod_pair(Vm *vm, Obj *a, Obj *b);

// Integer power with a non-negative exponent.
static Obj *int_pow_pos(Vm *vm, Obj *a, Obj *b) {
    int64_t x, e;
    if (int_small_value(b, &e) == false) {
        // A huge exponent: only bases 0, 1 and -1 give a storable result.
        int64_t base;
        if (int_small_value(a, &base) && (base == 0 || base == 1)) {
            return int_from_i64(vm, base);
        }
        if (int_small_value(a, &base) && base == -1) {
            return int_from_i64(vm, mpz_odd_p(((BigIntObj *)b)->z) ? -1 : 1);
        }
        return err_nomemory(vm);
    }
    if (int_small_value(a, &x)) {
        int64_t r = 1, base = x;
        int64_t n = e;
        bool overflow = false;
        while (n > 0 && !overflow) {
            if (n & 1) {
                overflow = __builtin_mul_overflow(r, base, &r);
            }
            n >>= 1;
            if (n > 0 && !overflow) {
                overflow = __builtin_mul_overflow(base, base, &base);
            }
        }
        if (!overflow) {
            return int_from_i64(vm, r);
        }
    }
    IntView va;
    intview_init(&va, a);
    size_t bits = mpz_sizeinbase(va.p, 2);
    if (mpz_cmpabs_ui(va.p, 1) > 0 && (uint64_t)bits * (uint64_t)e > INT_MAX_BITS) {
        intview_clear(&va);
        return err_nomemory(vm);
    }
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, va.p, (unsigned long)e);
    intview_clear(&va);
    return int_from_mpz_steal(vm, r);
}

static Obj *int_pow(Vm *vm, Obj *a, Obj *b) {
    BOTH_INTS(a, b);
    if (int_sign(b) < 0) {
        // A negative exponent gives a float, as CPython.
        double x, y;
        if (int_as_double(vm, a, &x) < 0 || int_as_double(vm, b, &y) < 0) {
            return NULL;
        }
        if (x == 0.0) {
            return zero_div(vm, "0.0 cannot be raised to a negative power");
        }
        return float_from_double(vm, pow(x, y));
    }
    return int_pow_pos(vm, a, b);
}

static Obj *int_ternary_pow(Vm *vm, Obj *a, Obj *b, Obj *m) {
    if (!int_check(a) || !int_check(b) || !int_check(m)) {
        if ((int_check(a) || float_check(a)) && (int_check(b) || float_check(b)) &&
            (int_check(m) || float_check(m))) {
            return err_raise(vm, &exc_TypeError,
                             "pow() 3rd argument not allowed unless all arguments are integers");
        }
        return obj_newref(OBJ_NOTIMPL);
    }
    if (int_sign(m) == 0) {
        return err_raise(vm, &exc_ValueError, "pow() 3rd argument cannot be 0");
    }
    IntView va, vb, vm_;
    intview_init(&va, a);
    intview_init(&vb, b);
    intview_init(&vm_, m);
    mpz_t r, base, mabs;
    mpz_inits(r, base, mabs, NULL);
    mpz_abs(mabs, vm_.p);
    mpz_set(base, va.p);
    Obj *res = NULL;
    if (mpz_sgn(vb.p) < 0) {
        if (mpz_invert(base, base, mabs) == 0) {
            err_raise(vm, &exc_ValueError, "base is not invertible for the given modulus");
            goto done;
        }
        mpz_t e;
        mpz_init(e);
        mpz_neg(e, vb.p);
        mpz_powm(r, base, e, mabs);
        mpz_clear(e);
    } else {
        mpz_powm(r, base, vb.p, mabs);
    }
    // mpz_powm gives 0 <= r < |m|; Python's result takes the sign of m.
    if (mpz_sgn(vm_.p) < 0 && mpz_sgn(r) != 0) {
        mpz_add(r, r, vm_.p);
    }
    res = int_from_mpz(vm, r);
done:
    mpz_clears(r, base, mabs, NULL);
    intview_clear(&va);
    intview_clear(&vb);
    intview_clear(&vm_);
    return res;
}

static Obj *int_lshift(Vm *vm, Obj *a, Obj *b) {
    BOTH_INTS(a, b);
    if (int_sign(b) < 0) {
        return err_raise(vm, &exc_ValueError, "negative shift count");
    }
    int64_t x, s;
    if (!int_small_value(b, &s)) {
        if (int_sign(a) == 0) {
            return SMALLINT_FROM(0);
        }
        return err_raise(vm, &exc_OverflowError, "too many digits in integer");
    }
    if (int_small_value(a, &x)) {
        if (x == 0) {
            return SMALLINT_FROM(0);
        }
        if (s < 62) {
            int64_t r = (int64_t)((uint64_t)x << s);
            if ((r >> s) == x) {
                return int_from_i64(vm, r);
            }
        }
    }
    IntView va;
    intview_init(&va, a);
    if ((uint64_t)s + mpz_sizeinbase(va.p, 2) > INT_MAX_BITS) {
        intview_clear(&va);
        return err_nomemory(vm);
    }
    mpz_t r;
    mpz_init(r);
    mpz_mul_2exp(r, va.p, (mp_bitcnt_t)s);
    intview_clear(&va);
    return int_from_mpz_steal(vm, r);
}

static Obj *int_rshift(Vm *vm, Obj *a, Obj *b) {
    BOTH_INTS(a, b);
    if (int_sign(b) < 0) {
        return err_raise(vm, &exc_ValueError, "negative shift count");
    }
    int64_t x, s;
    if (!int_small_value(b, &s)) {
        return SMALLINT_FROM(int_sign(a) < 0 ? -1 : 0);
    }
    if (int_small_value(a, &x)) {
        return SMALLINT_FROM(s >= 63 ? (x < 0 ? -1 : 0) : (x >> s));
    }
    IntView va;
    intview_init(&va, a);
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_q_2exp(r, va.p, (mp_bitcnt_t)s);
    intview_clear(&va);
    return int_from_mpz_steal(vm, r);
}

// &, |, ^ keep a bool result for two bools (bool_type's slots call these
// and re-box); here the result is always an int.
static Obj *int_and(Vm *vm, Obj *a, Obj *b) {
    BOTH_INTS(a, b);
    int64_t x, y;
    if (int_small_value(a, &x) && int_small_value(b, &y)) {
        return SMALLINT_FROM(x & y);
    }
    return mpz_binop(vm, a, b, mpz_and);
}

static Obj *int_or(Vm *vm, Obj *a, Obj *b) {
    BOTH_INTS(a, b);
    int64_t x, y;
    if (int_small_value(a, &x) && int_small_value(b, &y)) {
        return SMALLINT_FROM(x | y);
    }
    return mpz_binop(vm, a, b, mpz_ior);
}

static Obj *int_xor(Vm *vm, Obj *a, Obj *b) {
    BOTH_INTS(a, b);
    int64_t x, y;
    if (int_small_value(a, &x) && int_small_value(b, &y)) {
        return SMALLINT_FROM(x ^ y);
    }
    return mpz_binop(vm, a, b, mpz_xor);
}

typedef void (*MpzUnFn)(mpz_ptr r, mpz_srcptr a);

static Obj *mpz_unop(Vm *vm, Obj *a, MpzUnFn fn) {
    IntView va;
    intview_init(&va, a);
    mpz_t r;
    mpz_init(r);
    fn(r, va.p);
    intview_clear(&va);
    return int_from_mpz_steal(vm, r);
}

static Obj *int_neg(Vm *vm, Obj *a) {
    int64_t x;
    if (int_small_value(a, &x)) {
        return int_from_i64(vm, -x);
    }
    return mpz_unop(vm, a, mpz_neg);
}

static Obj *int_pos(Vm *vm, Obj *a) {
    int64_t x;
    if (int_small_value(a, &x)) {
        return SMALLINT_FROM(x);
    }
    return mpz_unop(vm, a, (MpzUnFn)mpz_set);
}

static Obj *int_abs(Vm *vm, Obj *a) {
    int64_t x;
    if (int_small_value(a, &x)) {
        return int_from_i64(vm, x < 0 ? -x : x);
    }
    return mpz_unop(vm, a, mpz_abs);
}

static Obj *int_invert(Vm *vm, Obj *a) {
    int64_t x;
    if (int_small_value(a, &x)) {
        return int_from_i64(vm, ~x);
    }
    return mpz_unop(vm, a, mpz_com);
}

static int int_is_true(Vm *vm, Obj *a) {
    OURO_UNUSED(vm);
    return int_sign(a) != 0;
}

// The exact int of `a` (bools and subclass instances become plain ints).
static Obj *int_as_int(Vm *vm, Obj *a) {
    return int_pos(vm, a);
}

static Obj *int_as_float(Vm *vm, Obj *a) {
    double d;
    if (int_as_double(vm, a, &d) < 0) {
        return NULL;
    }
    return float_from_double(vm, d);
}

// ---------------------------------------------------------------------------
// Comparison and hashing.
// ---------------------------------------------------------------------------
NEWREF Obj *num_cmp_result(int c, CmpOp op) {
    bool r = false;
    switch (op) {
        case CMP_LT:
            r = c < 0;
            break;
        case CMP_LE:
            r = c <= 0;
            break;
        case CMP_EQ:
            r = c == 0;
            break;
        case CMP_NE:
            r = c != 0;
            break;
        case CMP_GT:
            r = c > 0;
            break;
        case CMP_GE:
            r = c >= 0;
            break;
    }
    return obj_newref(obj_bool(r));
}

static Obj *int_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    OURO_UNUSED(vm);
    BOTH_INTS(a, b);
    int64_t x, y;
    int c;
    if (int_small_value(a, &x) && int_small_value(b, &y)) {
        c = (x > y) - (x < y);
    } else {
        IntView va, vb;
        intview_init(&va, a);
        intview_init(&vb, b);
        c = mpz_cmp(va.p, vb.p);
        intview_clear(&va);
        intview_clear(&vb);
    }
    return num_cmp_result(c, op);
}

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

static int64_t int_hash(Vm *vm, Obj *a) {
    OURO_UNUSED(vm);
    int64_t x;
    int64_t h;
    if (int_small_value(a, &x)) {
        uint64_t m = (uint64_t)(x < 0 ? -x : x) % HASH_MODULUS;
        h = x < 0 ? -(int64_t)m : (int64_t)m;
    } else {
        mpz_srcptr z = ((BigIntObj *)a)->z;
        // For negative z, mpz_fdiv_ui gives z mod P in [0, P); CPython
        // hashes -(|z| mod P), which is that value minus P (or 0).
        uint64_t r = mpz_fdiv_ui(z, HASH_MODULUS);
        if (mpz_sgn(z) < 0) {
            h = r == 0 ? 0 : (int64_t)r - (int64_t)HASH_MODULUS;
        } else {
            h = (int64_t)r;
        }
    }
    return h == -1 ? -2 : h;
}

// ---------------------------------------------------------------------------
// Methods and attributes.
// ---------------------------------------------------------------------------
static Obj *int_divmod_pair(Vm *vm, Obj *a, Obj *b) {
    Obj *q = int_floordiv(vm, a, b);
    if (q == NULL) {
        return NULL;
    }
    Obj *r = int_mod(vm, a, b);
    if (r == NULL) {
        obj_decref(q);
        return NULL;
    }
    Obj *items[2] = {q, r};
    Obj *t = tuple_pack(vm, 2, items);
    obj_decref(q);
    obj_decref(r);
    return t;
}

static Obj *int_py_divmod(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "__divmod__", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (!int_check(args[0])) {
        return obj_newref(OBJ_NOTIMPL);
    }
    return int_divmod_pair(vm, self, args[0]);
}

static Obj *int_py_rdivmod(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "__rdivmod__", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (!int_check(args[0])) {
        return obj_newref(OBJ_NOTIMPL);
    }
    return int_divmod_pair(vm, args[0], self);
}

static Obj *int_py_bit_length(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "bit_length", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    if (int_sign(self) == 0) {
        return SMALLINT_FROM(0);
    }
    IntView v;
    intview_init(&v, self);
    size_t n = mpz_sizeinbase(v.p, 2);
    intview_clear(&v);
    return int_from_u64(vm, n);
}

static Obj *int_py_bit_count(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "bit_count", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    IntView v;
    intview_init(&v, self);
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, v.p);
    uint64_t n = mpz_popcount(t);
    mpz_clear(t);
    intview_clear(&v);
    return int_from_u64(vm, n);
}

static Obj *int_py_conjugate(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "conjugate", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_pos(vm, self);
}

static Obj *int_py_index(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__index__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_pos(vm, self);
}

static Obj *int_py_round(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "__round__", nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 0 || args[0] == OBJ_NONE || int_sign(args[0]) >= 0) {
        return int_pos(vm, self);
    }
    Obj *nd = obj_index(vm, args[0]);
    if (nd == NULL) {
        return NULL;
    }
    // round(x, -n): round half to even at 10**n.
    int64_t n;
    int rc = int_as_i64(vm, nd, &n);
    obj_decref(nd);
    if (rc < 0) {
        return NULL;
    }
    if (n < -100000) {
        return SMALLINT_FROM(0);
    }
    IntView v;
    intview_init(&v, self);
    mpz_t q;
    mpz_init_set(q, v.p);
    intview_clear(&v);
    int_mpz_round_pow10(q, (unsigned long)-n, false);
    return int_from_mpz_steal(vm, q);
}

void int_mpz_round_pow10(mpz_t z, unsigned long k, bool sticky) {
    mpz_t p, r;
    mpz_inits(p, r, NULL);
    mpz_ui_pow_ui(p, 10, k);
    mpz_fdiv_qr(z, r, z, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && (sticky || mpz_odd_p(z)))) {
        mpz_add_ui(z, z, 1);
    }
    mpz_mul(z, z, p);
    mpz_clears(p, r, NULL);
}

static Obj *int_py_trunc(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__trunc__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_pos(vm, self);
}

static Obj *int_py_getnewargs(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__getnewargs__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    Obj *v = int_pos(vm, self);
    if (v == NULL) {
        return NULL;
    }
    Obj *t = tuple_pack1(vm, v);
    obj_decref(v);
    return t;
}

static Obj *int_get_self(Vm *vm, Obj *self) {
    return int_pos(vm, self);
}

static Obj *int_get_zero(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    OURO_UNUSED(self);
    return SMALLINT_FROM(0);
}

static Obj *int_get_one(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    OURO_UNUSED(self);
    return SMALLINT_FROM(1);
}

static size_t int_sizeof(Obj *self) {
    if (OBJ_IS_SMALLINT(self) || self == OBJ_TRUE || self == OBJ_FALSE) {
        return sizeof(BigIntObj);
    }
    return sizeof(BigIntObj) + (size_t)mpz_size(((BigIntObj *)self)->z) * sizeof(mp_limb_t);
}

static void int_dealloc(Obj *self) {
    mpz_clear(((BigIntObj *)self)->z);
    obj_free(self);
}

static const MethodDef int_methods[] = {
    {"bit_length", int_py_bit_length, METH_DEFAULT,
     "Number of bits necessary to represent self in binary."},
    {"bit_count", int_py_bit_count, METH_DEFAULT,
     "Number of ones in the binary representation of abs(self)."},
    {"conjugate", int_py_conjugate, METH_DEFAULT,
     "Returns self, the complex conjugate of any int."},
    {"__index__", int_py_index, METH_DEFAULT, "Return self converted to an integer."},
    {"__int__", int_py_index, METH_DEFAULT, "int(self)"},
    {"__trunc__", int_py_trunc, METH_DEFAULT, "Truncating an Integral returns itself."},
    {"__floor__", int_py_trunc, METH_DEFAULT, "Flooring an Integral returns itself."},
    {"__ceil__", int_py_trunc, METH_DEFAULT, "Ceiling of an Integral returns itself."},
    {"__round__", int_py_round, METH_DEFAULT, "Rounding an Integral returns itself."},
    {"__format__", int_py_format, METH_DEFAULT, "Convert to a string according to format_spec."},
    {"__divmod__", int_py_divmod, METH_DEFAULT, "Return divmod(self, value)."},
    {"__rdivmod__", int_py_rdivmod, METH_DEFAULT, "Return divmod(value, self)."},
    {"__getnewargs__", int_py_getnewargs, METH_DEFAULT, NULL},
    {"to_bytes", int_py_to_bytes, METH_DEFAULT,
     "Return an array of bytes representing an integer."},
    {"from_bytes", int_py_from_bytes, METH_CLASS,
     "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", int_py_as_integer_ratio, METH_DEFAULT, "Return integer ratio."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef int_getset[] = {
    {"real", int_get_self, NULL},
    {"imag", int_get_zero, NULL},
    {"numerator", int_get_self, NULL},
    {"denominator", int_get_one, NULL},
    {NULL, NULL, NULL},
};

TypeObj int_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "int",
    .basicsize = sizeof(BigIntObj),
    .flags = TYPE_FLAG_BASETYPE | TYPE_FLAG_INT_SUBCLASS,
    .base = &object_type,
    .dealloc = int_dealloc,
    .repr = int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .getattr = obj_generic_getattr,
    .binop =
        {
            [BINOP_ADD] = int_add,
            [BINOP_SUB] = int_sub,
            [BINOP_MUL] = int_mul,
            [BINOP_TRUEDIV] = int_truediv,
            [BINOP_FLOORDIV] = int_floordiv,
            [BINOP_MOD] = int_mod,
            [BINOP_POW] = int_pow,
            [BINOP_LSHIFT] = int_lshift,
            [BINOP_RSHIFT] = int_rshift,
            [BINOP_AND] = int_and,
            [BINOP_OR] = int_or,
            [BINOP_XOR] = int_xor,
        },
    .ternary_pow = int_ternary_pow,
    .neg = int_neg,
    .pos = int_pos,
    .invert = int_invert,
    .absolute = int_abs,
    .is_true = int_is_true,
    .as_int = int_as_int,
    .as_float = int_as_float,
    .new_ = int_type_new,
    .sizeof_ = int_sizeof,
    .methods = int_methods,
    .getset = int_getset,
};

// Entry points for bool_type (singletons.c), which reuses int's slots.
NEWREF Obj *int_binop_and(Vm *vm, Obj *a, Obj *b) {
    return int_and(vm, a, b);
}
NEWREF Obj *int_binop_or(Vm *vm, Obj *a, Obj *b) {
    return int_or(vm, a, b);
}
NEWREF Obj *int_binop_xor(Vm *vm, Obj *a, Obj *b) {
    return int_xor(vm, a, b);
}
