/* float.c: Python's float (a C double): arithmetic with Python's rules for
 * // and % signs, exact comparison with ints, the numeric hash shared with
 * int, repr (shortest round-tripping text), float(), round(), hex() /
 * fromhex() and __format__. Parsing and formatting helpers live in
 * float_text.c; a negative base to a fractional power goes to complex.c. */
#include <math.h>
#include <string.h>

#include "alloc.h"
#include "args.h"
#include "complexobj.h"
#include "exc.h"
#include "floatimpl.h"
#include "fmtspec.h"
#include "intobj.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

bool float_check(const Obj *o) {
    if (OBJ_IS_SMALLINT(o)) {
        return false;
    }
    return o->type == &float_type || type_is_subtype(o->type, &float_type);
}

double float_value(const Obj *o) {
    return ((const FloatObj *)o)->value;
}

// Floats die as fast as arithmetic makes them: their blocks are recycled.
ObjFreeList float_freelist = {NULL, 0, sizeof(FloatObj)};

NEWREF Obj *float_from_double(Vm *vm, double v) {
    FloatObj *f = (FloatObj *)obj_new_from_list(vm, &float_type, &float_freelist);
    if (f == NULL) {
        return NULL;
    }
    f->value = v;
    return (Obj *)f;
}

int num_as_double(Vm *vm, Obj *o, double *out) {
    if (float_check(o)) {
        *out = float_value(o);
        return 0;
    }
    if (int_check(o)) {
        return int_as_double(vm, o, out);
    }
    err_raise(vm, &exc_TypeError, "must be real number, not %s", obj_type_name(o));
    return -1;
}

int float_operand(Vm *vm, Obj *o, double *out) {
    if (float_check(o)) {
        *out = float_value(o);
        return 1;
    }
    if (int_check(o)) {
        return int_as_double(vm, o, out) < 0 ? -1 : 1;
    }
    return 0;
}

#define OPERANDS(a, b, x, y) NUM_OPERANDS(float_operand, a, b, x, y)

static Obj *float_add(Vm *vm, Obj *a, Obj *b) {
    double x, y;
    OPERANDS(a, b, x, y);
    return float_from_double(vm, x + y);
}

static Obj *float_sub(Vm *vm, Obj *a, Obj *b) {
    double x, y;
    OPERANDS(a, b, x, y);
    return float_from_double(vm, x - y);
}

static Obj *float_mul(Vm *vm, Obj *a, Obj *b) {
    double x, y;
    OPERANDS(a, b, x, y);
    return float_from_double(vm, x * y);
}

static Obj *float_truediv(Vm *vm, Obj *a, Obj *b) {
    double x, y;
    OPERANDS(a, b, x, y);
    if (y == 0.0) {
        return err_raise(vm, &exc_ZeroDivisionError, "float division by zero");
    }
    return float_from_double(vm, x / y);
}

// CPython's float_divmod: Python's floor quotient and a remainder with the
// divisor's sign, careful with signed zeros.
static void divmod_double(double vx, double wx, double *floordiv, double *mod) {
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m != 0.0) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, wx);
    }
    double fd;
    if (div != 0.0) {
        fd = floor(div);
        if (div - fd > 0.5) {
            fd += 1.0;
        }
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
}

static Obj *float_floordiv(Vm *vm, Obj *a, Obj *b) {
    double x, y, q, r;
    OPERANDS(a, b, x, y);
    if (y == 0.0) {
        return err_raise(vm, &exc_ZeroDivisionError, "float floor division by zero");
    }
    divmod_double(x, y, &q, &r);
    return float_from_double(vm, q);
}

static Obj *float_mod(Vm *vm, Obj *a, Obj *b) {
    double x, y, q, r;
    OPERANDS(a, b, x, y);
    if (y == 0.0) {
        return err_raise(vm, &exc_ZeroDivisionError, "float modulo");
    }
    divmod_double(x, y, &q, &r);
    return float_from_double(vm, r);
}

