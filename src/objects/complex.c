/* complex.c: Python's complex (two doubles): arithmetic mixed with int and
 * float (CPython's division and power algorithms, so results agree to the
 * last bit), equality, the numeric hash, repr, complex() with its string
 * syntax, and __format__. */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../memory/mem.h"
#include "args.h"
#include "complexobj.h"
#include "exc.h"
#include "floatimpl.h"
#include "fmtspec.h"
#include "intimpl.h"
#include "intobj.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

typedef struct ComplexObj {
    Obj head;
    double real, imag;
} ComplexObj;

typedef struct Cx {
    double re, im;
} Cx;

bool complex_check(const Obj *o) {
    if (OBJ_IS_SMALLINT(o)) {
        return false;
    }
    return o->type == &complex_type || type_is_subtype(o->type, &complex_type);
}

static Cx cx_of(const Obj *o) {
    const ComplexObj *c = (const ComplexObj *)o;
    return (Cx){c->real, c->imag};
}

NEWREF Obj *complex_new(Vm *vm, double real, double imag) {
    ComplexObj *c = (ComplexObj *)obj_new(vm, &complex_type, sizeof(ComplexObj));
    if (c == NULL) {
        return NULL;
    }
    c->real = real;
    c->imag = imag;
    return (Obj *)c;
}

static Obj *cx_new(Vm *vm, Cx z) {
    return complex_new(vm, z.re, z.im);
}

// Operand conversion for the arithmetic slots, as float_operand: complex
// numbers too, and the others with a zero imaginary part.
static int operand(Vm *vm, Obj *o, Cx *out) {
    out->im = 0.0;
    if (complex_check(o)) {
        *out = cx_of(o);
        return 1;
    }
    return float_operand(vm, o, &out->re);
}

#define OPERANDS(a, b, x, y) NUM_OPERANDS(operand, a, b, x, y)

