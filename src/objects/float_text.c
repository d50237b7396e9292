/* float_text.c: floats as text and text as floats: repr (the shortest
 * string that round-trips, laid out by CPython's rules), float() parsing
 * and conversion, float.hex / float.fromhex, round(x, n), and the float
 * presentation types of the format-spec mini-language. */
#include <ctype.h>
#include <float.h>
#include <gmp.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../memory/mem.h"
#include "exc.h"
#include "floatimpl.h"
#include "intimpl.h"
#include "fmtspec.h"
#include "runtime.h"
#include "str.h"
#include "type.h"

// ---------------------------------------------------------------------------
// repr.
// ---------------------------------------------------------------------------

// Shortest decimal digits of |v| (finite, non-zero allowed to be zero)
// that read back as v: fills `digits` (no dot, no trailing zeros) and
// returns the decimal exponent of the first digit (v = 0.d1d2... * 10**(e+1)).
// At a power of two the rounding interval of `v` is half as wide below as
// above, so the nearest `prec`-digit decimal (in `tmp`, "d.ddde+XX") may lie
// just below it and miss while the next decimal up still reads back as `v`.
// Rewrites `tmp` to that decimal and returns true when it round-trips.
static bool next_decimal_up_roundtrips(char *tmp, size_t size, int prec, double v) {
    uint64_t m = 0;
    const char *p = tmp;
    for (; *p != 'e' && *p != '\0'; p++) {
        if (*p != '.') {
            m = m * 10 + (uint64_t)(*p - '0');
        }
    }
    int exp = *p == 'e' ? atoi(p + 1) : 0;
    uint64_t limit = 1;
    for (int i = 0; i < prec; i++) {
        limit *= 10;
    }
    if (++m == limit) { // 9.99e5 + 1 digit = 1.00e6
        m = limit / 10;
        exp++;
    }
    char mant[24];
    snprintf(mant, sizeof mant, "%llu", (unsigned long long)m);
    snprintf(tmp, size, "%c%s%se%+03d", mant[0], prec > 1 ? "." : "", mant + 1, exp);
    return strtod(tmp, NULL) == v;
}

static int shortest_digits(double v, char *digits, size_t size) {
    char tmp[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, v);
        double back = strtod(tmp, NULL);
        if (back == v || (back < v && next_decimal_up_roundtrips(tmp, sizeof tmp, prec, v))) {
            break;
        }
    }
    // tmp is "d.ddde[+-]XX" (no sign: callers pass |v|).
    size_t n = 0;
    const char *p = tmp;
    for (; *p != 'e' && *p != '\0'; p++) {
        if (*p != '.' && n + 1 < size) {
            digits[n++] = *p;
        }
    }
    while (n > 1 && digits[n - 1] == '0') {
        n--;
    }
    digits[n] = '\0';
    return *p == 'e' ? atoi(p + 1) : 0;
}

void float_format_repr(double v, char *buf, size_t size) {
    if (isnan(v)) {
        snprintf(buf, size, "nan");
        return;
    }
    if (isinf(v)) {
        snprintf(buf, size, v > 0 ? "inf" : "-inf");
        return;
    }
    char digits[24];
    int e = shortest_digits(fabs(v), digits, sizeof digits);
    int n = (int)strlen(digits);
    const char *sign = signbit(v) ? "-" : "";
    if (e < -4 || e >= 16) {
        // Exponent form: d[.ddd]e+XX with at least two exponent digits.
        snprintf(buf, size, "%s%c%s%s%se%c%02d", sign, digits[0], n > 1 ? "." : "", digits + 1, "",
                 e < 0 ? '-' : '+', e < 0 ? -e : e);
        return;
    }
    int decpt = e + 1;
    if (decpt <= 0) {
        snprintf(buf, size, "%s0.%.*s%s", sign, -decpt, "0000", digits);
    } else if (decpt >= n) {
        snprintf(buf, size, "%s%s%.*s.0", sign, digits, decpt - n, "0000000000000000");
    } else {
        snprintf(buf, size, "%s%.*s.%s", sign, decpt, digits, digits + decpt);
    }
}

// ---------------------------------------------------------------------------
// Parsing.
// ---------------------------------------------------------------------------
static Obj *bad_float_text(Vm *vm, const char *s, size_t len) {
    Obj *text = str_from_utf8(vm, s, len);
    if (text == NULL) {
        return NULL;
    }
    err_raise(vm, &exc_ValueError, "could not convert string to float: %R", text);
    obj_decref(text);
    return NULL;
}

static bool ieq(const char *p, size_t n, const char *word) {
    return strlen(word) == n && strncasecmp(p, word, n) == 0;
}

