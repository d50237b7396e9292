/* int_text.c: ints as text and text as ints: repr/str with CPython 3.11's
 * 4300-digit limit, parsing of int(str, base), the int() constructor and
 * int.__format__ (the format-spec mini-language for integer types). */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "../memory/mem.h"
#include "args.h"
#include "exc.h"
#include "fmtspec.h"
#include "intimpl.h"
#include "runtime.h"
#include "str.h"
#include "strimpl.h"
#include "type.h"

static Obj *too_many_digits(Vm *vm) {
    return err_raise(vm, &exc_ValueError,
                     "Exceeds the limit (%d digits) for integer string conversion; use "
                     "sys.set_int_max_str_digits() to increase the limit",
                     INT_MAX_STR_DIGITS);
}

// Decimal digits of |z| into a fresh mem_alloc'd string, or NULL with
// ValueError (digit limit) or MemoryError pending.
static char *mpz_digits(Vm *vm, mpz_srcptr z, int base) {
    size_t n = mpz_sizeinbase(z, base);
    if (base == 10 && n > INT_MAX_STR_DIGITS + 1) {
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
    if (base == 10 && strlen(buf) > INT_MAX_STR_DIGITS) {
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
    if (base == 10 && n > INT_MAX_STR_DIGITS) {
        mem_free(digits);
        return err_raise(vm, &exc_ValueError,
                         "Exceeds the limit (%d digits) for integer string conversion: value has "
                         "%zu digits; use sys.set_int_max_str_digits() to increase the limit",
                         INT_MAX_STR_DIGITS, n);
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
    Obj *o = (type->flags & TYPE_FLAG_GC) ? obj_new_container(vm, type, type->basicsize)
                                          : obj_new(vm, type, type->basicsize);
    if (o == NULL) {
        return NULL;
    }
    if (type->flags & TYPE_FLAG_HEAPTYPE) {
        obj_incref((Obj *)type); // released by the class's dealloc (subtype_dealloc)
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
    int64_t cp;
    if (!int_small_value(self, &cp) || cp < 0 || cp > 0x10FFFF) {
        if (int_small_value(self, &cp) || int_sign(self) != 0) {
            return err_raise(vm, &exc_OverflowError, "%%c arg not in range(0x110000)");
        }
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
    if (args_check(vm, "__format__", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (!str_check(args[0])) {
        return err_raise(vm, &exc_TypeError, "__format__() argument must be str, not %s",
                         obj_type_name(args[0]));
    }
    if (str_size(args[0]) == 0) {
        return obj_str(vm, self);
    }
    FmtSpec spec;
    if (fmtspec_parse(vm, args[0], "int", &spec) < 0) {
        return NULL;
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