// ---------------------------------------------------------------------------
// Arithmetic on pairs. Division and power follow CPython's algorithms
// (Smith's division; repeated squaring for small integral exponents, polar
// form otherwise) so that results match bit for bit.
// ---------------------------------------------------------------------------
static Cx cx_mul(Cx a, Cx b) {
    return (Cx){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

// a / b; sets `*zero_div` when b is zero (the result is then 0).
static Cx cx_quot(Cx a, Cx b, bool *zero_div) {
    double abs_bre = fabs(b.re), abs_bim = fabs(b.im);
    if (abs_bre >= abs_bim) {
        if (abs_bre == 0.0) {
            *zero_div = true;
            return (Cx){0.0, 0.0};
        }
        double ratio = b.im / b.re;
        double denom = b.re + b.im * ratio;
        return (Cx){(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    }
    if (abs_bim >= abs_bre) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        return (Cx){(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    // At least one of b's parts is NaN.
    return (Cx){NAN, NAN};
}

static Cx cx_pow_general(Cx a, Cx b, bool *zero_div) {
    if (b.re == 0.0 && b.im == 0.0) {
        return (Cx){1.0, 0.0};
    }
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) {
            *zero_div = true;
        }
        return (Cx){0.0, 0.0};
    }
    double vabs = hypot(a.re, a.im);
    double len = pow(vabs, b.re);
    double at = atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    return (Cx){len * cos(phase), len * sin(phase)};
}

static Cx cx_pow_unsigned(Cx x, long n) {
    Cx r = {1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) {
            r = cx_mul(r, p);
        }
        p = cx_mul(p, p);
    }
    return r;
}

// a ** b as CPython's complex_pow: NULL with ZeroDivisionError or
// OverflowError pending when it fails.
static Obj *cx_pow(Vm *vm, Cx a, Cx b) {
    bool zero_div = false;
    Cx r;
    if (b.im == 0.0 && b.re == floor(b.re) && fabs(b.re) <= 100.0) {
        long n = (long)b.re;
        r = n > 0 ? cx_pow_unsigned(a, n)
                  : cx_quot((Cx){1.0, 0.0}, cx_pow_unsigned(a, -n), &zero_div);
    } else {
        r = cx_pow_general(a, b, &zero_div);
    }
    if (zero_div) {
        return err_raise(vm, &exc_ZeroDivisionError, "0.0 to a negative or complex power");
    }
    if (isinf(r.re) || isinf(r.im)) {
        return err_raise(vm, &exc_OverflowError, "complex exponentiation");
    }
    return cx_new(vm, r);
}

NEWREF Obj *complex_pow_parts(Vm *vm, double ar, double ai, double br, double bi) {
    return cx_pow(vm, (Cx){ar, ai}, (Cx){br, bi});
}

static Obj *complex_add(Vm *vm, Obj *a, Obj *b) {
    Cx x, y;
    OPERANDS(a, b, x, y);
    return complex_new(vm, x.re + y.re, x.im + y.im);
}

static Obj *complex_sub(Vm *vm, Obj *a, Obj *b) {
    Cx x, y;
    OPERANDS(a, b, x, y);
    return complex_new(vm, x.re - y.re, x.im - y.im);
}

static Obj *complex_mul(Vm *vm, Obj *a, Obj *b) {
    Cx x, y;
    OPERANDS(a, b, x, y);
    return cx_new(vm, cx_mul(x, y));
}

static Obj *complex_truediv(Vm *vm, Obj *a, Obj *b) {
    Cx x, y;
    OPERANDS(a, b, x, y);
    bool zero_div = false;
    Cx r = cx_quot(x, y, &zero_div);
    if (zero_div) {
        return err_raise(vm, &exc_ZeroDivisionError, "complex division by zero");
    }
    return cx_new(vm, r);
}

static Obj *complex_pow(Vm *vm, Obj *a, Obj *b) {
    Cx x, y;
    OPERANDS(a, b, x, y);
    return cx_pow(vm, x, y);
}

static Obj *complex_ternary_pow(Vm *vm, Obj *a, Obj *b, Obj *m) {
    OURO_UNUSED(b);
    if (m == OBJ_NONE) {
        return complex_pow(vm, a, b);
    }
    return err_raise(vm, &exc_ValueError, "complex modulo");
}

static Obj *complex_neg(Vm *vm, Obj *a) {
    Cx z = cx_of(a);
    return complex_new(vm, -z.re, -z.im);
}

static Obj *complex_pos(Vm *vm, Obj *a) {
    if (a->type == &complex_type) {
        return obj_newref(a);
    }
    return cx_new(vm, cx_of(a));
}

static Obj *complex_abs(Vm *vm, Obj *a) {
    Cx z = cx_of(a);
    double r = hypot(z.re, z.im);
    if (isinf(r) && isfinite(z.re) && isfinite(z.im)) {
        return err_raise(vm, &exc_OverflowError, "absolute value too large");
    }
    return float_from_double(vm, r);
}

static int complex_is_true(Vm *vm, Obj *a) {
    OURO_UNUSED(vm);
    Cx z = cx_of(a);
    return z.re != 0.0 || z.im != 0.0;
}

// ---------------------------------------------------------------------------
// Comparison and hashing. Only == and != are defined; the generic protocol
// turns NotImplemented for the orderings into CPython's TypeError.
// ---------------------------------------------------------------------------
static Obj *complex_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    OURO_UNUSED(vm);
    if (op != CMP_EQ && op != CMP_NE) {
        return obj_newref(OBJ_NOTIMPL);
    }
    Obj *other = complex_check(a) ? b : a;
    Cx z = cx_of(complex_check(a) ? a : b);
    bool eq;
    if (complex_check(other)) {
        Cx w = cx_of(other);
        eq = z.re == w.re && z.im == w.im;
    } else if (float_check(other)) {
        eq = z.im == 0.0 && z.re == float_value(other);
    } else if (int_check(other)) {
        // Exact: a big int is never rounded to the double it is compared with.
        eq = z.im == 0.0 && !isnan(z.re) && int_cmp_double(other, z.re) == 0;
    } else {
        return obj_newref(OBJ_NOTIMPL);
    }
    return obj_newref(obj_bool(eq == (op == CMP_EQ)));
}

// CPython's complex_hash: hash(real) + 1000003 * hash(imag), in unsigned
// arithmetic, so that complex(x, 0) hashes as x does.
static int64_t complex_hash(Vm *vm, Obj *a) {
    OURO_UNUSED(vm);
    Cx z = cx_of(a);
    uint64_t hr = (uint64_t)float_hash_obj(a, z.re);
    uint64_t hi = (uint64_t)float_hash_obj(a, z.im);
    int64_t h = (int64_t)(hr + 1000003u * hi);
    return h == -1 ? -2 : h;
}

// ---------------------------------------------------------------------------
// Text: repr and __format__.
// ---------------------------------------------------------------------------

// CPython's 'r' conversion without the forced ".0": 1.0 -> "1", 2.5 ->
// "2.5", 1e+16 stays.
static void part_repr(double v, char *buf, size_t size) {
    float_format_repr(v, buf, size);
    size_t n = strlen(buf);
    if (n >= 2 && strcmp(buf + n - 2, ".0") == 0) {
        buf[n - 2] = '\0';
    }
}

static Obj *complex_repr(Vm *vm, Obj *a) {
    Cx z = cx_of(a);
    char re[40], im[40];
    part_repr(z.im, im, sizeof im);
    if (z.re == 0.0 && copysign(1.0, z.re) == 1.0) {
        return str_from_fmt(vm, "%sj", im);
    }
    part_repr(z.re, re, sizeof re);
    // The imaginary part always carries its sign, NaN included.
    const char *sign = im[0] == '-' ? "" : "+";
    return str_from_fmt(vm, "(%s%s%sj)", re, sign, im);
}

// One part of a formatted complex: `v` laid out by `sub` (no width), or by
// the repr rules when `type` is 'r'. A new str or NULL.
static Obj *format_part(Vm *vm, double v, FmtSpec *sub) {
    if (sub->type != 'r') {
        return fmtspec_float(vm, v, sub);
    }
    char buf[40];
    part_repr(v, buf, sizeof buf);
    const char *p = buf;
    bool negative = *p == '-';
    if (negative) {
        p++;
    }
    if (negative && sub->no_neg_zero && fmtspec_is_zero_text(p)) {
        negative = false;
    }
    size_t nd = isalpha((unsigned char)*p) ? strlen(p) : strspn(p, "0123456789");
    FmtSpec plain = *sub;
    plain.type = 0;
    return fmtspec_number(vm, &plain, negative, "", p, nd, p + nd, 3);
}

// CPython's format_complex_internal: both parts formatted with the spec's
// type, the imaginary one always signed, the whole padded to the width.
static Obj *complex_format_spec(Vm *vm, Cx z, const FmtSpec *spec) {
    if (spec->zero) {
        return err_raise(vm, &exc_ValueError,
                         "Zero padding is not allowed in complex format specifier");
    }
    if (spec->align == '=') {
        return err_raise(vm, &exc_ValueError,
                         "'=' alignment flag is not allowed in complex format specifier");
    }
    FmtSpec sub = *spec;
    sub.width = -1;
    sub.align = 0;
    strcpy(sub.fill, " ");
    bool skip_re = false, parens = false;
    if (sub.type == 0) {
        sub.type = sub.precision < 0 ? 'r' : 'g';
        skip_re = z.re == 0.0 && copysign(1.0, z.re) == 1.0;
        parens = !skip_re;
    } else if (strchr("eEfFgGn", sub.type) == NULL) {
        fmtspec_unknown(vm, sub.type, "complex");
        return NULL;
    }
    if (sub.type == 'n') {
        sub.type = 'g';
    }
    Obj *re = NULL, *im = NULL, *res = NULL;
    if (!skip_re) {
        re = format_part(vm, z.re, &sub);
        if (re == NULL) {
            return NULL;
        }
        sub.sign = '+';
    }
    im = format_part(vm, z.im, &sub);
    if (im == NULL) {
        goto done;
    }
    StrBuf b;
    strbuf_init(&b);
    if ((parens && strbuf_append_char(&b, '(') < 0) || (re && strbuf_append_str(&b, re) < 0) ||
        strbuf_append_str(&b, im) < 0 || strbuf_append_cstr(&b, parens ? "j)" : "j") < 0) {
        strbuf_free(&b);
        goto done;
    }
    Obj *body = strbuf_finish(vm, &b);
    if (body == NULL) {
        goto done;
    }
    StrBuf out;
    strbuf_init(&out);
    if (fmtspec_pad(&out, spec, str_cstr(body), str_size(body), str_len(body), '>') < 0) {
        strbuf_free(&out);
    } else {
        res = strbuf_finish(vm, &out);
    }
    obj_decref(body);
done:
    obj_xdecref(re);
    obj_xdecref(im);
    return res;
}

static Obj *complex_py_format(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    FmtSpec spec;
    Obj *plain = NULL;
    if (fmtspec_begin(vm, self, args, nargs, kwnames, "complex", &spec, &plain) != 0) {
        return plain;
    }
    return complex_format_spec(vm, cx_of(self), &spec);
}

// ---------------------------------------------------------------------------
// complex(): numbers, objects with __complex__ / __float__ / __index__,
// and strings ("1+2j", "(-3.5e2J)", " j ").
// ---------------------------------------------------------------------------

// Length of a float token at `p` (sign, digits with single underscores
// between them, point, exponent, or inf/infinity/nan), 0 when none.
// Copies it without underscores into `out` (`size` bytes).
static size_t scan_float(const char *p, const char *end, char *out, size_t size) {
    const char *s = p;
    size_t n = 0;
#define PUT(c)                                                                                     \
    do {                                                                                           \
        if (n + 1 >= size) {                                                                       \
            return 0;                                                                              \
        }                                                                                          \
        out[n++] = (c);                                                                            \
    } while (0)
    if (s < end && (*s == '+' || *s == '-')) {
        PUT(*s++);
    }
    static const char *const words[] = {"infinity", "inf", "nan"};
    for (size_t w = 0; w < 3; w++) {
        size_t wl = strlen(words[w]);
        if ((size_t)(end - s) >= wl && strncasecmp(s, words[w], wl) == 0) {
            for (size_t i = 0; i < wl; i++) {
                PUT(s[i]);
            }
            out[n] = '\0';
            return (size_t)(s + wl - p);
        }
    }
    size_t ndigits = 0;
    bool in_exp = false, seen_dot = false;
    for (; s < end; s++) {
        char c = *s;
        if (isdigit((unsigned char)c)) {
            ndigits++;
            PUT(c);
        } else if (c == '_' && s > p && isdigit((unsigned char)s[-1]) && s + 1 < end &&
                   isdigit((unsigned char)s[1])) {
            continue;
        } else if (c == '.' && !in_exp && !seen_dot) {
            seen_dot = true;
            PUT(c);
        } else if ((c == 'e' || c == 'E') && !in_exp && ndigits > 0) {
            // Only an exponent when digits follow (after an optional sign).
            const char *q = s + 1;
            if (q < end && (*q == '+' || *q == '-')) {
                q++;
            }
            if (q >= end || !isdigit((unsigned char)*q)) {
                break;
            }
            in_exp = true;
            PUT('e');
            if (q != s + 1) {
                PUT(s[1]);
            }
            s = q - 1;
        } else {
            break;
        }
    }
#undef PUT
    out[n] = '\0';
    return ndigits == 0 ? 0 : (size_t)(s - p);
}

static Obj *malformed(Vm *vm) {
    return err_raise(vm, &exc_ValueError, "complex() arg is a malformed string");
}

// Parses the text of complex(str) into `z`: 0, or -1 with ValueError.
static int parse_complex_text(Vm *vm, const char *p, const char *end, Cx *z) {
    char tok[512];
    while (p < end && isspace((unsigned char)*p)) {
        p++;
    }
    while (end > p && isspace((unsigned char)end[-1])) {
        end--;
    }
    if (p < end && *p == '(' && end[-1] == ')') {
        p++;
        end--;
        while (p < end && isspace((unsigned char)*p)) {
            p++;
        }
        while (end > p && isspace((unsigned char)end[-1])) {
            end--;
        }
    }
    z->re = z->im = 0.0;
    tok[0] = '\0';
    size_t n = scan_float(p, end, tok, sizeof tok);
    if (n > 0) {
        double x = strtod(tok, NULL);
        p += n;
        if (p < end && (*p == '+' || *p == '-')) {
            // "x+yj" or "x+j".
            z->re = x;
            n = scan_float(p, end, tok, sizeof tok);
            if (n > 0) {
                z->im = strtod(tok, NULL);
                p += n;
            } else {
                z->im = *p == '-' ? -1.0 : 1.0;
                p++;
            }
            if (p >= end || (*p != 'j' && *p != 'J')) {
                malformed(vm);
                return -1;
            }
            p++;
        } else if (p < end && (*p == 'j' || *p == 'J')) {
            z->im = x;
            p++;
        } else {
            z->re = x;
        }
    } else {
        // "j", "+j", "-j".
        if (p < end && (*p == '+' || *p == '-')) {
            z->im = *p == '-' ? -1.0 : 1.0;
            p++;
        } else {
            z->im = 1.0;
        }
        if (p >= end || (*p != 'j' && *p != 'J')) {
            malformed(vm);
            return -1;
        }
        p++;
    }
    if (p != end) {
        malformed(vm);
        return -1;
    }
    return 0;
}

// Converts a constructor argument: complex, float, int, or an object with
// __complex__ / __float__ / __index__. 1 = converted, 0 = unsupported
// type (no exception), -1 = error.
static int arg_as_cx(Vm *vm, Obj *o, Cx *z) {
    int rc = operand(vm, o, z);
    if (rc != 0) {
        return rc;
    }
    static const char *const hooks[] = {"__complex__", "__float__", "__index__"};
    for (size_t i = 0; i < 3; i++) {
        Obj *name = str_intern_cstr(vm, hooks[i]);
        if (name == NULL) {
            return -1;
        }
        int has = obj_hasattr(vm, (Obj *)obj_type(o), name);
        if (has <= 0) {
            if (has < 0) {
                return -1;
            }
            continue;
        }
        Obj *r = obj_call_method(vm, o, hooks[i], NULL, 0);
        if (r == NULL) {
            return -1;
        }
        if (i == 0 && !complex_check(r)) {
            err_raise(vm, &exc_TypeError, "__complex__ returned non-complex (type %s)",
                      obj_type_name(r));
            obj_decref(r);
            return -1;
        }
        rc = operand(vm, r, z);
        obj_decref(r);
        return rc;
    }
    return 0;
}

// complex(str): underscores are checked first, as CPython does (only
// between digits), with a message of their own.
static Obj *complex_from_str(Vm *vm, Obj *text) {
    const char *p = str_cstr(text);
    size_t n = str_size(text);
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '_' && (i == 0 || i + 1 == n || !isdigit((unsigned char)p[i - 1]) ||
                            !isdigit((unsigned char)p[i + 1]))) {
            return err_raise(vm, &exc_ValueError, "could not convert string to complex: %R", text);
        }
    }
    // Unicode digits and spaces read as their ASCII equivalents.
    char *ascii = NULL;
    if (!((StrObj *)text)->is_ascii) {
        ascii = int_ascii_number_text(p, n, &n);
        if (ascii == NULL) {
            return NULL;
        }
        p = ascii;
    }
    Cx z;
    int rc = parse_complex_text(vm, p, p + n, &z);
    mem_free(ascii);
    return rc < 0 ? NULL : cx_new(vm, z);
}