// Copies the digits of a decimal literal without underscores into `out`,
// checking the grammar [digits][.digits][e[sign]digits] with underscores
// only between digits. Returns false when the text is not a number.
static bool clean_number(const char *p, const char *end, char *out) {
    size_t n = 0;
    bool mantissa_digit = false, in_exp = false, exp_digit = false, seen_dot = false;
    char prev = 0;
    for (; p < end; p++) {
        char c = *p;
        if (c >= '0' && c <= '9') {
            if (in_exp) {
                exp_digit = true;
            } else {
                mantissa_digit = true;
            }
        } else if (c == '_') {
            if (!(prev >= '0' && prev <= '9') || p + 1 >= end || !isdigit((unsigned char)p[1])) {
                return false;
            }
            prev = c;
            continue;
        } else if (c == '.' && !seen_dot && !in_exp) {
            seen_dot = true;
        } else if ((c == 'e' || c == 'E') && !in_exp && mantissa_digit) {
            in_exp = true;
        } else if ((c == '+' || c == '-') && (prev == 'e' || prev == 'E')) {
            // exponent sign
        } else {
            return false;
        }
        out[n++] = c;
        prev = c;
    }
    out[n] = '\0';
    return mantissa_digit && (!in_exp || exp_digit);
}

// Parses ASCII text `s`; errors quote `orig` (the caller's text).
static Obj *parse_float_text(Vm *vm, const char *s, size_t len, const char *orig, size_t orig_len) {
    const char *p = s, *end = s + len;
    while (p < end && isspace((unsigned char)*p)) {
        p++;
    }
    while (end > p && isspace((unsigned char)end[-1])) {
        end--;
    }
    double sign = 1.0;
    const char *body = p;
    if (body < end && (*body == '+' || *body == '-')) {
        sign = *body == '-' ? -1.0 : 1.0;
        body++;
    }
    size_t bn = (size_t)(end - body);
    if (ieq(body, bn, "inf") || ieq(body, bn, "infinity")) {
        return float_from_double(vm, sign * INFINITY);
    }
    if (ieq(body, bn, "nan")) {
        return float_from_double(vm, sign > 0 ? NAN : -NAN);
    }
    char local[64];
    char *buf = bn + 2 <= sizeof local ? local : mem_alloc(bn + 2);
    if (buf == NULL) {
        return NULL;
    }
    Obj *res = NULL;
    if (bn > 0 && clean_number(body, end, buf)) {
        double v = strtod(buf, NULL);
        res = float_from_double(vm, sign * v);
    } else {
        bad_float_text(vm, orig, orig_len);
    }
    if (buf != local) {
        mem_free(buf);
    }
    return res;
}

NEWREF Obj *float_from_text(Vm *vm, const char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if ((unsigned char)s[i] >= 0x80) {
            size_t n;
            char *ascii = int_ascii_number_text(s, len, &n);
            if (ascii == NULL) {
                return NULL;
            }
            Obj *res = parse_float_text(vm, ascii, n, s, len);
            mem_free(ascii);
            return res;
        }
    }
    return parse_float_text(vm, s, len, s, len);
}

// Calls the dunder `name` of `o`'s class when it defines one; NULL without
// an exception when it does not.
static Obj *call_dunder_if_any(Vm *vm, Obj *o, const char *name) {
    Obj *key = str_intern_cstr(vm, name);
    if (key == NULL || type_lookup(vm, obj_type(o), key) == NULL) {
        return NULL;
    }
    return obj_call_method(vm, o, name, NULL, 0);
}

NEWREF Obj *float_from_obj(Vm *vm, Obj *o) {
    if (!OBJ_IS_SMALLINT(o) && o->type == &float_type) {
        return obj_newref(o);
    }
    if (float_check(o)) {
        return float_from_double(vm, float_value(o));
    }
    if (int_check(o)) {
        double d;
        return int_as_double(vm, o, &d) < 0 ? NULL : float_from_double(vm, d);
    }
    if (str_check(o)) {
        return float_from_text(vm, str_cstr(o), str_size(o));
    }
    TypeObj *t = obj_type(o);
    Obj *res = NULL;
    if (t->flags & TYPE_FLAG_HEAPTYPE) {
        res = call_dunder_if_any(vm, o, "__float__");
    } else if (t->as_float != NULL) {
        res = t->as_float(vm, o);
    }
    if (res != NULL) {
        if (!float_check(res)) {
            err_raise(vm, &exc_TypeError, "%s.__float__ returned non-float (type %s)",
                      obj_type_name(o), obj_type_name(res));
            obj_decref(res);
            return NULL;
        }
        return res;
    }
    if (err_occurred(vm)) {
        return NULL;
    }
    if (t->as_int != NULL) {
        Obj *i = obj_index(vm, o);
        if (i == NULL) {
            return NULL;
        }
        res = float_from_obj(vm, i);
        obj_decref(i);
        return res;
    }
    return err_raise(vm, &exc_TypeError,
                     "float() argument must be a string or a real number, not '%s'",
                     obj_type_name(o));
}

