/* int_text.c: ints as text and text as ints: repr/str with CPython 3.11's
 * 4300-digit limit, parsing of int(str, base), the int() constructor,
 * int.__format__ (the format-spec mini-language for integer types), and
 * ints as bytes (int.to_bytes, int.from_bytes). */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "../memory/mem.h"
#include "args.h"
#include "bytesobj.h"
#include "exc.h"
#include "fmtspec.h"
#include "intimpl.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "strimpl.h"
#include "type.h"

static int64_t max_str_digits = INT_MAX_STR_DIGITS;

int64_t int_max_str_digits(void) {
    return max_str_digits;
}

void int_set_max_str_digits(int64_t n) {
    max_str_digits = n;
}

// True when `n` decimal digits are past the limit.
static bool over_limit(size_t n) {
    return max_str_digits > 0 && n > (size_t)max_str_digits;
}

static Obj *too_many_digits(Vm *vm) {
    return err_raise(vm, &exc_ValueError,
                     "Exceeds the limit (%lld digits) for integer string conversion; use "
                     "sys.set_int_max_str_digits() to increase the limit",
                     (long long)max_str_digits);
}

// Decimal digits of |z| into a fresh mem_alloc'd string, or NULL with
// ValueError (digit limit) or MemoryError pending.
static char *mpz_digits(Vm *vm, mpz_srcptr z, int base) {
    size_t n = mpz_sizeinbase(z, base);
    if (base == 10 && n > 0 && over_limit(n - 1)) { // the size may be one too large
        too_many_digits(vm);
        return NULL;
    }
    char *buf = mem_alloc(n + 3);
    if (buf == NULL) {
        return NULL;
    }
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, z);
    mpz_get_str(buf, base, a);
    mpz_clear(a);
    if (base == 10 && over_limit(strlen(buf))) {
        mem_free(buf);
        too_many_digits(vm);
        return NULL;
    }
    return buf;
}

Obj *int_repr(Vm *vm, Obj *self) {
    int64_t v;
    if (int_small_value(self, &v)) {
        char buf[32];
        int n = snprintf(buf, sizeof buf, "%lld", (long long)v);
        return str_from_utf8(vm, buf, (size_t)n);
    }
    mpz_srcptr z = ((BigIntObj *)self)->z;
    char *digits = mpz_digits(vm, z, 10);
    if (digits == NULL) {
        return NULL;
    }
    StrBuf b;
    strbuf_init(&b);
    Obj *res = NULL;
    if ((mpz_sgn(z) < 0 && strbuf_append_char(&b, '-') < 0) || strbuf_append_cstr(&b, digits) < 0) {
        strbuf_free(&b);
    } else {
        res = strbuf_finish(vm, &b);
    }
    mem_free(digits);
    return res;
}

// ---------------------------------------------------------------------------
// Parsing.
// ---------------------------------------------------------------------------
static int digit_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z') {
        return c - 'A' + 10;
    }
    return 99;
}

// Zeros of the Unicode decimal digit blocks (category Nd) beyond ASCII;
// each block holds the ten digits in order.
static const uint32_t unicode_zeros[] = {
    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,   0xc66,
    0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,  0x1810,
    0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,
    0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0,
    0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950,
    0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec,
    0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};

char *int_ascii_number_text(const char *s, size_t len, size_t *out_len) {
    char *buf = mem_alloc(len + 1);
    if (buf == NULL) {
        return NULL;
    }
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        if ((unsigned char)s[i] < 0x80) {
            buf[n++] = s[i++];
            continue;
        }
        uint32_t cp;
        size_t k = utf8_decode(s + i, &cp);
        int digit = -1;
        for (size_t z = 0; z < sizeof unicode_zeros / sizeof unicode_zeros[0]; z++) {
            if (cp >= unicode_zeros[z] && cp < unicode_zeros[z] + 10) {
                digit = (int)(cp - unicode_zeros[z]);
                break;
            }
        }
        if (digit >= 0) {
            buf[n++] = (char)('0' + digit);
        } else if (cp_is_space(cp)) {
            buf[n++] = ' ';
        } else {
            memcpy(buf + n, s + i, k); // left for the parser to reject
            n += k;
        }
        i += k;
    }
    buf[n] = '\0';
    *out_len = n;
    return buf;
}