static Obj *complex_from_args(Vm *vm, Obj *real, Obj *imag) {
    Cx a = {0.0, 0.0}, b = {0.0, 0.0};
    if (real != NULL && str_check(real)) {
        if (imag != NULL) {
            return err_raise(vm, &exc_TypeError,
                             "complex() can't take second arg if first is a string");
        }
        return complex_from_str(vm, real);
    }
    if (imag != NULL && str_check(imag)) {
        return err_raise(vm, &exc_TypeError, "complex() second arg can't be a string");
    }
    if (real != NULL) {
        if (obj_type(real) == &complex_type && imag == NULL) {
            return obj_newref(real);
        }
        int rc = arg_as_cx(vm, real, &a);
        if (rc <= 0) {
            return rc < 0 ? NULL
                          : err_raise(vm, &exc_TypeError,
                                      "complex() first argument must be a string or a number, "
                                      "not '%s'",
                                      obj_type_name(real));
        }
    }
    if (imag != NULL) {
        int rc = arg_as_cx(vm, imag, &b);
        if (rc <= 0) {
            return rc < 0 ? NULL
                          : err_raise(vm, &exc_TypeError,
                                      "complex() second argument must be a number, not '%s'",
                                      obj_type_name(imag));
        }
    }
    // real + imag*1j as CPython computes it: a part is only added when the
    // argument really is complex, so that complex(0.0, -0.0) keeps its -0.
    if (imag == NULL) {
        return complex_new(vm, a.re, a.im);
    }
    double re = a.re, im = b.re;
    if (complex_check(imag)) {
        re -= b.im;
    }
    if (real != NULL && complex_check(real)) {
        im += a.im;
    }
    return complex_new(vm, re, im);
}

