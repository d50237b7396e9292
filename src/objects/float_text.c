/* float_text.c: floats as text and text as floats: repr (the shortest
 * string that round-trips, laid out by CPython's rules), float() parsing
 * and conversion, round(x, n), and the float presentation types of the
 * format-spec mini-language. */
#include <ctype.h>
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
static int shortest_digits(double v, char *digits, size_t size) {
    char tmp[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, v);
        if (strtod(tmp, NULL) == v) {
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
// round(x, n).
// ---------------------------------------------------------------------------

// Rounds |v| to a multiple of 10**k (k >= 1) half to even, exactly.
static double round_tens(double a, int64_t k) {
    double t = trunc(a);
    double frac = a - t;
    mpz_t ti, p, q, r;
    mpz_inits(ti, p, q, r, NULL);
    mpz_set_d(ti, t);
    mpz_ui_pow_ui(p, 10, (unsigned long)k);
    mpz_tdiv_qr(q, r, ti, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && (frac > 0.0 || mpz_odd_p(q)))) {
        mpz_add_ui(q, q, 1);
    }
    mpz_mul(q, q, p);
    char *text = mpz_get_str(NULL, 10, q);
    double res = strtod(text, NULL); // correctly rounded
    void (*gmp_free)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &gmp_free);
    gmp_free(text, strlen(text) + 1);
    mpz_clears(ti, p, q, r, NULL);
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
                snprintf(fmt, sizeof fmt, "%%%s.*g", alt);
                snprintf(body, cap, fmt, prec == 0 ? 1 : prec, v);
                if (isfinite(v) && strpbrk(body, ".e") == NULL) {
                    strcat(body, ".0");
                }
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
    }
    size_t nd = 0;
    if (isalpha((unsigned char)*p)) {
        nd = strlen(p); // inf / nan: no grouping
    } else {
        while (isdigit((unsigned char)p[nd])) {
            nd++;
        }
    }
    if (negative && spec->no_neg_zero && strspn(p, "0.%") == strlen(p)) {
        negative = false;
    }
    Obj *res = fmtspec_number(vm, spec, negative, "", p, nd, p + nd, 3);
    mem_free(body);
    return res;
}