// ---------------------------------------------------------------------------
// float.hex() and float.fromhex().
// ---------------------------------------------------------------------------
NEWREF Obj *float_hex_text(Vm *vm, double v) {
    if (!isfinite(v)) {
        return str_from_cstr(vm, isnan(v) ? "nan" : (v > 0 ? "inf" : "-inf"));
    }
    const char *sign = signbit(v) ? "-" : "";
    if (v == 0.0) {
        return str_from_fmt(vm, "%s0x0.0p+0", sign);
    }
    // CPython's layout: one leading hex digit (1, or 0 for subnormals),
    // then the 52 fraction bits as 13 hex digits.
    int e;
    double m = frexp(fabs(v), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    static const char hexdigits[] = "0123456789abcdef";
    char digits[20];
    size_t n = 0;
    digits[n++] = hexdigits[(int)m];
    m -= (int)m;
    digits[n++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        digits[n++] = hexdigits[(int)m];
        m -= (int)m;
    }
    digits[n] = '\0';
    return str_from_fmt(vm, "%s0x%sp%c%d", sign, digits, e < 0 ? '-' : '+', e < 0 ? -e : e);
}

static int bad_hex(Vm *vm) {
    err_raise(vm, &exc_ValueError, "invalid hexadecimal floating-point string");
    return -1;
}

int float_parse_hex(Vm *vm, const char *s, size_t len, double *out) {
    const char *p = s, *end = s + len;
    while (p < end && isspace((unsigned char)*p)) {
        p++;
    }
    while (end > p && isspace((unsigned char)end[-1])) {
        end--;
    }
    bool negative = p < end && *p == '-';
    if (p < end && (*p == '+' || *p == '-')) {
        p++;
    }
    size_t bn = (size_t)(end - p);
    if (ieq(p, bn, "inf") || ieq(p, bn, "infinity") || ieq(p, bn, "nan")) {
        double v = (*p == 'n' || *p == 'N') ? NAN : INFINITY;
        *out = negative ? -v : v;
        return 0;
    }
    if (end - p >= 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
        p += 2;
    }
    // Check [hexdigits][.hexdigits][p[sign]digits], then let strtod (which
    // rounds hexadecimal input correctly) compute the value.
    const char *body = p;
    size_t ndigits = 0;
    bool dot = false;
    for (; p < end && (isxdigit((unsigned char)*p) || (*p == '.' && !dot)); p++) {
        if (*p == '.') {
            dot = true;
        } else {
            ndigits++;
        }
    }
    if (ndigits == 0) {
        return bad_hex(vm);
    }
    const char *body_end = p;
    if (p < end && (*p == 'p' || *p == 'P')) {
        p++;
        if (p < end && (*p == '+' || *p == '-')) {
            p++;
        }
        if (p == end) {
            return bad_hex(vm);
        }
        for (; p < end && isdigit((unsigned char)*p); p++) {
        }
    }
    if (p != end) {
        return bad_hex(vm);
    }
    size_t n = (size_t)(end - body);
    char *buf = mem_alloc(n + 5); // "0x" + body + "p0" + NUL
    if (buf == NULL) {
        return -1;
    }
    memcpy(buf, "0x", 2);
    memcpy(buf + 2, body, n);
    buf[n + 2] = '\0';
    if (body_end == end) {
        strcat(buf, "p0");
    }
    double v = strtod(buf, NULL);
    mem_free(buf);
    if (isinf(v)) {
        err_raise(vm, &exc_OverflowError, "hexadecimal value too large to represent as a float");
        return -1;
    }
    *out = negative ? -v : v;
    return 0;
}

// ---------------------------------------------------------------------------
// round(x, n).
// ---------------------------------------------------------------------------

// Rounds |v| to a multiple of 10**k (k >= 1) half to even, exactly.
static double round_tens(double a, int64_t k) {
    double t = trunc(a);
    double frac = a - t;
    mpz_t q;
    mpz_init_set_d(q, t);
    int_mpz_round_pow10(q, (unsigned long)k, frac > 0.0);
    char *text = mpz_get_str(NULL, 10, q);
    double res = strtod(text, NULL); // correctly rounded
    void (*gmp_free)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &gmp_free);
    gmp_free(text, strlen(text) + 1);
    mpz_clear(q);
    return res;
}

