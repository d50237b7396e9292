/* str_percent.c: printf-style formatting, `fmt % args` (str's mod slot):
 * %s %r %a %d %i %u %x %X %o %e %E %f %F %g %G %c %%, flags, width and
 * precision (also `*`), and %(name)s with a mapping, with CPython's
 * errors. */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../memory/mem.h"
#include "exc.h"
#include "fmtspec.h"
#include "intobj.h"
#include "runtime.h"
#include "str.h"
#include "strimpl.h"
#include "tuple.h"

typedef struct PctArgs {
    Obj *args;     // the right operand
    Obj *dict;     // mapping for %(name)s, or NULL
    int64_t count; // items when args is a tuple; -1 for a single value
    int64_t next;  // next item; -2 / -1 before / after use of a single value
} PctArgs;

typedef struct PctSpec {
    bool left, plus, space, alt, zero;
    int64_t width;     // -1 none
    int64_t precision; // -1 none
    char conv;
} PctSpec;

// Next positional argument (borrowed), or NULL with TypeError.
static Obj *next_arg(Vm *vm, PctArgs *a) {
    if (a->count >= 0) {
        if (a->next < a->count) {
            return tuple_get_borrow(a->args, (size_t)a->next++);
        }
    } else if (a->next == -2) {
        a->next = -1;
        return a->args;
    }
    return err_raise(vm, &exc_TypeError, "not enough arguments for format string");
}

// Pads `body` to the spec's width with spaces (zeros go through `sign`).
static int emit_padded(StrBuf *b, const PctSpec *s, const char *sign, const char *prefix,
                       const char *body, size_t size, size_t len, bool zero_ok) {
    size_t head = strlen(sign) + strlen(prefix);
    int64_t pad = s->width > (int64_t)(head + len) ? s->width - (int64_t)(head + len) : 0;
    bool zero = s->zero && zero_ok && !s->left;
    if (!s->left && !zero && fmtspec_append_fill(b, " ", 1, pad) < 0) {
        return -1;
    }
    if (strbuf_append_cstr(b, sign) < 0 || strbuf_append_cstr(b, prefix) < 0) {
        return -1;
    }
    if (zero && fmtspec_append_fill(b, "0", 1, pad) < 0) {
        return -1;
    }
    if (strbuf_append(b, body, size) < 0) {
        return -1;
    }
    if (s->left && fmtspec_append_fill(b, " ", 1, pad) < 0) {
        return -1;
    }
    return 0;
}

static int emit_text(Vm *vm, StrBuf *b, const PctSpec *s, Obj *v) {
    Obj *t = s->conv == 's' ? obj_str(vm, v) : s->conv == 'r' ? obj_repr(vm, v) : str_ascii(vm, v);
    if (t == NULL) {
        return -1;
    }
    size_t len = str_len(t), size = str_size(t);
    if (s->precision >= 0 && (size_t)s->precision < len) {
        len = (size_t)s->precision;
        size = str_byte_offset(t, len);
    }
    int rc = emit_padded(b, s, "", "", str_cstr(t), size, len, false);
    obj_decref(t);
    return rc;
}

static int emit_int(Vm *vm, StrBuf *b, const PctSpec *s, Obj *v) {
    Obj *i = NULL;
    bool decimal = strchr("diu", s->conv) != NULL;
    if (float_check(v) && decimal) {
        i = int_from_obj(vm, v);
    } else if (int_check(v) || obj_type(v)->as_int != NULL) {
        i = obj_index(vm, v);
    } else {
        err_raise(vm, &exc_TypeError, "%%%c format: %s is required, not %s", s->conv,
                  decimal ? "a real number" : "an integer", obj_type_name(v));
        return -1;
    }
    if (i == NULL) {
        return -1;
    }
    Obj *mag = obj_abs(vm, i);
    bool negative = int_sign(i) < 0;
    obj_decref(i);
    if (mag == NULL) {
        return -1;
    }
    char type[2] = {decimal ? 'd' : s->conv, 0};
    Obj *spec = str_from_cstr(vm, type);
    Obj *digits = spec == NULL ? NULL : str_format_value(vm, mag, spec);
    obj_xdecref(spec);
    obj_decref(mag);
    if (digits == NULL) {
        return -1;
    }
    // Precision is a minimum number of digits.
    StrBuf body;
    strbuf_init(&body);
    int rc = fmtspec_append_fill(&body, "0", 1, s->precision - (int64_t)str_size(digits));
    if (rc == 0) {
        rc = strbuf_append_str(&body, digits);
    }
    const char *prefix = "";
    if (s->alt) {
        prefix = s->conv == 'x' ? "0x" : s->conv == 'X' ? "0X" : s->conv == 'o' ? "0o" : "";
    }
    const char *sign = negative ? "-" : s->plus ? "+" : s->space ? " " : "";
    if (rc == 0) {
        rc = emit_padded(b, s, sign, prefix, body.data != NULL ? body.data : "", body.size,
                         body.size, true);
    }
    strbuf_free(&body);
    obj_decref(digits);
    return rc;
}