static Obj *complex_tp_new(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"real", "imag", NULL};
    Obj *bound[2] = {NULL, NULL};
    if (args_bind(vm, "complex", args, nargs, kwnames, names, 2, 0, bound) < 0) {
        return NULL;
    }
    Obj *c = complex_from_args(vm, bound[0], bound[1]);
    if (c == NULL || type == &complex_type) {
        return c;
    }
    Obj *o = type_alloc(vm, type);
    if (o != NULL) {
        ((ComplexObj *)o)->real = cx_of(c).re;
        ((ComplexObj *)o)->imag = cx_of(c).im;
    }
    obj_decref(c);
    return o;
}

// ---------------------------------------------------------------------------
// Attributes and methods.
// ---------------------------------------------------------------------------
static Obj *complex_get_real(Vm *vm, Obj *self) {
    return float_from_double(vm, cx_of(self).re);
}

static Obj *complex_get_imag(Vm *vm, Obj *self) {
    return float_from_double(vm, cx_of(self).im);
}

static Obj *complex_py_conjugate(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "conjugate", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    Cx z = cx_of(self);
    return complex_new(vm, z.re, -z.im);
}

static Obj *complex_py_complex(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__complex__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return complex_pos(vm, self);
}

static Obj *complex_py_getnewargs(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__getnewargs__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    Cx z = cx_of(self);
    Obj *re = float_from_double(vm, z.re);
    Obj *im = re == NULL ? NULL : float_from_double(vm, z.im);
    if (im == NULL) {
        obj_xdecref(re);
        return NULL;
    }
    return tuple_pack2_steal(vm, re, im);
}