static Obj *invalid_literal(Vm *vm, const char *s, size_t len, int base) {
    Obj *text = str_from_utf8(vm, s, len);
    if (text == NULL) {
        return NULL;
    }
    err_raise(vm, &exc_ValueError, "invalid literal for int() with base %d: %R", base, text);
    obj_decref(text);
    return NULL;
}

// Skips an optional "0x"/"0o"/"0b" prefix matching `*base` (deciding the
// base when it is 0). Returns the number of bytes consumed.
static size_t skip_prefix(const char *p, const char *end, int *base) {
    if (end - p < 2 || p[0] != '0') {
        return 0;
    }
    char c = (char)tolower((unsigned char)p[1]);
    int b = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    if (b == 0 || (*base != 0 && *base != b)) {
        return 0;
    }
    *base = b;
    return 2;
}

// Parses ASCII text `s`; errors quote `orig` (the caller's text).
static Obj *parse_int_text(Vm *vm, const char *s, size_t len, int base, const char *orig,
                           size_t orig_len) {
    const char *p = s, *end = s + len;
    while (p < end && isspace((unsigned char)*p)) {
        p++;
    }
    while (end > p && isspace((unsigned char)end[-1])) {
        end--;
    }
    bool negative = false;
    if (p < end && (*p == '+' || *p == '-')) {
        negative = *p++ == '-';
    }
    int given_base = base;
    size_t prefix = skip_prefix(p, end, &base);
    bool underscore_ok = prefix > 0; // "0x_1f" is valid
    p += prefix;
    if (base == 0) {
        base = 10;
    }
    // Copy the digits without underscores, validating as we go.
    char *digits = mem_alloc((size_t)(end - p) + 2);
    if (digits == NULL) {
        return NULL;
    }
    size_t n = 0;
    bool ok = p < end;
    bool prev_digit = false;
    for (const char *q = p; q < end && ok; q++) {
        if (*q == '_') {
            ok = prev_digit || (underscore_ok && q == p);
            prev_digit = false;
            continue;
        }
        ok = digit_value(*q) < base;
        digits[n++] = *q;
        prev_digit = true;
    }
    ok = ok && prev_digit;
    // Base 0 refuses leading zeros in a non-zero decimal ("010").
    if (ok && given_base == 0 && prefix == 0 && n > 1 && digits[0] == '0') {
        for (size_t i = 0; i < n; i++) {
            ok = ok && digits[i] == '0';
        }
    }
    if (!ok) {
        mem_free(digits);
        return invalid_literal(vm, orig, orig_len, given_base == 0 ? 0 : base);
    }
    digits[n] = '\0';
    if (base == 10 && over_limit(n)) {
        mem_free(digits);
        return err_raise(vm, &exc_ValueError,
                         "Exceeds the limit (%lld digits) for integer string conversion: value "
                         "has %zu digits; use sys.set_int_max_str_digits() to increase the limit",
                         (long long)max_str_digits, n);
    }
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, digits, base);
    mem_free(digits);
    if (negative) {
        mpz_neg(z, z);
    }
    return int_from_mpz_steal(vm, z);
}