static Obj *float_pow(Vm *vm, Obj *a, Obj *b) {
    double x, y;
    OPERANDS(a, b, x, y);
    if (y == 0.0) {
        return float_from_double(vm, 1.0);
    }
    if (isnan(x)) {
        return float_from_double(vm, x);
    }
    if (isnan(y)) {
        return float_from_double(vm, x == 1.0 ? 1.0 : y);
    }
    if (x == 0.0 && y < 0.0 && !isinf(y)) {
        return err_raise(vm, &exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    }
    if (x < 0.0 && !isinf(x) && !isinf(y) && floor(y) != y) {
        // A negative base to a fractional power has a complex result.
        return complex_pow_parts(vm, x, 0.0, y, 0.0);
    }
    double r = pow(x, y);
    if (isinf(r) && !isinf(x) && !isinf(y)) {
        return err_raise(vm, &exc_OverflowError, "(34, 'Numerical result out of range')");
    }
    return float_from_double(vm, r);
}

static Obj *float_ternary_pow(Vm *vm, Obj *a, Obj *b, Obj *m) {
    if ((int_check(a) || float_check(a)) && (int_check(b) || float_check(b)) &&
        (int_check(m) || float_check(m))) {
        return err_raise(vm, &exc_TypeError,
                         "pow() 3rd argument not allowed unless all arguments are integers");
    }
    return obj_newref(OBJ_NOTIMPL);
}

static Obj *float_neg(Vm *vm, Obj *a) {
    return float_from_double(vm, -float_value(a));
}

static Obj *float_pos(Vm *vm, Obj *a) {
    if (a->type == &float_type) {
        return obj_newref(a);
    }
    return float_from_double(vm, float_value(a));
}

static Obj *float_abs(Vm *vm, Obj *a) {
    return float_from_double(vm, fabs(float_value(a)));
}

static int float_is_true(Vm *vm, Obj *a) {
    OURO_UNUSED(vm);
    return float_value(a) != 0.0;
}

static Obj *float_as_float(Vm *vm, Obj *a) {
    return float_pos(vm, a);
}

// ---------------------------------------------------------------------------
// Comparison and hashing.
// ---------------------------------------------------------------------------
static Obj *float_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    OURO_UNUSED(vm);
    bool fa = float_check(a), fb = float_check(b);
    if ((!fa && !int_check(a)) || (!fb && !int_check(b))) {
        return obj_newref(OBJ_NOTIMPL);
    }
    // Either operand may be the int; NaN compares unordered with everything.
    double d = fa ? float_value(a) : float_value(b);
    if (isnan(d) || (fa && fb && isnan(float_value(b)))) {
        return obj_newref(obj_bool(op == CMP_NE));
    }
    int c;
    if (fa && fb) {
        double x = float_value(a), y = float_value(b);
        c = (x > y) - (x < y);
    } else if (fa) {
        c = -int_cmp_double(b, d);
    } else {
        c = int_cmp_double(a, d);
    }
    return num_cmp_result(c, op);
}

#define HASH_BITS    61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