int float_round_digits(Vm *vm, double v, int64_t nd, double *out) {
    if (!isfinite(v) || v == 0.0 || nd > 323) {
        *out = v;
        return 0;
    }
    if (nd < -308) {
        *out = copysign(0.0, v);
        return 0;
    }
    double r;
    if (nd >= 0) {
        // glibc's printf rounds the exact binary value half to even, which
        // is the rounding CPython's dtoa applies.
        char buf[720];
        snprintf(buf, sizeof buf, "%.*f", (int)nd, v);
        r = strtod(buf, NULL);
    } else {
        r = copysign(round_tens(fabs(v), -nd), v);
    }
    if (isinf(r)) {
        err_raise(vm, &exc_OverflowError, "rounded value too large to represent");
        return -1;
    }
    *out = r;
    return 0;
}

// ---------------------------------------------------------------------------
// __format__ for the float presentation types.
// ---------------------------------------------------------------------------
// Removes the trailing zeros (and a bare point) of the mantissa of an
// exponent-form number, as %g does, unless `alt` ('#') keeps them.
static void strip_mantissa_zeros(char *text, bool alt) {
    char *e = strchr(text, 'e');
    if (alt || e == NULL || strchr(text, '.') == NULL) {
        return;
    }
    char *q = e;
    while (q[-1] == '0') {
        q--;
    }
    if (q[-1] == '.') {
        q--;
    }
    memmove(q, e, strlen(e) + 1);
}

// The presentation type '' with a precision: 'g' that keeps a digit after
// the point, where a result that would print as an integer of `prec`
// digits takes the exponent form instead (CPython's 1.23e+02 for 123.0
// with '.3', as dtoa's "decpt > precision - 1" rule).
static void format_general_with_point(double v, int prec, bool alt, char *body, size_t cap) {
    char fmt[16];
    snprintf(fmt, sizeof fmt, "%%%s.*g", alt ? "#" : "");
    snprintf(body, cap, fmt, prec, v);
    if (!isfinite(v) || strchr(body, 'e') != NULL) {
        return;
    }
    // Digits before the point as dtoa counts them (1 for zero).
    const char *digits = body + (*body == '-');
    int int_digits = (int)strspn(digits, "0123456789");
    if (v != 0.0 && int_digits == 1 && digits[0] == '0') {
        int_digits = 0;
    }
    if (int_digits >= prec) {
        snprintf(fmt, sizeof fmt, "%%%s.*e", alt ? "#" : "");
        snprintf(body, cap, fmt, prec - 1, v);
        strip_mantissa_zeros(body, alt);
    } else if (strchr(body, '.') == NULL) {
        strcat(body, ".0");
    }
}

NEWREF Obj *fmtspec_float(Vm *vm, double v, const FmtSpec *spec) {
    char type = spec->type;
    int prec = spec->precision < 0 ? 6 : (int)spec->precision;
    if (spec->precision > 1000) {
        return err_raise(vm, &exc_ValueError, "precision too big");
    }
    // Room for 1e308 written out with its decimals.
    size_t cap = 400 + (size_t)prec;
    char *body = mem_alloc(cap);
    if (body == NULL) {
        return NULL;
    }
    const char *alt = spec->alt ? "#" : "";
    char fmt[16];
    const char *suffix = "";
    switch (type) {
        case 0:
            if (spec->precision < 0) {
                float_format_repr(v, body, cap);
            } else {
                format_general_with_point(v, prec == 0 ? 1 : prec, spec->alt, body, cap);
            }
            break;
        case 'e':
        case 'E':
        case 'f':
        case 'F':
            snprintf(fmt, sizeof fmt, "%%%s.*%c", alt, type);
            snprintf(body, cap, fmt, prec, v);
            break;
        case 'g':
        case 'G':
        case 'n':
            snprintf(fmt, sizeof fmt, "%%%s.*%c", alt, type == 'n' ? 'g' : type);
            snprintf(body, cap, fmt, prec == 0 ? 1 : prec, v);
            break;
        case '%':
            snprintf(fmt, sizeof fmt, "%%%s.*f", alt);
            snprintf(body, cap, fmt, prec, v * 100.0);
            suffix = "%";
            break;
        default:
            mem_free(body);
            fmtspec_unknown(vm, type, "float");
            return NULL;
    }
    strcat(body, suffix);
    char *p = body;
    bool negative = *p == '-';
    if (negative) {
        p++;
        negative = !isnan(v); // CPython never shows the sign of a NaN
    }
    size_t nd = 0;
    if (isalpha((unsigned char)*p)) {
        nd = strlen(p); // inf / nan: no grouping
    } else {
        while (isdigit((unsigned char)p[nd])) {
            nd++;
        }
    }
    if (negative && spec->no_neg_zero && fmtspec_is_zero_text(p)) {
        negative = false;
    }
    Obj *res = fmtspec_number(vm, spec, negative, "", p, nd, p + nd, 3);
    mem_free(body);
    return res;
}