static int emit_float(Vm *vm, StrBuf *b, const PctSpec *s, Obj *v) {
    double d;
    if (num_as_double(vm, v, &d) < 0) {
        return -1;
    }
    if (isnan(d)) {
        d = fabs(d); // CPython never shows the sign of a NaN
    }
    char fmt[32];
    snprintf(fmt, sizeof fmt, "%%%s%s%s%s%s*.*%c", s->left ? "-" : "", s->plus ? "+" : "",
             s->space ? " " : "", s->alt ? "#" : "", s->zero && isfinite(d) ? "0" : "", s->conv);
    int prec = s->precision < 0 ? 6 : (int)(s->precision > 500 ? 500 : s->precision);
    int width = s->width < 0 ? 0 : (int)(s->width > 100000 ? 100000 : s->width);
    size_t cap = (size_t)width + (size_t)prec + 400;
    char *buf = mem_alloc(cap);
    if (buf == NULL) {
        return -1;
    }
    int n = snprintf(buf, cap, fmt, width, prec, d);
    int rc = strbuf_append(b, buf, n < 0 ? 0 : (size_t)n);
    mem_free(buf);
    return rc;
}

static int emit_char(Vm *vm, StrBuf *b, const PctSpec *s, Obj *v) {
    Obj *ch = NULL;
    if (str_check(v)) {
        if (str_len(v) != 1) {
            err_raise(vm, &exc_TypeError, "%%c requires int or char");
            return -1;
        }
        ch = obj_newref(v);
    } else if (int_check(v) || obj_type(v)->as_int != NULL) {
        int64_t cp;
        if (obj_as_ssize(vm, v, &cp) < 0 || cp < 0 || cp > 0x10FFFF) {
            err_clear(vm);
            err_raise(vm, &exc_OverflowError, "%%c arg not in range(0x110000)");
            return -1;
        }
        ch = str_from_codepoint(vm, (uint32_t)cp);
    } else {
        err_raise(vm, &exc_TypeError, "%%c requires int or char");
        return -1;
    }
    if (ch == NULL) {
        return -1;
    }
    int rc = emit_padded(b, s, "", "", str_cstr(ch), str_size(ch), 1, false);
    obj_decref(ch);
    return rc;
}

// Reads a width or precision: digits, or '*' taking the next argument.
static int read_num(Vm *vm, const char **pp, const char *end, PctArgs *a, int64_t *out,
                    bool *neg_star) {
    const char *p = *pp;
    *out = -1;
    if (p < end && *p == '*') {
        Obj *v = next_arg(vm, a);
        if (v == NULL) {
            return -1;
        }
        if (!int_check(v)) {
            err_raise(vm, &exc_TypeError, "* wants int");
            return -1;
        }
        // The width is a Py_ssize_t in CPython, the precision a C int.
        if ((neg_star != NULL ? obj_as_ssize(vm, v, out) : fmtspec_as_cint(vm, v, out)) < 0) {
            return -1;
        }
        if (*out < 0 && neg_star != NULL) {
            *neg_star = true;
            *out = -*out;
        }
        *pp = p + 1;
        return 0;
    }
    int64_t v = -1;
    while (p < end && *p >= '0' && *p <= '9') {
        // Digits may ask for any width CPython could hold (then
        // MemoryError), but a precision must fit a C int.
        int64_t limit = neg_star != NULL ? INT64_MAX : INT_MAX;
        if (v > (limit - (*p - '0')) / 10) {
            err_raise(vm, &exc_ValueError,
                      neg_star != NULL ? "width too big" : "precision too big");
            return -1;
        }
        v = (v < 0 ? 0 : v) * 10 + (*p - '0');
        p++;
    }
    *out = v;
    *pp = p;
    return 0;
}