static void complex_dealloc(Obj *self) {
    obj_free(self);
}

static size_t complex_sizeof(Obj *self) {
    OURO_UNUSED(self);
    return sizeof(ComplexObj);
}

static const MethodDef complex_methods[] = {
    {"conjugate", complex_py_conjugate, METH_DEFAULT,
     "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__complex__", complex_py_complex, METH_DEFAULT, "Convert this value to exact type complex."},
    {"__getnewargs__", complex_py_getnewargs, METH_DEFAULT, NULL},
    {"__format__", complex_py_format, METH_DEFAULT,
     "Convert to a string according to format_spec."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef complex_getset[] = {
    {"real", complex_get_real, NULL},
    {"imag", complex_get_imag, NULL},
    {NULL, NULL, NULL},
};

TypeObj complex_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "complex",
    .basicsize = sizeof(ComplexObj),
    .flags = TYPE_FLAG_BASETYPE,
    .base = &object_type,
    .dealloc = complex_dealloc,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .getattr = obj_generic_getattr,
    .binop =
        {
            [BINOP_ADD] = complex_add,
            [BINOP_SUB] = complex_sub,
            [BINOP_MUL] = complex_mul,
            [BINOP_TRUEDIV] = complex_truediv,
            [BINOP_POW] = complex_pow,
        },
    .ternary_pow = complex_ternary_pow,
    .neg = complex_neg,
    .pos = complex_pos,
    .absolute = complex_abs,
    .is_true = complex_is_true,
    .new_ = complex_tp_new,
    .sizeof_ = complex_sizeof,
    .methods = complex_methods,
    .getset = complex_getset,
};