NEWREF Obj *int_from_text(Vm *vm, const char *s, size_t len, int base) {
    if (base != 0 && (base < 2 || base > 36)) {
        return err_raise(vm, &exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    for (size_t i = 0; i < len; i++) {
        if ((unsigned char)s[i] >= 0x80) {
            // Unicode digits and spaces are accepted, as CPython: normalise first.
            size_t n;
            char *ascii = int_ascii_number_text(s, len, &n);
            if (ascii == NULL) {
                return NULL;
            }
            Obj *res = parse_int_text(vm, ascii, n, base, s, len);
            mem_free(ascii);
            return res;
        }
    }
    return parse_int_text(vm, s, len, base, s, len);
}

// ---------------------------------------------------------------------------
// int() and conversions.
// ---------------------------------------------------------------------------

// Calls the dunder `name` of `o`'s type when it defines one; NULL without
// an exception when it does not.
static Obj *call_dunder_if_any(Vm *vm, Obj *o, const char *name) {
    Obj *key = str_intern_cstr(vm, name);
    if (key == NULL || type_lookup(vm, obj_type(o), key) == NULL) {
        return NULL;
    }
    return obj_call_method(vm, o, name, NULL, 0);
}

static Obj *check_int_result(Vm *vm, Obj *res, const char *name) {
    if (res == NULL || int_check(res)) {
        return res;
    }
    err_raise(vm, &exc_TypeError, "%s returned non-int (type %s)", name, obj_type_name(res));
    obj_decref(res);
    return NULL;
}

NEWREF Obj *int_from_obj(Vm *vm, Obj *o) {
    if (OBJ_IS_SMALLINT(o) || o->type == &int_type) {
        return obj_newref(o);
    }
    if (int_check(o)) {
        return int_binop_or(vm, o, SMALLINT_FROM(0)); // a plain int of the same value
    }
    if (float_check(o)) {
        return int_from_double(vm, float_value(o));
    }
    if (str_check(o)) {
        return int_from_text(vm, str_cstr(o), str_size(o), 10);
    }
    TypeObj *t = obj_type(o);
    if (t->flags & TYPE_FLAG_HEAPTYPE) {
        Obj *res = call_dunder_if_any(vm, o, "__int__");
        if (res != NULL || err_occurred(vm)) {
            return check_int_result(vm, res, "__int__");
        }
        res = call_dunder_if_any(vm, o, "__index__");
        if (res != NULL || err_occurred(vm)) {
            return check_int_result(vm, res, "__index__");
        }
        res = call_dunder_if_any(vm, o, "__trunc__");
        if (res != NULL || err_occurred(vm)) {
            if (res != NULL && !int_check(res)) {
                Obj *i = obj_index(vm, res);
                obj_decref(res);
                return i;
            }
            return res;
        }
    } else if (t->as_int != NULL) {
        return check_int_result(vm, t->as_int(vm, o), "__index__");
    }
    return err_raise(vm, &exc_TypeError,
                     "int() argument must be a string, a bytes-like object or a real number, "
                     "not '%s'",
                     obj_type_name(o));
}

// Wraps the value of int `v` in an instance of the int subclass `type`.
static Obj *int_subtype_new(Vm *vm, TypeObj *type, Obj *v) {
    Obj *o = type_alloc(vm, type);
    if (o == NULL) {
        return NULL;
    }
    IntView iv;
    intview_init(&iv, v);
    mpz_init_set(((BigIntObj *)o)->z, iv.p);
    intview_clear(&iv);
    return o;
}

Obj *int_type_new(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"", "base", NULL};
    Obj *bound[2] = {NULL, NULL};
    if (args_bind(vm, "int", args, nargs, kwnames, names, 2, 0, bound) < 0) {
        return NULL;
    }
    Obj *x = bound[0], *base_obj = bound[1];
    Obj *v;
    if (base_obj == NULL) {
        v = x == NULL ? SMALLINT_FROM(0) : int_from_obj(vm, x);
    } else if (x == NULL) {
        return err_raise(vm, &exc_TypeError, "int() missing string argument");
    } else if (!str_check(x)) {
        return err_raise(vm, &exc_TypeError, "int() can't convert non-string with explicit base");
    } else {
        int64_t base;
        if (obj_as_ssize(vm, base_obj, &base) < 0) {
            return NULL;
        }
        if (base != 0 && (base < 2 || base > 36)) {
            return err_raise(vm, &exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        }
        v = int_from_text(vm, str_cstr(x), str_size(x), (int)base);
    }
    if (v == NULL || type == &int_type) {
        return v;
    }
    Obj *res = int_subtype_new(vm, type, v);
    obj_decref(v);
    return res;
}

// ---------------------------------------------------------------------------
// __format__.
// ---------------------------------------------------------------------------
static Obj *format_char(Vm *vm, Obj *self, const FmtSpec *spec) {
    if (spec->alt) {
        return err_raise(vm, &exc_ValueError,
                         "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    if (spec->sign != 0) {
        return err_raise(vm, &exc_ValueError, "Sign not allowed with integer format specifier 'c'");
    }
    // A big int is always out of range: zero and every code point are small.
    int64_t cp = 0;
    if (!int_small_value(self, &cp) || cp < 0 || cp > 0x10FFFF) {
        return err_raise(vm, &exc_OverflowError, "%%c arg not in range(0x110000)");
    }
    Obj *ch = str_from_codepoint(vm, (uint32_t)cp);
    if (ch == NULL) {
        return NULL;
    }
    StrBuf b;
    strbuf_init(&b);
    int rc = fmtspec_pad(&b, spec, str_cstr(ch), str_size(ch), 1, '>');
    obj_decref(ch);
    if (rc < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(vm, &b);
}

static Obj *format_int(Vm *vm, Obj *self, const FmtSpec *spec) {
    char type = spec->type == 0 ? 'd' : spec->type;
    int base = 10;
    const char *prefix = "";
    switch (type) {
        case 'd':
        case 'n':
            base = 10;
            break;
        case 'b':
            base = 2;
            prefix = spec->alt ? "0b" : "";
            break;
        case 'o':
            base = 8;
            prefix = spec->alt ? "0o" : "";
            break;
        case 'x':
            base = 16;
            prefix = spec->alt ? "0x" : "";
            break;
        case 'X':
            base = 16;
            prefix = spec->alt ? "0X" : "";
            break;
        case 'c':
            return format_char(vm, self, spec);
        default:
            fmtspec_unknown(vm, type, "int");
            return NULL;
    }
    IntView iv;
    intview_init(&iv, self);
    char *digits = mpz_digits(vm, iv.p, base);
    bool negative = mpz_sgn(iv.p) < 0;
    intview_clear(&iv);
    if (digits == NULL) {
        return NULL;
    }
    if (type == 'X') {
        for (char *p = digits; *p; p++) {
            *p = (char)toupper((unsigned char)*p);
        }
    }
    Obj *res =
        fmtspec_number(vm, spec, negative, prefix, digits, strlen(digits), "", base == 10 ? 3 : 4);
    mem_free(digits);
    return res;
}

Obj *int_py_format(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    FmtSpec spec;
    Obj *plain = NULL;
    if (fmtspec_begin(vm, self, args, nargs, kwnames, "int", &spec, &plain) != 0) {
        return plain;
    }
    if (spec.type != 0 && strchr("eEfFgG%", spec.type) != NULL) {
        double d;
        if (int_as_double(vm, self, &d) < 0) {
            return NULL;
        }
        return fmtspec_float(vm, d, &spec);
    }
    if (spec.precision >= 0) {
        return err_raise(vm, &exc_ValueError, "Precision not allowed in integer format specifier");
    }
    if (spec.no_neg_zero) {
        return err_raise(vm, &exc_ValueError,
                         "Negative zero coercion (z) not allowed in integer format specifier");
    }
    return format_int(vm, self, &spec);
}

// ---------------------------------------------------------------------------
// int.to_bytes and int.from_bytes.
// ---------------------------------------------------------------------------

// Reads the `byteorder` argument (default "big"): 1 for big, -1 for
// little, 0 with an exception pending.
static int byteorder_arg(Vm *vm, const char *fname, Obj *o) {
    if (o == NULL) {
        return 1;
    }
    if (!str_check(o)) {
        err_raise(vm, &exc_TypeError, "%s() argument 'byteorder' must be str, not %s", fname,
                  obj_type_name(o));
        return 0;
    }
    if (str_equal_cstr(o, "big") || str_equal_cstr(o, "little")) {
        return str_equal_cstr(o, "big") ? 1 : -1;
    }
    err_raise(vm, &exc_ValueError, "byteorder must be either 'little' or 'big'");
    return 0;
}

// int.to_bytes(length=1, byteorder='big', *, signed=False): the two's
// complement of a negative value when `signed`.
Obj *int_py_to_bytes(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"length", "byteorder", "signed", NULL};
    Obj *bound[3] = {NULL, NULL, NULL};
    if (args_bind(vm, "to_bytes", args, nargs, kwnames, names, 2, 0, bound) < 0) {
        return NULL;
    }
    int64_t length = 1;
    if (bound[0] != NULL && obj_as_ssize(vm, bound[0], &length) < 0) {
        return NULL;
    }
    if (length < 0) {
        return err_raise(vm, &exc_ValueError, "length argument must be non-negative");
    }
    int order = byteorder_arg(vm, "to_bytes", bound[1]);
    int is_signed = bound[2] == NULL ? 0 : obj_is_true(vm, bound[2]);
    if (order == 0 || is_signed < 0) {
        return NULL;
    }
    IntView v;
    intview_init(&v, self);
    mpz_t t;
    mpz_init_set(t, v.p);
    intview_clear(&v);
    Obj *res = NULL;
    if (mpz_sgn(t) < 0 && !is_signed) {
        err_raise(vm, &exc_OverflowError, "can't convert negative int to unsigned");
        goto done;
    }
    // The value must fit in 8*length bits, one of them the sign when signed.
    size_t bits = mpz_sgn(t) == 0 ? 0 : mpz_sizeinbase(t, 2);
    if (mpz_sgn(t) < 0) {
        // -2**(k-1) needs k bits in two's complement, like 2**(k-1) - 1.
        mpz_add_ui(t, t, 1);
        bits = mpz_sgn(t) == 0 ? 0 : mpz_sizeinbase(t, 2);
        mpz_sub_ui(t, t, 1);
    }
    if ((uint64_t)bits + (is_signed ? 1 : 0) > (uint64_t)length * 8) {
        err_raise(vm, &exc_OverflowError, "int too big to convert");
        goto done;
    }
    if (mpz_sgn(t) < 0) {
        mpz_t m;
        mpz_init(m);
        mpz_setbit(m, (mp_bitcnt_t)length * 8);
        mpz_add(t, t, m);
        mpz_clear(m);
    }
    res = bytes_new_uninit(vm, (size_t)length);
    if (res == NULL) {
        goto done;
    }
    char *out = bytes_data_mut(res);
    memset(out, 0, (size_t)length);
    size_t count = mpz_sgn(t) == 0 ? 0 : (mpz_sizeinbase(t, 2) + 7) / 8;
    mpz_export(out + ((size_t)length - count), NULL, 1, 1, 1, 0, t);
    if (order < 0) {
        for (size_t i = 0, j = (size_t)length; i + 1 < j; i++, j--) {
            char c = out[i];
            out[i] = out[j - 1];
            out[j - 1] = c;
        }
    }
done:
    mpz_clear(t);
    return res;
}

// int.from_bytes(bytes, byteorder='big', *, signed=False), a class method:
// a subclass `cls` receives the int as cls(value).
Obj *int_py_from_bytes(Vm *vm, Obj *cls, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"bytes", "byteorder", "signed", NULL};
    Obj *bound[3] = {NULL, NULL, NULL};
    if (args_bind(vm, "from_bytes", args, nargs, kwnames, names, 2, 1, bound) < 0) {
        return NULL;
    }
    int order = byteorder_arg(vm, "from_bytes", bound[1]);
    int is_signed = bound[2] == NULL ? 0 : obj_is_true(vm, bound[2]);
    if (order == 0 || is_signed < 0) {
        return NULL;
    }
    // Anything bytes() accepts: a bytes-like object or an iterable of ints.
    Obj *owned = NULL;
    const char *data;
    size_t len;
    if (str_check(bound[0])) {
        return err_raise(vm, &exc_TypeError, "cannot convert 'str' object to bytes");
    }
    if (!bytes_like_view(bound[0], &data, &len)) {
        owned = obj_call1(vm, (Obj *)&bytes_type, bound[0]);
        if (owned == NULL) {
            return NULL;
        }
        bytes_like_view(owned, &data, &len);
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, len, order, 1, 1, 0, data);
    if (is_signed && len > 0 && (unsigned char)data[order > 0 ? 0 : len - 1] >= 0x80) {
        mpz_t m;
        mpz_init(m);
        mpz_setbit(m, (mp_bitcnt_t)len * 8);
        mpz_sub(z, z, m);
        mpz_clear(m);
    }
    obj_xdecref(owned);
    Obj *res = int_from_mpz_steal(vm, z);
    if (res == NULL || cls == (Obj *)&int_type) {
        return res;
    }
    Obj *inst = obj_call1(vm, cls, res);
    obj_decref(res);
    return inst;
}

// int.as_integer_ratio(): (int(self), 1).
Obj *int_py_as_integer_ratio(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "as_integer_ratio", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    IntView v;
    intview_init(&v, self);
    Obj *num = int_from_mpz(vm, v.p);
    intview_clear(&v);
    if (num == NULL) {
        return NULL;
    }
    return tuple_pack2_steal(vm, num, SMALLINT_FROM(1));
}