// Parses "(key)flags width .prec len conv" after a '%'; returns the value.
static Obj *parse_spec(Vm *vm, const char **pp, const char *start, const char *end, PctArgs *a,
                       PctSpec *s, Obj **owned) {
    const char *p = *pp;
    Obj *value = NULL;
    memset(s, 0, sizeof *s);
    s->width = -1;
    s->precision = -1;
    if (p < end && *p == '(') {
        if (a->dict == NULL) {
            return err_raise(vm, &exc_TypeError, "format requires a mapping");
        }
        int depth = 1;
        const char *k = ++p;
        while (p < end && depth > 0) {
            depth += *p == '(' ? 1 : *p == ')' ? -1 : 0;
            p++;
        }
        if (depth > 0) {
            return err_raise(vm, &exc_ValueError, "incomplete format key");
        }
        Obj *key = str_from_utf8(vm, k, (size_t)(p - 1 - k));
        if (key == NULL) {
            return NULL;
        }
        value = *owned = obj_getitem(vm, a->dict, key);
        obj_decref(key);
        if (value == NULL) {
            return NULL;
        }
        a->next = -1; // a mapping counts as used
    }
    for (; p < end && strchr("-+ #0", *p) != NULL; p++) {
        s->left |= *p == '-';
        s->plus |= *p == '+';
        s->space |= *p == ' ';
        s->alt |= *p == '#';
        s->zero |= *p == '0';
    }
    if (read_num(vm, &p, end, a, &s->width, &s->left) < 0) {
        return NULL;
    }
    if (p < end && *p == '.') {
        p++;
        if (read_num(vm, &p, end, a, &s->precision, NULL) < 0) {
            return NULL;
        }
        if (s->precision < 0) {
            s->precision = 0;
        }
    }
    while (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) {
        p++;
    }
    if (p >= end) {
        return err_raise(vm, &exc_ValueError, "incomplete format");
    }
    s->conv = *p++;
    *pp = p;
    if (s->conv == '%') {
        return OBJ_NONE;
    }
    if (strchr("sradiuxXoeEfFgGc", s->conv) == NULL) {
        uint32_t cp;
        utf8_decode(p - 1, &cp);
        return err_raise(vm, &exc_ValueError,
                         "unsupported format character '%c' (0x%x) at index %zu", (int)cp,
                         (unsigned)cp, (size_t)(p - 1 - start));
    }
    return value != NULL ? value : next_arg(vm, a);
}

NEWREF Obj *str_percent_format(Vm *vm, Obj *fmt, Obj *args) {
    PctArgs a = {args, NULL, -1, -2};
    if (tuple_check(args)) {
        a.count = (int64_t)tuple_len(args);
        a.next = 0;
    } else if (obj_type(args)->getitem != NULL && !str_check(args)) {
        a.dict = args;
    }
    const char *start = str_cstr(fmt), *p = start, *end = start + str_size(fmt);
    StrBuf b;
    strbuf_init(&b);
    while (p < end) {
        const char *lit = p;
        while (p < end && *p != '%') {
            p++;
        }
        if (strbuf_append(&b, lit, (size_t)(p - lit)) < 0) {
            goto fail;
        }
        if (p >= end) {
            break;
        }
        p++;
        PctSpec s;
        Obj *owned = NULL;
        Obj *v = parse_spec(vm, &p, start, end, &a, &s, &owned);
        if (v == NULL) {
            goto fail;
        }
        int rc;
        switch (s.conv) {
            case '%':
                rc = strbuf_append_char(&b, '%');
                break;
            case 's':
            case 'r':
            case 'a':
                rc = emit_text(vm, &b, &s, v);
                break;
            case 'c':
                rc = emit_char(vm, &b, &s, v);
                break;
            case 'e':
            case 'E':
            case 'f':
            case 'F':
            case 'g':
            case 'G':
                rc = emit_float(vm, &b, &s, v);
                break;
            default:
                rc = emit_int(vm, &b, &s, v);
                break;
        }
        obj_xdecref(owned);
        if (rc < 0) {
            goto fail;
        }
    }
    if (a.dict == NULL && ((a.count >= 0 && a.next < a.count) || (a.count < 0 && a.next == -2))) {
        err_raise(vm, &exc_TypeError, "not all arguments converted during string formatting");
        goto fail;
    }
    return strbuf_finish(vm, &b);
fail:
    strbuf_free(&b);
    return NULL;
}