// CPython's _Py_HashDouble: the value of `v` reduced modulo 2**61-1, so
// that equal ints and floats hash alike. NaN hashes to 0 here; objects
// holding a NaN hash by identity instead (float_hash_obj).
int64_t float_hash_double(double v) {
    if (!isfinite(v)) {
        return isinf(v) ? (v > 0 ? 314159 : -314159) : 0;
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0; // 2**28
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) {
            x -= HASH_MODULUS;
        }
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

int64_t float_hash_obj(const Obj *owner, double v) {
    if (!isnan(v)) {
        return float_hash_double(v);
    }
    // CPython's _Py_HashPointer: the address rotated by 4 bits, since the
    // low bits of an allocation are always zero.
    uintptr_t y = (uintptr_t)owner;
    y = (y >> 4) | (y << (8 * sizeof(uintptr_t) - 4));
    int64_t h = (int64_t)y;
    return h == -1 ? -2 : h;
}

static int64_t float_hash(Vm *vm, Obj *a) {
    OURO_UNUSED(vm);
    return float_hash_obj(a, float_value(a));
}

// ---------------------------------------------------------------------------
// Methods.
// ---------------------------------------------------------------------------
static Obj *float_repr(Vm *vm, Obj *a) {
    char buf[40];
    float_format_repr(float_value(a), buf, sizeof buf);
    return str_from_cstr(vm, buf);
}

static Obj *float_py_is_integer(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "is_integer", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    double v = float_value(self);
    return obj_newref(obj_bool(isfinite(v) && floor(v) == v));
}

static Obj *float_py_as_integer_ratio(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                      Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "as_integer_ratio", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    double v = float_value(self);
    if (isinf(v)) {
        return err_raise(vm, &exc_OverflowError, "cannot convert Infinity to integer ratio");
    }
    if (isnan(v)) {
        return err_raise(vm, &exc_ValueError, "cannot convert NaN to integer ratio");
    }
    int e;
    double m = frexp(v, &e);
    // Scale the mantissa to an integer: at most 300 doublings.
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    Obj *num = int_from_double(vm, m);
    Obj *den = SMALLINT_FROM(1);
    Obj *shift = NULL;
    if (num == NULL) {
        return NULL;
    }
    shift = int_from_i64(vm, e < 0 ? -e : e);
    if (shift == NULL) {
        goto fail;
    }
    Obj *scaled = e > 0 ? obj_binop(vm, num, shift, BINOP_LSHIFT)
                        : obj_binop(vm, SMALLINT_FROM(1), shift, BINOP_LSHIFT);
    if (scaled == NULL) {
        goto fail;
    }
    if (e > 0) {
        obj_decref(num);
        num = scaled;
    } else {
        den = scaled;
    }
    obj_decref(shift);
    return tuple_pack2_steal(vm, num, den);
fail:
    obj_xdecref(shift);
    obj_decref(num);
    return NULL;
}

static Obj *float_py_hex(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "hex", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return float_hex_text(vm, float_value(self));
}

// float.fromhex(s), a class method: `cls` is float or a subclass, which
// receives the float as cls(value) as in CPython.
static Obj *float_py_fromhex(Vm *vm, Obj *cls, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "fromhex", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (!str_check(args[0])) {
        return err_raise(vm, &exc_TypeError, "fromhex() argument must be str, not %s",
                         obj_type_name(args[0]));
    }
    double v;
    if (float_parse_hex(vm, str_cstr(args[0]), str_size(args[0]), &v) < 0) {
        return NULL;
    }
    Obj *f = float_from_double(vm, v);
    if (f == NULL || cls == (Obj *)&float_type) {
        return f;
    }
    Obj *res = obj_call1(vm, cls, f);
    obj_decref(f);
    return res;
}

static Obj *float_py_getnewargs(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__getnewargs__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    Obj *f = float_from_double(vm, float_value(self));
    if (f == NULL) {
        return NULL;
    }
    Obj *res = tuple_pack1(vm, f);
    obj_decref(f);
    return res;
}

// float.__getformat__(typestr), a class method: the layout of C doubles
// and floats, which is IEEE 754 little-endian on every platform Ouro runs.
static Obj *float_py_getformat(Vm *vm, Obj *cls, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(cls);
    if (args_check(vm, "__getformat__", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (!str_check(args[0])) {
        return err_raise(vm, &exc_TypeError, "__getformat__() argument must be str, not %s",
                         obj_type_name(args[0]));
    }
    if (!str_equal_cstr(args[0], "double") && !str_equal_cstr(args[0], "float")) {
        return err_raise(vm, &exc_ValueError,
                         "__getformat__() argument 1 must be 'double' or 'float'");
    }
    return str_from_cstr(vm, "IEEE, little-endian");
}

static Obj *float_py_trunc(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__trunc__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_from_double(vm, float_value(self));
}

static Obj *float_py_floor(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__floor__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_from_double(vm, floor(float_value(self)));
}

static Obj *float_py_ceil(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__ceil__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_from_double(vm, ceil(float_value(self)));
}

static Obj *float_py_round(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "__round__", nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    double v = float_value(self);
    if (nargs == 0 || args[0] == OBJ_NONE) {
        // Round half to even, to an int.
        return int_from_double(vm, nearbyint(v));
    }
    int64_t nd;
    if (obj_as_ssize(vm, args[0], &nd) < 0) {
        return NULL;
    }
    double r;
    if (float_round_digits(vm, v, nd, &r) < 0) {
        return NULL;
    }
    return float_from_double(vm, r);
}

static Obj *float_py_divmod(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "__divmod__", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    double x, y, q, r;
    OPERANDS(self, args[0], x, y);
    if (y == 0.0) {
        return err_raise(vm, &exc_ZeroDivisionError, "float divmod()");
    }
    divmod_double(x, y, &q, &r);
    Obj *fq = float_from_double(vm, q);
    if (fq == NULL) {
        return NULL;
    }
    Obj *fr = float_from_double(vm, r);
    if (fr == NULL) {
        obj_decref(fq);
        return NULL;
    }
    return tuple_pack2_steal(vm, fq, fr);
}

static Obj *float_py_rdivmod(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "__rdivmod__", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    Obj *swapped[1] = {self};
    double x;
    int rc = float_operand(vm, args[0], &x);
    if (rc <= 0) {
        return rc < 0 ? NULL : obj_newref(OBJ_NOTIMPL);
    }
    Obj *f = float_from_double(vm, x);
    if (f == NULL) {
        return NULL;
    }
    Obj *res = float_py_divmod(vm, f, swapped, 1, NULL);
    obj_decref(f);
    return res;
}

static Obj *float_py_conjugate(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "conjugate", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return float_pos(vm, self);
}

static Obj *float_py_int(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return float_py_trunc(vm, self, args, nargs, kwnames);
}

static Obj *float_py_format(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    FmtSpec spec;
    Obj *plain = NULL;
    if (fmtspec_begin(vm, self, args, nargs, kwnames, "float", &spec, &plain) != 0) {
        return plain;
    }
    return fmtspec_float(vm, float_value(self), &spec);
}

static Obj *float_get_real(Vm *vm, Obj *self) {
    return float_pos(vm, self);
}

static Obj *float_get_imag(Vm *vm, Obj *self) {
    OURO_UNUSED(self);
    return float_from_double(vm, 0.0);
}

static Obj *float_new(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "float", nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    Obj *f = nargs == 0 ? float_from_double(vm, 0.0) : float_from_obj(vm, args[0]);
    if (f == NULL || type == &float_type) {
        return f;
    }
    Obj *o = type_alloc(vm, type);
    if (o != NULL) {
        ((FloatObj *)o)->value = float_value(f);
    }
    obj_decref(f);
    return o;
}

static void float_dealloc(Obj *self) {
    if (self->type == &float_type) {
        obj_free_to_list(self, &float_freelist);
    } else {
        obj_free(self); // a subclass instance has its own size (and maybe a GC header)
    }
}

static size_t float_sizeof(Obj *self) {
    OURO_UNUSED(self);
    return sizeof(FloatObj);
}

static const MethodDef float_methods[] = {
    {"is_integer", float_py_is_integer, METH_DEFAULT, "Return True if the float is an integer."},
    {"hex", float_py_hex, METH_DEFAULT, "Return a hexadecimal representation of a float."},
    {"__getnewargs__", float_py_getnewargs, METH_DEFAULT, NULL},
    {"__getformat__", float_py_getformat, METH_CLASS,
     "You probably don't want to use this function."},
    {"fromhex", float_py_fromhex, METH_CLASS,
     "Create a floating-point number from a hexadecimal string."},
    {"as_integer_ratio", float_py_as_integer_ratio, METH_DEFAULT, "Return integer ratio."},
    {"conjugate", float_py_conjugate, METH_DEFAULT,
     "Return self, the complex conjugate of any float."},
    {"__trunc__", float_py_trunc, METH_DEFAULT,
     "Return the Integral closest to x between 0 and x."},
    {"__int__", float_py_int, METH_DEFAULT, "int(self)"},
    {"__floor__", float_py_floor, METH_DEFAULT, "Return the floor as an Integral."},
    {"__ceil__", float_py_ceil, METH_DEFAULT, "Return the ceiling as an Integral."},
    {"__round__", float_py_round, METH_DEFAULT,
     "Return the Integral closest to x, rounding half toward even."},
    {"__divmod__", float_py_divmod, METH_DEFAULT, "Return divmod(self, value)."},
    {"__rdivmod__", float_py_rdivmod, METH_DEFAULT, "Return divmod(value, self)."},
    {"__format__", float_py_format, METH_DEFAULT, "Formats the float according to format_spec."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef float_getset[] = {
    {"real", float_get_real, NULL},
    {"imag", float_get_imag, NULL},
    {NULL, NULL, NULL},
};

TypeObj float_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "float",
    .basicsize = sizeof(FloatObj),
    .flags = TYPE_FLAG_BASETYPE,
    .base = &object_type,
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .getattr = obj_generic_getattr,
    .binop =
        {
            [BINOP_ADD] = float_add,
            [BINOP_SUB] = float_sub,
            [BINOP_MUL] = float_mul,
            [BINOP_TRUEDIV] = float_truediv,
            [BINOP_FLOORDIV] = float_floordiv,
            [BINOP_MOD] = float_mod,
            [BINOP_POW] = float_pow,
        },
    .ternary_pow = float_ternary_pow,
    .neg = float_neg,
    .pos = float_pos,
    .absolute = float_abs,
    .is_true = float_is_true,
    .as_float = float_as_float,
    .new_ = float_new,
    .sizeof_ = float_sizeof,
    .methods = float_methods,
    .getset = float_getset,
};
